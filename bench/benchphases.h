#pragma once
// The two measurements of the ingest benchmark. Each prints its figures as it goes and returns them
// as JSON; `ok` is false when something never arrived or a process failed (the reason is printed).
// GUI thread (they run the Qt event loop while waiting).

#include <QJsonObject>

namespace fw::bench {

class BenchBroker;

struct DrainOptions
{
    long long messages = 1000000;
    int assets = 10000;
    int repeat = 1;
};

struct LiveOptions
{
    int assets = 10000;
    double rate = 50000.0;
    double seconds = 60.0;
    int warmupSamples = 520;   // per asset before measuring; > 512 so every history ring is full and wrapping
};

QJsonObject runDrain(BenchBroker &broker, const DrainOptions &options, bool *ok);
QJsonObject runLive(BenchBroker &broker, const LiveOptions &options, bool *ok);

} // namespace fw::bench

#pragma once
// The benchmark's publisher: a separate process (the bench executable started again with
// --publisher) so that its CPU is not counted as the console's. It publishes telemetry at QoS 0 with
// libmosquitto directly, either as fast as the broker takes it (burst) or paced in 10 ms slices
// (paced), then confirms with a QoS 1 round trip on "bench/sync" that the broker has processed
// every message, and prints one result line on stdout.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace fw::bench {

struct PublisherSpec
{
    enum class Mode { Burst, Paced };
    Mode mode = Mode::Burst;
    int port = 0;
    int assets = 10000;
    long long messages = 0;       // burst: how many
    double rate = 50000.0;        // paced: messages per second
    double seconds = 60.0;        // paced: for how long
    long long seqStart = 1;       // seq of the first message of every asset

    QStringList toArguments() const;
};

struct PublisherResult
{
    bool ok = false;
    QString error;
    long long published = 0;
    double seconds = 0.0;         // first publish to broker's confirmation
    long long lateSlices = 0;     // paced: 10 ms slices the publisher started late (> 5 ms)
    double payloadBytes = 0.0;    // mean payload size
    double cpuSeconds = 0.0;      // the publisher's own user + system CPU
    double writtenSeconds = 0.0;  // first publish until the last message left the socket
};

// Child side: argv holds "--publisher" and the arguments of PublisherSpec::toArguments().
int runPublisher(int argc, char **argv);

// Parent side: starts the child and waits for it, running the caller's event loop meanwhile.
class PublisherProcess
{
public:
    PublisherProcess() = default;
    ~PublisherProcess();
    PublisherProcess(const PublisherProcess &) = delete;
    PublisherProcess &operator=(const PublisherProcess &) = delete;

    bool start(const PublisherSpec &spec, QString *error);
    bool isFinished() const { return m_process.state() == QProcess::NotRunning; }
    // Waits at most timeoutMs (killing the child then) and parses its result line.
    PublisherResult wait(int timeoutMs);

private:
    QProcess m_process;
};

} // namespace fw::bench

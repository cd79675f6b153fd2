#pragma once
// The telemetry kept as evidence with an alert: the asset's samples around the raise, copied from the
// ingest worker's in-memory history when the raised event arrived. Plain values; safe to copy
// between threads.

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace fw {

// Telemetry copied from memory when the alert was raised: the samples around it.
struct EvidenceWindow
{
    static constexpr int kMaxSignals = 256;
    static constexpr int kMaxSamples = 512;
    static constexpr int kDefaultSamples = 120;   // when the alert names no window

    std::vector<qint64> times;                // the console's receive times, ms since the epoch, oldest first
    QStringList signalNames;
    std::vector<std::vector<float>> values;   // [signal][sample], NaN where a sample lacked the signal
    bool empty() const { return times.empty(); }
};

// The evidence of one raised alert, on its way from the ingest thread to the store.
struct AlertEvidence
{
    QString alertKey;                         // "site/asset/alertId"
    qint64 capturedAt = 0;                    // receive time of the raised event, ms since the epoch
    EvidenceWindow window;
};

using EvidenceBatch = std::vector<AlertEvidence>;
using EvidenceBatchPtr = std::shared_ptr<const EvidenceBatch>;

} // namespace fw

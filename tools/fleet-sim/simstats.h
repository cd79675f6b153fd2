#pragma once
// SimStats: what the simulator did, for the summary printed at exit and --stats-json.
// Not thread-safe; main thread only.

#include "core/fleet/fleetmessages.h"

#include <QByteArray>
#include <QMap>
#include <QString>

#include <optional>

namespace fw::sim {

class FeedbackReceiver;
class Retrainer;

class SimStats
{
public:
    // "telemetry", "health", "alerts", "alerts_active", "meta", "state", "model_status", ...
    static QString kindKey(MessageKind kind);

    void countPublished(MessageKind kind, qint64 n = 1) { m_published[kindKey(kind)] += n; }
    // A publish the session refused (not connected): the sample is lost, as on a real gateway.
    void countDropped(MessageKind kind, qint64 n = 1) { m_dropped[kindKey(kind)] += n; }
    void countAlertRaised() { ++m_alertsRaised; }
    // An engine reached its failure cycle and was replaced; leadCycles when an alert was open.
    void countFailure(std::optional<int> leadCycles);

    qint64 published(MessageKind kind) const { return m_published.value(kindKey(kind)); }
    qint64 publishedTotal() const;
    qint64 droppedTotal() const;
    qint64 alertsRaised() const { return m_alertsRaised; }
    qint64 failures() const { return m_failures; }
    qint64 failuresAlerted() const { return m_failuresAlerted; }

    // Extra top-level fields (mode, duration, achieved rate, ...).
    void setExtra(const QString &key, double value) { m_extra[key] = value; }

    // The --stats-json document (see docs/fleet-sim.md); the model, labels per version and retrainings
    // when a retrainer is given (the replay).
    QByteArray toJson(const FeedbackReceiver &feedback, const Retrainer *retrainer = nullptr) const;
    // A few human-readable lines for stdout.
    QString summary(const FeedbackReceiver &feedback, const Retrainer *retrainer = nullptr) const;

private:
    QMap<QString, qint64> m_published;
    QMap<QString, qint64> m_dropped;
    qint64 m_alertsRaised = 0;
    qint64 m_failures = 0;
    qint64 m_failuresAlerted = 0;
    qint64 m_leadSum = 0;
    QMap<QString, double> m_extra;
};

} // namespace fw::sim

#pragma once
// AlertTracker: the alert lifecycle of one asset, driven by its EngineMonitor's assessments.
// Raises when the alert score has been at or above the model threshold for persistCycles cycles,
// sends `updated` when the priority escalates (never de-escalates), clears when the score has been
// below threshold - clearMargin for persistCycles cycles or when the engine is replaced.
// Alert event seq numbers start after seqBase and count up by one per event of this asset.
// setModel() puts a retrained model version in service: new alerts are raised at its threshold and
// carry its version, while an open alert stays with the version that raised it (its threshold for the
// clear level and escalation, its version in updated events). Models must outlive the tracker.

#include "tools/fleet-sim/enginemonitor.h"

#include <QString>

#include <optional>

namespace fw::sim {

class AlertTracker
{
public:
    // idPrefix: unique for this asset and run, an id by the topic rule of at most 50 characters; alert
    // ids are idPrefix + "-" + n.
    AlertTracker(const HealthModel *model, QString idPrefix, qint64 seqBase);

    // At most one event per cycle.
    std::optional<AlertMsg> update(const Assessment &assessment, qint64 tsMs);
    // The engine was replaced: clears the open alert, if any.
    std::optional<AlertMsg> replaced(qint64 tsMs);
    // Cycles counted toward a raise start again at the new threshold.
    void setModel(const HealthModel *model);

    ActiveAlertsMsg active(qint64 tsMs) const;
    bool hasOpenAlert() const { return m_open.has_value(); }
    std::optional<int> openSinceCycle() const;
    qint64 seq() const { return m_seq; }
    int raisedCount() const { return m_raised; }

    // The explanation sentence for a set of contributions: names the two largest positive weights.
    static QString summaryFor(const std::vector<SensorContribution> &contributions);

private:
    AlertMsg makeEvent(AlertEventType type, const HealthModel &model, const Assessment &a, qint64 tsMs);
    AlertMsg clearedEvent(qint64 tsMs);

    const HealthModel *m_model;        // in service: raises new alerts
    const HealthModel *m_openModel = nullptr;   // raised the open alert
    QString m_idPrefix;
    qint64 m_seq;
    int m_raised = 0;
    int m_above = 0;     // consecutive cycles at or above threshold (while closed)
    int m_below = 0;     // consecutive cycles below the clear level (while open)
    std::optional<AlertMsg> m_open;   // as raised or last updated
    int m_openSince = 0;
};

} // namespace fw::sim

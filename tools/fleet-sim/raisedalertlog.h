#pragma once
// RaisedAlertLog: the simulator's own record of the alerts it raised, so that a label naming an alert
// id can be traced back to what the model saw: the alert score at the raise, the engine's remaining
// cycles to its failure at that moment (the replay's ground truth) and the model version that raised
// it. Bounded: past capacity() the oldest raise is forgotten (a label for it then counts as one for an
// unknown alert). Not thread-safe; main thread only.

#include <QHash>
#include <QString>

#include <deque>
#include <optional>

namespace fw::sim {

struct RaisedAlert
{
    double score = 0.0;          // alert score at the raise, 0..1
    int cyclesToFailure = 0;     // cycles the engine had left when the alert was raised
    QString modelVersion;        // version of the model that raised it
};

class RaisedAlertLog
{
public:
    // About a day of the full fleet at the default speed (one raise per engine life of ~200 cycles).
    static constexpr int kDefaultCapacity = 50000;

    explicit RaisedAlertLog(int capacity = kDefaultCapacity);

    // A second record for the same id replaces the first (ids are unique per run, so it does not happen).
    void record(const QString &alertId, const RaisedAlert &alert);
    std::optional<RaisedAlert> find(const QString &alertId) const;

    int size() const { return int(m_byId.size()); }
    int capacity() const { return m_capacity; }

private:
    int m_capacity;
    QHash<QString, RaisedAlert> m_byId;
    std::deque<QString> m_order;   // ids, oldest first
};

} // namespace fw::sim

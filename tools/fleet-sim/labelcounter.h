#pragma once
// LabelCounter: the fleet side of labelled outcomes. Counts deliveries, drops a repeated label_id
// (QoS 1 delivers at least once; ids are compared exactly), and keeps the unique labels per model
// version: the input a retraining step of a later issue will take. Not thread-safe; lives in the
// simulator's main thread.

#include "core/fleet/fleetmessages.h"

#include <QMap>
#include <QString>

#include <vector>

namespace fw::sim {

class LabelCounter
{
public:
    enum class Delivery { New, Duplicate };

    Delivery add(const LabelMsg &label);

    qint64 received() const { return m_received; }
    qint64 unique() const { return qint64(m_deliveries.size()); }
    qint64 duplicates() const { return m_received - unique(); }
    // label_id -> deliveries (1 = seen once).
    const QMap<QString, qint64> &deliveriesById() const { return m_deliveries; }

    // "name@version" of a label's model, "unknown" when it names none.
    static QString modelKey(const std::optional<ModelRef> &model);
    // Model keys that have labels.
    QStringList modelKeys() const { return m_byModel.keys(); }
    // Unique labels for one model key, in arrival order.
    const std::vector<LabelMsg> &labelsFor(const QString &modelKey) const;
    // Outcome name ("true_positive", ...) -> unique labels, for one model key.
    QMap<QString, qint64> outcomesFor(const QString &modelKey) const;

private:
    qint64 m_received = 0;
    QMap<QString, qint64> m_deliveries;
    QMap<QString, std::vector<LabelMsg>> m_byModel;
};

} // namespace fw::sim

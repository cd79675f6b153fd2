#include "tools/fleet-sim/labelcounter.h"

namespace fw::sim {

LabelCounter::Delivery LabelCounter::add(const LabelMsg &label)
{
    ++m_received;
    qint64 &deliveries = m_deliveries[label.labelId];
    if (++deliveries > 1)
        return Delivery::Duplicate;
    m_byModel[modelKey(label.model)].push_back(label);
    return Delivery::New;
}

QString LabelCounter::modelKey(const std::optional<ModelRef> &model)
{
    if (!model || model->name.isEmpty())
        return QStringLiteral("unknown");
    return model->name + QLatin1Char('@') + model->version;
}

const std::vector<LabelMsg> &LabelCounter::labelsFor(const QString &modelKey) const
{
    static const std::vector<LabelMsg> none;
    const auto it = m_byModel.constFind(modelKey);
    return it == m_byModel.constEnd() ? none : *it;
}

QMap<QString, qint64> LabelCounter::outcomesFor(const QString &modelKey) const
{
    QMap<QString, qint64> counts;
    for (const LabelMsg &label : labelsFor(modelKey))
        ++counts[outcomeName(label.outcome)];
    return counts;
}

} // namespace fw::sim

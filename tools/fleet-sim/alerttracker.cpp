#include "tools/fleet-sim/alerttracker.h"

#include <algorithm>
#include <cmath>

namespace fw::sim {

AlertTracker::AlertTracker(const HealthModel *model, QString idPrefix, qint64 seqBase)
    : m_model(model), m_idPrefix(std::move(idPrefix)), m_seq(seqBase)
{
}

std::optional<AlertMsg> AlertTracker::update(const Assessment &assessment, qint64 tsMs)
{
    if (!assessment.ready)
        return std::nullopt;
    if (!m_open) {
        const HealthModelConfig &config = m_model->config();
        m_above = assessment.alertScore >= config.threshold ? m_above + 1 : 0;
        if (m_above < config.persistCycles)
            return std::nullopt;
        m_above = 0;
        ++m_raised;
        m_openSince = assessment.cycle;
        m_openModel = m_model;
        m_open = makeEvent(AlertEventType::Raised, *m_model, assessment, tsMs);
        return m_open;
    }
    const HealthModelConfig &config = m_openModel->config();
    m_below = assessment.alertScore < config.threshold - config.clearMargin ? m_below + 1 : 0;
    if (m_below >= config.persistCycles) {
        m_below = 0;
        return clearedEvent(tsMs);
    }
    const Priority priority = m_openModel->priorityFor(assessment.alertScore);
    if (assessment.alertScore >= config.threshold && m_open->priority && priority > *m_open->priority) {
        const QString id = m_open->id;
        AlertMsg updated = makeEvent(AlertEventType::Updated, *m_openModel, assessment, tsMs);
        updated.id = id;
        m_open = updated;
        return updated;
    }
    return std::nullopt;
}

std::optional<AlertMsg> AlertTracker::replaced(qint64 tsMs)
{
    m_above = 0;
    m_below = 0;
    if (!m_open)
        return std::nullopt;
    return clearedEvent(tsMs);
}

void AlertTracker::setModel(const HealthModel *model)
{
    m_model = model;
    m_above = 0;
}

std::optional<int> AlertTracker::openSinceCycle() const
{
    if (!m_open)
        return std::nullopt;
    return m_openSince;
}

ActiveAlertsMsg AlertTracker::active(qint64 tsMs) const
{
    ActiveAlertsMsg msg;
    msg.ts = tsMs;
    msg.seq = m_seq;
    if (m_open)
        msg.alerts.push_back(*m_open);
    return msg;
}

AlertMsg AlertTracker::makeEvent(AlertEventType type, const HealthModel &model, const Assessment &a, qint64 tsMs)
{
    AlertMsg msg;
    msg.id = QStringLiteral("%1-%2").arg(m_idPrefix).arg(m_raised);
    msg.event = type;
    msg.ts = tsMs;
    msg.seq = ++m_seq;
    msg.priority = model.priorityFor(a.alertScore);
    msg.title = QStringLiteral("HPC degradation suspected");
    msg.score = a.alertScore;
    msg.threshold = model.config().threshold;
    msg.model = model.ref();
    Explanation explanation;
    explanation.method = QStringLiteral("zscore-attribution");
    explanation.summary = summaryFor(a.contributions);
    std::vector<SensorContribution> sorted = a.contributions;
    std::stable_sort(sorted.begin(), sorted.end(), [](const SensorContribution &x, const SensorContribution &y) {
        return std::abs(x.weight) > std::abs(y.weight);
    });
    // Values rounded for reading; weights exact, so that they add up to the score.
    auto round4 = [](double v) { return std::round(v * 1e4) / 1e4; };
    for (const SensorContribution &c : sorted)
        explanation.contributions.push_back({QString::fromLatin1(sensorName(c.sensor)), round4(c.value), round4(c.baseline), c.weight});
    msg.explanation = std::move(explanation);
    msg.windowFrom = a.windowFrom;
    msg.windowTo = a.windowTo;
    return msg;
}

AlertMsg AlertTracker::clearedEvent(qint64 tsMs)
{
    AlertMsg msg;
    msg.id = m_open->id;
    msg.event = AlertEventType::Cleared;
    msg.ts = tsMs;
    msg.seq = ++m_seq;
    msg.title = m_open->title;
    msg.model = m_open->model;
    m_open.reset();
    return msg;
}

QString AlertTracker::summaryFor(const std::vector<SensorContribution> &contributions)
{
    std::vector<const SensorContribution *> positive;
    for (const SensorContribution &c : contributions) {
        if (c.weight > 0)
            positive.push_back(&c);
    }
    std::stable_sort(positive.begin(), positive.end(),
                     [](const SensorContribution *x, const SensorContribution *y) { return x->weight > y->weight; });
    auto describe = [](const SensorContribution *c) {
        return QStringLiteral("%1 %2").arg(QString::fromLatin1(sensorName(c->sensor)),
                                           c->value >= c->baseline ? QStringLiteral("above") : QStringLiteral("below"));
    };
    if (positive.empty())
        return QStringLiteral("No signal deviates from this engine's baseline");
    if (positive.size() == 1)
        return QStringLiteral("%1 this engine's baseline").arg(describe(positive[0]));
    return QStringLiteral("%1 and %2 this engine's baseline").arg(describe(positive[0]), describe(positive[1]));
}

} // namespace fw::sim

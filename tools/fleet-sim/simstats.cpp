#include "tools/fleet-sim/simstats.h"

#include "tools/fleet-sim/feedbackreceiver.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace fw::sim {
namespace {

QJsonObject toObject(const QMap<QString, qint64> &map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), double(it.value()));
    return o;
}

QString listOf(const QMap<QString, qint64> &map)
{
    QStringList parts;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    return parts.isEmpty() ? QStringLiteral("none") : parts.join(QStringLiteral(", "));
}

} // namespace

QString SimStats::kindKey(MessageKind kind)
{
    switch (kind) {
    case MessageKind::Meta: return QStringLiteral("meta");
    case MessageKind::State: return QStringLiteral("state");
    case MessageKind::Telemetry: return QStringLiteral("telemetry");
    case MessageKind::Health: return QStringLiteral("health");
    case MessageKind::Alert: return QStringLiteral("alerts");
    case MessageKind::ActiveAlerts: return QStringLiteral("alerts_active");
    case MessageKind::ModelStatus: return QStringLiteral("model_status");
    case MessageKind::Ack: return QStringLiteral("ack");
    case MessageKind::Label: return QStringLiteral("labels");
    }
    return QStringLiteral("other");
}

void SimStats::countFailure(std::optional<int> leadCycles)
{
    ++m_failures;
    if (leadCycles) {
        ++m_failuresAlerted;
        m_leadSum += *leadCycles;
    }
}

qint64 SimStats::publishedTotal() const
{
    qint64 n = 0;
    for (qint64 v : m_published)
        n += v;
    return n;
}

qint64 SimStats::droppedTotal() const
{
    qint64 n = 0;
    for (qint64 v : m_dropped)
        n += v;
    return n;
}

QByteArray SimStats::toJson(const FeedbackReceiver &feedback) const
{
    const LabelCounter &labels = feedback.labels();
    QJsonObject o;
    o.insert(QStringLiteral("labels_received"), double(labels.received()));
    o.insert(QStringLiteral("labels_unique"), double(labels.unique()));
    o.insert(QStringLiteral("labels_duplicate"), double(labels.duplicates()));
    o.insert(QStringLiteral("label_ids"), toObject(labels.deliveriesById()));
    QJsonObject byModel;
    for (const QString &key : labels.modelKeys())
        byModel.insert(key, toObject(labels.outcomesFor(key)));
    o.insert(QStringLiteral("labels_by_model"), byModel);
    o.insert(QStringLiteral("acks_received"), double(feedback.acksReceived()));
    o.insert(QStringLiteral("acks_by_action"), toObject(feedback.acksByAction()));
    o.insert(QStringLiteral("rejected"), double(feedback.rejected()));
    o.insert(QStringLiteral("rejected_by_reason"), toObject(feedback.rejectedByReason()));
    o.insert(QStringLiteral("published"), toObject(m_published));
    o.insert(QStringLiteral("dropped"), toObject(m_dropped));
    o.insert(QStringLiteral("alerts_raised"), double(m_alertsRaised));
    o.insert(QStringLiteral("failures"), double(m_failures));
    o.insert(QStringLiteral("failures_alerted"), double(m_failuresAlerted));
    if (m_failuresAlerted > 0)
        o.insert(QStringLiteral("mean_lead_cycles"), double(m_leadSum) / double(m_failuresAlerted));
    for (auto it = m_extra.cbegin(); it != m_extra.cend(); ++it)
        o.insert(it.key(), it.value());
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QString SimStats::summary(const FeedbackReceiver &feedback) const
{
    const LabelCounter &labels = feedback.labels();
    QStringList lines;
    lines << QStringLiteral("published: %1 (%2)").arg(publishedTotal()).arg(listOf(m_published));
    if (droppedTotal() > 0)
        lines << QStringLiteral("dropped while disconnected: %1 (%2)").arg(droppedTotal()).arg(listOf(m_dropped));
    lines << QStringLiteral("alerts raised: %1; failures: %2, %3 of them alerted beforehand")
                 .arg(m_alertsRaised).arg(m_failures).arg(m_failuresAlerted);
    lines << QStringLiteral("labels: %1 received, %2 unique, %3 duplicate")
                 .arg(labels.received()).arg(labels.unique()).arg(labels.duplicates());
    lines << QStringLiteral("acks: %1 (%2)").arg(feedback.acksReceived()).arg(listOf(feedback.acksByAction()));
    lines << QStringLiteral("rejected: %1 (%2)").arg(feedback.rejected()).arg(listOf(feedback.rejectedByReason()));
    return lines.join(QLatin1Char('\n'));
}

} // namespace fw::sim

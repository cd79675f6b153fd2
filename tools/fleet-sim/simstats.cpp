#include "tools/fleet-sim/simstats.h"

#include "tools/fleet-sim/feedbackreceiver.h"
#include "tools/fleet-sim/retrainer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <numeric>

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

template<typename T>
double meanOf(const std::vector<T> &values)
{
    return values.empty() ? 0.0 : std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
}

QJsonObject scoredObject(const std::vector<double> &scores, const std::vector<int> &cyclesToFailure)
{
    QJsonObject o{{QStringLiteral("count"), double(scores.size())}};
    if (!scores.empty()) {
        o.insert(QStringLiteral("mean_score"), meanOf(scores));
        o.insert(QStringLiteral("mean_cycles_to_failure"), meanOf(cyclesToFailure));
    }
    return o;
}

QJsonObject tallyObject(const LabelTally &t)
{
    return QJsonObject{
        {QStringLiteral("true_positive"), double(t.truePositive)},
        {QStringLiteral("false_positive"), double(t.falsePositive)},
        {QStringLiteral("inconclusive"), double(t.inconclusive)},
        {QStringLiteral("missed_failure"), double(t.missedFailure)},
        {QStringLiteral("alert_unknown"), double(t.unknownAlert)},
        {QStringLiteral("scored"),
         QJsonObject{{QStringLiteral("true_positive"), scoredObject(t.truePositiveScores, t.truePositiveCyclesToFailure)},
                     {QStringLiteral("false_positive"), scoredObject(t.falsePositiveScores, t.falsePositiveCyclesToFailure)}}}};
}

QJsonObject retrainingObject(const Retraining &r)
{
    return QJsonObject{{QStringLiteral("from"), r.fromVersion},
                       {QStringLiteral("to"), r.toVersion},
                       {QStringLiteral("labels"), double(r.labelsUsed)},
                       {QStringLiteral("labels_of_version"), double(r.versionLabels)},
                       {QStringLiteral("scored_true_positives"), r.truePositiveScores},
                       {QStringLiteral("scored_false_positives"), r.falsePositiveScores},
                       {QStringLiteral("missed_failures"), double(r.missedFailures)},
                       {QStringLiteral("threshold_from"), r.thresholdFrom},
                       {QStringLiteral("threshold_to"), r.thresholdTo},
                       {QStringLiteral("trained_at"),
                        QDateTime::fromMSecsSinceEpoch(r.trainedAt).toUTC().toString(Qt::ISODateWithMs)}};
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

QByteArray SimStats::toJson(const FeedbackReceiver &feedback, const Retrainer *retrainer) const
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
    if (retrainer) {
        o.insert(QStringLiteral("model"), QJsonObject{{QStringLiteral("name"), retrainer->modelName()},
                                                      {QStringLiteral("version"), retrainer->version()},
                                                      {QStringLiteral("threshold"), retrainer->threshold()},
                                                      {QStringLiteral("labels_used"), double(retrainer->labelsUsed())},
                                                      {QStringLiteral("retrain_after"), retrainer->retrainAfter()}});
        QJsonObject byVersion;
        for (auto it = retrainer->tallies().cbegin(); it != retrainer->tallies().cend(); ++it)
            byVersion.insert(it.key(), tallyObject(it.value()));
        o.insert(QStringLiteral("labels_by_version"), byVersion);
        QJsonArray retrainings;
        for (const Retraining &r : retrainer->retrainings())
            retrainings.append(retrainingObject(r));
        o.insert(QStringLiteral("retrainings"), retrainings);
    }
    for (auto it = m_extra.cbegin(); it != m_extra.cend(); ++it)
        o.insert(it.key(), it.value());
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QString SimStats::summary(const FeedbackReceiver &feedback, const Retrainer *retrainer) const
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
    if (retrainer) {
        QStringList steps;
        for (const Retraining &r : retrainer->retrainings())
            steps << QStringLiteral("%1 -> %2 at %3 labels (threshold %4 -> %5)")
                         .arg(r.fromVersion, r.toVersion).arg(r.labelsUsed)
                         .arg(r.thresholdFrom, 0, 'f', 2).arg(r.thresholdTo, 0, 'f', 2);
        lines << QStringLiteral("model: %1 %2, threshold %3, %4 labels used; retrainings: %5")
                     .arg(retrainer->modelName(), retrainer->version()).arg(retrainer->threshold(), 0, 'f', 2)
                     .arg(retrainer->labelsUsed())
                     .arg(steps.isEmpty() ? QStringLiteral("none") : steps.join(QStringLiteral("; ")));
    }
    lines << QStringLiteral("acks: %1 (%2)").arg(feedback.acksReceived()).arg(listOf(feedback.acksByAction()));
    lines << QStringLiteral("rejected: %1 (%2)").arg(feedback.rejected()).arg(listOf(feedback.rejectedByReason()));
    return lines.join(QLatin1Char('\n'));
}

} // namespace fw::sim

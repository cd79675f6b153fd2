#include "core/alerts/alertdetailsbuilder.h"

#include "core/store/alerteventrepository.h"
#include "core/store/evidencerepository.h"
#include "core/store/qualityrepository.h"

namespace fw {

AlertDetailsBuilder::AlertDetailsBuilder(AlertEventRepository &events, EvidenceRepository &evidence,
                                         QualityRepository &quality, const QString &root)
    : m_events(events), m_evidence(evidence), m_quality(quality), m_decoder(root)
{
}

std::optional<AlertMsg> AlertDetailsBuilder::decode(const AlertRecord &alert, const QByteArray &payload, qint64 receivedAt)
{
    if (payload.isEmpty())
        return std::nullopt;
    const TopicRef topic{MessageKind::Alert, alert.site, alert.asset, {}, {}};
    DecodeResult result = m_decoder.decodePayload(topic, payload, receivedAt);
    auto *message = std::get_if<FleetMessage>(&result);
    if (!message)
        return std::nullopt;
    if (auto *a = std::get_if<AlertMsg>(&message->payload))
        return std::move(*a);
    return std::nullopt;
}

AlertDetailsPtr AlertDetailsBuilder::build(const AlertRecord &alert)
{
    auto details = std::make_shared<AlertDetails>();
    details->alert = alert;
    for (const AlertEventRecord &e : m_events.forAlert(alert.rowId)) {
        const std::optional<AlertMsg> m = decode(alert, e.payload, e.receivedAt);
        if (m && m->score)
            details->scores.push_back(ScorePoint{e.ts, *m->score, m->threshold});
    }
    // Caught up from alerts/active, no event stored: the score the console has, at the raise.
    if (details->scores.empty() && alert.score)
        details->scores.push_back(ScorePoint{alert.raisedTs, *alert.score, alert.threshold});
    if (const std::optional<AlertMsg> latest = decode(alert, alert.lastPayload, alert.lastEventAt)) {
        details->explanation = latest->explanation;
        details->windowFrom = latest->windowFrom;
        details->windowTo = latest->windowTo;
    }
    if (std::optional<EvidenceWindow> evidence = m_evidence.load(alert.rowId))
        details->evidence = std::move(*evidence);
    details->similar = m_quality.similarAlerts(alert, AlertDetails::kMaxSimilar);
    return details;
}

} // namespace fw

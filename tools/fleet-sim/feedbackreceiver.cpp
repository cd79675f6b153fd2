#include "tools/fleet-sim/feedbackreceiver.h"

#include "core/common/logging.h"

namespace fw::sim {

FeedbackReceiver::FeedbackReceiver(const QString &root)
    : m_decoder(root)
{
}

std::optional<LabelMsg> FeedbackReceiver::process(const RawMessage &message)
{
    auto log = logging::get("sim");
    DecodeResult result = m_decoder.decode(message);
    if (const auto *rejection = std::get_if<Rejection>(&result)) {
        ++m_rejected;
        ++m_rejectedByReason[QString::fromLatin1(rejectReasonName(rejection->reason))];
        const auto level = m_rejected <= kLoggedRejections ? spdlog::level::warn : spdlog::level::debug;
        log->log(level, "rejected message on {}: {} ({})", logging::sanitize(message.topic, 120),
                 rejectReasonName(rejection->reason), logging::sanitize(rejection->detail));
        return std::nullopt;
    }
    const FleetMessage &msg = std::get<FleetMessage>(result);
    if (const auto *label = std::get_if<LabelMsg>(&msg.payload)) {
        const bool fresh = m_labels.add(*label) == LabelCounter::Delivery::New;
        log->info("label {} for {}/{}: {}{}", logging::sanitize(label->labelId, 64), logging::sanitize(msg.topic.site, 64),
                  logging::sanitize(msg.topic.asset, 64), outcomeName(label->outcome).toStdString(),
                  fresh ? "" : " (repeat delivery, dropped)");
        return fresh ? std::optional<LabelMsg>(*label) : std::nullopt;
    }
    if (const auto *ack = std::get_if<AckMsg>(&msg.payload)) {
        ++m_acks;
        ++m_acksByAction[ackActionName(ack->action)];
        log->info("{} of alert {} on {}/{} by {}", ackActionName(ack->action).toStdString(),
                  logging::sanitize(ack->alert, 64), logging::sanitize(msg.topic.site, 64),
                  logging::sanitize(msg.topic.asset, 64), logging::sanitize(ack->by, 64));
        return std::nullopt;
    }
    ++m_ignored;
    return std::nullopt;
}

} // namespace fw::sim

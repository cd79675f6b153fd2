#pragma once
// FleetDecoder: validates a received MQTT message (topic and payload) against the fleet interface v1
// and turns it into a typed FleetMessage, or says exactly why not.
//
// Not thread-safe: it owns a reusable JSON parser. Use one per thread (the ingest worker has one).
// Never throws on any input.

#include "core/fleet/fleetmessages.h"
#include "core/fleet/messagesink.h"
#include "core/fleet/topicparser.h"

#include <memory>
#include <variant>

namespace fw {

struct Rejection
{
    RejectReason reason = RejectReason::InvalidJson;
    QString detail;        // short, for the log: which field, which rule
};

using DecodeResult = std::variant<FleetMessage, Rejection>;

class FleetDecoder
{
public:
    static constexpr qsizetype kMaxPayloadBytes = 64 * 1024;
    static constexpr int kMaxDepth = 16;

    explicit FleetDecoder(const QString &root = QStringLiteral("fleet/v1"));
    ~FleetDecoder();
    FleetDecoder(const FleetDecoder &) = delete;
    FleetDecoder &operator=(const FleetDecoder &) = delete;

    DecodeResult decode(const RawMessage &message);

    // The same rules for a payload whose topic is already parsed.
    DecodeResult decodePayload(const TopicRef &topic, const QByteArray &payload, qint64 receivedAt);

private:
    struct Impl;
    TopicParser m_topics;
    std::unique_ptr<Impl> m_impl;
};

} // namespace fw

#pragma once
// FleetDecoder: validates a received MQTT message (topic and payload) against the fleet interface v1
// and turns it into a typed FleetMessage, or says exactly why not.
//
// Not thread-safe: it owns a reusable JSON parser. Use one per thread (the ingest worker has one).
// Never throws on any input.

#include "core/fleetmessages.h"
#include "core/messagesink.h"
#include "core/topicparser.h"

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

// RFC 3339 ("2026-11-22T08:15:30.250Z", "...+02:00"); false if malformed or, in UTC, outside the
// years 0000-9999. Result in ms since epoch (a fraction is truncated to ms).
bool parseRfc3339(std::string_view text, qint64 *msSinceEpoch);
QString formatRfc3339(qint64 msSinceEpoch);   // always UTC, millisecond precision, "Z"

} // namespace fw

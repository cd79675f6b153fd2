// libFuzzer harness for FleetDecoder (see docs/fuzzing.md).
//
// Input: the first byte selects the topic. Values 0-8 (modulo 10) pick a fixed, valid topic of each
// message kind, so that every payload decoder is reached, and the rest of the input is the payload.
// Value 9 means the rest is "topic\0payload", which fuzzes the topic parser too.
//
// Besides "no crash, no sanitizer report", it checks properties that must hold for every input:
// decoding is deterministic (the reused parser keeps no state between messages), a rejection says
// why, and whatever is accepted survives PayloadEncoder -> FleetDecoder unchanged.

#include "core/fleet/fleetdecoder.h"
#include "core/fleet/payloadencoder.h"

#include <QMap>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

constexpr const char *kTopics[] = {
    "fleet/v1/plant-a/engine-017/meta",
    "fleet/v1/plant-a/engine-017/state",
    "fleet/v1/plant-a/engine-017/telemetry",
    "fleet/v1/plant-a/engine-017/health",
    "fleet/v1/plant-a/engine-017/alerts",
    "fleet/v1/plant-a/engine-017/alerts/active",
    "fleet/v1/plant-a/model/hpc-degradation/status",
    "fleet/v1/plant-a/engine-017/alerts/a-7f3c2e/ack",
    "fleet/v1/plant-a/engine-017/labels",
};
constexpr int kTopicCount = int(sizeof(kTopics) / sizeof(kTopics[0]));

[[noreturn]] void fail(const char *what, const QByteArray &payload)
{
    std::fprintf(stderr, "fuzz_fleetdecoder: %s\npayload: %.*s\n", what, int(payload.size()),
                 payload.constData());
    std::abort();
}

// QJsonObject sorts keys and keeps the last of duplicates, so telemetry compares as a map.
QMap<QString, double> valueMap(const fw::TelemetryMsg &m)
{
    QMap<QString, double> map;
    for (const fw::SignalValue &v : m.values)
        map.insert(v.name, v.value);
    return map;
}

bool samePayload(const fw::Payload &a, const fw::Payload &b)
{
    const auto *ta = std::get_if<fw::TelemetryMsg>(&a);
    const auto *tb = std::get_if<fw::TelemetryMsg>(&b);
    if (ta && tb)
        return ta->ts == tb->ts && ta->seq == tb->seq && valueMap(*ta) == valueMap(*tb);
    return a == b;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static fw::FleetDecoder decoder;   // reused across inputs, like the ingest worker's
    if (size == 0)
        return 0;

    fw::RawMessage raw;
    const int selector = data[0] % (kTopicCount + 1);
    const char *rest = reinterpret_cast<const char *>(data + 1);
    const qsizetype restSize = qsizetype(size - 1);
    if (selector < kTopicCount) {
        raw.topic = QByteArray(kTopics[selector]);
        raw.payload = QByteArray(rest, restSize);
    } else {
        const QByteArrayView input(rest, restSize);
        const qsizetype nul = input.indexOf('\0');
        raw.topic = (nul < 0 ? input : input.first(nul)).toByteArray();
        if (nul >= 0)
            raw.payload = input.sliced(nul + 1).toByteArray();
    }

    const fw::DecodeResult first = decoder.decode(raw);
    const fw::DecodeResult second = decoder.decode(raw);
    if (first.index() != second.index())
        fail("decoding the same message twice gave different outcomes", raw.payload);

    if (const auto *rejection = std::get_if<fw::Rejection>(&first)) {
        const auto *again = std::get_if<fw::Rejection>(&second);
        if (rejection->reason == fw::RejectReason::Count_ || rejection->detail.isEmpty())
            fail("rejection without a reason or detail", raw.payload);
        if (again->reason != rejection->reason || again->detail != rejection->detail)
            fail("the same message was rejected differently twice", raw.payload);
        return 0;
    }

    const auto &message = std::get<fw::FleetMessage>(first);
    if (!(message == std::get<fw::FleetMessage>(second)))
        fail("decoding the same message twice gave different messages", raw.payload);

    // Accepted means representable: the encoder writes it back and the decoder reads the same.
    const QByteArray encoded = fw::PayloadEncoder::encode(message.payload);
    if (encoded.size() > fw::FleetDecoder::kMaxPayloadBytes)
        return 0;   // escaping or number formatting grew a payload near the limit past it
    const fw::DecodeResult reread = decoder.decodePayload(message.topic, encoded, message.receivedAt);
    const auto *rereadMessage = std::get_if<fw::FleetMessage>(&reread);
    if (!rereadMessage)
        fail(qPrintable(QStringLiteral("re-encoded payload rejected: ")
                        + std::get<fw::Rejection>(reread).detail + QStringLiteral("\nencoded: ")
                        + QString::fromUtf8(encoded)),
             raw.payload);
    if (!samePayload(rereadMessage->payload, message.payload))
        fail(qPrintable(QStringLiteral("round trip changed the message\nencoded: ")
                        + QString::fromUtf8(encoded)),
             raw.payload);
    return 0;
}

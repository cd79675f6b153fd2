#include "core/fleet/fleetdecoder.h"

#include "core/fleet/jsonfields.h"
#include "core/common/logging.h"

#include <cstring>
#include <limits>
#include <string>

namespace fw {
namespace {

using json::EnumName;
using json::ObjectReader;
using json::Presence;
using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::object;

constexpr size_t kMaxValues = 256;
constexpr size_t kMaxContributions = 64;
constexpr size_t kMaxActiveAlerts = 256;
constexpr size_t kUnlimited = std::numeric_limits<size_t>::max();
constexpr qint64 kMaxInt64 = std::numeric_limits<qint64>::max();
constexpr qint64 kMaxInt = std::numeric_limits<int>::max();

constexpr EnumName<Criticality> kCriticalities[] = {{"low", Criticality::Low},
                                                    {"medium", Criticality::Medium},
                                                    {"high", Criticality::High},
                                                    {"critical", Criticality::Critical}};
constexpr EnumName<HealthState> kHealthStates[] = {{"ok", HealthState::Ok},
                                                   {"watch", HealthState::Watch},
                                                   {"warning", HealthState::Warning},
                                                   {"critical", HealthState::Critical}};
constexpr EnumName<Priority> kPriorities[] = {{"critical", Priority::Critical},
                                              {"high", Priority::High},
                                              {"medium", Priority::Medium},
                                              {"low", Priority::Low}};
constexpr EnumName<AlertEventType> kAlertEvents[] = {{"raised", AlertEventType::Raised},
                                                     {"updated", AlertEventType::Updated},
                                                     {"cleared", AlertEventType::Cleared}};
constexpr EnumName<AckAction> kAckActions[] = {{"ack", AckAction::Ack},
                                               {"shelve", AckAction::Shelve},
                                               {"unshelve", AckAction::Unshelve},
                                               {"suppress", AckAction::Suppress},
                                               {"unsuppress", AckAction::Unsuppress},
                                               {"out_of_service", AckAction::OutOfService},
                                               {"return_to_service", AckAction::ReturnToService},
                                               {"comment", AckAction::Comment}};
constexpr EnumName<Outcome> kOutcomes[] = {{"true_positive", Outcome::TruePositive},
                                           {"false_positive", Outcome::FalsePositive},
                                           {"inconclusive", Outcome::Inconclusive},
                                           {"missed_failure", Outcome::MissedFailure}};
constexpr EnumName<bool> kDriftStatuses[] = {{"ok", false}, {"drifting", true}};

bool decodeMeta(const ObjectReader &r, MetaMsg *m)
{
    array signalArray;
    object tags;
    bool hasSignals = false;
    bool hasTags = false;
    if (!r.string("name", &m->name, Presence::Required) || !r.string("type", &m->type)
        || !r.string("line", &m->line) || !r.string("location", &m->location)
        || !r.enumeration("criticality", kCriticalities, &m->criticality, Presence::Optional)
        || !r.array("signals", &signalArray, kUnlimited, Presence::Optional, &hasSignals)
        || !r.object("tags", &tags, Presence::Optional, &hasTags))
        return false;
    if (hasSignals) {
        m->signalInfos.reserve(signalArray.size());
        qsizetype index = 0;
        for (const element e : signalArray) {
            object o;
            if (!r.arrayObject("signals", index, e, &o))
                return false;
            const ObjectReader s(o, r, "signals", index++);
            SignalInfo &info = m->signalInfos.emplace_back();
            if (!s.string("name", &info.name, Presence::Required) || !s.string("unit", &info.unit)
                || !s.string("label", &info.label))
                return false;
        }
    }
    if (hasTags) {
        for (const auto field : tags) {
            std::string_view value;
            if (!field.value.get_string().get(value))   // other types are ignored
                m->tags.insert(json::toQString(field.key), json::toQString(value));
        }
    }
    return true;
}

bool decodeState(const ObjectReader &r, StateMsg *m)
{
    return r.timestamp("ts", &m->ts) && r.boolean("online", &m->online);
}

bool decodeTelemetry(const ObjectReader &r, TelemetryMsg *m, json::NameCache &names)
{
    object values;
    if (!r.timestamp("ts", &m->ts) || !r.integer("seq", &m->seq, 0, kMaxInt64)
        || !r.object("values", &values, Presence::Required))
        return false;
    const size_t count = values.size();
    if (count == 0)
        return r.fail(RejectReason::BadValue, "values", "empty");
    if (count > kMaxValues)
        return r.fail(RejectReason::TooManyEntries, "values", "more than 256 values");
    m->values.reserve(count);
    for (const auto field : values) {
        double value = 0.0;
        if (field.value.get_double().get(value)) {
            const ObjectReader v(values, r, "values");
            return v.fail(RejectReason::WrongType, field.key, "expected a number");
        }
        m->values.push_back({names.intern(field.key), value});
    }
    return true;
}

bool decodeHealth(const ObjectReader &r, HealthMsg *m)
{
    object rul;
    bool hasRul = false;
    if (!r.timestamp("ts", &m->ts) || !r.number("score", &m->score)
        || !r.enumeration("state", kHealthStates, &m->state)
        || !r.object("rul", &rul, Presence::Optional, &hasRul)
        || !r.model("model", &m->model, Presence::Required))
        return false;
    if (m->score < 0.0 || m->score > 1.0)
        return r.fail(RejectReason::BadValue, "score", "outside 0..1");
    if (hasRul) {
        const ObjectReader u(rul, r, "rul");
        double value = 0.0;
        if (!u.number("value", &value) || !u.string("unit", &m->rulUnit))
            return false;
        m->rul = value;
    }
    return true;
}

bool decodeExplanation(const ObjectReader &e, Explanation *out)
{
    array contributions;
    bool hasContributions = false;
    if (!e.string("method", &out->method) || !e.string("summary", &out->summary)
        || !e.array("contributions", &contributions, kMaxContributions, Presence::Optional,
                    &hasContributions))
        return false;
    if (!hasContributions)
        return true;
    out->contributions.reserve(contributions.size());
    qsizetype index = 0;
    for (const element item : contributions) {
        object o;
        if (!e.arrayObject("contributions", index, item, &o))
            return false;
        const ObjectReader c(o, e, "contributions", index++);
        Contribution &contribution = out->contributions.emplace_back();
        if (!c.string("signal", &contribution.signal, Presence::Required)
            || !c.number("value", &contribution.value) || !c.number("baseline", &contribution.baseline)
            || !c.number("weight", &contribution.weight))
            return false;
    }
    return true;
}

// An event on the alerts topic, or one entry of alerts/active (which must carry the fields of its
// raised event and cannot be cleared).
bool decodeAlert(const ObjectReader &r, AlertMsg *m, bool inActiveList)
{
    if (!r.id("id", &m->id) || !r.enumeration("event", kAlertEvents, &m->event)
        || !r.timestamp("ts", &m->ts) || !r.integer("seq", &m->seq, 0, kMaxInt64))
        return false;
    if (inActiveList && m->event == AlertEventType::Cleared)
        return r.fail(RejectReason::BadValue, "event", "a cleared alert is not active");
    const Presence raisedFields =
        inActiveList || m->event == AlertEventType::Raised ? Presence::Required : Presence::Optional;
    Priority priority = Priority::Low;
    bool hasPriority = false;
    ModelRef model;
    bool hasModel = false;
    object explanation;
    bool hasExplanation = false;
    object window;
    bool hasWindow = false;
    if (!r.enumeration("priority", kPriorities, &priority, raisedFields, &hasPriority)
        || !r.string("title", &m->title) || !r.number("score", &m->score)
        || !r.number("threshold", &m->threshold)
        || !r.model("model", &model, raisedFields, &hasModel)
        || !r.object("explanation", &explanation, Presence::Optional, &hasExplanation)
        || !r.object("window", &window, Presence::Optional, &hasWindow))
        return false;
    if (raisedFields == Presence::Required) {
        if (!m->score)
            return r.fail(RejectReason::MissingField, "score", "required on raised");
        if (!m->threshold)
            return r.fail(RejectReason::MissingField, "threshold", "required on raised");
    }
    if (hasPriority)
        m->priority = priority;
    if (hasModel)
        m->model = model;
    if (hasExplanation) {
        m->explanation.emplace();
        if (!decodeExplanation(ObjectReader(explanation, r, "explanation"),
                               &*m->explanation))
            return false;
    }
    if (hasWindow) {
        const ObjectReader w(window, r, "window");
        if (!w.timestamp("from", &m->windowFrom) || !w.timestamp("to", &m->windowTo))
            return false;
    }
    return true;
}

bool decodeActiveAlerts(const ObjectReader &r, ActiveAlertsMsg *m)
{
    array alerts;
    if (!r.timestamp("ts", &m->ts) || !r.integer("seq", &m->seq, 0, kMaxInt64)
        || !r.array("alerts", &alerts, kMaxActiveAlerts, Presence::Required))
        return false;
    m->alerts.reserve(alerts.size());
    qsizetype index = 0;
    for (const element item : alerts) {
        object o;
        if (!r.arrayObject("alerts", index, item, &o))
            return false;
        if (!decodeAlert(ObjectReader(o, r, "alerts", index++), &m->alerts.emplace_back(),
                         true))
            return false;
    }
    return true;
}

bool decodeModelStatus(const ObjectReader &r, ModelStatusMsg *m)
{
    object drift;
    bool hasDrift = false;
    if (!r.string("version", &m->version, Presence::Required)
        || !r.timestamp("trained_at", &m->trainedAt)
        || !r.integer("labels_used", &m->labelsUsed, 0, kMaxInt64)
        || !r.object("drift", &drift, Presence::Optional, &hasDrift))
        return false;
    if (!hasDrift)
        return true;
    const ObjectReader d(drift, r, "drift");
    return d.number("score", &m->driftScore) && d.number("threshold", &m->driftThreshold)
           && d.enumeration("status", kDriftStatuses, &m->drifting);
}

bool decodeAck(const ObjectReader &r, const TopicRef &topic, AckMsg *m)
{
    std::optional<qint64> shelveMinutes;
    if (!r.id("alert", &m->alert) || !r.enumeration("action", kAckActions, &m->action)
        || !r.string("by", &m->by, Presence::Required) || !r.string("role", &m->role)
        || !r.string("console", &m->console) || !r.timestamp("ts", &m->ts)
        || !r.string("note", &m->note) || !r.integer("shelve_minutes", &shelveMinutes, 0, kMaxInt)
        || !r.timestamp("until", &m->until))
        return false;
    if (m->alert != topic.alert)
        return r.fail(RejectReason::BadValue, "alert", "does not match the topic");
    if (ackActionNeedsNote(m->action) && m->note.trimmed().isEmpty())
        return r.fail(RejectReason::MissingField, "note", "required for this action");
    if (m->until && m->action != AckAction::OutOfService)
        m->until.reset();   // only out_of_service has an end; ignored like an unknown field
    m->shelveMinutes = int(shelveMinutes.value_or(0));
    return true;
}

bool decodeLabel(const ObjectReader &r, const TopicRef &topic, LabelMsg *m)
{
    ModelRef model;
    bool hasModel = false;
    if (!r.string("label_id", &m->labelId, Presence::Required) || !r.id("site", &m->site)
        || !r.id("asset", &m->asset) || !r.string("alert", &m->alert)
        || !r.enumeration("outcome", kOutcomes, &m->outcome) || !r.string("failure_mode", &m->failureMode)
        || !r.string("cause", &m->cause) || !r.string("action", &m->action)
        || !r.number("downtime_minutes", &m->downtimeMinutes) || !r.string("technician", &m->technician)
        || !r.timestamp("recorded_at", &m->recordedAt) || !r.timestamp("alert_ts", &m->alertTs)
        || !r.timestamp("failed_at", &m->failedAt)
        || !r.model("model", &model, Presence::Optional, &hasModel) || !r.string("console", &m->console))
        return false;
    if (hasModel)
        m->model = model;
    if (m->labelId.isEmpty())
        return r.fail(RejectReason::BadValue, "label_id", "empty");
    if (m->site != topic.site)
        return r.fail(RejectReason::BadValue, "site", "does not match the topic");
    if (m->asset != topic.asset)
        return r.fail(RejectReason::BadValue, "asset", "does not match the topic");
    if (m->alert && !TopicParser::isValidId(QStringView(*m->alert)))
        return r.fail(RejectReason::BadValue, "alert", "not a valid id");
    if (m->downtimeMinutes && *m->downtimeMinutes < 0.0)
        return r.fail(RejectReason::BadValue, "downtime_minutes", "negative");
    if (m->outcome == Outcome::MissedFailure) {
        if (m->alert)
            return r.fail(RejectReason::BadValue, "alert", "must be null for a missed failure");
        if (!m->failedAt)
            return r.fail(RejectReason::MissingField, "failed_at", "required for a missed failure");
    }
    return true;
}

Rejection reject(RejectReason reason, QString detail)
{
    return Rejection{reason, std::move(detail)};
}

} // namespace

struct FleetDecoder::Impl
{
    Impl()
        : buffer(new char[size_t(kMaxPayloadBytes) + simdjson::SIMDJSON_PADDING]())
    {
        // One allocation for the decoder's lifetime. simdjson does not count an empty innermost
        // container, so its limit is one more and nestedDeeperThan() catches that case.
        // If it fails, every parse retries it and a failure rejects the message as InvalidJson.
        if (const auto error = parser.allocate(size_t(kMaxPayloadBytes), size_t(kMaxDepth) + 1))
            logging::get("ingest")->error("JSON parser allocation failed: {}",
                                          simdjson::error_message(error));
    }

    DecodeResult decode(TopicRef &&topic, QByteArrayView payload, qint64 receivedAt);
    bool decodeObject(const TopicRef &topic, object root, Payload *payload, json::Failure *failure);

    simdjson::dom::parser parser;
    std::unique_ptr<char[]> buffer;   // padded copy of the payload, as simdjson reads past the end
    json::NameCache names;
};

DecodeResult FleetDecoder::Impl::decode(TopicRef &&topic, QByteArrayView payload, qint64 receivedAt)
{
    if (payload.size() > kMaxPayloadBytes)
        return reject(RejectReason::PayloadTooLarge,
                      QStringLiteral("%1 bytes, over 64 KiB").arg(payload.size()));
    if (payload.isEmpty())
        return reject(RejectReason::InvalidJson, QStringLiteral("empty payload"));

    const auto size = size_t(payload.size());
    std::memcpy(buffer.get(), payload.data(), size);
    element root;
    auto error = parser.parse(buffer.get(), size, false).get(root);
    std::string widened;   // only on this rare path: integers beyond 64 bits
    QByteArrayView parsed = payload;
    if (error == simdjson::NUMBER_ERROR && json::widenBigIntegers(payload.data(), size, &widened)) {
        const simdjson::padded_string padded(widened);
        error = parser.parse(padded).get(root);
        parsed = QByteArrayView(widened.data(), qsizetype(widened.size()));
    }
    if (error) {
        const RejectReason reason = json::parseFailureReason(error, parsed.data(), size_t(parsed.size()));
        return reject(reason, reason == RejectReason::NonFiniteNumber
                                  ? QStringLiteral("NaN, Infinity or a number out of range")
                                  : QString::fromLatin1(simdjson::error_message(error)));
    }
    if (json::nestedDeeperThan(parser.doc, kMaxDepth))
        return reject(RejectReason::TooDeep, QStringLiteral("nested deeper than %1").arg(kMaxDepth));
    object rootObject;
    if (root.get_object().get(rootObject))
        return reject(RejectReason::NotAnObject, QStringLiteral("the payload is not a JSON object"));

    FleetMessage message;
    json::Failure failure;
    if (!decodeObject(topic, rootObject, &message.payload, &failure))
        return reject(failure.reason, std::move(failure.detail));
    message.topic = std::move(topic);
    message.receivedAt = receivedAt;
    return message;
}

bool FleetDecoder::Impl::decodeObject(const TopicRef &topic, object root, Payload *payload,
                                      json::Failure *failure)
{
    const ObjectReader r(root, failure);
    // Decoded in place: on failure the caller drops the message.
    switch (topic.kind) {
    case MessageKind::Meta: return decodeMeta(r, &payload->emplace<MetaMsg>());
    case MessageKind::State: return decodeState(r, &payload->emplace<StateMsg>());
    case MessageKind::Telemetry: return decodeTelemetry(r, &payload->emplace<TelemetryMsg>(), names);
    case MessageKind::Health: return decodeHealth(r, &payload->emplace<HealthMsg>());
    case MessageKind::Alert: return decodeAlert(r, &payload->emplace<AlertMsg>(), false);
    case MessageKind::ActiveAlerts: return decodeActiveAlerts(r, &payload->emplace<ActiveAlertsMsg>());
    case MessageKind::ModelStatus: return decodeModelStatus(r, &payload->emplace<ModelStatusMsg>());
    case MessageKind::Ack: return decodeAck(r, topic, &payload->emplace<AckMsg>());
    case MessageKind::Label: return decodeLabel(r, topic, &payload->emplace<LabelMsg>());
    }
    return r.fail(RejectReason::TopicUnknown, {}, "no decoder for this kind");
}

FleetDecoder::FleetDecoder(const QString &root)
    : m_topics(root), m_impl(std::make_unique<Impl>())
{
}

FleetDecoder::~FleetDecoder() = default;

DecodeResult FleetDecoder::decode(const RawMessage &message)
{
    RejectReason reason = RejectReason::TopicUnknown;
    std::optional<TopicRef> topic = m_topics.parse(message.topic, &reason);
    if (!topic) {
        switch (reason) {
        case RejectReason::TopicOutsideRoot:
            return reject(reason, QStringLiteral("topic not under ") + m_topics.root());
        case RejectReason::TopicBadId:
            return reject(reason, QStringLiteral("an id in the topic breaks the id rule"));
        default:
            return reject(reason, QStringLiteral("topic fits no row of the topic table"));
        }
    }
    return m_impl->decode(std::move(*topic), message.payload, message.receivedAt);
}

DecodeResult FleetDecoder::decodePayload(const TopicRef &topic, const QByteArray &payload,
                                         qint64 receivedAt)
{
    return m_impl->decode(TopicRef(topic), payload, receivedAt);
}

} // namespace fw

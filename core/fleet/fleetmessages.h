#pragma once
// Typed messages of the fleet MQTT interface v1 (shared/spec/fleet-mqtt-v1.md).
// Plain values: safe to copy between threads. Times are milliseconds since the Unix epoch (UTC).

#include <QString>
#include <QStringList>
#include <QMap>

#include <optional>
#include <variant>
#include <vector>

namespace fw {

enum class MessageKind { Meta, State, Telemetry, Health, Alert, ActiveAlerts, ModelStatus, Ack, Label };

// What a topic names. `asset` is empty for model status; `model` only for model status; `alert` only
// for acknowledgements.
struct TopicRef
{
    MessageKind kind = MessageKind::Meta;
    QString site;
    QString asset;
    QString model;
    QString alert;
    bool operator==(const TopicRef &) const = default;
};

enum class Criticality { Unknown, Low, Medium, High, Critical };
enum class HealthState { Ok, Watch, Warning, Critical };
enum class Priority { Low, Medium, High, Critical };          // ordered: higher is more urgent
enum class AlertEventType { Raised, Updated, Cleared };
// Operators' actions between consoles ("Console → consoles" in the spec). Keep in step with
// ackActionName() and the decoder's table.
enum class AckAction { Ack, Shelve, Unshelve, Suppress, Unsuppress, OutOfService, ReturnToService, Comment };
enum class Outcome { TruePositive, FalsePositive, Inconclusive, MissedFailure };

struct ModelRef
{
    QString name;
    QString version;
    bool operator==(const ModelRef &) const = default;
};

struct SignalInfo
{
    QString name;
    QString unit;
    QString label;
    bool operator==(const SignalInfo &) const = default;
};

struct MetaMsg
{
    QString name;
    QString type;
    QString line;
    Criticality criticality = Criticality::Unknown;
    QString location;
    std::vector<SignalInfo> signalInfos;
    QMap<QString, QString> tags;      // string-valued tags only; others are ignored
    bool operator==(const MetaMsg &) const = default;
};

struct StateMsg
{
    qint64 ts = 0;
    bool online = false;
    bool operator==(const StateMsg &) const = default;
};

struct SignalValue
{
    QString name;
    double value = 0.0;
    bool operator==(const SignalValue &) const = default;
};

struct TelemetryMsg
{
    qint64 ts = 0;
    std::optional<qint64> seq;
    std::vector<SignalValue> values;   // 1 to 256, all finite
    bool operator==(const TelemetryMsg &) const = default;
};

struct HealthMsg
{
    qint64 ts = 0;
    double score = 1.0;                // 0 = failed, 1 = healthy
    HealthState state = HealthState::Ok;
    std::optional<double> rul;
    QString rulUnit;
    ModelRef model;
    bool operator==(const HealthMsg &) const = default;
};

struct Contribution
{
    QString signal;
    std::optional<double> value;
    std::optional<double> baseline;
    double weight = 0.0;               // signed: negative pulls toward normal
    bool operator==(const Contribution &) const = default;
};

struct Explanation
{
    QString method;
    QString summary;
    std::vector<Contribution> contributions;   // at most 64
    bool operator==(const Explanation &) const = default;
};

struct AlertMsg
{
    QString id;
    AlertEventType event = AlertEventType::Raised;
    qint64 ts = 0;
    qint64 seq = 0;
    std::optional<Priority> priority;  // required on raised
    QString title;
    std::optional<double> score;       // required on raised
    std::optional<double> threshold;   // required on raised
    std::optional<ModelRef> model;     // required on raised
    std::optional<Explanation> explanation;
    std::optional<qint64> windowFrom;
    std::optional<qint64> windowTo;
    bool operator==(const AlertMsg &) const = default;
};

struct ActiveAlertsMsg
{
    qint64 ts = 0;
    qint64 seq = 0;
    std::vector<AlertMsg> alerts;      // 0 to 256; event is raised or updated
    bool operator==(const ActiveAlertsMsg &) const = default;
};

struct ModelStatusMsg
{
    QString version;
    std::optional<qint64> trainedAt;
    std::optional<qint64> labelsUsed;
    std::optional<double> driftScore;
    std::optional<double> driftThreshold;
    bool drifting = false;             // drift.status == "drifting"
    bool operator==(const ModelStatusMsg &) const = default;
};

struct AckMsg
{
    QString alert;
    AckAction action = AckAction::Ack;
    QString by;
    QString role;
    QString console;
    qint64 ts = 0;
    QString note;
    int shelveMinutes = 0;
    std::optional<qint64> until;       // out_of_service only: when it returns to service by itself
    bool operator==(const AckMsg &) const = default;
};

struct LabelMsg
{
    QString labelId;                   // UUID
    QString site;
    QString asset;
    std::optional<QString> alert;      // null for a missed failure
    Outcome outcome = Outcome::TruePositive;
    QString failureMode;
    QString cause;
    QString action;
    std::optional<double> downtimeMinutes;
    QString technician;
    qint64 recordedAt = 0;
    std::optional<qint64> alertTs;
    std::optional<qint64> failedAt;
    std::optional<ModelRef> model;
    QString console;
    bool operator==(const LabelMsg &) const = default;
};

using Payload = std::variant<MetaMsg, StateMsg, TelemetryMsg, HealthMsg, AlertMsg, ActiveAlertsMsg,
                             ModelStatusMsg, AckMsg, LabelMsg>;

struct FleetMessage
{
    TopicRef topic;
    qint64 receivedAt = 0;             // the console's own clock
    Payload payload;
    bool operator==(const FleetMessage &) const = default;
};

// Why a message was rejected. Keep in step with rejectReasonName().
enum class RejectReason {
    TopicOutsideRoot,    // not under the configured root
    TopicUnknown,        // under the root but fits no row of the topic table
    TopicBadId,          // site, asset, model or alert id breaks the id rule
    PayloadTooLarge,     // over 64 KiB
    InvalidUtf8,
    InvalidJson,
    NotAnObject,
    TooDeep,             // nesting deeper than 16
    NonFiniteNumber,     // NaN, Infinity, or a number out of double range
    MissingField,
    WrongType,
    BadValue,            // right type, value outside what the spec allows
    TooManyEntries,      // values > 256, contributions > 64, alerts > 256
    BadTimestamp,        // not RFC 3339
    Count_
};

constexpr int kRejectReasonCount = static_cast<int>(RejectReason::Count_);

// Stable snake_case name, used in logs and --stats-json.
const char *rejectReasonName(RejectReason reason);
// Translated, human-readable description for the status bar breakdown.
QString rejectReasonDescription(RejectReason reason);

QString priorityName(Priority p);          // "critical", ...
QString healthStateName(HealthState s);    // "ok", ...
QString criticalityName(Criticality c);
QString outcomeName(Outcome o);            // "true_positive", ...
QString alertEventName(AlertEventType e);
QString ackActionName(AckAction a);
// The spec's "needs `note`": shelve, suppress / unsuppress, out_of_service / return_to_service, comment.
bool ackActionNeedsNote(AckAction a);
// The spec's "role supervisor or above": out_of_service / return_to_service.
bool ackActionNeedsSupervisor(AckAction a);

} // namespace fw

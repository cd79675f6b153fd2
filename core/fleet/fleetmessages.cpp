#include "core/fleet/fleetmessages.h"

#include <QCoreApplication>

namespace fw {

const char *rejectReasonName(RejectReason reason)
{
    switch (reason) {
    case RejectReason::TopicOutsideRoot: return "topic_outside_root";
    case RejectReason::TopicUnknown: return "topic_unknown";
    case RejectReason::TopicBadId: return "topic_bad_id";
    case RejectReason::PayloadTooLarge: return "payload_too_large";
    case RejectReason::InvalidUtf8: return "invalid_utf8";
    case RejectReason::InvalidJson: return "invalid_json";
    case RejectReason::NotAnObject: return "not_an_object";
    case RejectReason::TooDeep: return "too_deep";
    case RejectReason::NonFiniteNumber: return "non_finite_number";
    case RejectReason::MissingField: return "missing_field";
    case RejectReason::WrongType: return "wrong_type";
    case RejectReason::BadValue: return "bad_value";
    case RejectReason::TooManyEntries: return "too_many_entries";
    case RejectReason::BadTimestamp: return "bad_timestamp";
    case RejectReason::Count_: break;
    }
    return "unknown";
}

QString rejectReasonDescription(RejectReason reason)
{
    switch (reason) {
    case RejectReason::TopicOutsideRoot:
        return QCoreApplication::translate("fw", "Topic outside the fleet root");
    case RejectReason::TopicUnknown:
        return QCoreApplication::translate("fw", "Unknown topic");
    case RejectReason::TopicBadId:
        return QCoreApplication::translate("fw", "Invalid site, asset, model or alert id in topic");
    case RejectReason::PayloadTooLarge:
        return QCoreApplication::translate("fw", "Payload larger than 64 KiB");
    case RejectReason::InvalidUtf8:
        return QCoreApplication::translate("fw", "Payload is not valid UTF-8");
    case RejectReason::InvalidJson:
        return QCoreApplication::translate("fw", "Payload is not valid JSON");
    case RejectReason::NotAnObject:
        return QCoreApplication::translate("fw", "Payload is not a JSON object");
    case RejectReason::TooDeep:
        return QCoreApplication::translate("fw", "JSON nested deeper than 16 levels");
    case RejectReason::NonFiniteNumber:
        return QCoreApplication::translate("fw", "NaN, Infinity or out-of-range number");
    case RejectReason::MissingField:
        return QCoreApplication::translate("fw", "Required field missing");
    case RejectReason::WrongType:
        return QCoreApplication::translate("fw", "Field of the wrong type");
    case RejectReason::BadValue:
        return QCoreApplication::translate("fw", "Field value not allowed");
    case RejectReason::TooManyEntries:
        return QCoreApplication::translate("fw", "Too many entries in a list");
    case RejectReason::BadTimestamp:
        return QCoreApplication::translate("fw", "Timestamp is not RFC 3339");
    case RejectReason::Count_:
        break;
    }
    return QCoreApplication::translate("fw", "Unknown reason");
}

QString priorityName(Priority p)
{
    switch (p) {
    case Priority::Low: return QStringLiteral("low");
    case Priority::Medium: return QStringLiteral("medium");
    case Priority::High: return QStringLiteral("high");
    case Priority::Critical: return QStringLiteral("critical");
    }
    return {};
}

QString healthStateName(HealthState s)
{
    switch (s) {
    case HealthState::Ok: return QStringLiteral("ok");
    case HealthState::Watch: return QStringLiteral("watch");
    case HealthState::Warning: return QStringLiteral("warning");
    case HealthState::Critical: return QStringLiteral("critical");
    }
    return {};
}

QString criticalityName(Criticality c)
{
    switch (c) {
    case Criticality::Unknown: return QStringLiteral("unknown");
    case Criticality::Low: return QStringLiteral("low");
    case Criticality::Medium: return QStringLiteral("medium");
    case Criticality::High: return QStringLiteral("high");
    case Criticality::Critical: return QStringLiteral("critical");
    }
    return {};
}

QString outcomeName(Outcome o)
{
    switch (o) {
    case Outcome::TruePositive: return QStringLiteral("true_positive");
    case Outcome::FalsePositive: return QStringLiteral("false_positive");
    case Outcome::Inconclusive: return QStringLiteral("inconclusive");
    case Outcome::MissedFailure: return QStringLiteral("missed_failure");
    }
    return {};
}

QString alertEventName(AlertEventType e)
{
    switch (e) {
    case AlertEventType::Raised: return QStringLiteral("raised");
    case AlertEventType::Updated: return QStringLiteral("updated");
    case AlertEventType::Cleared: return QStringLiteral("cleared");
    }
    return {};
}

QString ackActionName(AckAction a)
{
    switch (a) {
    case AckAction::Ack: return QStringLiteral("ack");
    case AckAction::Shelve: return QStringLiteral("shelve");
    case AckAction::Unshelve: return QStringLiteral("unshelve");
    case AckAction::Suppress: return QStringLiteral("suppress");
    case AckAction::Unsuppress: return QStringLiteral("unsuppress");
    case AckAction::OutOfService: return QStringLiteral("out_of_service");
    case AckAction::ReturnToService: return QStringLiteral("return_to_service");
    case AckAction::Comment: return QStringLiteral("comment");
    }
    return {};
}

bool ackActionNeedsNote(AckAction a)
{
    return a != AckAction::Ack && a != AckAction::Unshelve;
}

bool ackActionNeedsSupervisor(AckAction a)
{
    return a == AckAction::OutOfService || a == AckAction::ReturnToService;
}

} // namespace fw

#pragma once
// The alarm state model of ISA-18.2 / IEC 62682 as OPC UA Part 9 spells it out: the condition is
// active or returned to normal, crossed with unacknowledged or acknowledged; besides that an alarm can
// be shelved (timed, at most 8 hours, with a reason), suppressed by design, or out of service.
// Plain values; AlertLifecycle (alertlifecycle.h) is the only place that changes them.

#include <QString>
#include <QStringView>

#include <optional>

namespace fw {

struct AlarmState
{
    bool active = true;                    // false: returned to normal (the fleet cleared it)
    bool acknowledged = false;
    std::optional<qint64> shelvedUntil;    // ms since epoch; set while shelved
    QString shelveReason;
    bool suppressed = false;               // suppressed by design (e.g. the asset is offline / in maintenance)
    bool outOfService = false;
    std::optional<qint64> outOfServiceUntil;   // ms since epoch; while out of service with an end

    bool shelved() const { return shelvedUntil.has_value(); }
    // Acknowledged and returned to normal: nothing left to do; it leaves the live queue.
    bool isNormal() const { return !active && acknowledged; }
    // Needs the operator: unacknowledged and neither shelved, suppressed nor out of service.
    bool needsAttention() const { return !acknowledged && !shelved() && !suppressed && !outOfService; }
    bool operator==(const AlarmState &) const = default;
};

enum class AlarmEvent {
    Raise,              // fleet: raised (or an open alert found in alerts/active)
    Update,             // fleet: updated
    Clear,              // fleet: cleared (returned to normal)
    Acknowledge,        // operator, here or at another console
    Shelve,             // operator: needs minutes (1..480) and a reason
    Unshelve,           // operator
    ShelveExpired,      // the clock: shelvedUntil has passed
    Suppress,           // by design
    Unsuppress,
    RemoveFromService,  // operator / engineering
    ReturnToService,    // operator, or the clock when outOfServiceUntil has passed
    Comment,            // operator: a note, at any time; never changes the state
};

constexpr int kAlarmEventCount = 12;   // keep in step with AlarmEvent

// Stable snake_case name ("raise", "shelve_expired", ...) for the store, the audit trail and logs.
QString alarmEventName(AlarmEvent e);
// The event a stable name stands for; nullopt for anything else.
std::optional<AlarmEvent> alarmEventFromName(QStringView name);
// Translated, for the operator ("Acknowledge", "Shelve", ...).
QString alarmEventDescription(AlarmEvent e);
// The state in a short stable form for the journal's before / after (not translated), e.g.
// "active unacknowledged shelved-until=2026-11-22T16:02:11Z" or "normal acknowledged out-of-service".
QString alarmStateText(const AlarmState &s);

struct AlarmEventContext
{
    qint64 now = 0;                  // ms since epoch
    int shelveMinutes = 0;           // Shelve only
    QString reason;                  // Shelve only: why
    std::optional<qint64> until;     // RemoveFromService only: its end (ms since epoch), if any
};

struct Transition
{
    bool accepted = false;
    bool changed = false;            // accepted but nothing changed (a repeated delivery) -> false
    AlarmState next;
    QString rejection;               // why not, when !accepted (translated, for the operator)
};

} // namespace fw

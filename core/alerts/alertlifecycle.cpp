// The transition function of the alarm state model (ISA-18.2 / IEC 62682, OPC UA Part 9).
//
// The state is four orthogonal parts: the condition (active | returned to normal), acknowledgement
// (unacknowledged | acknowledged), shelving (none | until a time, with a reason), and two flags
// (suppressed by design, out of service). Every (state, event) pair has exactly one outcome, read
// top-down per event; the first matching condition decides:
//
// event             | condition                          | outcome
// ------------------+------------------------------------+---------------------------------------------
// Raise             | active                             | accepted, no change (a repeated delivery)
//                   | returned to normal                 | active and UNacknowledged (a new occurrence);
//                   |                                    | shelving, suppression, service kept
// Update            | any                                | accepted, no change (the caller updates
//                   |                                    | priority/score; a late update after a clear
//                   |                                    | does not re-activate)
// Clear             | active                             | returned to normal; acknowledged kept
//                   | returned to normal                 | accepted, no change (a duplicate)
// Acknowledge       | out of service                     | rejected: out of service
//                   | acknowledged                       | rejected: already acknowledged
//                   | otherwise                          | acknowledged (active or not, shelved,
//                   |                                    | suppressed or not)
// Shelve            | out of service                     | rejected: out of service
//                   | shelved and now < shelvedUntil     | rejected: already shelved until HH:MM;
//                   |                                    | unshelve first
//                   | minutes outside 1..480             | rejected, naming the limits
//                   | reason blank (after trimming)      | rejected: a reason is required
//                   | otherwise (also a lapsed shelving  | shelvedUntil = now + minutes, reason kept
//                   | the clock has not expired yet)     | (trimmed)
// Unshelve          | not shelved                        | rejected: not shelved
//                   | shelved (lapsed or not)            | unshelved, reason cleared
// ShelveExpired     | not shelved                        | rejected: not shelved
//                   | now < shelvedUntil                 | rejected: shelved until HH:MM
//                   | otherwise                          | unshelved, reason cleared
// Suppress          | suppressed                         | rejected: already suppressed
//                   | otherwise                          | suppressed
// Unsuppress        | not suppressed                     | rejected: not suppressed
//                   | otherwise                          | not suppressed
// RemoveFromService | out of service                     | rejected: already out of service
//                   | until given and not after now      | rejected: the end must be in the future
//                   | otherwise                          | out of service (until, at most 30 days on);
//                   |                                    | shelving cleared
// ReturnToService   | in service                         | rejected: already in service
//                   | otherwise                          | in service (condition, ack and suppression
//                   |                                    | kept)
// Comment           | any                                | accepted, no change (the note is the action)
//
// Why these choices:
// - Fleet events are facts from the field and are never rejected, whatever the operator did here:
//   the alert's record must follow the fleet. Raise, Update and Clear touch only the condition (and
//   Raise on a returned-to-normal alert resets acknowledgement, since the operator has not seen the
//   new occurrence); shelving, suppression and service belong to the operators.
// - A shelving whose time has passed but that the clock has not expired yet may be shelved again
//   at once: telling the operator "already shelved until" a time in the past would be wrong.
// - Operator actions that would change nothing are rejected with a reason (not "no change") so
//   that the console can say why, and so that the audit trail records only real changes. A second
//   console's acknowledgement of an already acknowledged alert arrives as "already acknowledged";
//   the caller treats that one as harmless.
// - A rejection always returns next == state and changed == false; an accepted transition has
//   changed == (next != state).
//
// Times are ms since the epoch; HH:MM in messages is the console's local time.

#include "core/alerts/alertlifecycle.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace fw::AlertLifecycle {

namespace {

QString clockTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("HH:mm"));
}

Transition rejected(const AlarmState &state, const QString &why)
{
    Transition t;
    t.accepted = false;
    t.changed = false;
    t.next = state;
    t.rejection = why;
    return t;
}

Transition accepted(const AlarmState &state, const AlarmState &next)
{
    Transition t;
    t.accepted = true;
    t.changed = next != state;
    t.next = next;
    return t;
}

void unshelve(AlarmState &s)
{
    s.shelvedUntil.reset();
    s.shelveReason.clear();
}

Transition raise(const AlarmState &state)
{
    AlarmState next = state;
    if (!state.active) {
        next.active = true;
        next.acknowledged = false;
    }
    return accepted(state, next);
}

Transition clear(const AlarmState &state)
{
    AlarmState next = state;
    next.active = false;
    return accepted(state, next);
}

Transition acknowledge(const AlarmState &state)
{
    if (state.outOfService)
        return rejected(state, QCoreApplication::translate(
                                   "fw", "The alert is out of service; return it to service first."));
    if (state.acknowledged)
        return rejected(state, QCoreApplication::translate("fw", "The alert is already acknowledged."));
    AlarmState next = state;
    next.acknowledged = true;
    return accepted(state, next);
}

Transition shelve(const AlarmState &state, const AlarmEventContext &context)
{
    if (state.outOfService)
        return rejected(state, QCoreApplication::translate(
                                   "fw", "The alert is out of service and cannot be shelved."));
    if (state.shelved() && !shelveDue(state, context.now))
        return rejected(state, QCoreApplication::translate(
                                   "fw", "The alert is already shelved until %1; unshelve first.")
                                   .arg(clockTime(*state.shelvedUntil)));
    if (context.shelveMinutes < kMinShelveMinutes || context.shelveMinutes > kMaxShelveMinutes)
        return rejected(state, QCoreApplication::translate(
                                   "fw", "Shelve for %1 to %2 minutes (at most 8 hours), not %3.")
                                   .arg(kMinShelveMinutes)
                                   .arg(kMaxShelveMinutes)
                                   .arg(context.shelveMinutes));
    const QString reason = context.reason.trimmed();
    if (reason.isEmpty())
        return rejected(state, QCoreApplication::translate(
                                   "fw", "Shelving needs a reason: say why the alert may wait."));
    AlarmState next = state;
    next.shelvedUntil = context.now + qint64(context.shelveMinutes) * 60 * 1000;
    next.shelveReason = reason;
    return accepted(state, next);
}

Transition unshelveByOperator(const AlarmState &state)
{
    if (!state.shelved())
        return rejected(state, QCoreApplication::translate("fw", "The alert is not shelved."));
    AlarmState next = state;
    unshelve(next);
    return accepted(state, next);
}

Transition shelveExpired(const AlarmState &state, qint64 now)
{
    if (!state.shelved())
        return rejected(state, QCoreApplication::translate("fw", "The alert is not shelved."));
    if (!shelveDue(state, now))
        return rejected(state, QCoreApplication::translate("fw", "The alert stays shelved until %1.")
                                   .arg(clockTime(*state.shelvedUntil)));
    AlarmState next = state;
    unshelve(next);
    return accepted(state, next);
}

Transition suppress(const AlarmState &state, bool on)
{
    if (state.suppressed == on)
        return rejected(state, on ? QCoreApplication::translate("fw", "The alert is already suppressed.")
                                  : QCoreApplication::translate("fw", "The alert is not suppressed."));
    AlarmState next = state;
    next.suppressed = on;
    return accepted(state, next);
}

Transition removeFromService(const AlarmState &state, const AlarmEventContext &context)
{
    if (state.outOfService)
        return rejected(state, QCoreApplication::translate("fw", "The alert is already out of service."));
    if (context.until && *context.until <= context.now)
        return rejected(state, QCoreApplication::translate(
                                   "fw", "The end of out of service must be in the future, not %1.")
                                   .arg(QDateTime::fromMSecsSinceEpoch(*context.until).toString(Qt::ISODate)));
    AlarmState next = state;
    next.outOfService = true;
    if (context.until)
        next.outOfServiceUntil = std::min(*context.until, context.now + kMaxOutOfServiceMs);
    unshelve(next);
    return accepted(state, next);
}

Transition returnToService(const AlarmState &state)
{
    if (!state.outOfService)
        return rejected(state, QCoreApplication::translate("fw", "The alert is already in service."));
    AlarmState next = state;
    next.outOfService = false;
    next.outOfServiceUntil.reset();
    return accepted(state, next);
}

} // namespace

bool shelveDue(const AlarmState &state, qint64 now)
{
    return state.shelved() && now >= *state.shelvedUntil;
}

bool returnToServiceDue(const AlarmState &state, qint64 now)
{
    return state.outOfService && state.outOfServiceUntil && now >= *state.outOfServiceUntil;
}

Transition apply(const AlarmState &state, AlarmEvent event, const AlarmEventContext &context)
{
    switch (event) {
    case AlarmEvent::Raise: return raise(state);
    case AlarmEvent::Update: return accepted(state, state);
    case AlarmEvent::Clear: return clear(state);
    case AlarmEvent::Acknowledge: return acknowledge(state);
    case AlarmEvent::Shelve: return shelve(state, context);
    case AlarmEvent::Unshelve: return unshelveByOperator(state);
    case AlarmEvent::ShelveExpired: return shelveExpired(state, context.now);
    case AlarmEvent::Suppress: return suppress(state, true);
    case AlarmEvent::Unsuppress: return suppress(state, false);
    case AlarmEvent::RemoveFromService: return removeFromService(state, context);
    case AlarmEvent::ReturnToService: return returnToService(state);
    case AlarmEvent::Comment: return accepted(state, state);
    }
    return rejected(state, QCoreApplication::translate("fw", "Unknown action."));
}

} // namespace fw::AlertLifecycle

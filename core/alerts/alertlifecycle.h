#pragma once
// AlertLifecycle: the transition function of the alarm state model (alarmstate.h). Pure and
// stateless; thread-safe. Every (state, event) pair has a defined outcome: a new state, "no change"
// for a harmless repeat (a QoS 1 duplicate of raise or clear), or a rejection with a reason (an
// illegal operator action such as acknowledging an acknowledged alert or unshelving one that is not
// shelved).

#include "core/alerts/alarmstate.h"

namespace fw::AlertLifecycle {

constexpr int kMinShelveMinutes = 1;
constexpr int kMaxShelveMinutes = 8 * 60;
// The longest a timed out-of-service may last; a later `until` is cut to it.
constexpr qint64 kMaxOutOfServiceMs = qint64(30) * 24 * 60 * 60 * 1000;

// The outcome of `event` on `state` (the table is at the top of alertlifecycle.cpp). Fleet events
// (Raise, Update, Clear) are never rejected. A rejection leaves next == state and changed == false;
// an accepted transition has changed == (next != state) and an empty rejection.
Transition apply(const AlarmState &state, AlarmEvent event, const AlarmEventContext &context);

// True when the state is shelved and its time is up at `now` (ms since epoch): time to apply
// ShelveExpired.
bool shelveDue(const AlarmState &state, qint64 now);
// True when it is out of service until a time that has come at `now`: time to apply ReturnToService.
bool returnToServiceDue(const AlarmState &state, qint64 now);

} // namespace fw::AlertLifecycle

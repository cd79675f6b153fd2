#pragma once
// HeldActions: operators' actions from other consoles for alerts this console does not know yet (the
// raise may still be on its way, or come with the next alerts/active list). They wait here, in memory
// only, for at most kHoldMs; take() hands over an alert's waiting actions when it arrives, expire()
// the ones whose time is up. At most kMaxHeld wait: beyond that the oldest goes first. An action held
// here never creates an alert.
//
// A plain value, not thread-safe (AlertCenter's alerts thread). Times are the caller's monotonic clock
// in ms.

#include "core/fleet/fleetmessages.h"

#include <QHash>

#include <deque>
#include <vector>

namespace fw {

class HeldActions
{
public:
    static constexpr qint64 kHoldMs = 30'000;
    static constexpr int kMaxHeld = 1000;

    struct Held
    {
        QString alertKey;
        TopicRef topic;
        AckMsg action;
        qint64 receivedAt = 0;   // the console's receive time: the time the action counts from
        qint64 heldAt = 0;       // the caller's monotonic clock
    };

    explicit HeldActions(qint64 holdMs = kHoldMs, int maxHeld = kMaxHeld);

    // Holds it; returns the ones pushed out to make room (the oldest), to be counted as dropped.
    std::vector<Held> hold(Held held);
    // The actions waiting for `alertKey`, in the order they were received, and forgets them.
    std::vector<Held> take(const QString &alertKey);
    bool isWaiting(const QString &alertKey) const { return m_perKey.contains(alertKey); }
    // Those held longer than the hold time at `nowMs`, forgotten.
    std::vector<Held> expire(qint64 nowMs);
    int size() const { return int(m_held.size()); }

private:
    void forget(const QString &alertKey);

    qint64 m_holdMs;
    int m_maxHeld;
    std::deque<Held> m_held;              // oldest first
    QHash<QString, int> m_perKey;         // how many wait, by alert key
};

} // namespace fw

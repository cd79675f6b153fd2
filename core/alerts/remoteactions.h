#pragma once
// RemoteActions: operators' actions that come from other consoles (or ours, echoed by the broker), as
// the spec's "Console → consoles" says a receiving console must take them:
// - it works from its own receive time: a shelve ends at receive time + shelve_minutes (1..480), an
//   acknowledgement counts from when it was received and the first one received wins for time to
//   acknowledge; the sender's `ts` is kept (actions.ts, the journal's claimed_at) and, when far from
//   the receive time, shown as a claim in the journal and logged, never used to move history;
// - at most ActionRateLimit's rate per sending console; beyond it the action is dropped and counted;
// - out_of_service / return_to_service need a claimed role of supervisor or above (core/users/role.h);
// - an action for an alert not known here waits in HeldActions until the raise or the active list
//   brings it (release()), else it is dropped and counted (expire()); it never creates an alert;
// - every action applied is stored with ONE journal row in the caller's (AlertCenter's batch)
//   transaction, also when the alert's state refuses it (then the row says why nothing changed).
//
// Threads and lifetime: a plain object of AlertCenter's, in the alerts thread. It works on
// AlertCenter's UnresolvedAlerts and, between open() and close(), on its store; before open() it
// does nothing.

#include "core/alerts/actionratelimit.h"
#include "core/alerts/heldactions.h"
#include "core/alerts/remoteactionlog.h"
#include "core/fleet/fleetmessages.h"

#include <QElapsedTimer>

namespace fw {

class ActionRepository;
class AlertRepository;
class JournalRepository;
class UnresolvedAlerts;
struct AlertRecord;

class RemoteActions
{
public:
    RemoteActions(UnresolvedAlerts &alerts, QString consoleId, qint64 holdMs = HeldActions::kHoldMs);

    void open(AlertRepository &alerts, ActionRepository &actions, JournalRepository &journal);
    void close();

    // One action as received (receivedAt: this console's clock), inside the batch's transaction
    // (`write`) or in memory only while the store is not saving. True when it set the alert's first
    // acknowledgement (the awaiting-outcome list may change).
    bool receive(const TopicRef &topic, const AckMsg &m, qint64 receivedAt, bool write = true);
    // The alert with this key has just become known: its held actions are applied. True as receive().
    bool release(const QString &alertKey, bool write = true);
    // Held actions whose time is up are dropped and counted; call it on the clock.
    void expire();

    RemoteActionCounts counts() const { return m_log.counts(); }

private:
    bool apply(AlertRecord &r, const AckMsg &m, qint64 receivedAt, bool write);
    void drop(ActionDrop reason, const QString &alertKey, const AckMsg &m);

    UnresolvedAlerts &m_alerts;
    QString m_consoleId;
    AlertRepository *m_alertRepo = nullptr;
    ActionRepository *m_actionRepo = nullptr;
    JournalRepository *m_journal = nullptr;
    ActionRateLimit m_limit;
    HeldActions m_held;
    RemoteActionLog m_log;
    QElapsedTimer m_clock;   // the hold time's and the log's clock
};

} // namespace fw

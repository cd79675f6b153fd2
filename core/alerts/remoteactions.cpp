#include "core/alerts/remoteactions.h"

#include "core/alerts/actionjournal.h"
#include "core/alerts/alertlifecycle.h"
#include "core/alerts/unresolvedalerts.h"
#include "core/audit/journalrepository.h"
#include "core/common/logging.h"
#include "core/store/actionrepository.h"
#include "core/store/alertrepository.h"
#include "core/users/role.h"

#include <algorithm>

namespace fw {
namespace {

AlarmEvent eventFor(AckAction action)
{
    switch (action) {
    case AckAction::Ack: return AlarmEvent::Acknowledge;
    case AckAction::Shelve: return AlarmEvent::Shelve;
    case AckAction::Unshelve: return AlarmEvent::Unshelve;
    case AckAction::Suppress: return AlarmEvent::Suppress;
    case AckAction::Unsuppress: return AlarmEvent::Unsuppress;
    case AckAction::OutOfService: return AlarmEvent::RemoveFromService;
    case AckAction::ReturnToService: return AlarmEvent::ReturnToService;
    case AckAction::Comment: return AlarmEvent::Comment;
    }
    return AlarmEvent::Comment;
}

// The spec's rule on the sender's claimed role (only the broker's access control makes it true).
bool claimedRoleMay(const AckMsg &m)
{
    if (!ackActionNeedsSupervisor(m.action))
        return true;
    const std::optional<Role> role = roleFromName(m.role);
    return role && mayDo(*role, Capability::OutOfService);
}

} // namespace

RemoteActions::RemoteActions(UnresolvedAlerts &alerts, QString consoleId, qint64 holdMs)
    : m_alerts(alerts), m_consoleId(std::move(consoleId)), m_held(holdMs)
{
    m_clock.start();
}

void RemoteActions::open(AlertRepository &alerts, ActionRepository &actions, JournalRepository &journal)
{
    m_alertRepo = &alerts;
    m_actionRepo = &actions;
    m_journal = &journal;
}

void RemoteActions::close()
{
    m_alertRepo = nullptr;
    m_actionRepo = nullptr;
    m_journal = nullptr;
}

void RemoteActions::drop(ActionDrop reason, const QString &alertKey, const AckMsg &m)
{
    m_log.dropped(reason, ackActionName(m.action), alertKey, m.console, m_clock.elapsed());
}

bool RemoteActions::receive(const TopicRef &topic, const AckMsg &m, qint64 receivedAt, bool write)
{
    if (!m_alertRepo)
        return false;
    if (!write && m.console == m_consoleId)
        return false;   // our own, echoed back (the store that tells it is not written now)
    const QString key = TopicParser::alertKey(topic.site, topic.asset, topic.alert);
    if (!m_limit.admit(m.console, receivedAt)) {
        drop(ActionDrop::RateLimited, key, m);
        return false;
    }
    if (!claimedRoleMay(m)) {
        drop(ActionDrop::RoleRefused, key, m);
        return false;
    }
    AlertRecord *r = m_alerts.findOrLoad(topic.site, topic.asset, topic.alert, *m_alertRepo);
    if (!r) {
        // Its raise may still be on its way: wait for it, never make an alert of it.
        for (const HeldActions::Held &out : m_held.hold({key, topic, m, receivedAt, m_clock.elapsed()}))
            drop(ActionDrop::UnknownAlert, out.alertKey, out.action);
        m_log.setHeld(m_held.size());
        return false;
    }
    return apply(*r, m, receivedAt, write);
}

bool RemoteActions::release(const QString &alertKey, bool write)
{
    if (!m_alertRepo || !m_held.isWaiting(alertKey))
        return false;
    bool firstAck = false;
    for (const HeldActions::Held &h : m_held.take(alertKey)) {
        if (AlertRecord *r = m_alerts.find(alertKey))
            firstAck = apply(*r, h.action, h.receivedAt, write) || firstAck;
    }
    m_log.setHeld(m_held.size());
    return firstAck;
}

void RemoteActions::expire()
{
    for (const HeldActions::Held &h : m_held.expire(m_clock.elapsed()))
        drop(ActionDrop::UnknownAlert, h.alertKey, h.action);
    m_log.setHeld(m_held.size());
}

bool RemoteActions::apply(AlertRecord &r, const AckMsg &m, qint64 receivedAt, bool write)
{
    AlertAction action;
    action.alertRow = r.rowId;
    action.event = eventFor(m.action);
    action.by = m.by;
    action.role = m.role;
    action.console = m.console;
    action.ts = m.ts;                 // the claim: kept, and names a re-delivery
    action.receivedAt = receivedAt;   // the time that counts
    action.note = m.note;
    action.shelveMinutes = m.shelveMinutes;
    // Never "made here": this console's own action comes back with its stored (alert, event, console,
    // ts) and is a duplicate below; a new row naming this console is someone else's claim.
    action.local = false;
    const AlarmEventContext ctx{receivedAt, m.shelveMinutes, m.note, m.until};
    const Transition t = AlertLifecycle::apply(r.state, action.event, ctx);
    action.until = t.accepted ? t.next.outOfServiceUntil : std::nullopt;   // never the sender's own end
    // A refused out of service / return to service is only journalled: the store's newest such row
    // gives the service end restored after a restart, so it must be one that was applied.
    const bool serviceAction = action.event == AlarmEvent::RemoveFromService || action.event == AlarmEvent::ReturnToService;
    if (write && (t.accepted || !serviceAction) && !m_actionRepo->insert(action))
        return false;   // our own, echoed back by the broker, or a repeated delivery
    if (ActionJournal::isFarClaim(m.ts, receivedAt))
        m_log.farClaim(ackActionName(m.action), r.key(), m.console, ActionJournal::claimText(m.ts, receivedAt),
                       m_clock.elapsed());
    const AlarmState before = r.state;
    if (t.accepted)
        r.state = t.next;
    // The first acknowledgement RECEIVED counts for time to acknowledge, never before the raise here.
    bool firstAck = false;
    if (action.event == AlarmEvent::Acknowledge && !r.ackedAt && r.state.acknowledged) {
        r.ackedAt = std::max(receivedAt, r.raisedAt);
        r.ackedBy = m.by;
        r.ackedConsole = m.console;
        r.ackNote = m.note;
        firstAck = true;
    }
    if (action.event == AlarmEvent::Comment) {
        ++r.comments;
        r.lastComment = m.note;
    }
    if (write) {
        m_alertRepo->upsert(r);
        JournalEntry entry = ActionJournal::entryFor(r, action, before, r.state, t.accepted ? QString() : t.rejection);
        if (!m_journal->append(entry))
            logging::get("alerts")->error("journal row for {} on {} not stored", alarmEventName(action.event).toStdString(),
                                          logging::sanitize(r.key()));
    }
    m_alerts.markChanged(r);
    return firstAck;
}

} // namespace fw

// AlertCenter's operator side: this console's acknowledge / shelve / unshelve, and the same actions
// arriving from other consoles. (The class's fleet side is in alertcenter.cpp; one class, two files,
// to keep each readable.)

#include "core/alerts/alertcenter.h"

#include "core/store/actionrepository.h"
#include "core/alerts/alertlifecycle.h"
#include "core/store/alertrepository.h"
#include "core/store/database.h"
#include "core/labels/labeldesk.h"
#include "core/common/logging.h"
#include "core/mqtt/outboxpublisher.h"
#include "core/store/outboxrepository.h"
#include "core/fleet/payloadencoder.h"

#include <QDateTime>

namespace fw {
namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

AlarmEvent eventFor(AckAction action)
{
    switch (action) {
    case AckAction::Ack: return AlarmEvent::Acknowledge;
    case AckAction::Shelve: return AlarmEvent::Shelve;
    case AckAction::Unshelve: return AlarmEvent::Unshelve;
    }
    return AlarmEvent::Acknowledge;
}

} // namespace

void AlertCenter::applyRemoteAction(const TopicRef &topic, const AckMsg &m, qint64 receivedAt)
{
    AlertRecord *r = recordFor(topic.site, topic.asset, topic.alert);
    if (!r) {
        // Its raise never reached us (a queue limit, a filter): keep the alert with the action, so it
        // does not flash here when the raise or the active list brings it.
        AlertRecord fresh;
        fresh.site = topic.site;
        fresh.asset = topic.asset;
        fresh.alertId = topic.alert;
        fresh.raisedTs = m.ts;
        fresh.raisedAt = receivedAt;
        fresh.lastEventAt = receivedAt;
        fresh.orphan = true;
        r = remember(fresh);
        if (!m_alertRepo->upsert(*r))
            return;
        logging::get("alerts")->info("{} for {}/{}/{} from {}: the alert was not seen here; kept with it",
                                     ackActionName(m.action).toStdString(), logging::sanitize(topic.site),
                                     logging::sanitize(topic.asset), logging::sanitize(topic.alert),
                                     logging::sanitize(m.console));
    }
    AlertAction action;
    action.alertRow = r->rowId;
    action.event = eventFor(m.action);
    action.by = m.by;
    action.role = m.role;
    action.console = m.console;
    action.ts = m.ts;
    action.receivedAt = receivedAt;
    action.note = m.note;
    action.shelveMinutes = m.shelveMinutes;
    action.local = m.console == m_options.consoleId;
    if (!m_actionRepo->insert(action))
        return;   // our own, echoed back by the broker, or a repeated delivery
    AlarmEventContext ctx{m.ts, m.shelveMinutes, m.note.isEmpty() ? tr("shelved at %1").arg(m.console) : m.note};
    const Transition t = AlertLifecycle::apply(r->state, action.event, ctx);
    if (t.accepted)
        r->state = t.next;
    // The first acknowledgement, at any console, counts for time to acknowledge.
    if (action.event == AlarmEvent::Acknowledge && (!r->ackedAt || m.ts < *r->ackedAt)) {
        r->ackedAt = m.ts;
        r->ackedBy = m.by;
        r->ackedConsole = m.console;
        r->ackNote = m.note;
        m_desk->noteAcknowledged();
    }
    m_alertRepo->upsert(*r);
    markChanged(*r);
}

bool AlertCenter::operatorAction(const QString &key, AlarmEvent event, const AlarmEventContext &ctx, const QString &note)
{
    auto it = m_alerts.find(key);
    if (it == m_alerts.end()) {
        emit actionRejected(key, tr("This alert is no longer in the queue."));
        return false;
    }
    AlertRecord &r = *it;
    const Transition t = AlertLifecycle::apply(r.state, event, ctx);
    if (!t.accepted) {
        emit actionRejected(key, t.rejection);
        return false;
    }
    AckMsg msg;
    msg.alert = r.alertId;
    msg.action = event == AlarmEvent::Acknowledge ? AckAction::Ack
               : event == AlarmEvent::Shelve      ? AckAction::Shelve
                                                  : AckAction::Unshelve;
    msg.by = m_options.user;
    msg.role = m_options.role;
    msg.console = m_options.consoleId;
    msg.ts = ctx.now;
    msg.note = note;
    msg.shelveMinutes = ctx.shelveMinutes;
    AlertAction action{0, r.rowId, event, msg.by, msg.role, msg.console, ctx.now, ctx.now, note, ctx.shelveMinutes, true};

    AlertRecord updated = r;
    updated.state = t.next;
    if (event == AlarmEvent::Acknowledge && !updated.ackedAt) {
        updated.ackedAt = ctx.now;
        updated.ackedBy = msg.by;
        updated.ackedConsole = msg.console;
        updated.ackNote = note;
    }
    TopicRef topic{MessageKind::Ack, r.site, r.asset, {}, r.alertId};
    // The action, the alert's new state and the message for other consoles: one durable transaction.
    Transaction tx(*m_db);
    const bool stored = tx.isActive() && m_actionRepo->insert(action) && m_alertRepo->upsert(updated)
                     && m_outboxRepo->enqueue(QStringLiteral("ack"), m_topics.topicFor(topic),
                                              PayloadEncoder::encode(msg), 1, ctx.now) > 0
                     && tx.commit();
    if (!stored) {
        emit actionRejected(key, tr("Could not save the action in the local store; nothing was changed."));
        return false;
    }
    r = updated;
    logging::get("alerts")->info("{} {} by {} at {}", alarmEventName(event).toStdString(), logging::sanitize(key),
                                 logging::sanitize(msg.by), logging::sanitize(msg.console));
    markChanged(r);
    return true;
}

void AlertCenter::acknowledge(const QStringList &keys, const QString &note)
{
    operatorActions(keys, AlarmEvent::Acknowledge, AlarmEventContext{now(), 0, {}}, note);
}

void AlertCenter::shelve(const QStringList &keys, int minutes, const QString &reason)
{
    operatorActions(keys, AlarmEvent::Shelve, AlarmEventContext{now(), minutes, reason}, reason);
}

void AlertCenter::unshelve(const QStringList &keys)
{
    operatorActions(keys, AlarmEvent::Unshelve, AlarmEventContext{now(), 0, {}}, {});
}

void AlertCenter::operatorActions(const QStringList &keys, AlarmEvent event, const AlarmEventContext &ctx,
                                  const QString &note)
{
    if (!m_db)
        return;
    for (const QString &key : keys)
        operatorAction(key, event, ctx, note);
    afterOperatorActions();
}

void AlertCenter::afterOperatorActions()
{
    m_publisher->flush();
    emit outboxCountsChanged(m_outboxRepo->pendingCount(), m_outboxRepo->deliveredCount());
    m_desk->noteAcknowledged();
    flushChanges();
}

} // namespace fw

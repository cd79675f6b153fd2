#include "core/alerts/operatoractions.h"

#include "core/alerts/alertlifecycle.h"
#include "core/alerts/storewatch.h"
#include "core/alerts/unresolvedalerts.h"
#include "core/common/logging.h"
#include "core/fleet/payloadencoder.h"
#include "core/mqtt/outboxpublisher.h"
#include "core/store/actionrepository.h"
#include "core/store/alertrepository.h"
#include "core/store/database.h"
#include "core/store/outboxrepository.h"

#include <QCoreApplication>
#include <QDateTime>

// The user-visible strings here were AlertCenter's: they keep its translation context, so that the
// translations made for them still apply.

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

OperatorActions::OperatorActions(UnresolvedAlerts &alerts, const QString &root, Operator who, QObject *parent)
    : QObject(parent), m_alerts(alerts), m_topics(root), m_operator(std::move(who))
{
}

OperatorActions::~OperatorActions() = default;

void OperatorActions::open(Database &db, AlertRepository &alerts, ActionRepository &actions, OutboxRepository &outbox,
                           OutboxPublisher &publisher, StoreWatch &store)
{
    m_store = &store;
    m_db = &db;
    m_alertRepo = &alerts;
    m_actionRepo = &actions;
    m_outboxRepo = &outbox;
    m_publisher = &publisher;
}

void OperatorActions::close()
{
    m_db = nullptr;
    m_alertRepo = nullptr;
    m_actionRepo = nullptr;
    m_outboxRepo = nullptr;
    m_publisher = nullptr;
    m_store = nullptr;
}

void OperatorActions::setOperator(const QString &user, const QString &role)
{
    m_operator.user = user;
    m_operator.role = role;
}

bool OperatorActions::applyRemote(const TopicRef &topic, const AckMsg &m, qint64 receivedAt, bool write)
{
    if (!m_db)
        return false;
    if (!write && m.console == m_operator.consoleId)
        return false;   // our own, echoed back (the store that tells it is not written now)
    AlertRecord *r = m_alerts.findOrLoad(topic.site, topic.asset, topic.alert, *m_alertRepo);
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
        r = m_alerts.remember(fresh);
        if (write && !m_alertRepo->upsert(*r))
            return false;
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
    action.local = m.console == m_operator.consoleId;
    if (write && !m_actionRepo->insert(action))
        return false;   // our own, echoed back by the broker, or a repeated delivery
    AlarmEventContext ctx{m.ts, m.shelveMinutes,
                          m.note.isEmpty() ? QCoreApplication::translate("fw::AlertCenter", "shelved at %1").arg(m.console)
                                           : m.note};
    const Transition t = AlertLifecycle::apply(r->state, action.event, ctx);
    if (t.accepted)
        r->state = t.next;
    // The first acknowledgement, at any console, counts for time to acknowledge.
    bool firstAck = false;
    if (action.event == AlarmEvent::Acknowledge && (!r->ackedAt || m.ts < *r->ackedAt)) {
        r->ackedAt = m.ts;
        r->ackedBy = m.by;
        r->ackedConsole = m.console;
        r->ackNote = m.note;
        firstAck = true;
    }
    if (write)
        m_alertRepo->upsert(*r);
    m_alerts.markChanged(*r);
    return firstAck;
}

bool OperatorActions::act(const QString &key, AlarmEvent event, const AlarmEventContext &ctx, const QString &note)
{
    AlertRecord *r = m_alerts.find(key);
    if (!r) {
        emit actionRejected(key, QCoreApplication::translate("fw::AlertCenter", "This alert is no longer in the queue."));
        return false;
    }
    const Transition t = AlertLifecycle::apply(r->state, event, ctx);
    if (!t.accepted) {
        emit actionRejected(key, t.rejection);
        return false;
    }
    if (const QString why = m_store->refusal(); !why.isEmpty()) {
        emit actionRejected(key, why);
        return false;
    }
    if (r->rowId == 0) {
        emit actionRejected(key, m_store->notStoredRefusal());
        return false;
    }
    AckMsg msg;
    msg.alert = r->alertId;
    msg.action = event == AlarmEvent::Acknowledge ? AckAction::Ack
               : event == AlarmEvent::Shelve      ? AckAction::Shelve
                                                  : AckAction::Unshelve;
    msg.by = m_operator.user;
    msg.role = m_operator.role;
    msg.console = m_operator.consoleId;
    msg.ts = ctx.now;
    msg.note = note;
    msg.shelveMinutes = ctx.shelveMinutes;
    AlertAction action{0, r->rowId, event, msg.by, msg.role, msg.console, ctx.now, ctx.now, note, ctx.shelveMinutes, true};

    AlertRecord updated = *r;
    updated.state = t.next;
    if (event == AlarmEvent::Acknowledge && !updated.ackedAt) {
        updated.ackedAt = ctx.now;
        updated.ackedBy = msg.by;
        updated.ackedConsole = msg.console;
        updated.ackNote = note;
    }
    TopicRef topic{MessageKind::Ack, r->site, r->asset, {}, r->alertId};
    // The action, the alert's new state and the message for other consoles: one durable transaction.
    m_db->takeFault();
    bool stored = false;
    {
        Transaction tx(*m_db);
        stored = tx.isActive() && m_actionRepo->insert(action) && m_alertRepo->upsert(updated)
              && m_outboxRepo->enqueue(QStringLiteral("ack"), m_topics.topicFor(topic), PayloadEncoder::encode(msg), 1,
                                       ctx.now)
                     > 0
              && m_db->takeFault() == 0 && tx.commit();
    }
    if (!stored) {
        if (const int fault = m_db->takeFault(); storeFaultOf(fault) != StoreFault::None) {
            m_store->writeFailed(fault, QString(), ctx.now);
            emit actionRejected(key, m_store->refusal());
        } else {
            emit actionRejected(key, QCoreApplication::translate(
                                         "fw::AlertCenter", "Could not save the action in the local store; nothing was changed."));
        }
        return false;
    }
    *r = updated;
    logging::get("alerts")->info("{} {} by {} at {}", alarmEventName(event).toStdString(), logging::sanitize(key),
                                 logging::sanitize(msg.by), logging::sanitize(msg.console));
    m_alerts.markChanged(*r);
    return true;
}

void OperatorActions::acknowledge(const QStringList &keys, const QString &note)
{
    actOn(keys, AlarmEvent::Acknowledge, AlarmEventContext{now(), 0, {}}, note);
}

void OperatorActions::shelve(const QStringList &keys, int minutes, const QString &reason)
{
    actOn(keys, AlarmEvent::Shelve, AlarmEventContext{now(), minutes, reason}, reason);
}

void OperatorActions::unshelve(const QStringList &keys)
{
    actOn(keys, AlarmEvent::Unshelve, AlarmEventContext{now(), 0, {}}, {});
}

void OperatorActions::actOn(const QStringList &keys, AlarmEvent event, const AlarmEventContext &ctx, const QString &note)
{
    if (!m_db)
        return;
    for (const QString &key : keys)
        act(key, event, ctx, note);
    m_publisher->publishQueued();
    emit actionsStored();
}

} // namespace fw

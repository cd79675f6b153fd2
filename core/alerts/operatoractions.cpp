#include "core/alerts/operatoractions.h"

#include "core/alerts/actionjournal.h"
#include "core/alerts/alertlifecycle.h"
#include "core/alerts/storewatch.h"
#include "core/alerts/unresolvedalerts.h"
#include "core/audit/journalrepository.h"
#include "core/common/logging.h"
#include "core/fleet/payloadencoder.h"
#include "core/mqtt/outboxpublisher.h"
#include "core/store/actionrepository.h"
#include "core/store/alertrepository.h"
#include "core/store/database.h"
#include "core/store/outboxrepository.h"
#include "core/users/role.h"

#include <QCoreApplication>

#include <algorithm>

// The user-visible strings here were AlertCenter's: they keep its translation context, so that the
// translations made for them still apply.

namespace fw {
namespace {

AckAction ackActionFor(AlarmEvent event)
{
    switch (event) {
    case AlarmEvent::Shelve: return AckAction::Shelve;
    case AlarmEvent::Unshelve: return AckAction::Unshelve;
    case AlarmEvent::Suppress: return AckAction::Suppress;
    case AlarmEvent::Unsuppress: return AckAction::Unsuppress;
    case AlarmEvent::RemoveFromService: return AckAction::OutOfService;
    case AlarmEvent::ReturnToService: return AckAction::ReturnToService;
    case AlarmEvent::Comment: return AckAction::Comment;
    default: return AckAction::Ack;
    }
}

Capability capabilityFor(AlarmEvent event)
{
    switch (event) {
    case AlarmEvent::Shelve:
    case AlarmEvent::Unshelve: return Capability::Shelve;
    case AlarmEvent::Suppress:
    case AlarmEvent::Unsuppress: return Capability::Suppress;
    case AlarmEvent::RemoveFromService:
    case AlarmEvent::ReturnToService: return Capability::OutOfService;
    case AlarmEvent::Comment: return Capability::Comment;
    default: return Capability::Acknowledge;
    }
}

} // namespace

OperatorActions::OperatorActions(UnresolvedAlerts &alerts, const QString &root, Operator who, QObject *parent)
    : QObject(parent), m_alerts(alerts), m_topics(root), m_operator(std::move(who))
{
}

OperatorActions::~OperatorActions() = default;

void OperatorActions::open(Database &db, AlertRepository &alerts, ActionRepository &actions, OutboxRepository &outbox,
                           JournalRepository &journal, OutboxPublisher &publisher, StoreWatch &store)
{
    m_store = &store;
    m_db = &db;
    m_alertRepo = &alerts;
    m_actionRepo = &actions;
    m_outboxRepo = &outbox;
    m_journal = &journal;
    m_publisher = &publisher;
}

void OperatorActions::close()
{
    m_db = nullptr;
    m_alertRepo = nullptr;
    m_actionRepo = nullptr;
    m_outboxRepo = nullptr;
    m_journal = nullptr;
    m_publisher = nullptr;
    m_store = nullptr;
}

void OperatorActions::setOperator(const QString &user, const QString &role)
{
    m_operator.user = user;
    m_operator.role = role;
}

qint64 OperatorActions::stamp()
{
    // Two actions of one kind on one alert in the same millisecond would look like one re-delivered.
    m_lastStamp = std::max(QDateTime::currentMSecsSinceEpoch(), m_lastStamp + 1);
    return m_lastStamp;
}

QString OperatorActions::refusal(AlarmEvent event) const
{
    return refusalFor(roleFromName(m_operator.role), capabilityFor(event));
}

bool OperatorActions::act(const QString &key, AlarmEvent event, const AlarmEventContext &ctx, const QString &note)
{
    AlertRecord *r = m_alerts.find(key);
    if (!r) {
        emit actionRejected(key, QCoreApplication::translate("fw::AlertCenter", "This alert is no longer in the queue."));
        return false;
    }
    // The store first: while it cannot save, nobody can sign in either, and that is the cause to tell.
    if (const QString why = m_store->refusal(); !why.isEmpty()) {
        emit actionRejected(key, why);
        return false;
    }
    if (const QString why = refusal(event); !why.isEmpty()) {
        emit actionRejected(key, why);
        return false;
    }
    const AckAction wire = ackActionFor(event);
    // Other consoles reject these without a note (the spec's "needs"); shelve says it in its own words.
    if (event != AlarmEvent::Shelve && ackActionNeedsNote(wire) && note.trimmed().isEmpty()) {
        emit actionRejected(key, QCoreApplication::translate("fw::AlertCenter", "%1 needs a note: say why.")
                                     .arg(alarmEventDescription(event)));
        return false;
    }
    const Transition t = AlertLifecycle::apply(r->state, event, ctx);
    if (!t.accepted) {
        emit actionRejected(key, t.rejection);
        return false;
    }
    if (r->rowId == 0) {
        emit actionRejected(key, m_store->notStoredRefusal());
        return false;
    }
    AckMsg msg;
    msg.alert = r->alertId;
    msg.action = wire;
    msg.by = m_operator.user;
    msg.role = m_operator.role;
    msg.console = m_operator.consoleId;
    msg.ts = ctx.now;
    msg.note = note;
    msg.shelveMinutes = ctx.shelveMinutes;
    if (event == AlarmEvent::RemoveFromService)
        msg.until = t.next.outOfServiceUntil;
    AlertAction action{0, r->rowId, event, msg.by, msg.role, msg.console, ctx.now, ctx.now, note, ctx.shelveMinutes,
                       true, msg.until};

    AlertRecord updated = *r;
    updated.state = t.next;
    if (event == AlarmEvent::Acknowledge && !updated.ackedAt) {
        updated.ackedAt = std::max(ctx.now, updated.raisedAt);
        updated.ackedBy = msg.by;
        updated.ackedConsole = msg.console;
        updated.ackNote = note;
    }
    if (event == AlarmEvent::Comment) {
        ++updated.comments;
        updated.lastComment = note;
    }
    JournalEntry entry = ActionJournal::entryFor(updated, action, r->state, updated.state);
    TopicRef topic{MessageKind::Ack, r->site, r->asset, {}, r->alertId};
    // The action, the alert's new state, its journal row and the message for other consoles: one
    // durable transaction.
    m_db->takeFault();
    bool stored = false;
    {
        Transaction tx(*m_db);
        stored = tx.isActive() && m_actionRepo->insert(action) && m_alertRepo->upsert(updated)
              && m_journal->append(entry)
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
    actOn(keys, AlarmEvent::Acknowledge, AlarmEventContext{stamp(), 0, {}, {}}, note);
}

void OperatorActions::shelve(const QStringList &keys, int minutes, const QString &reason)
{
    actOn(keys, AlarmEvent::Shelve, AlarmEventContext{stamp(), minutes, reason, {}}, reason);
}

void OperatorActions::unshelve(const QStringList &keys)
{
    actOn(keys, AlarmEvent::Unshelve, AlarmEventContext{stamp(), 0, {}, {}}, {});
}

void OperatorActions::suppress(const QStringList &keys, const QString &note)
{
    actOn(keys, AlarmEvent::Suppress, AlarmEventContext{stamp(), 0, {}, {}}, note);
}

void OperatorActions::unsuppress(const QStringList &keys, const QString &note)
{
    actOn(keys, AlarmEvent::Unsuppress, AlarmEventContext{stamp(), 0, {}, {}}, note);
}

void OperatorActions::outOfService(const QStringList &keys, const QDateTime &until, const QString &reason)
{
    const std::optional<qint64> end = until.isValid() ? std::optional<qint64>(until.toMSecsSinceEpoch()) : std::nullopt;
    actOn(keys, AlarmEvent::RemoveFromService, AlarmEventContext{stamp(), 0, {}, end}, reason);
}

void OperatorActions::returnToService(const QStringList &keys, const QString &note)
{
    actOn(keys, AlarmEvent::ReturnToService, AlarmEventContext{stamp(), 0, {}, {}}, note);
}

void OperatorActions::comment(const QStringList &keys, const QString &note)
{
    actOn(keys, AlarmEvent::Comment, AlarmEventContext{stamp(), 0, {}, {}}, note);
}

void OperatorActions::actOn(const QStringList &keys, AlarmEvent event, const AlarmEventContext &ctx, const QString &note)
{
    if (!m_db)
        return;
    if (keys.size() > 1) {   // one command on several alerts: a supervisor's (core/users/role.h)
        if (const QString why = refusalFor(roleFromName(m_operator.role), Capability::BulkActions); !why.isEmpty()) {
            emit actionRejected(keys.first(), why);
            return;
        }
    }
    for (const QString &key : keys)
        act(key, event, ctx, note);
    m_publisher->publishQueued();
    emit actionsStored();
}

} // namespace fw

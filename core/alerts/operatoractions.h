#pragma once
// OperatorActions: this console's operator's actions on alerts: acknowledge, shelve / unshelve,
// suppress / unsuppress, out of service / return to service, comment. An action here is checked
// against what the signed-in role may do (core/users/role.h, in one place: refusal()) and the alert's
// state (AlertLifecycle), then written durably with the alert's new state, its journal row and its
// message for other consoles (an outbox row) in one transaction, before anything is published;
// actionRejected says why one was not done. Other consoles' actions are RemoteActions' (AlertCenter
// hands them over); the first acknowledgement received is the one that counts for time to acknowledge.
//
// Threads and lifetime: AlertCenter creates it with itself (a child), so it lives in the alerts thread:
// call its slots through queued connections or QMetaObject::invokeMethod. It works on AlertCenter's
// UnresolvedAlerts and, between open() and close(), on the store AlertCenter opened in that thread;
// before open() its slots do nothing.

#include "core/alerts/alarmstate.h"
#include "core/fleet/topicparser.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

namespace fw {

class ActionRepository;
class AlertRepository;
class Database;
class JournalRepository;
class OutboxPublisher;
class OutboxRepository;
class StoreWatch;
class UnresolvedAlerts;

class OperatorActions : public QObject
{
    Q_OBJECT
public:
    // Who acts at this console; consoleId also tells this console's actions from other consoles'.
    // role: a core/users/role.h name; an empty or unknown one may do nothing ("sign in to ...").
    struct Operator
    {
        QString user;
        QString role;
        QString consoleId;
    };

    OperatorActions(UnresolvedAlerts &alerts, const QString &root, Operator who, QObject *parent = nullptr);
    ~OperatorActions() override;

    // For AlertCenter, in the alerts thread: the open store (close() before it goes).
    // Actions are refused with the store's reason while it is not saving (`store`).
    void open(Database &db, AlertRepository &alerts, ActionRepository &actions, OutboxRepository &outbox,
              JournalRepository &journal, OutboxPublisher &publisher, StoreWatch &store);
    void close();
    void setOperator(const QString &user, const QString &role);

public Q_SLOTS:
    // Each applies to every key; each key that cannot be done gets its own actionRejected.
    void acknowledge(const QStringList &keys, const QString &note);
    void shelve(const QStringList &keys, int minutes, const QString &reason);
    void unshelve(const QStringList &keys);
    // Suppressed by design (the machine is stopped on purpose); the note says why. Supervisor or above.
    void suppress(const QStringList &keys, const QString &note);
    void unsuppress(const QStringList &keys, const QString &note);
    // Out of service (maintenance, a broken sensor) until `until` (invalid: until returned by hand; at
    // most AlertLifecycle::kMaxOutOfServiceMs ahead, a later end is cut to it). Supervisor or above.
    void outOfService(const QStringList &keys, const QDateTime &until, const QString &reason);
    void returnToService(const QStringList &keys, const QString &note);
    // A note on the alert at any time, acknowledged or not; changes nothing else.
    void comment(const QStringList &keys, const QString &note);

Q_SIGNALS:
    void actionRejected(const QString &alertKey, const QString &reason);
    // After every action command while the store is open, even when each key was rejected:
    // the alerts changed are marked in UnresolvedAlerts (AlertCenter hands them to the GUI).
    void actionsStored();

private:
    void actOn(const QStringList &keys, AlarmEvent event, const AlarmEventContext &ctx, const QString &note);
    bool act(const QString &key, AlarmEvent event, const AlarmEventContext &ctx, const QString &note);
    // Why the signed-in operator may not do `event` (empty: allowed): the one permission check here.
    QString refusal(AlarmEvent event) const;
    // This console's clock for an action, strictly increasing (ms since epoch).
    qint64 stamp();

    UnresolvedAlerts &m_alerts;
    TopicParser m_topics;
    Operator m_operator;
    Database *m_db = nullptr;
    AlertRepository *m_alertRepo = nullptr;
    ActionRepository *m_actionRepo = nullptr;
    OutboxRepository *m_outboxRepo = nullptr;
    JournalRepository *m_journal = nullptr;
    OutboxPublisher *m_publisher = nullptr;
    StoreWatch *m_store = nullptr;
    qint64 m_lastStamp = 0;
};

} // namespace fw

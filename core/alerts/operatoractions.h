#pragma once
// OperatorActions: acknowledge / shelve / unshelve: this console's operator's, and the same actions
// arriving from other consoles. An action here is checked against the alert's state (AlertLifecycle),
// then written durably with the alert's new state and its message for other consoles (an outbox row)
// in one transaction, before anything is published; actionRejected says why one was not done.
// Another console's action (or ours, echoed by the broker) comes in AlertCenter's batches and counts
// once; the first acknowledgement at any console is the one that counts for time to acknowledge.
//
// Threads and lifetime: AlertCenter creates it with itself (a child), so it lives in the alerts thread:
// call its slots through queued connections or QMetaObject::invokeMethod. It works on AlertCenter's
// UnresolvedAlerts and, between open() and close(), on the store AlertCenter opened in that thread;
// before open() its slots do nothing.

#include "core/alerts/alarmstate.h"
#include "core/fleet/topicparser.h"

#include <QObject>
#include <QStringList>

namespace fw {

class ActionRepository;
class AlertRepository;
class Database;
class OutboxPublisher;
class OutboxRepository;
class StoreWatch;
class UnresolvedAlerts;

class OperatorActions : public QObject
{
    Q_OBJECT
public:
    // Who acts at this console; consoleId also tells this console's actions from other consoles'.
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
              OutboxPublisher &publisher, StoreWatch &store);
    void close();
    void setOperator(const QString &user, const QString &role);
    // Another console's action, inside AlertCenter's batch transaction (`write`), or applied in memory
    // only while the store is not saving. True when it set the alert's first acknowledgement (the
    // awaiting-outcome list may change).
    bool applyRemote(const TopicRef &topic, const AckMsg &m, qint64 receivedAt, bool write = true);

public Q_SLOTS:
    void acknowledge(const QStringList &keys, const QString &note);
    void shelve(const QStringList &keys, int minutes, const QString &reason);
    void unshelve(const QStringList &keys);

Q_SIGNALS:
    void actionRejected(const QString &alertKey, const QString &reason);
    // After every acknowledge / shelve / unshelve while the store is open, even when each was rejected:
    // the alerts changed are marked in UnresolvedAlerts (AlertCenter hands them to the GUI).
    void actionsStored();

private:
    void actOn(const QStringList &keys, AlarmEvent event, const AlarmEventContext &ctx, const QString &note);
    bool act(const QString &key, AlarmEvent event, const AlarmEventContext &ctx, const QString &note);

    UnresolvedAlerts &m_alerts;
    TopicParser m_topics;
    Operator m_operator;
    Database *m_db = nullptr;
    AlertRepository *m_alertRepo = nullptr;
    ActionRepository *m_actionRepo = nullptr;
    OutboxRepository *m_outboxRepo = nullptr;
    OutboxPublisher *m_publisher = nullptr;
    StoreWatch *m_store = nullptr;
};

} // namespace fw

#pragma once
// AlertCenter: the console's alert queue behind the screen: the alert records and their lifecycle. It
// applies the fleet's alert events and retained active lists, keeps everything in the store, expires
// shelving on time, watches for floods and chattering, and hands the GUI the changed alerts in batches
// (at most every batchIntervalMs). Its two parts are reachable directly: OperatorActions (acknowledge,
// shelve, unshelve, here and at other consoles) and LabelDesk (technicians' labels, the details,
// awaiting-outcome and model-quality requests).
//
// Threads: lives in the "alerts" thread, which owns the store (start() opens it there, stop() closes
// it). Its slots, and those of its parts, are called through queued connections or
// QMetaObject::invokeMethod. The MqttSession is used for publish() only (thread-safe); its signals
// reach onConnectionStateChanged() ... onPublishRejected() queued.
//
// Ownership: the parts are created with the center as its children (so they move to its thread with
// it and can be wired before start()); it opens them on the store in start() and closes them in stop().
//
// Nothing is lost: an operator action is written (durably) with its outbox row in one transaction
// before anything is published; alert events are written in one transaction per batch, together with
// the evidence windows that came with their raises. The outbox publishes acknowledgements and labels
// alike (QoS 1, at most 20 in flight) and marks each delivered on the broker's PUBACK; what is not
// acknowledged is sent again after a reconnect or a restart.
//
// A store that fails (full, read-only, I/O error, locked: StoreWatch) never makes the queue lie: the
// failed batch is rolled back whole, its alerts stay in memory marked unsaved, later batches are kept
// in memory only, actions are refused with the reason, and every few seconds the unsaved alerts are
// written again until the store takes them. Without any store the console runs on one in memory
// (read-only mode). storeStatusChanged tells the screen.

#include "core/alerts/alertrecord.h"
#include "core/alerts/alerttraffic.h"
#include "core/alerts/chattermonitor.h"
#include "core/alerts/floodmonitor.h"
#include "core/alerts/remoteactions.h"
#include "core/alerts/storewatch.h"
#include "core/alerts/unresolvedalerts.h"
#include "core/fleet/fleetbatch.h"
#include "core/mqtt/mqttsession.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <memory>

class QTimer;

namespace fw {

class ActionRepository;
class AlertEventRepository;
class AlertRepository;
class AssetSeqRepository;
class Database;
class JournalRepository;
class LabelDesk;
class OperatorActions;
class OutboxPublisher;
class OutboxRepository;
class SessionRecorder;

// What a monitoring job reads at exit (--stats-json): the store and the outbox.
struct AlertCenterFigures
{
    StoreStatus store;
    int outboxPending = 0;          // not yet taken by the broker
    int outboxUnrecorded = 0;       // taken by the broker, its delivery not yet written
    qint64 outboxPublished = 0;     // publishes the broker took in this run
    qint64 outboxFailedWrites = 0;  // outbox bookkeeping writes that failed in this run
    RemoteActionCounts remoteActions;   // other consoles' actions dropped (by reason), held, far claims
};

class AlertCenter : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString dbPath;
        QString root = QStringLiteral("fleet/v1");
        QString consoleId;
        QString user;
        QString role = QStringLiteral("operator");
        int batchIntervalMs = 50;
        qint64 actionHoldMs = HeldActions::kHoldMs;   // how long another console's action waits for its alert
    };

    // `session` may be null (no sharing; tests).
    AlertCenter(Options options, MqttSession *session, QObject *parent = nullptr);
    ~AlertCenter() override;

    // The parts, for wiring (they live in the alerts thread with the center; owned by it).
    OperatorActions *operatorActions() const { return m_actions; }
    LabelDesk *labelDesk() const { return m_desk; }

    // For tests and the owner thread once the alerts thread has stopped.
    std::optional<AlertRecord> alert(const QString &key) const;
    int unresolvedCount() const { return m_alerts.size(); }
    bool isOpen() const { return m_db != nullptr; }
    int outboxPending() const;
    const StoreStatus &storeStatus() const { return m_store.status(); }
    // In the alerts thread, or in the owner's once that has stopped (then as at stop()).
    AlertCenterFigures figures() const;

public Q_SLOTS:
    void start();
    void stop();
    // Alert traffic from the ingest worker (a FleetMessagesPtr converts: no evidence then).
    void applyMessages(const fw::AlertTraffic &traffic);
    // Who acts and records outcomes at this console from now on.
    void setOperator(const QString &user, const QString &role);
    void onConnectionStateChanged(fw::ConnectionState state, const QString &reason);
    void onSubscribed();
    void onPublishAcknowledged(int messageId);
    void onPublishRejected(int messageId);

Q_SIGNALS:
    // The store could not be opened, or was damaged and set aside: a message for the operator.
    void storeProblem(const QString &message);
    // Whether the store is saving, and what waits in memory (storewatch.h); on every change.
    void storeStatusChanged(const fw::StoreStatus &status);
    // Every unresolved alert, once after start().
    void snapshotReady(fw::AlertRecordsPtr alerts);
    // Alerts that changed (whole records; resolved ones included once, so the view can drop them).
    void alertsChanged(fw::AlertRecordsPtr alerts);
    // New alerts seen live (not caught up), for the announcement.
    void alertsAnnounced(fw::AlertRecordsPtr alerts);
    void floodChanged(bool inFlood, int newAlertsInWindow);
    // Outbox rows (acknowledgements and labels) waiting for the broker's acknowledgement, and delivered.
    void outboxCountsChanged(int pending, int delivered);

private:
    void applyAlertEvent(const TopicRef &topic, const AlertMsg &m, qint64 receivedAt);
    void reconcile(const TopicRef &topic, const ActiveAlertsMsg &m, qint64 receivedAt);
    void adoptFields(AlertRecord &r, const AlertMsg &m, const QByteArray &payload);
    void flushChanges();
    void expireShelves();   // and timed out-of-service
    void restoreAnnotations(AlertRecords &records);
    void updateFlood(qint64 now);
    void applyBatch(const FleetMessages &messages);
    void write(AlertRecord &r);
    void publishStoreStatus();

    Options m_options;
    MqttSession *m_session;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AlertRepository> m_alertRepo;
    std::unique_ptr<AlertEventRepository> m_eventRepo;
    std::unique_ptr<ActionRepository> m_actionRepo;
    std::unique_ptr<OutboxRepository> m_outboxRepo;
    std::unique_ptr<AssetSeqRepository> m_seqRepo;
    std::unique_ptr<JournalRepository> m_journalRepo;
    OutboxPublisher *m_publisher = nullptr;
    SessionRecorder *m_collecting = nullptr;                 // child while the store is open: console_sessions
    UnresolvedAlerts m_alerts;
    RemoteActions m_remote{m_alerts, m_options.consoleId, m_options.actionHoldMs};
    OperatorActions *m_actions;                              // child
    LabelDesk *m_desk;                                       // child
    QHash<QString, const AlertEvidence *> m_batchEvidence;   // during applyMessages(): the traffic's, by alert key
    QHash<QString, qint64> m_assetSeq;                       // newest alert seq applied, by asset key
    AlertRecords m_announce;
    FloodMonitor m_flood;
    ChatterMonitor m_chatter;
    bool m_inFlood = false;
    QTimer *m_batchTimer = nullptr;
    QTimer *m_clockTimer = nullptr;
    StoreWatch m_store{m_alerts};
    StoreStatus m_shownStatus;
    AlertCenterFigures m_finalFigures;                       // kept by stop()                               // as last emitted
    bool m_writeStore = true;                                // during a batch: written, or kept in memory only
    qint64 m_nextStoreRetry = 0;
    QElapsedTimer m_sinceFlush;
};

} // namespace fw

#pragma once
// AlertCenter: the console's alert queue behind the screen. It applies the fleet's alert events and
// retained active lists and other consoles' acknowledgements, carries out this operator's
// acknowledge / shelve / unshelve, keeps everything in the store, and shares acknowledgements through
// the outbox. Hands the GUI the changed alerts in batches (at most every batchIntervalMs).
//
// Threads: lives in the "alerts" thread, which owns the store (start() opens it there). Its slots are
// called through queued connections or QMetaObject::invokeMethod. The MqttSession is used for
// publish() only (thread-safe); its signals reach onConnectionStateChanged()/onSubscribed() queued.
//
// Nothing is lost: an operator action is written (durably) with its outbox row in one transaction
// before anything is published; alert events are written in one transaction per batch, together with
// the evidence windows that came with their raises.
//
// Technicians' labels: recordOutcome() saves a label with its outbox message (LabelBook); the outbox
// publishes labels and acknowledgements alike (QoS 1, at most 20 in flight) and marks each delivered
// on the broker's PUBACK; what is not acknowledged is sent again after a reconnect or a restart.
// The request*() slots answer from the store with one signal each.

#include "core/alerts/alertdetails.h"
#include "core/alerts/alertrecord.h"
#include "core/alerts/alerttraffic.h"
#include "core/alerts/chattermonitor.h"
#include "core/fleet/fleetbatch.h"
#include "core/alerts/floodmonitor.h"
#include "core/labels/labeldraft.h"
#include "core/mqtt/mqttsession.h"
#include "core/fleet/topicparser.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>

class QTimer;

namespace fw {

class ActionRepository;
class AlertEventRepository;
class AlertRepository;
class AssetSeqRepository;
class Database;
class LabelDesk;
class OutboxPublisher;
class OutboxRepository;

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
    };

    // `session` may be null (no sharing; tests).
    AlertCenter(Options options, MqttSession *session, QObject *parent = nullptr);
    ~AlertCenter() override;

    // For tests and the owner thread once the alerts thread has stopped.
    std::optional<AlertRecord> alert(const QString &key) const;
    int unresolvedCount() const { return int(m_alerts.size()); }
    bool isOpen() const { return m_db != nullptr; }
    int outboxPending() const;
    std::optional<LabelRecord> label(const QString &labelId) const;

public Q_SLOTS:
    void start();
    void stop();
    // Alert traffic from the ingest worker (a FleetMessagesPtr converts: no evidence then).
    void applyMessages(const fw::AlertTraffic &traffic);
    void acknowledge(const QStringList &keys, const QString &note);
    void shelve(const QStringList &keys, int minutes, const QString &reason);
    void unshelve(const QStringList &keys);
    void setOperator(const QString &user, const QString &role);
    void onConnectionStateChanged(fw::ConnectionState state, const QString &reason);
    void onSubscribed();
    void onPublishAcknowledged(int messageId);
    void onPublishRejected(int messageId);

    // Saves the technician's record as a label (technician: this console's user): labelSaved, or
    // labelRejected with every problem (nothing saved), then labelCountsChanged.
    void recordOutcome(const fw::LabelDraft &draft);
    // detailsReady, or detailsUnavailable when the alert is not in the store.
    void requestDetails(const QString &alertKey);
    // awaitingOutcomeReady now, and again whenever a label is saved or an alert acknowledged.
    void requestAwaitingOutcome();
    void requestModelQuality();

Q_SIGNALS:
    // The store could not be opened, or was damaged and set aside: a message for the operator.
    void storeProblem(const QString &message);
    // Every unresolved alert, once after start().
    void snapshotReady(fw::AlertRecordsPtr alerts);
    // Alerts that changed (whole records; resolved ones included once, so the view can drop them).
    void alertsChanged(fw::AlertRecordsPtr alerts);
    // New alerts seen live (not caught up), for the announcement.
    void alertsAnnounced(fw::AlertRecordsPtr alerts);
    void actionRejected(const QString &alertKey, const QString &reason);
    void floodChanged(bool inFlood, int newAlertsInWindow);
    void outboxCountsChanged(int pending, int delivered);
    void labelSaved(const QString &alertKey, const QString &labelId);
    void labelRejected(const QString &alertKey, const QStringList &problems);
    // Labels only: waiting for the broker's acknowledgement, and delivered.
    void labelCountsChanged(int pending, int delivered);
    void detailsReady(fw::AlertDetailsPtr details);
    void detailsUnavailable(const QString &alertKey, const QString &reason);
    // Acknowledged alerts without a label, oldest first (LabelBook::awaitingOutcome()).
    void awaitingOutcomeReady(fw::AlertRecordsPtr alerts);
    void modelQualityReady(fw::ModelQualitiesPtr qualities);

private:
    void applyAlertEvent(const TopicRef &topic, const AlertMsg &m, qint64 receivedAt);
    void reconcile(const TopicRef &topic, const ActiveAlertsMsg &m, qint64 receivedAt);
    void applyRemoteAction(const TopicRef &topic, const AckMsg &m, qint64 receivedAt);
    bool operatorAction(const QString &key, AlarmEvent event, const AlarmEventContext &ctx, const QString &note);
    AlertRecord *recordFor(const QString &site, const QString &asset, const QString &alertId);
    void adoptFields(AlertRecord &r, const AlertMsg &m, const QByteArray &payload);
    void operatorActions(const QStringList &keys, AlarmEvent event, const AlarmEventContext &ctx, const QString &note);
    void afterOperatorActions();
    AlertRecord *remember(const AlertRecord &r);
    void markChanged(const AlertRecord &r);
    void flushChanges();
    void expireShelves();
    void updateFlood(qint64 now);

    Options m_options;
    MqttSession *m_session;
    TopicParser m_topics;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AlertRepository> m_alertRepo;
    std::unique_ptr<AlertEventRepository> m_eventRepo;
    std::unique_ptr<ActionRepository> m_actionRepo;
    std::unique_ptr<OutboxRepository> m_outboxRepo;
    std::unique_ptr<AssetSeqRepository> m_seqRepo;
    OutboxPublisher *m_publisher = nullptr;
    LabelDesk *m_desk = nullptr;                             // labels, evidence, details (child)
    QHash<QString, const AlertEvidence *> m_batchEvidence;   // during applyMessages(): the traffic's, by alert key
    QHash<QString, AlertRecord> m_alerts;          // unresolved, by key
    QHash<QString, QSet<QString>> m_keysByAsset;   // keys of m_alerts, by asset key
    QHash<QString, qint64> m_assetSeq;             // newest alert seq applied, by asset key
    QHash<QString, QString> m_assetLines;          // the asset's line from its meta, by asset key
    QSet<QString> m_changed;
    AlertRecords m_announce;
    FloodMonitor m_flood;
    ChatterMonitor m_chatter;
    bool m_inFlood = false;
    QTimer *m_batchTimer = nullptr;
    QTimer *m_clockTimer = nullptr;
    QElapsedTimer m_sinceFlush;
};

} // namespace fw

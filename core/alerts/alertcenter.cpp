#include "core/alerts/alertcenter.h"

#include "core/alerts/alertlifecycle.h"
#include "core/alerts/operatoractions.h"
#include "core/audit/journalrepository.h"
#include "core/common/logging.h"
#include "core/fleet/payloadencoder.h"
#include "core/labels/labeldesk.h"
#include "core/mqtt/outboxpublisher.h"
#include "core/store/actionrepository.h"
#include "core/store/alerteventrepository.h"
#include "core/store/alertrepository.h"
#include "core/store/assetseqrepository.h"
#include "core/store/database.h"
#include "core/store/outboxrepository.h"
#include "core/store/sessionrecorder.h"

#include <QDateTime>
#include <QTimer>

#include <sqlite3.h>

#include <algorithm>
#include <optional>

namespace fw {
namespace {

// While the store is not saving, how often its unsaved alerts are tried again.
constexpr qint64 kStoreRetryMs = 5000;

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

AlarmEvent eventFor(AlertEventType type)
{
    switch (type) {
    case AlertEventType::Raised: return AlarmEvent::Raise;
    case AlertEventType::Updated: return AlarmEvent::Update;
    case AlertEventType::Cleared: return AlarmEvent::Clear;
    }
    return AlarmEvent::Update;
}

// A record for an alert first seen now, from its event or its entry in an active list.
AlertRecord newRecord(const TopicRef &topic, const AlertMsg &m, qint64 receivedAt)
{
    AlertRecord r;
    r.site = topic.site;
    r.asset = topic.asset;
    r.alertId = m.id;
    r.raisedTs = m.ts;
    r.raisedAt = receivedAt;
    return r;
}

} // namespace

AlertCenter::AlertCenter(Options options, MqttSession *session, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_session(session),
      m_actions(new OperatorActions(m_alerts, m_options.root,
                                    OperatorActions::Operator{m_options.user, m_options.role, m_options.consoleId}, this)),
      m_desk(new LabelDesk(m_options.root, LabelBook::Author{m_options.user, m_options.consoleId, m_options.role}, this))
{
    qRegisterMetaType<fw::AlertRecordsPtr>();
    qRegisterMetaType<fw::StoreStatus>();
    qRegisterMetaType<fw::FleetMessagesPtr>();
    qRegisterMetaType<fw::AlertTraffic>();
    // Both in this thread: direct calls. An acknowledgement may change the awaiting-outcome list.
    connect(m_actions, &OperatorActions::actionsStored, this, [this] {
        m_desk->noteAcknowledged();
        flushChanges();
        publishStoreStatus();
    });
}

AlertCenter::~AlertCenter()
{
    stop();
}

void AlertCenter::start()
{
    if (m_db)
        return;
    auto log = logging::get("store");
    OpenReport report;
    m_db = Database::open(m_options.dbPath, &report);
    if (!m_db) {
        log->error("cannot open the store {}: {}; read-only mode (a store in memory)", m_options.dbPath.toStdString(),
                   report.error.toStdString());
        emit storeProblem(report.message.isEmpty() ? report.error : report.message);
        m_db = Database::openInMemory();
        if (!m_db)
            return;
    }
    if (report.outcome == OpenReport::Outcome::Recreated)
        emit storeProblem(report.message);
    m_alertRepo = std::make_unique<AlertRepository>(*m_db);
    m_eventRepo = std::make_unique<AlertEventRepository>(*m_db);
    m_actionRepo = std::make_unique<ActionRepository>(*m_db);
    m_outboxRepo = std::make_unique<OutboxRepository>(*m_db);
    m_seqRepo = std::make_unique<AssetSeqRepository>(*m_db);
    m_journalRepo = std::make_unique<JournalRepository>(*m_db);
    m_collecting = new SessionRecorder(*m_db, m_options.consoleId, SessionRecorder::kHeartbeatMs, this);
    m_store.open(*m_db, *m_alertRepo, m_options.dbPath, report.error, now());
    m_publisher = new OutboxPublisher(m_outboxRepo.get(), m_session, 20, this);
    connect(m_publisher, &OutboxPublisher::countsChanged, this, &AlertCenter::outboxCountsChanged);
    connect(m_publisher, &OutboxPublisher::countsChanged, m_desk, &LabelDesk::noteOutboxChanged);
    m_actions->open(*m_db, *m_alertRepo, *m_actionRepo, *m_outboxRepo, *m_journalRepo, *m_publisher, m_store);
    m_remote.open(*m_alertRepo, *m_actionRepo, *m_journalRepo);
    m_desk->open(*m_db, *m_alertRepo, *m_eventRepo, *m_outboxRepo, *m_publisher);

    // A restart restores the queue exactly as it was.
    bool loaded = true;
    auto snapshot = std::make_shared<AlertRecords>(m_alertRepo->loadUnresolved(&loaded));
    if (!loaded)
        emit storeProblem(tr("The open alerts could not be read from the store %1; the queue starts empty and is "
                             "refilled from the fleet.").arg(m_options.dbPath));
    restoreAnnotations(*snapshot);
    for (const AlertRecord &r : *snapshot)
        m_alerts.remember(r);
    log->info("alert queue restored: {} unresolved alerts", snapshot->size());
    emit snapshotReady(snapshot);

    emit outboxCountsChanged(m_outboxRepo->pendingCount(), m_outboxRepo->deliveredCount());
    m_shownStatus = StoreStatus{};
    publishStoreStatus();
    m_desk->flush(now());

    m_batchTimer = new QTimer(this);
    connect(m_batchTimer, &QTimer::timeout, this, &AlertCenter::flushChanges);
    m_batchTimer->start(m_options.batchIntervalMs);
    m_sinceFlush.start();
    m_clockTimer = new QTimer(this);
    connect(m_clockTimer, &QTimer::timeout, this, [this] {
        expireShelves();
        m_remote.expire();
        updateFlood(now());
        if (!m_store.isSaving() && now() >= m_nextStoreRetry) {
            m_nextStoreRetry = now() + kStoreRetryMs;
            if (m_store.retry(now()))
                flushChanges();
            publishStoreStatus();
        }
        if (m_publisher)
            m_publisher->flush();
    });
    m_clockTimer->start(1000);
    expireShelves();
}

void AlertCenter::stop()
{
    if (!m_db)
        return;
    flushChanges();
    m_finalFigures = figures();
    delete m_batchTimer;
    delete m_clockTimer;
    m_batchTimer = m_clockTimer = nullptr;
    m_actions->close();
    m_remote.close();
    m_desk->close();
    m_store.close();
    delete m_publisher;
    m_publisher = nullptr;
    delete m_collecting;   // writes the clean stop
    m_collecting = nullptr;
    m_journalRepo.reset();
    m_seqRepo.reset();
    m_outboxRepo.reset();
    m_actionRepo.reset();
    m_eventRepo.reset();
    m_alertRepo.reset();
    m_db.reset();
}

std::optional<AlertRecord> AlertCenter::alert(const QString &key) const
{
    const AlertRecord *r = m_alerts.find(key);
    return r ? std::optional<AlertRecord>(*r) : std::nullopt;
}

AlertCenterFigures AlertCenter::figures() const
{
    if (!m_db)
        return m_finalFigures;
    AlertCenterFigures f;
    f.store = m_store.status();
    f.remoteActions = m_remote.counts();
    if (m_publisher) {
        f.outboxUnrecorded = m_publisher->unrecordedCount();
        f.outboxPending = m_publisher->pendingCount();
        f.outboxPublished = m_publisher->publishedCount();
        f.outboxFailedWrites = m_publisher->failedWriteCount();
    }
    return f;
}

int AlertCenter::outboxPending() const
{
    return m_outboxRepo ? m_outboxRepo->pendingCount() : 0;
}

void AlertCenter::setOperator(const QString &user, const QString &role)
{
    m_options.user = user;
    m_options.role = role;
    m_actions->setOperator(user, role);
    m_desk->setAuthor(LabelBook::Author{user, m_options.consoleId, role});
}

void AlertCenter::adoptFields(AlertRecord &r, const AlertMsg &m, const QByteArray &payload)
{
    if (m.priority)
        r.priority = *m.priority;
    if (!m.title.isEmpty())
        r.title = m.title;
    if (m.model)
        r.model = *m.model;
    if (m.score)
        r.score = m.score;
    if (m.threshold)
        r.threshold = m.threshold;
    if (m.event != AlertEventType::Cleared && !payload.isEmpty())
        r.lastPayload = payload;
}

void AlertCenter::applyMessages(const AlertTraffic &traffic)
{
    const FleetMessagesPtr &messages = traffic.messages;
    if (!m_db || !messages || messages->empty())
        return;
    m_batchEvidence.clear();
    if (traffic.evidence) {
        for (const AlertEvidence &e : *traffic.evidence)
            m_batchEvidence.insert(e.alertKey, &e);
    }
    m_alerts.beginBatch();
    // Alert events are many and cheap to lose only on power loss (the fleet's retained list restores
    // them): one non-durable transaction per batch, all or nothing. While the store is not saving the
    // batch is applied in memory only (StoreWatch writes its alerts when the store recovers).
    m_writeStore = m_store.status().state != StoreStatus::State::NotSaving;
    std::optional<Transaction> tx;
    if (m_writeStore) {
        m_db->setDurable(false);
        m_db->takeFault();
        tx.emplace(*m_db);
        if (!tx->isActive()) {
            m_store.writeFailed(m_db->takeFault(), tr("the batch's transaction could not begin"), now());
            tx.reset();
            m_writeStore = false;
        }
    }
    applyBatch(*messages);
    if (!m_writeStore) {
        m_store.batchKeptInMemory();
    } else if (int fault = m_db->takeFault(); fault != 0 || !tx->commit()) {
        if (fault == 0)
            fault = m_db->takeFault();
        logging::get("store")->error("alert batch of {} messages not stored: kept in memory", messages->size());
        tx.reset();   // rolled back whole
        m_store.batchFailed(fault, QString::fromUtf8(sqlite3_errstr(fault)), now());
    }
    tx.reset();
    m_db->setDurable(true);
    m_writeStore = true;
    m_batchEvidence.clear();
    publishStoreStatus();
    updateFlood(now());
    // The batch timer waits behind every batch already queued here: flush on time from here too.
    if (m_sinceFlush.elapsed() >= m_options.batchIntervalMs)
        flushChanges();
}

void AlertCenter::applyBatch(const FleetMessages &messages)
{
    for (const FleetMessage &m : messages) {
        if (const auto *alert = std::get_if<AlertMsg>(&m.payload))
            applyAlertEvent(m.topic, *alert, m.receivedAt);
        else if (const auto *active = std::get_if<ActiveAlertsMsg>(&m.payload))
            reconcile(m.topic, *active, m.receivedAt);
        else if (const auto *ack = std::get_if<AckMsg>(&m.payload)) {
            if (m_remote.receive(m.topic, *ack, m.receivedAt, m_writeStore))
                m_desk->noteAcknowledged();
        } else if (const auto *meta = std::get_if<MetaMsg>(&m.payload))
            m_alerts.setAssetLine(TopicParser::assetKey(m.topic.site, m.topic.asset), meta->line);
    }
}

void AlertCenter::write(AlertRecord &r)
{
    if (m_writeStore)
        m_alertRepo->upsert(r);
}

void AlertCenter::applyAlertEvent(const TopicRef &topic, const AlertMsg &m, qint64 receivedAt)
{
    const QString assetKey = TopicParser::assetKey(topic.site, topic.asset);
    const qint64 lastSeq = m_assetSeq.value(assetKey, m_seqRepo->lastSeq(topic.site, topic.asset).value_or(0));
    if (lastSeq > 0 && m.seq > lastSeq + 1)
        logging::get("alerts")->warn("{}: alert seq jumped from {} to {}: {} event(s) missed; reconciling with alerts/active",
                                     logging::sanitize(assetKey), lastSeq, m.seq, m.seq - lastSeq - 1);
    if (m.seq > lastSeq) {
        m_assetSeq.insert(assetKey, m.seq);
        if (m_writeStore)
            m_seqRepo->set(topic.site, topic.asset, m.seq);
    }

    AlertRecord *r = m_alerts.findOrLoad(topic.site, topic.asset, m.id, *m_alertRepo);
    const bool isNew = !r;
    if (isNew && !m_writeStore && !m_store.admitNew())
        return;   // counted as not kept (StoreWatch::kMaxUnsaved)
    if (!isNew && !m_writeStore && m.seq <= r->lastSeq)
        return;   // a repeated delivery (the store's event history, which tells otherwise, is not written now)
    if (isNew) {
        AlertRecord fresh = newRecord(topic, m, receivedAt);
        // An event for an id never raised is kept and shown: its raise was missed.
        fresh.orphan = m.event != AlertEventType::Raised;
        if (m.event == AlertEventType::Cleared)
            fresh.state.active = false;
        r = m_alerts.remember(fresh);
    }
    const QByteArray payload = PayloadEncoder::encode(m);
    if (isNew) {
        adoptFields(*r, m, payload);
        if (m_writeStore && !m_alertRepo->upsert(*r))
            return;   // the batch fails whole (StoreWatch): the record stays, unsaved
    }
    bool ok = true;
    if (m_writeStore
        && !m_eventRepo->insert(r->rowId, topic.site, topic.asset, alertEventName(m.event), m.seq, m.ts, receivedAt,
                                payload, &ok)
        && ok)
        return;   // a repeated delivery: changes nothing (a store error is logged and the state still applied)
    // A late event (redelivered after newer ones) is kept in the history but does not roll the fields back.
    if (!isNew && m.seq >= r->lastSeq)
        adoptFields(*r, m, payload);

    if (const AlertEvidence *e = m.event == AlertEventType::Raised && m_writeStore ? m_batchEvidence.value(r->key()) : nullptr)
        m_desk->keepEvidence(r->rowId, *e);
    bool reraised = false;
    if (!isNew) {
        const Transition t = AlertLifecycle::apply(r->state, eventFor(m.event), AlarmEventContext{receivedAt, 0, {}, {}});
        if (t.accepted)
            r->state = t.next;
        if (t.accepted && t.changed && m.event == AlertEventType::Raised) {
            r->raisedAt = receivedAt;      // a new occurrence of the same id
            r->ackedAt.reset();
            reraised = true;
        }
    }
    if (m.event == AlertEventType::Cleared && !r->clearedAt) {
        r->clearedAt = receivedAt;
        const QString similar = r->assetKey() + QLatin1Char('/') + r->title;
        r->chattering = m_chatter.noteRaiseClear(r->key(), receivedAt, similar) || r->chattering;
    } else if (m.event == AlertEventType::Raised) {
        r->clearedAt.reset();
        r->chattering = r->chattering || m_chatter.isChattering(r->key(), receivedAt);
    }
    r->lastSeq = std::max(r->lastSeq, m.seq);
    r->lastEventAt = receivedAt;
    write(*r);
    if (m_remote.release(r->key(), m_writeStore))   // other consoles' actions that waited for it
        m_desk->noteAcknowledged();
    if ((isNew && m.event == AlertEventType::Raised) || reraised) {
        m_flood.noteNewAlert(receivedAt);
        if (r->state.needsAttention())   // another console may have taken it already
            m_announce.push_back(*r);
    }
    m_alerts.markChanged(*r);
}

void AlertCenter::reconcile(const TopicRef &topic, const ActiveAlertsMsg &m, qint64 receivedAt)
{
    const QString assetKey = TopicParser::assetKey(topic.site, topic.asset);
    const qint64 lastSeq = m_assetSeq.value(assetKey, m_seqRepo->lastSeq(topic.site, topic.asset).value_or(0));
    if (m.seq < lastSeq)
        return;   // older than what we applied: a later list will come
    QSet<QString> listed;
    for (const AlertMsg &a : m.alerts) {
        listed.insert(a.id);
        AlertRecord *r = m_alerts.findOrLoad(topic.site, topic.asset, a.id, *m_alertRepo);
        if (r && r->state.active) {
            // Known and open: take what later events changed (priority, score) if we missed them.
            if (m.seq > r->lastSeq) {
                adoptFields(*r, a, PayloadEncoder::encode(a));
                r->lastSeq = m.seq;
                write(*r);
                m_alerts.markChanged(*r);
            }
            continue;
        }
        if (!r && !m_writeStore && !m_store.admitNew())
            continue;
        if (!r) {
            // Open at the fleet, never seen here: added as caught up, not announced as new.
            AlertRecord fresh = newRecord(topic, a, receivedAt);
            fresh.caughtUp = true;
            fresh.lastSeq = m.seq;
            fresh.lastEventAt = receivedAt;
            adoptFields(fresh, a, PayloadEncoder::encode(a));
            r = m_alerts.remember(fresh);
            logging::get("alerts")->info("{}: open alert {} caught up from alerts/active", logging::sanitize(assetKey),
                                         logging::sanitize(a.id));
        } else {
            const Transition t = AlertLifecycle::apply(r->state, AlarmEvent::Raise, AlarmEventContext{receivedAt, 0, {}, {}});
            if (t.accepted)
                r->state = t.next;
            r->clearedAt.reset();
        }
        write(*r);
        if (m_remote.release(r->key(), m_writeStore))
            m_desk->noteAcknowledged();
        m_alerts.markChanged(*r);
    }
    // Open here but no longer at the fleet (as of this list's seq): cleared while we were away.
    for (const QString &key : m_alerts.keysOfAsset(assetKey)) {
        AlertRecord *found = m_alerts.find(key);
        if (!found)
            continue;
        AlertRecord &r = *found;
        if (!r.state.active || listed.contains(r.alertId) || r.lastSeq > m.seq)
            continue;
        const Transition t = AlertLifecycle::apply(r.state, AlarmEvent::Clear, AlarmEventContext{receivedAt, 0, {}, {}});
        if (!t.accepted)
            continue;
        r.state = t.next;
        r.clearedAt = receivedAt;
        write(r);
        m_alerts.markChanged(r);
    }
    if (m.seq > lastSeq) {
        m_assetSeq.insert(assetKey, m.seq);
        if (m_writeStore)
            m_seqRepo->set(topic.site, topic.asset, m.seq);
    }
}

void AlertCenter::expireShelves()
{
    const qint64 t = now();
    m_alerts.beginBatch();
    m_writeStore = m_store.isSaving();
    for (auto it = m_alerts.begin(); it != m_alerts.end(); ++it) {
        const bool shelveEnds = AlertLifecycle::shelveDue(it->state, t);
        const bool serviceEnds = AlertLifecycle::returnToServiceDue(it->state, t);
        if (!shelveEnds && !serviceEnds)
            continue;
        const Transition tr = AlertLifecycle::apply(it->state, shelveEnds ? AlarmEvent::ShelveExpired : AlarmEvent::ReturnToService,
                                                    AlarmEventContext{t, 0, {}, {}});
        if (!tr.accepted)
            continue;
        it->state = tr.next;
        write(*it);
        logging::get("alerts")->info("{} of {} ended on time", shelveEnds ? "shelving" : "out of service",
                                     logging::sanitize(it->key()));
        m_alerts.markChanged(*it);
    }
    if (!m_writeStore)
        m_store.batchKeptInMemory();
    m_writeStore = true;
}

void AlertCenter::restoreAnnotations(AlertRecords &records)
{
    const QHash<qint64, ActionRepository::Annotations> notes = m_actionRepo->annotations();
    for (AlertRecord &r : records) {
        const auto it = notes.find(r.rowId);
        if (it == notes.end())
            continue;
        r.comments = it->comments;
        r.lastComment = it->lastComment;
        if (r.state.outOfService)
            r.state.outOfServiceUntil = it->outOfServiceUntil;
    }
}

void AlertCenter::updateFlood(qint64 t)
{
    const bool flood = m_flood.inFlood(t);
    if (flood != m_inFlood) {
        m_inFlood = flood;
        if (flood)
            logging::get("alerts")->warn("alert flood: {} new alerts in the last 10 minutes", m_flood.countInWindow(t));
        else
            logging::get("alerts")->info("alert flood over");
    }
    emit floodChanged(flood, m_flood.countInWindow(t));
}

void AlertCenter::flushChanges()
{
    m_sinceFlush.start();
    m_desk->flush(now());
    if (!m_announce.empty()) {
        emit alertsAnnounced(std::make_shared<AlertRecords>(std::move(m_announce)));
        m_announce.clear();
    }
    if (!m_alerts.hasChanges())
        return;
    emit alertsChanged(std::make_shared<AlertRecords>(m_alerts.takeChanged()));
}

void AlertCenter::publishStoreStatus()
{
    if (m_store.status() == m_shownStatus)
        return;
    m_shownStatus = m_store.status();
    m_desk->setRefusal(m_store.refusal());
    emit storeStatusChanged(m_shownStatus);
}

void AlertCenter::onConnectionStateChanged(ConnectionState state, const QString &)
{
    if (m_publisher)
        m_publisher->onConnectionStateChanged(state);
}

void AlertCenter::onSubscribed()
{
    // The retained alerts/active of every asset follows the subscription and is reconciled as it comes.
    if (m_publisher)
        m_publisher->flush();
}

void AlertCenter::onPublishRejected(int messageId)
{
    if (m_publisher)
        m_publisher->onPublishRejected(messageId);
}

void AlertCenter::onPublishAcknowledged(int messageId)
{
    if (!m_publisher)
        return;
    m_db->takeFault();
    m_publisher->onPublishAcknowledged(messageId);
    // The delivery could not be written: the store is not saving (the publisher keeps the row back).
    if (const int fault = m_db->takeFault(); fault != 0) {
        m_store.writeFailed(fault, QString::fromUtf8(sqlite3_errstr(fault)), now());
        publishStoreStatus();
    }
}

} // namespace fw

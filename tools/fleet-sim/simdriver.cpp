#include "tools/fleet-sim/simdriver.h"

#include "core/common/logging.h"
#include "tools/fleet-sim/replayfleet.h"
#include "tools/fleet-sim/syntheticload.h"

#include <QDateTime>
#include <QFile>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace fw::sim {
namespace {

constexpr int kShutdownWaitMs = 5000;
constexpr int kMaxCatchUpSteps = 50;      // replay steps per tick after a stall
constexpr int kBurstIntervalMs = 10;

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

SimDriver::SimDriver(SimOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_feedback(m_options.root)
{
    m_paceTimer.setTimerType(Qt::PreciseTimer);
    m_inboxTimer.setInterval(50);
    connect(&m_inboxTimer, &QTimer::timeout, this, &SimDriver::drainInbox);
}

SimDriver::~SimDriver()
{
    for (auto &s : m_sessions)
        s->stop();
}

bool SimDriver::createSessions(const QStringList &siteIds, QString *error)
{
    const TopicParser topics(m_options.root);
    for (int site = 0; site < siteIds.size(); ++site) {
        MqttOptions o;
        if (!o.setBrokerUrl(m_options.brokerUrl, error))
            return false;
        o.clientId = m_options.clientId + QLatin1Char('-') + siteIds[site];
        if (site == 0) {
            // One subscriber for the whole fleet, so that every label and ack is counted once.
            o.subscriptions << m_options.root + QStringLiteral("/+/+/labels")
                            << m_options.root + QStringLiteral("/+/+/alerts/+/ack");
        }
        if (m_fleet)
            o.will = m_fleet->will(site, now());
        auto session = std::make_unique<MqttSession>(o, site == 0 ? &m_inbox : nullptr);
        connect(session.get(), &MqttSession::connectionStateChanged, this,
                [this, site](ConnectionState state, const QString &reason) { onConnectionStateChanged(site, state, reason); });
        m_sessions.push_back(std::move(session));
    }
    m_metaSent.assign(m_sessions.size(), false);
    for (auto &s : m_sessions)
        s->start();
    m_inboxTimer.start();
    logging::get("sim")->info("{} site session(s) to {}", m_sessions.size(), m_options.brokerUrl.toStdString());
    return true;
}

bool SimDriver::startReplay(ReplayFleet *fleet, QString *error)
{
    m_fleet = fleet;
    RetrainerConfig retrain;
    retrain.modelName = fleet->model().ref().name;
    retrain.version = fleet->model().ref().version;
    retrain.threshold = fleet->model().config().threshold;
    retrain.retrainAfter = m_options.retrainAfter;
    m_retrainer = std::make_unique<Retrainer>(retrain, &fleet->raisedAlerts());
    m_paceTimer.setInterval(std::clamp(int(1000.0 / m_options.speed), kBurstIntervalMs, 100));
    connect(&m_paceTimer, &QTimer::timeout, this, &SimDriver::replayTick);
    return createSessions(fleet->layout().siteIds(), error);
}

bool SimDriver::startSynthetic(SyntheticLoad *load, QString *error)
{
    m_load = load;
    m_paceTimer.setInterval(kBurstIntervalMs);
    connect(&m_paceTimer, &QTimer::timeout, this, &SimDriver::syntheticBurst);
    return createSessions(load->siteIds(), error);
}

void SimDriver::onConnectionStateChanged(int site, ConnectionState state, const QString &reason)
{
    Q_UNUSED(reason);
    if (state != ConnectionState::Connected || m_stopping)
        return;
    if (m_fleet) {
        publishAll(m_fleet->connectMessages(site, now()));
    } else if (m_load && m_options.meta && !m_metaSent[size_t(site)]) {
        publishAll(m_load->metaMessages(site));
        m_metaSent[size_t(site)] = true;
    }
    if (!m_clock.isValid()) {
        // The fleet's time starts with the first gateway online; later outages lose samples.
        m_clock.start();
        m_paceTimer.start();
    }
}

bool SimDriver::publish(int site, MessageKind kind, const QString &topic, const QByteArray &payload, int qos,
                        bool retain)
{
    const int rc = m_sessions[size_t(site)]->publish(topic, payload, qos, retain);
    if (rc > 0) {
        m_stats.countPublished(kind);
        return true;
    }
    m_stats.countDropped(kind);
    return false;
}

void SimDriver::publishAll(const std::vector<OutMessage> &messages)
{
    for (const OutMessage &m : messages)
        publish(m.site, m.kind, m.topic, m.payload, m.qos, m.retain);
}

void SimDriver::replayTick()
{
    const qint64 due = qint64(double(m_clock.elapsed()) * m_options.speed / 1000.0);
    int steps = 0;
    while (m_stepsDone < due && steps < kMaxCatchUpSteps) {
        publishAll(m_fleet->step(now(), &m_stats));
        ++m_stepsDone;
        ++steps;
    }
    if (m_stepsDone < due)
        m_stepsDone = due;   // too far behind: skip cycles rather than flood the broker
}

void SimDriver::syntheticBurst()
{
    const qint64 target = qint64(double(m_clock.elapsed()) * m_options.rate / 1000.0);
    // At most four bursts' worth at once, so that a stalled loop does not fire a flood.
    const qint64 maxBurst = std::max<qint64>(1, qint64(m_options.rate * kBurstIntervalMs / 1000.0) * 4);
    qint64 todo = std::min(target - m_loadAttempted, maxBurst);
    if (m_options.count > 0)
        todo = std::min(todo, m_options.count - m_loadPublished);
    const qint64 ts = now();
    for (qint64 i = 0; i < todo; ++i) {
        const SyntheticLoad::Next next = m_load->next(ts, &m_payload);
        ++m_loadAttempted;
        if (publish(next.site, MessageKind::Telemetry, *next.topic, m_payload, m_options.qos, false))
            ++m_loadPublished;
    }
    if (target - m_loadAttempted > maxBurst)
        m_loadAttempted = target - maxBurst;   // behind: the achieved rate will show it
    if (m_options.count > 0 && m_loadPublished >= m_options.count)
        stop();
}

void SimDriver::drainInbox()
{
    for (const RawMessage &m : m_inbox.drain()) {
        const std::optional<LabelMsg> label = m_feedback.process(m);
        if (label && m_retrainer)
            retrainOn(*label);
    }
}

void SimDriver::retrainOn(const LabelMsg &label)
{
    const std::optional<Retraining> r = m_retrainer->add(label, now());
    if (!r)
        return;
    logging::get("sim")->info(
        "retrained {} {} -> {} on {} labels ({} of {}; scores of {} true and {} false positives, {} missed failures): "
        "threshold {:.2f} -> {:.2f}",
        m_retrainer->modelName().toStdString(), r->fromVersion.toStdString(), r->toVersion.toStdString(), r->labelsUsed,
        r->versionLabels, r->fromVersion.toStdString(), r->truePositiveScores, r->falsePositiveScores, r->missedFailures,
        r->thresholdFrom, r->thresholdTo);
    const std::vector<OutMessage> status = m_fleet->deployModel(r->toVersion, r->thresholdTo, r->trainedAt, r->labelsUsed);
    for (const OutMessage &m : status) {
        // A site that is offline publishes its status on reconnect (connectMessages).
        if (m_sessions[size_t(m.site)]->state() == ConnectionState::Connected)
            publish(m.site, m.kind, m.topic, m.payload, m.qos, m.retain);
    }
}

void SimDriver::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_paceTimer.stop();
    // Let the event loop deliver pending queued signals before the blocking shutdown.
    QTimer::singleShot(0, this, &SimDriver::finish);
}

void SimDriver::finish()
{
    auto log = logging::get("sim");
    const double elapsed = m_clock.isValid() ? double(m_clock.elapsed()) / 1000.0 : 0.0;
    if (m_fleet) {
        for (int site = 0; site < int(m_sessions.size()); ++site) {
            if (m_sessions[size_t(site)]->state() == ConnectionState::Connected)
                publishAll(m_fleet->shutdownMessages(site, now()));
        }
    }
    bool flushed = true;
    for (auto &s : m_sessions)
        flushed = s->waitForPublished(kShutdownWaitMs) && flushed;
    const double flushedAfter = m_clock.isValid() ? double(m_clock.elapsed()) / 1000.0 : 0.0;
    if (!flushed)
        log->warn("not every message was acknowledged by the broker before shutdown");
    // Labels that arrived meanwhile may still retrain: wait for that model status too.
    const size_t retrainings = m_retrainer ? m_retrainer->retrainings().size() : 0;
    drainInbox();
    if (m_retrainer && m_retrainer->retrainings().size() != retrainings) {
        for (auto &s : m_sessions)
            s->waitForPublished(kShutdownWaitMs);
    }
    for (auto &s : m_sessions)
        s->stop();
    m_inboxTimer.stop();

    m_stats.setExtra(QStringLiteral("duration_seconds"), elapsed);
    if (m_load) {
        m_stats.setExtra(QStringLiteral("achieved_rate"), elapsed > 0 ? double(m_loadPublished) / elapsed : 0.0);
        m_stats.setExtra(QStringLiteral("delivered_rate"), flushedAfter > 0 ? double(m_loadPublished) / flushedAfter : 0.0);
    } else if (m_fleet) {
        m_stats.setExtra(QStringLiteral("cycles_stepped"), double(m_stepsDone));
    }
    std::printf("%s\n", qPrintable(m_stats.summary(m_feedback, m_retrainer.get())));
    if (m_load) {
        std::printf("synthetic: %lld messages in %.2f s: %.0f msg/s (target %.0f); all written after %.2f s\n",
                    static_cast<long long>(m_loadPublished), elapsed, elapsed > 0 ? double(m_loadPublished) / elapsed : 0.0,
                    m_options.rate, flushedAfter);
    }
    std::fflush(stdout);
    int exitCode = 0;
    if (!m_options.statsJson.isEmpty()) {
        QSaveFile file(m_options.statsJson);
        if (!file.open(QIODevice::WriteOnly) || file.write(m_stats.toJson(m_feedback, m_retrainer.get())) < 0 || !file.commit()) {
            log->error("cannot write {}: {}", m_options.statsJson.toStdString(), file.errorString().toStdString());
            exitCode = 1;
        }
    }
    emit finished(exitCode);
}

} // namespace fw::sim

#include "bench/consoleharness.h"

#include "bench/baresubscriber.h"
#include "bench/eventwait.h"
#include "bench/processstats.h"

namespace fw::bench {
namespace {

constexpr int kProbeIntervalMs = 10;

} // namespace

ConsoleHarness::ConsoleHarness()
{
    m_proxy.setSourceModel(&m_model);
    m_proxy.sort(FleetTableModel::State, Qt::AscendingOrder);   // as FleetView: worst first
    m_probe.setTimerType(Qt::PreciseTimer);
    m_probe.setInterval(kProbeIntervalMs);
    connect(&m_probe, &QTimer::timeout, this, [this] { tick(); });
    m_memory.setInterval(1000);
    connect(&m_memory, &QTimer::timeout, this, [this] { sampleMemory(); });
    m_sinceStart.start();
}

ConsoleHarness::~ConsoleHarness()
{
    stop();
}

bool ConsoleHarness::start(int port, const QString &clientId, QString *error)
{
    MqttOptions mqtt;
    mqtt.host = QStringLiteral("127.0.0.1");
    mqtt.port = port;
    mqtt.clientId = clientId;
    mqtt.cleanSession = false;
    mqtt.protocolVersion = 5;
    mqtt.sessionExpirySeconds = kSessionExpirySeconds;
    mqtt.subscriptions = {QString::fromLatin1(kSubscription)};
    mqtt.subscribeQos = 0;
    m_pipeline = std::make_unique<IngestPipeline>(mqtt, IngestWorker::Options{});
    m_pipeline->worker()->addObserver([this](const FleetMessage &) {
        if (++m_accepted == m_target.load())
            m_targetNs = m_sinceStart.nsecsElapsed();
    });
    connect(m_pipeline->worker(), &IngestWorker::batchReady, this,
            [this](const FleetBatchPtr &batch) { applyBatch(batch); });
    connect(m_pipeline->session(), &MqttSession::subscribed, this, [this] { m_subscribed = true; });
    connect(m_pipeline->session(), &MqttSession::connectionStateChanged, this,
            [](ConnectionState state, const QString &reason) {
                if (state == ConnectionState::Reconnecting)
                    qWarning("console: %s", qPrintable(reason));
            });
    resetProbes();
    m_sinceStart.restart();
    m_sinceTick.start();
    m_probe.start();
    m_memory.start();
    m_pipeline->start();
    if (!m_pipeline->session()) {
        *error = QStringLiteral("no MQTT session");
        return false;
    }
    return true;
}

IngestStats ConsoleHarness::stop()
{
    m_probe.stop();
    m_memory.stop();
    if (!m_pipeline)
        return m_lastStats;
    m_pipeline->stop();
    const IngestStats stats = m_pipeline->worker()->stats();
    m_pipeline.reset();
    return stats;
}

bool ConsoleHarness::waitSubscribed(int timeoutMs)
{
    return spinUntil([this] { return m_subscribed; }, timeoutMs);
}

bool ConsoleHarness::waitAccepted(quint64 accepted, int timeoutMs, int idleMs, QString *error)
{
    quint64 seen = m_accepted.load();
    QElapsedTimer idle;
    idle.start();
    bool stalled = false;
    const bool ok = spinUntil(
        [&] {
            const quint64 now = m_accepted.load();
            if (now >= accepted)
                return true;
            if (now != seen) {
                seen = now;
                idle.restart();
            } else if (idle.elapsed() > idleMs) {
                stalled = true;
                return true;
            }
            return false;
        },
        timeoutMs);
    if (ok && !stalled)
        return true;
    *error = stalled ? QStringLiteral("nothing accepted for %1 s (at %2 of %3)").arg(idleMs / 1000).arg(seen).arg(accepted)
                     : QStringLiteral("timeout after %1 s (at %2 of %3)").arg(timeoutMs / 1000).arg(m_accepted.load()).arg(accepted);
    return false;
}

double ConsoleHarness::targetSeconds() const
{
    const qint64 ns = m_targetNs.load();
    return ns < 0 ? -1.0 : double(ns) / 1e9;
}

double ConsoleHarness::targetOnScreenSeconds() const
{
    return m_targetOnScreenNs < 0 ? -1.0 : double(m_targetOnScreenNs) / 1e9;
}

void ConsoleHarness::resetProbes()
{
    m_lateness.clear();
    m_applyMs.clear();
    m_rssAt.clear();
    m_rss.clear();
    m_window.start();
    m_sinceTick.start();
    sampleMemory();
}

void ConsoleHarness::applyBatch(const FleetBatchPtr &batch)
{
    QElapsedTimer t;
    t.start();
    m_model.applyBatch(*batch);
    m_applyMs.push_back(double(t.nsecsElapsed()) / 1e6);
    m_lastStats = batch->stats;
    if (m_targetOnScreenNs < 0 && m_target.load() > 0 && batch->stats.accepted >= m_target.load())
        m_targetOnScreenNs = m_sinceStart.nsecsElapsed();
}

void ConsoleHarness::tick()
{
    const double elapsedMs = double(m_sinceTick.nsecsElapsed()) / 1e6;
    m_sinceTick.restart();
    m_lateness.push_back(std::max(0.0, elapsedMs - kProbeIntervalMs));
}

void ConsoleHarness::sampleMemory()
{
    m_rssAt.push_back(double(m_window.nsecsElapsed()) / 1e9);
    m_rss.push_back(residentMiB());
}

} // namespace fw::bench

#include "bench/alertconsole.h"

#include "bench/alertpublisher.h"
#include "bench/processstats.h"

#include <QFile>

#include <sqlite3.h>

#include <chrono>

namespace fw::bench {
namespace {

constexpr int kProbeIntervalMs = 10;
constexpr int kStorePollMs = 20;

ConsoleSettings settingsFor(int port)
{
    ConsoleSettings s;
    s.mqtt.port = port;
    s.mqtt.clientId = QStringLiteral("alert-bench-console");
    s.consoleId = QStringLiteral("bench");
    return s;
}

} // namespace

AlertConsole::AlertConsole(int port, const QString &dbPath, int target)
    : m_core(std::make_unique<ConsoleCore>(settingsFor(port), dbPath, QStringLiteral("bench"))), m_dbPath(dbPath),
      m_target(target)
{
    m_proxy.setSourceModel(&m_model);
    m_proxy.sort(AlertQueueModel::PriorityCol, Qt::DescendingOrder);   // as AlertQueueView
    m_core->worker()->addObserver([this](const FleetMessage &m) {
        if (const auto *alert = std::get_if<AlertMsg>(&m.payload)) {
            if (alert->event == AlertEventType::Raised && ++m_accepted == m_target)
                m_acceptedNs = monotonicNs();
        } else if (std::holds_alternative<ActiveAlertsMsg>(m.payload)) {
            ++m_lists;
        }
    });
    AlertCenter *center = m_core->alerts();
    connect(center, &AlertCenter::snapshotReady, this, [this](const AlertRecordsPtr &records) {
        m_snapshotRows = int(records->size());
        m_model.setSnapshot(*records);
    });
    connect(center, &AlertCenter::alertsChanged, this, [this](const AlertRecordsPtr &records) { apply(records); });
    // Stage probes. Direct connections run in the emitting thread; the one with `center` as context
    // is queued to the alerts thread after ConsoleCore's own connection, so it runs right after
    // applyMessages() for the same batch.
    IngestWorker *worker = m_core->worker();
    connect(worker, &IngestWorker::alertTrafficReady, worker, [this](const FleetMessagesPtr &m) {
        m_trafficEmitted.push_back({monotonicNs(), int(m->size())});
    }, Qt::DirectConnection);
    connect(worker, &IngestWorker::alertTrafficReady, center, [this] { m_trafficApplied.push_back(monotonicNs()); });
    connect(center, &AlertCenter::alertsChanged, center, [this](const AlertRecordsPtr &records) {
        m_changesEmitted.push_back({monotonicNs(), int(records->size())});
    }, Qt::DirectConnection);
    connect(m_core->session(), &MqttSession::subscribed, this, [this] { m_subscribed = true; });
    m_probe.setTimerType(Qt::PreciseTimer);
    m_probe.setInterval(kProbeIntervalMs);
    connect(&m_probe, &QTimer::timeout, this, [this] { tick(); });
    m_sampler.setInterval(100);
    connect(&m_sampler, &QTimer::timeout, this, [this] { sample(); });
}

AlertConsole::~AlertConsole()
{
    stop();
}

void AlertConsole::start()
{
    m_polling = true;
    m_poller = std::thread([this, path = m_dbPath] { pollStore(path); });
    resetProbes();
    m_probe.start();
    m_sampler.start();
    m_core->start();
}

qint64 AlertConsole::stop()
{
    m_probe.stop();
    m_sampler.stop();
    QElapsedTimer t;
    t.start();
    m_core->stop();
    const qint64 ms = t.elapsed();
    m_polling = false;
    if (m_poller.joinable())
        m_poller.join();
    return ms;
}

int AlertConsole::unresolvedAfterStop() const
{
    return m_core->alerts()->unresolvedCount();
}

void AlertConsole::resetProbes()
{
    m_lateness.clear();
    m_applyMs.clear();
    m_batchSizes.clear();
    m_rss.clear();
    m_progress.clear();
    m_sinceTick.start();
    sample();
}

void AlertConsole::apply(const AlertRecordsPtr &records)
{
    m_changesReceived.push_back(monotonicNs());
    QElapsedTimer t;
    t.start();
    m_model.applyChanges(*records);   // the proxy follows inside (rowsInserted, dataChanged)
    m_applyMs.push_back(double(t.nsecsElapsed()) / 1e6);
    m_batchSizes.push_back(int(records->size()));
    if (m_modelNs < 0 && m_model.rowCount() >= m_target)
        m_modelNs = monotonicNs();
    if (m_proxyNs < 0 && m_proxy.rowCount() >= m_target)
        m_proxyNs = monotonicNs();
}

void AlertConsole::tick()
{
    const double elapsedMs = double(m_sinceTick.nsecsElapsed()) / 1e6;
    m_sinceTick.restart();
    m_lateness.push_back(std::max(0.0, elapsedMs - kProbeIntervalMs));
}

void AlertConsole::sample()
{
    m_rss.push_back(residentMiB());
    m_progress.push_back({monotonicNs(), m_accepted.load(), m_stored.load(), m_proxy.rowCount()});
}

void AlertConsole::pollStore(const QString &path)
{
    sqlite3 *db = nullptr;
    sqlite3_stmt *count = nullptr;
    const QByteArray file = QFile::encodeName(path);
    while (m_polling.load()) {
        if (!count && QFile::exists(path)) {
            if (sqlite3_open_v2(file.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) == SQLITE_OK) {
                sqlite3_busy_timeout(db, 100);
                if (sqlite3_prepare_v2(db, "SELECT count(*) FROM alerts", -1, &count, nullptr) != SQLITE_OK)
                    count = nullptr;   // no schema yet
            }
            if (!count) {
                sqlite3_close(db);
                db = nullptr;
            }
        }
        if (count) {
            if (sqlite3_step(count) == SQLITE_ROW) {
                const int n = sqlite3_column_int(count, 0);
                m_stored = n;
                if (n >= m_target && m_storedNs.load() < 0)
                    m_storedNs = monotonicNs();
            }
            sqlite3_reset(count);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(kStorePollMs));
    }
    sqlite3_finalize(count);
    sqlite3_close(db);
}

} // namespace fw::bench

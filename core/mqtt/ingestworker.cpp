#include "core/mqtt/ingestworker.h"

#include "core/mqtt/ingestqueue.h"
#include "core/common/logging.h"
#include "core/fleet/topicparser.h"

#include <QTimer>

#include <algorithm>
#include <cmath>

namespace fw {

IngestWorker::IngestWorker(IngestQueue *queue, Options options, QObject *parent)
    : QObject(parent), m_queue(queue), m_options(std::move(options)), m_decoder(m_options.root),
      m_state(m_options.historyCapacity)
{
    qRegisterMetaType<fw::FleetBatchPtr>();
    qRegisterMetaType<fw::FleetMessagesPtr>();
    qRegisterMetaType<fw::AlertTraffic>();
    m_clock.start();
    m_sinceBatch.start();
}

IngestWorker::~IngestWorker() = default;

void IngestWorker::addObserver(Observer observer)
{
    m_observers.push_back(std::move(observer));
}

void IngestWorker::start()
{
    if (m_timer)
        return;
    m_timer = new QTimer(this);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, [this] { processPending(false); });
    m_timer->start(m_options.drainIntervalMs);
    logging::get("ingest")->info("ingest worker started (drain every {} ms, batches at most every {} ms)",
                                 m_options.drainIntervalMs, m_options.batchIntervalMs);
}

void IngestWorker::stop()
{
    if (!m_timer)
        return;
    m_timer->stop();
    processPending(true);
    delete m_timer;
    m_timer = nullptr;
}

void IngestWorker::setWatchedAsset(const QString &key)
{
    m_watched = key;
    m_watchedDirty = true;
}

void IngestWorker::handle(const RawMessage &raw)
{
    ++m_received;
    DecodeResult result = m_decoder.decode(raw);
    if (auto *rejection = std::get_if<Rejection>(&result)) {
        m_rejects.record(rejection->reason, raw.topic, rejection->detail, m_clock.elapsed());
        return;
    }
    FleetMessage &message = std::get<FleetMessage>(result);
    ++m_accepted;
    m_state.apply(message);
    for (const Observer &observer : m_observers)
        observer(message);
    const MessageKind kind = message.topic.kind;
    // Meta goes along too (rare, retained): alerts keep the asset's line for the reports.
    if (kind == MessageKind::Alert || kind == MessageKind::ActiveAlerts || kind == MessageKind::Ack
        || kind == MessageKind::Meta) {
        if (const auto *alert = std::get_if<AlertMsg>(&message.payload); alert && alert->event == AlertEventType::Raised)
            captureEvidence(message, *alert);
        if (!m_alertTraffic)
            m_alertTraffic = std::make_shared<FleetMessages>();
        m_alertTraffic->push_back(std::move(message));
    }
}

size_t IngestWorker::processPending(bool forceBatch)
{
    size_t handled = 0;
    // A backlog is worked through in slices so that batches keep flowing to the GUI meanwhile.
    while (m_queue->takeAll(m_scratch) > 0) {
        for (const RawMessage &raw : m_scratch)
            handle(raw);
        handled += m_scratch.size();
        emitAlertTraffic();
        if (m_sinceBatch.elapsed() >= m_options.batchIntervalMs)
            emitBatch();
    }
    m_scratch.clear();
    m_rateCount += handled;
    const qint64 now = m_clock.elapsed();
    if (now - m_rateWindowStart >= 1000) {
        m_rate = double(m_rateCount) * 1000.0 / double(now - m_rateWindowStart);
        m_rateCount = 0;
        m_rateWindowStart = now;
    }
    if (forceBatch || m_sinceBatch.elapsed() >= m_options.batchIntervalMs)
        emitBatch();
    return handled;
}

void IngestWorker::emitAlertTraffic()
{
    if (m_alertTraffic && !m_alertTraffic->empty())
        emit alertTrafficReady(AlertTraffic(std::move(m_alertTraffic), std::move(m_evidence)));
    m_alertTraffic.reset();
    m_evidence.reset();
}

void IngestWorker::captureEvidence(const FleetMessage &message, const AlertMsg &alert)
{
    const QString assetKey = TopicParser::assetKey(message.topic.site, message.topic.asset);
    std::optional<AssetHistory> history = m_state.history(assetKey);
    if (!history || history->telemetryTimes.empty())
        return;
    const std::vector<qint64> &times = history->telemetryTimes;
    size_t first = times.size() > size_t(EvidenceWindow::kDefaultSamples) ? times.size() - EvidenceWindow::kDefaultSamples : 0;
    size_t end = times.size();
    if (alert.windowFrom || alert.windowTo) {
        // The history holds receive times; the window is in the fleet's clock. The raise's own
        // receivedAt - ts carries both the clock offset and the transit time.
        const qint64 offset = message.receivedAt - alert.ts;
        const qint64 from = alert.windowFrom ? *alert.windowFrom + offset : std::numeric_limits<qint64>::min();
        const qint64 to = alert.windowTo ? *alert.windowTo + offset : std::numeric_limits<qint64>::max();
        const size_t a = size_t(std::lower_bound(times.begin(), times.end(), from) - times.begin());
        const size_t b = size_t(std::upper_bound(times.begin(), times.end(), to) - times.begin());
        if (a < b) {   // else the window is no longer (or not yet) in memory: the last samples instead
            first = a;
            end = b;
        }
    }
    first = std::max(first, end - std::min(end, size_t(EvidenceWindow::kMaxSamples)));

    AlertEvidence evidence;
    evidence.alertKey = TopicParser::alertKey(message.topic.site, message.topic.asset, alert.id);
    evidence.capturedAt = message.receivedAt;
    EvidenceWindow &w = evidence.window;
    w.times.assign(times.begin() + qsizetype(first), times.begin() + qsizetype(end));
    for (qsizetype c = 0; c < history->signalNames.size() && w.signalNames.size() < EvidenceWindow::kMaxSignals; ++c) {
        const std::vector<float> &column = history->signalValues[size_t(c)];
        if (column.size() < end)
            continue;
        std::vector<float> values(column.begin() + qsizetype(first), column.begin() + qsizetype(end));
        if (std::all_of(values.begin(), values.end(), [](float v) { return std::isnan(v); }))
            continue;
        w.signalNames.append(history->signalNames[c]);
        w.values.push_back(std::move(values));
    }
    if (!m_evidence)
        m_evidence = std::make_shared<EvidenceBatch>();
    m_evidence->push_back(std::move(evidence));
}

IngestStats IngestWorker::stats() const
{
    IngestStats s;
    s.received = m_received;
    s.accepted = m_accepted;
    s.rejected = m_rejects.total();
    s.rejectedByReason = m_rejects.counts();
    s.messagesPerSecond = m_rate;
    s.assetsKnown = m_state.assetCount();
    s.alertsOpen = m_state.openAlertCount();
    return s;
}

void IngestWorker::emitBatch()
{
    m_sinceBatch.restart();
    auto batch = std::make_shared<FleetBatch>();
    if (!m_watched.isEmpty() && (m_watchedDirty || m_state.isChanged(m_watched)))
        batch->watchedHistory = m_state.history(m_watched);
    m_watchedDirty = false;
    batch->changedAssets = m_state.takeChangedAssets();
    batch->changedModels = m_state.takeChangedModels();
    batch->stats = stats();
    logging::get("ingest")->debug("batch: {} assets changed, {} received", batch->changedAssets.size(),
                                  batch->stats.received);
    emit batchReady(std::move(batch));
}

} // namespace fw

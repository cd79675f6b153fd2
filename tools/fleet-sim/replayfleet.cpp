#include "tools/fleet-sim/replayfleet.h"

#include "core/fleet/payloadencoder.h"
#include "tools/fleet-sim/simstats.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace fw::sim {

struct ReplayFleet::Engine
{
    Engine(const HealthModel *model, const EngineRun *run, const AssetInfo *asset, QString idPrefix,
           qint64 seqBase)
        : run(run), asset(asset), monitor(model), tracker(model, std::move(idPrefix), seqBase)
    {
    }

    const EngineRun *run;
    const AssetInfo *asset;
    EngineMonitor monitor;
    AlertTracker tracker;
    size_t next = 0;              // index of the cycle the next step publishes
    qint64 telemetrySeq = 0;
    HealthState state = HealthState::Ok;
    QString topicTelemetry, topicHealth, topicAlerts, topicActive, topicMeta, topicState;
};

namespace {

std::vector<int> unitsOf(const std::vector<EngineRun> &runs, int limit)
{
    std::vector<int> units;
    for (const EngineRun &r : runs) {
        if (limit > 0 && int(units.size()) >= limit)
            break;
        units.push_back(r.unit);
    }
    return units;
}

QString topic(const TopicParser &topics, MessageKind kind, const QString &site, const QString &asset)
{
    TopicRef ref;
    ref.kind = kind;
    ref.site = site;
    ref.asset = asset;
    return topics.topicFor(ref);
}

} // namespace

ReplayFleet::ReplayFleet(const std::vector<EngineRun> *runs, const HealthModel *model, ReplayConfig config,
                         qint64 nowMs)
    : m_runs(runs), m_model(model), m_trainedAt(config.trainedAt), m_raisedAlerts(config.raisedAlertCapacity),
      m_config(std::move(config)), m_topics(m_config.root), m_layout(unitsOf(*runs, m_config.engineLimit), m_config.sites)
{
    std::mt19937 rng(m_config.seed);
    const double period = 1000.0 / std::max(1e-6, m_config.cyclesPerSecond);
    for (size_t i = 0; i < m_layout.assets().size(); ++i) {
        const AssetInfo &a = m_layout.assets()[i];
        const QString prefix = QStringLiteral("a-%1-%2").arg(a.assetId, m_config.runTag);
        auto e = std::make_unique<Engine>(m_model, &(*runs)[i], &a, prefix, m_config.alertSeqBase);
        e->topicTelemetry = topic(m_topics, MessageKind::Telemetry, a.siteId, a.assetId);
        e->topicHealth = topic(m_topics, MessageKind::Health, a.siteId, a.assetId);
        e->topicAlerts = topic(m_topics, MessageKind::Alert, a.siteId, a.assetId);
        e->topicActive = topic(m_topics, MessageKind::ActiveAlerts, a.siteId, a.assetId);
        e->topicMeta = topic(m_topics, MessageKind::Meta, a.siteId, a.assetId);
        e->topicState = topic(m_topics, MessageKind::State, a.siteId, a.assetId);
        const int life = int(e->run->cycles.size());
        std::uniform_int_distribution<int> startAt(0, std::max(0, life * 9 / 10 - 1));
        e->next = size_t(startAt(rng));
        for (size_t c = 0; c < e->next; ++c) {
            const qint64 ts = nowMs - qint64(double(e->next - c) * period);
            e->state = e->monitor.feed(e->run->cycles[c], ts).state;
        }
        m_engines.push_back(std::move(e));
    }
    m_lastDrift.assign(size_t(siteCount()), -1.0);
}

ReplayFleet::~ReplayFleet() = default;

OutMessage ReplayFleet::retained(int site, MessageKind kind, const QString &topic, QByteArray payload) const
{
    return OutMessage{site, kind, topic, std::move(payload), 1, true};
}

std::vector<OutMessage> ReplayFleet::connectMessages(int site, qint64 nowMs)
{
    std::vector<OutMessage> out;
    const QString siteId = m_layout.siteIds()[site];
    const QString gateway = FleetLayout::gatewayAssetId();
    out.push_back(retained(site, MessageKind::Meta, topic(m_topics, MessageKind::Meta, siteId, gateway),
                           PayloadEncoder::encode(FleetLayout::gatewayMeta(siteId))));
    out.push_back(retained(site, MessageKind::State, topic(m_topics, MessageKind::State, siteId, gateway),
                           PayloadEncoder::encode(StateMsg{nowMs, true})));
    for (const auto &e : m_engines) {
        if (e->asset->site != site)
            continue;
        out.push_back(retained(site, MessageKind::Meta, e->topicMeta, PayloadEncoder::encode(e->asset->meta)));
        out.push_back(retained(site, MessageKind::State, e->topicState, PayloadEncoder::encode(StateMsg{nowMs, true})));
        // Also replaces what a previous run left retained.
        out.push_back(retained(site, MessageKind::ActiveAlerts, e->topicActive,
                               PayloadEncoder::encode(e->tracker.active(nowMs))));
    }
    out.push_back(modelStatus(site));
    m_lastDrift[size_t(site)] = driftScore(site);
    return out;
}

std::vector<OutMessage> ReplayFleet::shutdownMessages(int site, qint64 nowMs)
{
    std::vector<OutMessage> out;
    const QByteArray offline = PayloadEncoder::encode(StateMsg{nowMs, false});
    for (const auto &e : m_engines) {
        if (e->asset->site == site)
            out.push_back(retained(site, MessageKind::State, e->topicState, offline));
    }
    const QString siteId = m_layout.siteIds()[site];
    out.push_back(retained(site, MessageKind::State,
                           topic(m_topics, MessageKind::State, siteId, FleetLayout::gatewayAssetId()), offline));
    return out;
}

LastWill ReplayFleet::will(int site, qint64 nowMs) const
{
    LastWill w;
    w.topic = topic(m_topics, MessageKind::State, m_layout.siteIds()[site], FleetLayout::gatewayAssetId());
    w.payload = PayloadEncoder::encode(StateMsg{nowMs, false});
    w.qos = 1;
    w.retain = true;
    return w;
}

double ReplayFleet::driftScore(int site) const
{
    std::vector<EngineBaseline> baselines;
    for (const auto &e : m_engines) {
        if (e->asset->site == site && e->monitor.baseline())
            baselines.push_back(*e->monitor.baseline());
    }
    return m_model->driftScore(baselines);
}

OutMessage ReplayFleet::modelStatus(int site) const
{
    ModelStatusMsg m;
    m.version = m_model->ref().version;
    m.trainedAt = m_trainedAt;
    m.labelsUsed = m_labelsUsed;
    m.driftScore = driftScore(site);
    m.driftThreshold = m_model->config().driftThreshold;
    m.drifting = *m.driftScore > *m.driftThreshold;
    TopicRef ref;
    ref.kind = MessageKind::ModelStatus;
    ref.site = m_layout.siteIds()[site];
    ref.model = m_model->ref().name;
    return retained(site, MessageKind::ModelStatus, m_topics.topicFor(ref), PayloadEncoder::encode(m));
}

std::vector<OutMessage> ReplayFleet::deployModel(const QString &version, double threshold, qint64 trainedAt,
                                                 qint64 labelsUsed)
{
    m_retrained.push_back(std::make_unique<HealthModel>(m_model->retrained(version, threshold)));
    m_model = m_retrained.back().get();
    m_trainedAt = trainedAt;
    m_labelsUsed = labelsUsed;
    for (const auto &e : m_engines) {
        e->monitor.setModel(m_model);
        e->tracker.setModel(m_model);
    }
    std::vector<OutMessage> out;
    for (int site = 0; site < siteCount(); ++site)
        out.push_back(modelStatus(site));
    return out;
}

void ReplayFleet::emitAlert(Engine &e, const AlertMsg &event, qint64 nowMs, std::vector<OutMessage> &out)
{
    out.push_back({e.asset->site, MessageKind::Alert, e.topicAlerts, PayloadEncoder::encode(event), 1, false});
    out.push_back(retained(e.asset->site, MessageKind::ActiveAlerts, e.topicActive,
                           PayloadEncoder::encode(e.tracker.active(nowMs))));
}

std::vector<OutMessage> ReplayFleet::step(qint64 nowMs, SimStats *stats)
{
    std::vector<OutMessage> out;
    out.reserve(m_engines.size() * 2 + 8);
    std::vector<bool> baselineChanged(size_t(siteCount()), false);
    for (const auto &ep : m_engines) {
        Engine &e = *ep;
        if (e.next >= e.run->cycles.size()) {
            // Failed at its last cycle: replaced by a fresh engine that replays the same life.
            const std::optional<int> since = e.tracker.openSinceCycle();
            if (stats)
                stats->countFailure(since ? std::optional<int>(int(e.run->cycles.size()) - *since) : std::nullopt);
            if (const auto cleared = e.tracker.replaced(nowMs))
                emitAlert(e, *cleared, nowMs, out);
            e.monitor.reset();
            e.next = 0;
            baselineChanged[size_t(e.asset->site)] = true;
        }
        const CycleRow &row = e.run->cycles[e.next++];
        const bool wasReady = e.monitor.baselineReady();
        const Assessment a = e.monitor.feed(row, nowMs);
        e.state = a.state;
        if (wasReady != e.monitor.baselineReady())
            baselineChanged[size_t(e.asset->site)] = true;

        TelemetryMsg t;
        t.ts = nowMs;
        t.seq = ++e.telemetrySeq;
        t.values.reserve(size_t(kSettingCount + kSensorCount));
        const auto &catalogue = cmapssSignals();
        for (int i = 0; i < kSettingCount; ++i)
            t.values.push_back({QString::fromLatin1(catalogue[size_t(i)].name), row.settings[size_t(i)]});
        for (int i = 0; i < kSensorCount; ++i)
            t.values.push_back({QString::fromLatin1(catalogue[size_t(kSettingCount + i)].name), row.sensors[size_t(i)]});
        out.push_back({e.asset->site, MessageKind::Telemetry, e.topicTelemetry, PayloadEncoder::encode(t), 0, false});

        HealthMsg h;
        h.ts = nowMs;
        h.score = std::round(a.health * 1e4) / 1e4;
        h.state = a.state;
        if (a.rulCycles) {
            h.rul = std::round(*a.rulCycles);
            h.rulUnit = QStringLiteral("cycles");
        }
        h.model = m_model->ref();
        out.push_back({e.asset->site, MessageKind::Health, e.topicHealth, PayloadEncoder::encode(h), 1, false});

        if (const auto event = e.tracker.update(a, nowMs)) {
            if (event->event == AlertEventType::Raised) {
                if (stats)
                    stats->countAlertRaised();
                // The engine fails at its last row: e.next rows are done.
                m_raisedAlerts.record(event->id, RaisedAlert{*event->score, int(e.run->cycles.size() - e.next),
                                                             event->model ? event->model->version : QString()});
            }
            emitAlert(e, *event, nowMs, out);
        }
    }
    for (int s = 0; s < siteCount(); ++s) {
        if (!baselineChanged[size_t(s)])
            continue;
        const double drift = driftScore(s);
        if (drift != m_lastDrift[size_t(s)]) {
            m_lastDrift[size_t(s)] = drift;
            out.push_back(modelStatus(s));
        }
    }
    return out;
}

std::vector<int> ReplayFleet::nextCycles() const
{
    std::vector<int> cycles;
    for (const auto &e : m_engines)
        cycles.push_back(int(e->next) + 1);
    return cycles;
}

std::vector<HealthState> ReplayFleet::states() const
{
    std::vector<HealthState> s;
    for (const auto &e : m_engines)
        s.push_back(e->state);
    return s;
}

} // namespace fw::sim

#include "core/fleet/fleetstate.h"

#include "core/fleet/topicparser.h"

#include <cmath>
#include <limits>

namespace fw {

FleetState::FleetState(size_t historyCapacity) : m_capacity(historyCapacity) {}

FleetState::Asset &FleetState::assetFor(const TopicRef &topic, qint64 receivedAt)
{
    QString key = TopicParser::assetKey(topic.site, topic.asset);
    auto it = m_assets.constFind(key);
    int index;
    if (it == m_assets.constEnd()) {
        index = int(m_assetStore.size());
        Asset a{.summary = {},
                .open = {},
                .lastTelemetrySeq = {},
                .telemetryTimes = RingBuffer<qint64>(m_capacity),
                .signalIndex = {},
                .signalNames = {},
                .signalValues = {},
                .healthTimes = RingBuffer<qint64>(m_capacity),
                .healthScores = RingBuffer<float>(m_capacity)};
        a.summary.key = key;
        a.summary.site = topic.site;
        a.summary.asset = topic.asset;
        m_assetStore.push_back(std::move(a));
        m_assets.insert(key, index);
    } else {
        index = *it;
    }
    Asset &a = m_assetStore[size_t(index)];
    a.summary.lastUpdate = std::max(a.summary.lastUpdate, receivedAt);
    m_changedAssets.insert(a.summary.key);
    return a;
}

void FleetState::apply(const FleetMessage &message)
{
    const TopicRef &topic = message.topic;
    if (topic.kind == MessageKind::ModelStatus) {
        const QString key = topic.site + QLatin1Char('/') + topic.model;
        ModelStatusRow &row = m_models[key];
        row.key = key;
        row.site = topic.site;
        row.model = topic.model;
        row.status = std::get<ModelStatusMsg>(message.payload);
        row.receivedAt = message.receivedAt;
        m_changedModels.insert(key);
        return;
    }
    // Acknowledgements and labels are the console's own business (alert queue, outbox), not fleet state.
    if (topic.kind == MessageKind::Ack || topic.kind == MessageKind::Label)
        return;

    Asset &a = assetFor(topic, message.receivedAt);
    AssetSummary &s = a.summary;
    std::visit(
        [&](const auto &m) {
            using T = std::decay_t<decltype(m)>;
            if constexpr (std::is_same_v<T, MetaMsg>) {
                s.hasMeta = true;
                s.name = m.name;
                s.type = m.type;
                s.line = m.line;
                s.location = m.location;
                s.criticality = m.criticality;
                s.signalInfos = m.signalInfos;
            } else if constexpr (std::is_same_v<T, StateMsg>) {
                s.online = m.online;
            } else if constexpr (std::is_same_v<T, TelemetryMsg>) {
                applyTelemetry(a, m, message.receivedAt);
            } else if constexpr (std::is_same_v<T, HealthMsg>) {
                s.score = m.score;
                s.state = m.state;
                s.rul = m.rul;
                s.rulUnit = m.rulUnit;
                s.model = m.model;
                a.healthTimes.push(message.receivedAt);
                a.healthScores.push(float(m.score));
                // Health beside telemetry is fresh data but not the asset's clock; an asset that
                // sends health only is timed by it.
                if (a.telemetryTimes.size() == 0)
                    s.freshness.sampleArrived(message.receivedAt);
                else
                    s.freshness.dataArrived(message.receivedAt);
            } else if constexpr (std::is_same_v<T, AlertMsg>) {
                applyAlert(a, m);
            } else if constexpr (std::is_same_v<T, ActiveAlertsMsg>) {
                setOpenAlerts(a, m);
            }
        },
        message.payload);
}

void FleetState::applyTelemetry(Asset &a, const TelemetryMsg &t, qint64 receivedAt)
{
    if (t.seq) {
        // A jump forward is lost samples; a smaller seq means the producer restarted its count.
        if (a.lastTelemetrySeq && *t.seq > *a.lastTelemetrySeq + 1)
            a.summary.lostSamples += *t.seq - *a.lastTelemetrySeq - 1;
        a.lastTelemetrySeq = t.seq;
    }
    a.telemetryTimes.push(receivedAt);
    a.summary.freshness.sampleArrived(receivedAt);
    constexpr float nan = std::numeric_limits<float>::quiet_NaN();

    // Every column gets exactly one value per sample, so all columns stay aligned with the times.
    std::vector<char> written(a.signalValues.size(), 0);
    for (const SignalValue &v : t.values) {
        auto it = a.signalIndex.constFind(v.name);
        int column;
        if (it != a.signalIndex.constEnd()) {
            column = *it;
        } else {
            if (a.signalValues.size() >= size_t(kMaxSignalsPerAsset))
                continue;
            column = int(a.signalValues.size());
            a.signalIndex.insert(v.name, column);
            a.signalNames.append(v.name);
            RingBuffer<float> ring(m_capacity);
            // Backfill so that the new column lines up with the existing samples.
            const size_t earlier = a.telemetryTimes.size() - 1;
            for (size_t i = 0; i < earlier; ++i)
                ring.push(nan);
            a.signalValues.push_back(std::move(ring));
            written.push_back(0);
        }
        if (written[size_t(column)])
            continue;
        a.signalValues[size_t(column)].push(float(v.value));
        written[size_t(column)] = 1;
    }
    for (size_t c = 0; c < written.size(); ++c) {
        if (!written[c])
            a.signalValues[c].push(nan);
    }
}

void FleetState::applyAlert(Asset &a, const AlertMsg &m)
{
    const int before = int(a.open.size());
    if (m.event == AlertEventType::Cleared) {
        a.open.remove(m.id);
    } else {
        // An update of an alert never raised here is kept (its raise may have been missed).
        const auto it = a.open.constFind(m.id);
        const Priority p = m.priority.value_or(it != a.open.constEnd() ? *it : Priority::Medium);
        a.open.insert(m.id, p);
    }
    m_openAlerts += int(a.open.size()) - before;
    refreshAlertSummary(a);
}

void FleetState::setOpenAlerts(Asset &a, const ActiveAlertsMsg &m)
{
    const int before = int(a.open.size());
    a.open.clear();
    for (const AlertMsg &alert : m.alerts)
        a.open.insert(alert.id, alert.priority.value_or(Priority::Medium));
    m_openAlerts += int(a.open.size()) - before;
    refreshAlertSummary(a);
}

void FleetState::refreshAlertSummary(Asset &a)
{
    a.summary.openAlerts = int(a.open.size());
    a.summary.worstOpenPriority.reset();
    for (const Priority p : std::as_const(a.open)) {
        if (!a.summary.worstOpenPriority || p > *a.summary.worstOpenPriority)
            a.summary.worstOpenPriority = p;
    }
}

std::vector<AssetSummary> FleetState::takeChangedAssets()
{
    std::vector<AssetSummary> out;
    out.reserve(size_t(m_changedAssets.size()));
    for (const QString &key : std::as_const(m_changedAssets))
        out.push_back(m_assetStore[size_t(m_assets.value(key))].summary);
    m_changedAssets.clear();
    return out;
}

std::vector<ModelStatusRow> FleetState::takeChangedModels()
{
    std::vector<ModelStatusRow> out;
    for (const QString &key : std::as_const(m_changedModels))
        out.push_back(m_models.value(key));
    m_changedModels.clear();
    return out;
}

std::optional<AssetSummary> FleetState::asset(const QString &key) const
{
    const auto it = m_assets.constFind(key);
    if (it == m_assets.constEnd())
        return std::nullopt;
    return m_assetStore[size_t(*it)].summary;
}

std::optional<AssetHistory> FleetState::history(const QString &key) const
{
    const auto it = m_assets.constFind(key);
    if (it == m_assets.constEnd())
        return std::nullopt;
    const Asset &a = m_assetStore[size_t(*it)];
    AssetHistory h;
    h.key = key;
    h.telemetryTimes = a.telemetryTimes.toVector();
    h.signalNames = a.signalNames;
    h.signalValues.reserve(a.signalValues.size());
    for (const auto &ring : a.signalValues)
        h.signalValues.push_back(ring.toVector());
    h.healthTimes = a.healthTimes.toVector();
    h.healthScores = a.healthScores.toVector();
    return h;
}

size_t FleetState::historyBytes() const
{
    size_t total = 0;
    for (const Asset &a : m_assetStore) {
        total += a.telemetryTimes.bytesReserved() + a.healthTimes.bytesReserved() + a.healthScores.bytesReserved();
        for (const auto &ring : a.signalValues)
            total += ring.bytesReserved();
    }
    return total;
}

} // namespace fw

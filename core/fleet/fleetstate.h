#pragma once
// FleetState: what the console knows about every asset, built from decoded messages.
// Lives in the ingest thread; not thread-safe. Hands out copies (takeChanges(), history()).
//
// Memory: per asset, the last `historyCapacity` telemetry samples of up to kMaxSignalsPerAsset
// signals as float plus their times, and as many health scores: about 4 B x signals + 20 B per sample.
// For a C-MAPSS engine (24 signals) and the default 512 samples: about 60 KiB when full.

#include "core/fleet/fleetbatch.h"
#include "core/fleet/ringbuffer.h"

#include <QHash>
#include <QSet>

#include <vector>

namespace fw {

class FleetState
{
public:
    static constexpr int kMaxSignalsPerAsset = 256;

    explicit FleetState(size_t historyCapacity = 512);

    void apply(const FleetMessage &message);

    // The rows changed since the last call (and clears the change set).
    std::vector<AssetSummary> takeChangedAssets();
    std::vector<ModelStatusRow> takeChangedModels();
    bool isChanged(const QString &key) const { return m_changedAssets.contains(key); }

    std::optional<AssetHistory> history(const QString &key) const;
    std::optional<AssetSummary> asset(const QString &key) const;

    int assetCount() const { return int(m_assets.size()); }
    int openAlertCount() const { return m_openAlerts; }
    size_t historyBytes() const;

private:
    struct Asset
    {
        AssetSummary summary;
        QHash<QString, Priority> open;           // open alert ids and their priority
        std::optional<qint64> lastTelemetrySeq;
        RingBuffer<qint64> telemetryTimes;
        QHash<QString, int> signalIndex;
        QStringList signalNames;
        std::vector<RingBuffer<float>> signalValues;
        RingBuffer<qint64> healthTimes;
        RingBuffer<float> healthScores;
    };

    Asset &assetFor(const TopicRef &topic, qint64 receivedAt);
    void applyTelemetry(Asset &a, const TelemetryMsg &t, qint64 receivedAt);
    void applyAlert(Asset &a, const AlertMsg &m);
    void setOpenAlerts(Asset &a, const ActiveAlertsMsg &m);
    void refreshAlertSummary(Asset &a);

    size_t m_capacity;
    std::vector<Asset> m_assetStore;
    QHash<QString, int> m_assets;
    QHash<QString, ModelStatusRow> m_models;
    QSet<QString> m_changedAssets;
    QSet<QString> m_changedModels;
    int m_openAlerts = 0;
};

} // namespace fw

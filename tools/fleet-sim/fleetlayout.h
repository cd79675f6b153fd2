#pragma once
// FleetLayout: how C-MAPSS engines become assets: site ids (plant-a, plant-b, ...; engines split into
// contiguous, even blocks), asset ids (engine-017 for unit 17), and their meta (name "Turbofan 17",
// line "Line 2" per 10 engines, location "Bay 7", criticality by a fixed rule on the unit number:
// every 25th critical, other 10ths high, other even units medium, odd units low).

#include "core/fleet/fleetmessages.h"

#include <QString>

#include <vector>

namespace fw::sim {

struct AssetInfo
{
    int site = 0;           // index into FleetLayout::siteIds()
    QString siteId;
    QString assetId;
    int unit = 0;
    MetaMsg meta;
};

class FleetLayout
{
public:
    // units: the C-MAPSS unit numbers to place, in order; sites >= 1 (at most the number of units).
    FleetLayout(const std::vector<int> &units, int sites);

    const QStringList &siteIds() const { return m_siteIds; }
    const std::vector<AssetInfo> &assets() const { return m_assets; }

    static QString siteId(int index);     // 0 -> "plant-a", 25 -> "plant-z", 26 -> "plant-ba", ...
    static QString assetId(int unit);     // 17 -> "engine-017"
    static Criticality criticalityFor(int unit);
    static MetaMsg engineMeta(int unit, int position);   // position: 0-based index in the fleet
    static MetaMsg gatewayMeta(const QString &siteId);
    // The per-site gateway asset that carries the session's last will.
    static QString gatewayAssetId() { return QStringLiteral("gateway"); }

private:
    QStringList m_siteIds;
    std::vector<AssetInfo> m_assets;
};

} // namespace fw::sim

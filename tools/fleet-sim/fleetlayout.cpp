#include "tools/fleet-sim/fleetlayout.h"

#include "tools/fleet-sim/cmapsssignals.h"

#include <algorithm>

namespace fw::sim {

FleetLayout::FleetLayout(const std::vector<int> &units, int sites)
{
    const int n = int(units.size());
    sites = std::clamp(sites, 1, std::max(1, n));
    for (int s = 0; s < sites; ++s)
        m_siteIds << siteId(s);
    for (int i = 0; i < n; ++i) {
        AssetInfo a;
        a.site = int(qint64(i) * sites / n);
        a.siteId = m_siteIds[a.site];
        a.unit = units[size_t(i)];
        a.assetId = assetId(a.unit);
        a.meta = engineMeta(a.unit, i);
        m_assets.push_back(std::move(a));
    }
}

QString FleetLayout::siteId(int index)
{
    QString letters;
    do {
        letters.prepend(QChar(u'a' + index % 26));
        index = index / 26 - 1;
    } while (index >= 0);
    return QStringLiteral("plant-") + letters;
}

QString FleetLayout::assetId(int unit)
{
    return QStringLiteral("engine-%1").arg(unit, 3, 10, QLatin1Char('0'));
}

Criticality FleetLayout::criticalityFor(int unit)
{
    if (unit % 25 == 0)
        return Criticality::Critical;
    if (unit % 10 == 0)
        return Criticality::High;
    if (unit % 2 == 0)
        return Criticality::Medium;
    return Criticality::Low;
}

MetaMsg FleetLayout::engineMeta(int unit, int position)
{
    MetaMsg m;
    m.name = QStringLiteral("Turbofan %1").arg(unit);
    m.type = QStringLiteral("turbofan");
    m.line = QStringLiteral("Line %1").arg(position / 10 + 1);
    m.criticality = criticalityFor(unit);
    m.location = QStringLiteral("Bay %1").arg(position % 10 + 1);
    m.signalInfos = cmapssSignalInfos();
    m.tags.insert(QStringLiteral("dataset"), QStringLiteral("NASA C-MAPSS FD001"));
    m.tags.insert(QStringLiteral("unit"), QString::number(unit));
    m.tags.insert(QStringLiteral("source"), QStringLiteral("fleet-sim"));
    return m;
}

MetaMsg FleetLayout::gatewayMeta(const QString &siteId)
{
    MetaMsg m;
    m.name = QStringLiteral("Simulator gateway %1").arg(siteId);
    m.type = QStringLiteral("gateway");
    m.criticality = Criticality::Medium;
    m.tags.insert(QStringLiteral("source"), QStringLiteral("fleet-sim"));
    return m;
}

} // namespace fw::sim

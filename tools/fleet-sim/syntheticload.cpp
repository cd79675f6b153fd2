#include "tools/fleet-sim/syntheticload.h"

#include "core/fleet/payloadencoder.h"
#include "tools/fleet-sim/fleetlayout.h"

#include <QDateTime>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace fw::sim {
namespace {

void appendNumber(QByteArray &out, double value)
{
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 3);
    out.append(buffer, result.ptr - buffer);
}

void appendInteger(QByteArray &out, qint64 value)
{
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr - buffer);
}

} // namespace

SyntheticLoad::SyntheticLoad(const SyntheticConfig &config)
    : m_config(config), m_topics(config.root)
{
    m_config.assets = std::max(1, m_config.assets);
    m_config.signalCount = std::clamp(m_config.signalCount, 1, 256);
    const int sites = std::clamp(m_config.sites, 1, m_config.assets);
    for (int s = 0; s < sites; ++s)
        m_siteIds << FleetLayout::siteId(s);
    for (int i = 0; i < m_config.assets; ++i) {
        Asset a;
        a.site = int(qint64(i) * sites / m_config.assets);
        a.id = assetId(i);
        TopicRef ref;
        ref.kind = MessageKind::Telemetry;
        ref.site = m_siteIds[a.site];
        ref.asset = a.id;
        a.topic = m_topics.topicFor(ref);
        a.phase = 0.37 * i;
        m_assets.push_back(std::move(a));
    }
    for (int k = 0; k < m_config.signalCount; ++k)
        m_keyPrefixes.push_back((k ? QByteArray(",\"") : QByteArray("\"")) + signalName(k).toLatin1() + "\":");
}

QString SyntheticLoad::assetId(int index)
{
    return QStringLiteral("asset-%1").arg(index + 1, 5, 10, QLatin1Char('0'));
}

QString SyntheticLoad::signalName(int index)
{
    return QStringLiteral("x%1").arg(index + 1);
}

std::vector<OutMessage> SyntheticLoad::metaMessages(int site) const
{
    std::vector<OutMessage> out;
    std::vector<SignalInfo> signalInfos;
    for (int k = 0; k < m_config.signalCount; ++k)
        signalInfos.push_back({signalName(k), QString(), QStringLiteral("Synthetic signal %1").arg(k + 1)});
    for (size_t i = 0; i < m_assets.size(); ++i) {
        const Asset &a = m_assets[i];
        if (a.site != site)
            continue;
        MetaMsg m;
        m.name = QStringLiteral("Load asset %1").arg(i + 1);
        m.type = QStringLiteral("synthetic");
        m.line = QStringLiteral("Load line %1").arg(i / 100 + 1);
        m.criticality = Criticality::Low;
        m.signalInfos = signalInfos;
        m.tags.insert(QStringLiteral("source"), QStringLiteral("fleet-sim --synthetic"));
        TopicRef ref;
        ref.kind = MessageKind::Meta;
        ref.site = m_siteIds[a.site];
        ref.asset = a.id;
        out.push_back({a.site, MessageKind::Meta, m_topics.topicFor(ref), PayloadEncoder::encode(m), 1, true});
    }
    return out;
}

void SyntheticLoad::refreshTimestamp(qint64 nowMs)
{
    if (nowMs == m_tsMs)
        return;
    m_tsMs = nowMs;
    m_tsPrefix = "{\"ts\":\"";
    m_tsPrefix += QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1();
    m_tsPrefix += "\",\"seq\":";
}

SyntheticLoad::Next SyntheticLoad::next(qint64 nowMs, QByteArray *payload)
{
    refreshTimestamp(nowMs);
    Asset &a = m_assets[m_cursor];
    m_cursor = (m_cursor + 1) % m_assets.size();
    const qint64 seq = ++a.seq;
    payload->clear();
    payload->append(m_tsPrefix);
    appendInteger(*payload, seq);
    payload->append(",\"values\":{");
    // Slow waves with a different period per signal; sin() once per message, the rest by offsets.
    const double wave = std::sin(a.phase + 0.05 * double(seq));
    for (int k = 0; k < m_config.signalCount; ++k) {
        payload->append(m_keyPrefixes[size_t(k)]);
        appendNumber(*payload, 100.0 * (k + 1) + (5.0 + k) * wave * ((k & 1) ? -1.0 : 1.0) + 0.01 * double(seq % 7));
    }
    payload->append("}}");
    return {a.site, &a.topic};
}

} // namespace fw::sim

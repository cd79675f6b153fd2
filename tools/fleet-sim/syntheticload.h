#pragma once
// SyntheticLoad: telemetry for load tests. N assets (asset-00001, ...; split over the sites like the
// replay) with M signals each (x1..xM, smooth waves), produced round-robin over the assets.
// Topics are built once; payloads are written directly (no JSON library, no allocation beyond the
// output buffer) because the encoder's generality costs too much at 50,000 messages a second.
// Main thread only.

#include "core/fleet/topicparser.h"
#include "tools/fleet-sim/outmessage.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace fw::sim {

struct SyntheticConfig
{
    QString root = QStringLiteral("fleet/v1");
    int sites = 1;
    int assets = 100;
    int signalCount = 8;    // 1 to 256
};

class SyntheticLoad
{
public:
    explicit SyntheticLoad(const SyntheticConfig &config);

    int assetCount() const { return int(m_assets.size()); }
    const QStringList &siteIds() const { return m_siteIds; }

    // Retained meta of every asset of one site (QoS 1).
    std::vector<OutMessage> metaMessages(int site) const;

    // The next telemetry message, round-robin over the assets. *payload is overwritten (its capacity
    // reused); the returned topic stays valid for the object's life.
    struct Next
    {
        int site;
        const QString *topic;
    };
    Next next(qint64 nowMs, QByteArray *payload);

    static QString assetId(int index);    // 0 -> "asset-00001"
    static QString signalName(int index); // 0 -> "x1"

private:
    struct Asset
    {
        int site;
        QString id;
        QString topic;
        qint64 seq = 0;
        double phase;
    };
    void refreshTimestamp(qint64 nowMs);

    SyntheticConfig m_config;
    TopicParser m_topics;
    QStringList m_siteIds;
    std::vector<Asset> m_assets;
    std::vector<QByteArray> m_keyPrefixes;   // ",\"x2\":" ... (the first without the comma)
    size_t m_cursor = 0;
    qint64 m_tsMs = -1;
    QByteArray m_tsPrefix;                   // {"ts":"...","seq":
};

} // namespace fw::sim

// SyntheticLoad: the hand-written telemetry payloads decode with the console's FleetDecoder to the
// values they were meant to carry; assets are served round-robin with per-asset seq; meta is retained.
#include "core/fleet/fleetdecoder.h"
#include "core/fleet/payloadencoder.h"
#include "tools/fleet-sim/syntheticload.h"

#include <QTest>

using namespace fw;
using namespace fw::sim;

class TestSyntheticLoad : public QObject
{
    Q_OBJECT

private slots:
    void payloadsDecode_data();
    void payloadsDecode();
    void roundRobinWithSeq();
    void sitesAndTopics();
    void metaIsRetained();
};

void TestSyntheticLoad::payloadsDecode_data()
{
    QTest::addColumn<int>("signalCount");
    QTest::newRow("1 signal") << 1;
    QTest::newRow("8 signals") << 8;
    QTest::newRow("256 signals") << 256;
}

void TestSyntheticLoad::payloadsDecode()
{
    QFETCH(int, signalCount);
    SyntheticConfig config;
    config.assets = 3;
    config.signalCount = signalCount;
    SyntheticLoad load(config);
    FleetDecoder decoder;
    QByteArray payload;
    const qint64 ts = 1'795'312'792'123;
    for (int i = 0; i < 30; ++i) {
        const SyntheticLoad::Next next = load.next(ts + i / 7, &payload);
        const DecodeResult r = decoder.decode(RawMessage{next.topic->toUtf8(), payload, 0});
        QVERIFY2(std::holds_alternative<FleetMessage>(r), payload.left(200).constData());
        const FleetMessage &f = std::get<FleetMessage>(r);
        QCOMPARE(f.topic.kind, MessageKind::Telemetry);
        const auto &t = std::get<TelemetryMsg>(f.payload);
        QCOMPARE(t.ts, ts + i / 7);
        QCOMPARE(int(t.values.size()), signalCount);
        QSet<QString> names;
        for (const SignalValue &v : t.values) {
            names.insert(v.name);
            QVERIFY(std::abs(v.value) < 1e6);
        }
        QVERIFY(names.contains(SyntheticLoad::signalName(signalCount - 1)));
        QCOMPARE(int(names.size()), signalCount);
        // The same content through the general encoder decodes to the same message.
        const DecodeResult again = decoder.decode(RawMessage{next.topic->toUtf8(), PayloadEncoder::encode(t), 0});
        QVERIFY(std::holds_alternative<FleetMessage>(again));
        QCOMPARE(std::get<TelemetryMsg>(std::get<FleetMessage>(again).payload).values.size(), t.values.size());
    }
}

void TestSyntheticLoad::roundRobinWithSeq()
{
    SyntheticConfig config;
    config.assets = 4;
    SyntheticLoad load(config);
    FleetDecoder decoder;
    QByteArray payload;
    QStringList order;
    QMap<QString, qint64> seq;
    for (int i = 0; i < 12; ++i) {
        const SyntheticLoad::Next next = load.next(1000, &payload);
        const FleetMessage f = std::get<FleetMessage>(decoder.decode(RawMessage{next.topic->toUtf8(), payload, 0}));
        order << f.topic.asset;
        const qint64 s = *std::get<TelemetryMsg>(f.payload).seq;
        QCOMPARE(s, seq.value(f.topic.asset) + 1);
        seq[f.topic.asset] = s;
    }
    QCOMPARE(order.mid(0, 4), (QStringList{"asset-00001", "asset-00002", "asset-00003", "asset-00004"}));
    QCOMPARE(order.mid(4, 4), order.mid(0, 4));
    QCOMPARE(seq.value(QStringLiteral("asset-00004")), qint64(3));
}

void TestSyntheticLoad::sitesAndTopics()
{
    SyntheticConfig config;
    config.root = QStringLiteral("load/test");
    config.assets = 6;
    config.sites = 3;
    SyntheticLoad load(config);
    QCOMPARE(load.siteIds(), (QStringList{"plant-a", "plant-b", "plant-c"}));
    QByteArray payload;
    QList<int> sites;
    for (int i = 0; i < 6; ++i) {
        const SyntheticLoad::Next next = load.next(0, &payload);
        sites << next.site;
        QCOMPARE(*next.topic, QStringLiteral("load/test/%1/%2/telemetry")
                                  .arg(load.siteIds()[next.site], SyntheticLoad::assetId(i)));
    }
    QCOMPARE(sites, (QList<int>{0, 0, 1, 1, 2, 2}));
}

void TestSyntheticLoad::metaIsRetained()
{
    SyntheticConfig config;
    config.assets = 5;
    config.sites = 2;
    config.signalCount = 3;
    SyntheticLoad load(config);
    FleetDecoder decoder;
    const std::vector<OutMessage> site0 = load.metaMessages(0);
    const std::vector<OutMessage> site1 = load.metaMessages(1);
    QCOMPARE(int(site0.size() + site1.size()), 5);
    for (const OutMessage &m : site1) {
        QVERIFY(m.retain);
        QCOMPARE(m.qos, 1);
        QCOMPARE(m.site, 1);
        const DecodeResult r = decoder.decode(RawMessage{m.topic.toUtf8(), m.payload, 0});
        QVERIFY(std::holds_alternative<FleetMessage>(r));
        const auto &meta = std::get<MetaMsg>(std::get<FleetMessage>(r).payload);
        QCOMPARE(meta.type, QStringLiteral("synthetic"));
        QCOMPARE(int(meta.signalInfos.size()), 3);
    }
}

QTEST_GUILESS_MAIN(TestSyntheticLoad)
#include "tst_syntheticload.moc"

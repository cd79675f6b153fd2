// ReplayFleet: everything the replay publishes follows the fleet interface v1. Every message is
// decoded with the console's FleetDecoder; telemetry and alert seq count up per asset, alerts/active
// follows every alert event with its seq, contributions add up to the alert score, a failed engine is
// replaced with a `cleared` event, and the start is staggered into a mixed fleet. Raises are recorded
// for labels to be traced back; a retrained model version put in service is published and used.
#include "core/fleet/fleetdecoder.h"
#include "tools/fleet-sim/cmapssreader.h"
#include "tools/fleet-sim/datalocator.h"
#include "tools/fleet-sim/replayfleet.h"
#include "tools/fleet-sim/simstats.h"

#include <QDir>
#include <QSet>
#include <QTest>

#include <cmath>
#include <set>

using namespace fw;
using namespace fw::sim;

class TestReplayFleet : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void layout_data();
    void layout();
    void connectMessagesAreRetainedAndDecode();
    void replayFollowsTheContract();
    void staggeredStartIsMixed();
    void sameSeedSameStart();
    void willAndShutdown();
    void deployedModelIsInService();

private:
    static FleetMessage decode(FleetDecoder &decoder, const OutMessage &m);
    std::vector<EngineRun> m_runs;
    HealthModel m_model;
    ReplayConfig m_config;
};

void TestReplayFleet::initTestCase()
{
    QString error;
    auto runs = CmapssReader::readFile(QDir(defaultDataDir()).filePath(QStringLiteral("train_FD001.txt")), &error);
    QVERIFY2(runs, qPrintable(error));
    m_runs = std::move(*runs);
    m_model = HealthModel::train(m_runs);
    m_config.runTag = QStringLiteral("t0");
    m_config.alertSeqBase = 1000;
    m_config.trainedAt = 1'700'000'000'000;
}

FleetMessage TestReplayFleet::decode(FleetDecoder &decoder, const OutMessage &m)
{
    const DecodeResult r = decoder.decode(RawMessage{m.topic.toUtf8(), m.payload, 0});
    if (const auto *rej = std::get_if<Rejection>(&r)) {
        qWarning("%s %s: %s %s", qPrintable(m.topic), m.payload.left(300).constData(), rejectReasonName(rej->reason),
                 qPrintable(rej->detail));
        return FleetMessage{};
    }
    return std::get<FleetMessage>(r);
}

void TestReplayFleet::layout_data()
{
    QTest::addColumn<int>("engines");
    QTest::addColumn<int>("sites");
    QTest::addColumn<QList<int>>("perSite");
    QTest::newRow("all on one site") << 100 << 1 << QList<int>{100};
    QTest::newRow("two sites") << 100 << 2 << QList<int>{50, 50};
    QTest::newRow("three sites") << 10 << 3 << QList<int>{4, 3, 3};
    QTest::newRow("more sites than engines") << 2 << 5 << QList<int>{1, 1};
}

void TestReplayFleet::layout()
{
    QFETCH(int, engines);
    QFETCH(int, sites);
    QFETCH(QList<int>, perSite);
    ReplayConfig config = m_config;
    config.engineLimit = engines;
    config.sites = sites;
    ReplayFleet fleet(&m_runs, &m_model, config, 0);
    QCOMPARE(fleet.siteCount(), perSite.size());
    QList<int> counts(perSite.size(), 0);
    for (const AssetInfo &a : fleet.layout().assets())
        ++counts[a.site];
    QCOMPARE(counts, perSite);
    const AssetInfo &a = fleet.layout().assets().back();
    QCOMPARE(a.assetId, QStringLiteral("engine-%1").arg(engines, 3, 10, QLatin1Char('0')));
    QCOMPARE(a.siteId, FleetLayout::siteId(perSite.size() - 1));
    QCOMPARE(FleetLayout::siteId(0), QStringLiteral("plant-a"));
    QCOMPARE(FleetLayout::siteId(1), QStringLiteral("plant-b"));
    QCOMPARE(FleetLayout::siteId(26), QStringLiteral("plant-aa"));
    const MetaMsg meta = FleetLayout::engineMeta(17, 16);
    QCOMPARE(meta.name, QStringLiteral("Turbofan 17"));
    QCOMPARE(meta.line, QStringLiteral("Line 2"));
    QCOMPARE(meta.location, QStringLiteral("Bay 7"));
    QCOMPARE(meta.criticality, Criticality::Low);
    QCOMPARE(FleetLayout::criticalityFor(20), Criticality::High);
    QCOMPARE(FleetLayout::criticalityFor(50), Criticality::Critical);
    QCOMPARE(FleetLayout::criticalityFor(4), Criticality::Medium);
    QCOMPARE(int(meta.signalInfos.size()), 24);
}

void TestReplayFleet::connectMessagesAreRetainedAndDecode()
{
    ReplayConfig config = m_config;
    config.engineLimit = 6;
    config.sites = 2;
    ReplayFleet fleet(&m_runs, &m_model, config, 5000);
    FleetDecoder decoder;
    const std::vector<OutMessage> msgs = fleet.connectMessages(1, 5000);
    // gateway meta + state, 3 engines x (meta, state, alerts/active), model status
    QCOMPARE(int(msgs.size()), 2 + 3 * 3 + 1);
    int online = 0;
    for (const OutMessage &m : msgs) {
        QVERIFY(m.retain);
        QCOMPARE(m.qos, 1);
        QCOMPARE(m.site, 1);
        const FleetMessage f = decode(decoder, m);
        QCOMPARE(f.topic.site, QStringLiteral("plant-b"));
        QCOMPARE(f.topic.kind, m.kind);
        if (const auto *s = std::get_if<StateMsg>(&f.payload)) {
            QVERIFY(s->online);
            QCOMPARE(s->ts, qint64(5000));
            ++online;
        }
        if (const auto *meta = std::get_if<MetaMsg>(&f.payload)) {
            if (f.topic.asset == FleetLayout::gatewayAssetId())
                QCOMPARE(meta->type, QStringLiteral("gateway"));
            else
                QCOMPARE(meta->signalInfos[5].name, QStringLiteral("T30"));
        }
        if (const auto *status = std::get_if<ModelStatusMsg>(&f.payload)) {
            QCOMPARE(f.topic.model, QStringLiteral("hpc-degradation"));
            QCOMPARE(status->version, QStringLiteral("1.0.0"));
            QCOMPARE(status->labelsUsed.value_or(-1), qint64(0));
            QCOMPARE(status->trainedAt.value_or(0), m_config.trainedAt);
            QVERIFY(status->driftScore && status->driftThreshold);
            QVERIFY(!status->drifting);
        }
        if (const auto *active = std::get_if<ActiveAlertsMsg>(&f.payload))
            QCOMPARE(active->seq, m_config.alertSeqBase);
    }
    QCOMPARE(online, 4);
}

void TestReplayFleet::replayFollowsTheContract()
{
    ReplayConfig config = m_config;
    config.engineLimit = 20;
    ReplayFleet fleet(&m_runs, &m_model, config, 0);
    FleetDecoder decoder;
    SimStats stats;
    QMap<QString, qint64> telemetrySeq, alertSeq;
    QMap<QString, QString> openAlert;          // asset -> open alert id
    QMap<QString, qint64> lastEventSeq;
    int raised = 0, updated = 0, cleared = 0, healthWithRul = 0;
    const int steps = 400;   // longer than any engine's remaining life: every engine fails once at least
    for (int step = 0; step < steps; ++step) {
        const qint64 now = 1'800'000'000'000 + step * 100;
        for (const OutMessage &m : fleet.step(now, &stats)) {
            const FleetMessage f = decode(decoder, m);
            const QString asset = f.topic.asset;
            QVERIFY2(!asset.isEmpty() || m.kind == MessageKind::ModelStatus, qPrintable(m.topic));
            if (const auto *t = std::get_if<TelemetryMsg>(&f.payload)) {
                QCOMPARE(m.qos, 0);
                QVERIFY(!m.retain);
                QCOMPARE(t->ts, now);
                QCOMPARE(int(t->values.size()), 24);
                QCOMPARE(t->seq.value_or(0), telemetrySeq.value(asset) + 1);
                telemetrySeq[asset] = *t->seq;
            } else if (const auto *h = std::get_if<HealthMsg>(&f.payload)) {
                QVERIFY(h->score >= 0.0 && h->score <= 1.0);
                QCOMPARE(h->model, HealthModel::modelRef());
                healthWithRul += h->rul.has_value();
                if (h->rul)
                    QCOMPARE(h->rulUnit, QStringLiteral("cycles"));
            } else if (const auto *a = std::get_if<AlertMsg>(&f.payload)) {
                QCOMPARE(m.qos, 1);
                QVERIFY(!m.retain);
                QCOMPARE(a->seq, alertSeq.value(asset, m_config.alertSeqBase) + 1);
                alertSeq[asset] = a->seq;
                lastEventSeq[asset] = a->seq;
                if (a->event == AlertEventType::Raised) {
                    ++raised;
                    QVERIFY(!openAlert.contains(asset));
                    openAlert[asset] = a->id;
                    QVERIFY(*a->score >= *a->threshold);
                    double sum = 0;
                    for (const Contribution &c : a->explanation->contributions)
                        sum += c.weight;
                    QVERIFY(std::abs(sum - *a->score) < 1e-9);
                    QCOMPARE(a->explanation->method, QStringLiteral("zscore-attribution"));
                    QVERIFY(a->explanation->summary.contains(a->explanation->contributions[0].signal));
                    QVERIFY(*a->windowFrom <= *a->windowTo);
                    QCOMPARE(*a->windowTo, now);
                } else if (a->event == AlertEventType::Updated) {
                    ++updated;
                    QCOMPARE(a->id, openAlert.value(asset));
                } else {
                    ++cleared;
                    QCOMPARE(a->id, openAlert.value(asset));
                    openAlert.remove(asset);
                }
            } else if (const auto *act = std::get_if<ActiveAlertsMsg>(&f.payload)) {
                QVERIFY(m.retain);
                // Follows its event, with its seq and the open alert (if any).
                QCOMPARE(act->seq, lastEventSeq.value(asset));
                QCOMPARE(int(act->alerts.size()), openAlert.contains(asset) ? 1 : 0);
                if (!act->alerts.empty())
                    QCOMPARE(act->alerts[0].id, openAlert.value(asset));
            } else {
                QVERIFY2(std::holds_alternative<ModelStatusMsg>(f.payload), qPrintable(m.topic));
            }
        }
    }
    qInfo("20 engines, %d cycles: %d raised, %d updated, %d cleared, %lld failures (%lld alerted)", steps, raised,
          updated, cleared, stats.failures(), stats.failuresAlerted());
    QCOMPARE(telemetrySeq.size(), 20);
    QVERIFY(raised >= 20);
    QVERIFY(updated > 0);
    QVERIFY(cleared > 0);
    QCOMPARE(stats.alertsRaised(), qint64(raised));
    QVERIFY(stats.failures() >= 20);
    // Alerts clear only through replacement here (no chattering), and most failures were foreseen.
    QCOMPARE(qint64(cleared), stats.failuresAlerted());
    QVERIFY(stats.failuresAlerted() >= stats.failures() * 9 / 10);
    QVERIFY(healthWithRul > 0);
}

void TestReplayFleet::staggeredStartIsMixed()
{
    ReplayFleet fleet(&m_runs, &m_model, m_config, 0);
    int counts[4] = {};
    for (HealthState s : fleet.states())
        ++counts[int(s)];
    QVERIFY2(counts[int(HealthState::Ok)] >= 40, qPrintable(QString::number(counts[0])));
    QVERIFY(counts[int(HealthState::Watch)] >= 5);
    QVERIFY(counts[int(HealthState::Warning)] + counts[int(HealthState::Critical)] >= 3);
    QVERIFY(counts[int(HealthState::Warning)] + counts[int(HealthState::Critical)] <= 30);
    const std::vector<int> cycles = fleet.nextCycles();
    QVERIFY(std::set<int>(cycles.begin(), cycles.end()).size() > 50);
}

void TestReplayFleet::sameSeedSameStart()
{
    ReplayFleet a(&m_runs, &m_model, m_config, 0);
    ReplayFleet b(&m_runs, &m_model, m_config, 0);
    ReplayConfig other = m_config;
    other.seed = 2;
    ReplayFleet c(&m_runs, &m_model, other, 0);
    QCOMPARE(a.nextCycles(), b.nextCycles());
    QVERIFY(a.nextCycles() != c.nextCycles());
}

void TestReplayFleet::willAndShutdown()
{
    ReplayConfig config = m_config;
    config.engineLimit = 4;
    ReplayFleet fleet(&m_runs, &m_model, config, 0);
    FleetDecoder decoder;
    const LastWill will = fleet.will(0, 42);
    QCOMPARE(will.topic, QStringLiteral("fleet/v1/plant-a/gateway/state"));
    QVERIFY(will.retain);
    QCOMPARE(will.qos, 1);
    const FleetMessage w = decode(decoder, OutMessage{0, MessageKind::State, will.topic, will.payload, 1, true});
    QCOMPARE(std::get<StateMsg>(w.payload).online, false);

    const std::vector<OutMessage> bye = fleet.shutdownMessages(0, 99);
    QCOMPARE(int(bye.size()), 5);
    for (const OutMessage &m : bye) {
        QVERIFY(m.retain);
        const FleetMessage f = decode(decoder, m);
        QCOMPARE(std::get<StateMsg>(f.payload).online, false);
        QCOMPARE(std::get<StateMsg>(f.payload).ts, qint64(99));
    }
    QCOMPARE(bye.back().topic, will.topic);
}

void TestReplayFleet::deployedModelIsInService()
{
    ReplayFleet fleet(&m_runs, &m_model, m_config, 0);
    FleetDecoder decoder;
    QMap<QString, int> indexOf;   // asset -> layout index
    for (size_t i = 0; i < fleet.layout().assets().size(); ++i)
        indexOf[fleet.layout().assets()[i].assetId] = int(i);
    QSet<QString> raisedBefore;
    // Engines that start degraded raise within three cycles.
    for (int step = 0; step < 4; ++step) {
        for (const OutMessage &m : fleet.step(1'800'000'000'000 + step * 100)) {
            const FleetMessage f = decode(decoder, m);
            const auto *a = std::get_if<AlertMsg>(&f.payload);
            if (!a || a->event != AlertEventType::Raised)
                continue;
            raisedBefore.insert(a->id);
            const std::optional<RaisedAlert> logged = fleet.raisedAlerts().find(a->id);
            QVERIFY(logged);
            QCOMPARE(logged->score, *a->score);
            QCOMPARE(logged->modelVersion, QStringLiteral("1.0.0"));
            const int index = indexOf.value(f.topic.asset);
            // The engine has lived nextCycles() - 1 of its rows; it fails at the last one.
            QCOMPARE(logged->cyclesToFailure,
                     int(m_runs[size_t(index)].cycles.size()) - (fleet.nextCycles()[size_t(index)] - 1));
        }
    }
    QVERIFY(raisedBefore.size() >= 3);
    QCOMPARE(fleet.raisedAlerts().size(), int(raisedBefore.size()));

    const std::vector<OutMessage> status = fleet.deployModel(QStringLiteral("1.1.0"), 0.6, 1'800'000'001'000, 7);
    QCOMPARE(int(status.size()), fleet.siteCount());
    const ModelStatusMsg s = std::get<ModelStatusMsg>(decode(decoder, status[0]).payload);
    QVERIFY(status[0].retain);
    QCOMPARE(status[0].qos, 1);
    QCOMPARE(status[0].topic, QStringLiteral("fleet/v1/plant-a/model/hpc-degradation/status"));
    QCOMPARE(s.version, QStringLiteral("1.1.0"));
    QCOMPARE(s.trainedAt.value_or(0), qint64(1'800'000'001'000));
    QCOMPARE(s.labelsUsed.value_or(0), qint64(7));
    QCOMPARE(s.driftScore.value_or(-1), fleet.driftScore(0));   // drift unchanged
    QCOMPARE(fleet.model().ref().version, QStringLiteral("1.1.0"));
    QCOMPARE(fleet.model().config().threshold, 0.6);
    bool reconnectCarriesIt = false;
    for (const OutMessage &m : fleet.connectMessages(0, 1'800'000'002'000)) {
        if (m.kind == MessageKind::ModelStatus)
            reconnectCarriesIt = std::get<ModelStatusMsg>(decode(decoder, m).payload) == s;
    }
    QVERIFY(reconnectCarriesIt);

    int raisedAfter = 0, health = 0;
    for (int step = 4; step < 300; ++step) {
        for (const OutMessage &m : fleet.step(1'800'000'000'000 + step * 100)) {
            const FleetMessage f = decode(decoder, m);
            if (const auto *h = std::get_if<HealthMsg>(&f.payload)) {
                QCOMPARE(h->model.version, QStringLiteral("1.1.0"));
                ++health;
            }
            const auto *a = std::get_if<AlertMsg>(&f.payload);
            if (!a || a->event == AlertEventType::Cleared)
                continue;
            if (raisedBefore.contains(a->id)) {
                // Escalations of alerts raised before stay with the version that raised them.
                QCOMPARE(a->model->version, QStringLiteral("1.0.0"));
                QCOMPARE(*a->threshold, 0.4);
                continue;
            }
            QCOMPARE(a->model->version, QStringLiteral("1.1.0"));
            QCOMPARE(*a->threshold, 0.6);
            QVERIFY(*a->score >= 0.6);
            if (a->event == AlertEventType::Raised) {
                ++raisedAfter;
                QCOMPARE(fleet.raisedAlerts().find(a->id)->modelVersion, QStringLiteral("1.1.0"));
            }
        }
    }
    QVERIFY(health > 0);
    QVERIFY(raisedAfter > 0);
}

QTEST_GUILESS_MAIN(TestReplayFleet)
#include "tst_replayfleet.moc"

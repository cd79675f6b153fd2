// The console's receive path end to end: a real mosquitto on a free loopback port, fleet-sim replaying
// the 100 C-MAPSS engines fast, and the console core (IngestPipeline: MqttSession, IngestQueue,
// IngestWorker with decoder and fleet state). Checks that meta, health and alerts arrive for all 100
// engines with nothing rejected; then the simulator stops, the broker is killed and restarted, and the
// console reconnects by itself and has the retained state (meta of every engine) again.

#include "core/mqtt/ingestpipeline.h"
#include "support/brokerprocess.h"

#include <QDir>
#include <QMutex>
#include <QProcess>
#include <QSet>
#include <QTest>

using namespace fw;
using fw::test::BrokerProcess;

namespace {

// What the ingest thread saw, read by the test thread.
struct Seen
{
    QMutex mutex;
    QSet<QString> meta;
    QSet<QString> health;
    QSet<QString> alerts;
    QSet<QString> offline;

    void record(const FleetMessage &m)
    {
        if (!m.topic.asset.startsWith(QStringLiteral("engine-")))
            return;
        QMutexLocker lock(&mutex);
        switch (m.topic.kind) {
        case MessageKind::Meta: meta.insert(m.topic.asset); break;
        case MessageKind::Health: health.insert(m.topic.asset); break;
        case MessageKind::Alert: alerts.insert(m.topic.asset); break;
        case MessageKind::ActiveAlerts:
            if (!std::get<ActiveAlertsMsg>(m.payload).alerts.empty())
                alerts.insert(m.topic.asset);
            break;
        case MessageKind::State:
            if (!std::get<StateMsg>(m.payload).online)
                offline.insert(m.topic.asset);
            break;
        default: break;
        }
    }
    int count(QSet<QString> Seen::*set)
    {
        QMutexLocker lock(&mutex);
        return int((this->*set).size());
    }
    void clear()
    {
        QMutexLocker lock(&mutex);
        meta.clear();
        health.clear();
        alerts.clear();
        offline.clear();
    }
};

QString simPath()
{
    return QDir(qEnvironmentVariable("FLEETWATCH_BINARY_DIR")).filePath(QStringLiteral("tools/fleet-sim/fleet-sim"));
}

} // namespace

class TestFleetSimIngest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void allEnginesArriveAndSurviveABrokerRestart()
    {
        BrokerProcess broker;
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));

        MqttOptions mqtt;
        mqtt.setBrokerUrl(broker.url());
        mqtt.clientId = QStringLiteral("tst-console");
        mqtt.subscriptions = {QStringLiteral("fleet/v1/#")};
        mqtt.reconnectMaxSeconds = 2;
        IngestPipeline pipeline(mqtt, IngestWorker::Options{});
        Seen seen;
        pipeline.worker()->addObserver([&seen](const FleetMessage &m) { seen.record(m); });
        IngestStats stats;
        connect(pipeline.worker(), &IngestWorker::batchReady, this,
                [&stats](const FleetBatchPtr &b) { stats = b->stats; });
        pipeline.start();
        QTRY_COMPARE_WITH_TIMEOUT(pipeline.session()->state(), ConnectionState::Connected, 5000);

        QProcess sim;
        sim.setProcessChannelMode(QProcess::MergedChannels);
        sim.start(simPath(), {QStringLiteral("--broker"), broker.url(), QStringLiteral("--speed"), QStringLiteral("60"),
                              QStringLiteral("--duration"), QStringLiteral("180"), QStringLiteral("--client-id"),
                              QStringLiteral("tst-sim")});
        QVERIFY2(sim.waitForStarted(5000), qPrintable(sim.errorString()));

        QTRY_COMPARE_WITH_TIMEOUT(seen.count(&Seen::meta), 100, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(seen.count(&Seen::health), 100, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(seen.count(&Seen::alerts), 100, 45000);
        QTRY_VERIFY_WITH_TIMEOUT(stats.received > 0, 2000);
        QCOMPARE(stats.rejected, quint64(0));

        // The simulator leaves cleanly: every asset's retained state says offline.
        sim.terminate();
        QVERIFY(sim.waitForFinished(15000));
        QCOMPARE(sim.exitCode(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(seen.count(&Seen::offline), 100, 10000);
        QTest::qWait(3500);   // mosquitto saves once more than 1 s has passed since its last save: up to ~3 s

        broker.kill();
        QTRY_VERIFY_WITH_TIMEOUT(pipeline.session()->state() != ConnectionState::Connected, 10000);
        seen.clear();
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));
        QTRY_COMPARE_WITH_TIMEOUT(pipeline.session()->state(), ConnectionState::Connected, 15000);
        // Nothing publishes now: what arrives is the broker's retained state, sent on the new subscription.
        QTRY_COMPARE_WITH_TIMEOUT(seen.count(&Seen::meta), 100, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(seen.count(&Seen::offline), 100, 10000);
        pipeline.stop();
        QCOMPARE(pipeline.worker()->stats().rejected, quint64(0));
        QVERIFY(pipeline.worker()->state().assetCount() >= 100);
    }
};

QTEST_GUILESS_MAIN(TestFleetSimIngest)
#include "tst_fleetsimingest.moc"

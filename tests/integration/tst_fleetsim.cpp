// fleet-sim, the executable, against a real mosquitto on a free loopback port. Checks the exchanges
// end to end: retained meta/state/alerts-active and the model status on connect, telemetry, health
// and alert events that the console's FleetDecoder accepts, labels (a repeated label_id dropped) and
// acks received and counted in --stats-json, retained state offline for every asset on a clean stop,
// the gateway's last will on a crash, synthetic load counts, and the exit codes; and the label loop:
// labels (QoS 1) for alerts the simulator raised make it retrain, publish a retained model status
// with the new version and raise new alerts with the new version's threshold.
#include "core/fleet/fleetdecoder.h"
#include "core/mqtt/mqttsession.h"
#include "core/fleet/payloadencoder.h"
#include "support/brokerprocess.h"
#include "tools/fleet-sim/messageinbox.h"
#include "tools/fleet-sim/retrainer.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;
using namespace fw::sim;

class TestFleetSim : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exitCodes_data();
    void exitCodes();
    void replayOverBroker();
    void retrainingOverBroker();
    void lastWillOnCrash();
    void syntheticLoad();

private:
    struct Observer;
    static QString executable();
    static QByteArray label(const QString &id);
    QString m_exe;
};

// A console-side subscriber on fleet/v1/# that keeps every message, decoded.
struct TestFleetSim::Observer
{
    explicit Observer(const QString &url)
    {
        MqttOptions o;
        o.setBrokerUrl(url);
        o.subscriptions << QStringLiteral("fleet/v1/#");
        session = std::make_unique<MqttSession>(o, &inbox);
        QObject::connect(session.get(), &MqttSession::subscribed, session.get(), [this] { subscribed = true; });
        session->start();
    }
    void collect()
    {
        for (RawMessage &m : inbox.drain()) {
            DecodeResult r = decoder.decode(m);
            if (auto *f = std::get_if<FleetMessage>(&r))
                messages.push_back(std::move(*f));
            else
                rejected << QString::fromUtf8(m.topic);
        }
    }
    template<typename T>
    int count(const QString &asset = {}) const
    {
        int n = 0;
        for (const FleetMessage &m : messages)
            n += std::holds_alternative<T>(m.payload) && (asset.isEmpty() || m.topic.asset == asset);
        return n;
    }
    // Raised events, in arrival order, with the topic they came on.
    std::vector<std::pair<TopicRef, AlertMsg>> raised() const
    {
        std::vector<std::pair<TopicRef, AlertMsg>> out;
        for (const FleetMessage &m : messages) {
            if (const auto *a = std::get_if<AlertMsg>(&m.payload); a && a->event == AlertEventType::Raised)
                out.emplace_back(m.topic, *a);
        }
        return out;
    }
    std::optional<ModelStatusMsg> lastModelStatus() const
    {
        std::optional<ModelStatusMsg> last;
        for (const FleetMessage &m : messages) {
            if (const auto *s = std::get_if<ModelStatusMsg>(&m.payload))
                last = *s;
        }
        return last;
    }
    // The last state message of an asset: 1 online, 0 offline, -1 none.
    int lastState(const QString &asset) const
    {
        int state = -1;
        for (const FleetMessage &m : messages) {
            if (const auto *s = std::get_if<StateMsg>(&m.payload); s && m.topic.asset == asset)
                state = s->online ? 1 : 0;
        }
        return state;
    }
    MessageInbox inbox;
    FleetDecoder decoder;
    std::unique_ptr<MqttSession> session;
    bool subscribed = false;
    std::vector<FleetMessage> messages;
    QStringList rejected;
};

QString TestFleetSim::executable()
{
    const QString binaryDir = qEnvironmentVariable("FLEETWATCH_BINARY_DIR");
    const QString base = binaryDir.isEmpty() ? QCoreApplication::applicationDirPath() + QStringLiteral("/..") : binaryDir;
    return QDir::cleanPath(base + QStringLiteral("/tools/fleet-sim/fleet-sim"));
}

QByteArray TestFleetSim::label(const QString &id)
{
    LabelMsg m;
    m.labelId = id;
    m.site = QStringLiteral("plant-a");
    m.asset = QStringLiteral("engine-003");
    m.outcome = Outcome::FalsePositive;
    m.recordedAt = 1'795'312'792'000;
    return PayloadEncoder::encode(m);
}

void TestFleetSim::initTestCase()
{
    m_exe = executable();
    QVERIFY2(QFile::exists(m_exe), qPrintable(m_exe + QStringLiteral(" not built")));
}

void TestFleetSim::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrContains");
    QTest::newRow("missing data") << QStringList{"--data", "/nonexistent-dir"} << 2 << "/nonexistent-dir/train_FD001.txt: cannot open";
    QTest::newRow("bad option") << QStringList{"--speed", "fast"} << 1 << "--speed";
    QTest::newRow("bad broker url") << QStringList{"--broker", "http://x:1"} << 1 << "not a broker URL";
}

void TestFleetSim::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrContains);
    QProcess p;
    p.start(m_exe, args);
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), exitCode);
    const QString err = QString::fromUtf8(p.readAllStandardError()).trimmed();
    QVERIFY2(err.contains(stderrContains), qPrintable(err));
    QCOMPARE(err.count(QLatin1Char('\n')), 0);   // one line
}

void TestFleetSim::replayOverBroker()
{
    test::BrokerProcess broker;
    QVERIFY2(broker.start(), qPrintable(broker.errorString()));
    Observer observer(broker.url());
    QTRY_VERIFY_WITH_TIMEOUT(observer.subscribed, 10000);

    QTemporaryDir dir;
    const QString statsFile = dir.filePath(QStringLiteral("stats.json"));
    QProcess sim;
    sim.start(m_exe, {"--broker", broker.url(), "--engines", "10", "--speed", "50", "--duration", "6",
                      "--client-id", "tst-sim", "--stats-json", statsFile});
    QVERIFY(sim.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT((observer.collect(), observer.lastState(QStringLiteral("gateway")) == 1), 10000);
    // The sim has subscribed before it published its state: labels and acks now reach it.
    QTRY_VERIFY_WITH_TIMEOUT((observer.collect(), observer.count<TelemetryMsg>() > 0), 5000);
    const QString labels = QStringLiteral("fleet/v1/plant-a/engine-003/labels");
    QVERIFY(observer.session->publish(labels, label(QStringLiteral("id-1")), 1, false) > 0);
    QVERIFY(observer.session->publish(labels, label(QStringLiteral("id-1")), 1, false) > 0);
    QVERIFY(observer.session->publish(labels, label(QStringLiteral("id-2")), 1, false) > 0);
    QVERIFY(observer.session->publish(labels, "{not json", 1, false) > 0);
    AckMsg ack;
    ack.alert = QStringLiteral("a-1");
    ack.action = AckAction::Shelve;
    ack.by = QStringLiteral("alice");
    ack.ts = 1'795'312'792'000;
    ack.shelveMinutes = 30;
    ack.note = QStringLiteral("nuisance");   // the spec: a shelve needs its reason
    QVERIFY(observer.session->publish(QStringLiteral("fleet/v1/plant-a/engine-003/alerts/a-1/ack"),
                                      PayloadEncoder::encode(ack), 1, false) > 0);

    QVERIFY(sim.waitForFinished(30000));
    QCOMPARE(sim.exitCode(), 0);
    const QString out = QString::fromUtf8(sim.readAllStandardOutput());
    QVERIFY2(out.contains(QStringLiteral("labels: 3 received, 2 unique, 1 duplicate")), qPrintable(out));
    QTest::qWait(300);
    observer.collect();

    QFile f(statsFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject stats = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(stats.value(QStringLiteral("labels_received")).toInt(), 3);
    QCOMPARE(stats.value(QStringLiteral("labels_unique")).toInt(), 2);
    QCOMPARE(stats.value(QStringLiteral("labels_duplicate")).toInt(), 1);
    QCOMPARE(stats.value(QStringLiteral("label_ids")).toObject().value(QStringLiteral("id-1")).toInt(), 2);
    QCOMPARE(stats.value(QStringLiteral("acks_received")).toInt(), 1);
    QCOMPARE(stats.value(QStringLiteral("acks_by_action")).toObject().value(QStringLiteral("shelve")).toInt(), 1);
    QCOMPARE(stats.value(QStringLiteral("rejected")).toInt(), 1);
    QCOMPARE(stats.value(QStringLiteral("rejected_by_reason")).toObject().value(QStringLiteral("invalid_json")).toInt(), 1);
    const QJsonObject published = stats.value(QStringLiteral("published")).toObject();
    const int telemetry = published.value(QStringLiteral("telemetry")).toInt();
    QVERIFY(telemetry >= 10 * 100);   // 6 s at 50 cycles/s, 10 engines, minus start-up
    QCOMPARE(published.value(QStringLiteral("health")).toInt(), telemetry);
    const int raised = stats.value(QStringLiteral("alerts_raised")).toInt();
    QVERIFY(raised >= 1);

    // What the console side saw: everything decodes (but our own bad label), nothing was lost.
    QCOMPARE(observer.rejected, QStringList{labels});
    QCOMPARE(observer.count<TelemetryMsg>(), telemetry);
    QCOMPARE(observer.count<AlertMsg>(), published.value(QStringLiteral("alerts")).toInt());
    QCOMPARE(observer.count<MetaMsg>(), 11);           // 10 engines + the gateway
    QCOMPARE(observer.count<ModelStatusMsg>(), published.value(QStringLiteral("model_status")).toInt());
    QVERIFY(observer.count<ActiveAlertsMsg>() >= 10 + raised);
    for (int unit = 1; unit <= 10; ++unit)
        QCOMPARE(observer.lastState(QStringLiteral("engine-%1").arg(unit, 3, 10, QLatin1Char('0'))), 0);
    QCOMPARE(observer.lastState(QStringLiteral("gateway")), 0);
    observer.session->stop();
}

void TestFleetSim::retrainingOverBroker()
{
    test::BrokerProcess broker;
    QVERIFY2(broker.start(), qPrintable(broker.errorString()));
    Observer observer(broker.url());
    QTRY_VERIFY_WITH_TIMEOUT(observer.subscribed, 10000);

    QTemporaryDir dir;
    const QString statsFile = dir.filePath(QStringLiteral("stats.json"));
    QProcess sim;
    sim.start(m_exe, {"--broker", broker.url(), "--speed", "20", "--duration", "8", "--retrain-after", "5",
                      "--client-id", "tst-retrain", "--stats-json", statsFile});
    QVERIFY(sim.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT((observer.collect(), observer.lastState(QStringLiteral("gateway")) == 1), 10000);
    // Engines that start degraded raise within three cycles: label the first five alerts it raised.
    QTRY_VERIFY_WITH_TIMEOUT((observer.collect(), observer.raised().size() >= 5), 10000);
    std::vector<std::pair<TopicRef, AlertMsg>> alerts = observer.raised();
    alerts.resize(5);
    std::sort(alerts.begin(), alerts.end(), [](const auto &x, const auto &y) { return *x.second.score < *y.second.score; });
    std::vector<double> truePositives, falsePositives;
    for (size_t i = 0; i < alerts.size(); ++i) {
        const auto &[topic, alert] = alerts[i];
        QCOMPARE(*alert.model, (ModelRef{QStringLiteral("hpc-degradation"), QStringLiteral("1.0.0")}));
        QCOMPARE(*alert.threshold, 0.4);
        LabelMsg m;
        m.labelId = QStringLiteral("retrain-%1").arg(i);
        m.site = topic.site;
        m.asset = topic.asset;
        m.alert = alert.id;
        // The two lowest-scoring alerts were false alarms.
        m.outcome = i < 2 ? Outcome::FalsePositive : Outcome::TruePositive;
        (i < 2 ? falsePositives : truePositives).push_back(*alert.score);
        m.technician = QStringLiteral("bob");
        m.recordedAt = QDateTime::currentMSecsSinceEpoch();
        m.alertTs = alert.ts;
        m.model = alert.model;
        const QString labels = QStringLiteral("fleet/v1/%1/%2/labels").arg(topic.site, topic.asset);
        QVERIFY(observer.session->publish(labels, PayloadEncoder::encode(m), 1, false) > 0);
        if (i == 0)   // a second delivery never reaches the retrainer
            QVERIFY(observer.session->publish(labels, PayloadEncoder::encode(m), 1, false) > 0);
    }
    QTRY_VERIFY_WITH_TIMEOUT((observer.collect(), observer.lastModelStatus()
                              && observer.lastModelStatus()->version == QStringLiteral("1.1.0")), 10000);
    QVERIFY(sim.waitForFinished(30000));
    QCOMPARE(sim.exitCode(), 0);
    const QString out = QString::fromUtf8(sim.readAllStandardOutput());
    QVERIFY2(out.contains(QStringLiteral("retrainings: 1.0.0 -> 1.1.0 at 5 labels")), qPrintable(out));
    QTest::qWait(300);
    observer.collect();
    observer.session->stop();

    // What a console that connects now gets: the retained status of the retrained version.
    Observer late(broker.url());
    QTRY_VERIFY_WITH_TIMEOUT((late.collect(), late.count<ModelStatusMsg>() == 1), 10000);
    const ModelStatusMsg status = *late.lastModelStatus();
    QCOMPARE(status.version, QStringLiteral("1.1.0"));
    QVERIFY(status.labelsUsed.value_or(0) >= 5);
    QVERIFY(status.trainedAt.value_or(0) > alerts.back().second.ts);
    QVERIFY(!status.drifting);
    late.session->stop();

    QFile f(statsFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject stats = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(stats.value(QStringLiteral("labels_unique")).toInt(), 5);
    QCOMPARE(stats.value(QStringLiteral("labels_duplicate")).toInt(), 1);
    const QJsonArray retrainings = stats.value(QStringLiteral("retrainings")).toArray();
    QCOMPARE(retrainings.size(), 1);
    const QJsonObject r = retrainings[0].toObject();
    QCOMPARE(r.value(QStringLiteral("from")).toString(), QStringLiteral("1.0.0"));
    QCOMPARE(r.value(QStringLiteral("to")).toString(), QStringLiteral("1.1.0"));
    QCOMPARE(r.value(QStringLiteral("labels")).toInt(), 5);
    QCOMPARE(r.value(QStringLiteral("scored_false_positives")).toInt(), 2);
    QCOMPARE(r.value(QStringLiteral("scored_true_positives")).toInt(), 3);
    QCOMPARE(r.value(QStringLiteral("threshold_from")).toDouble(), 0.4);
    // The sim found the scores it raised the alerts with: the rule applied to what the console saw.
    const double threshold = r.value(QStringLiteral("threshold_to")).toDouble();
    QCOMPARE(threshold, Retrainer::chooseThreshold(0.4, truePositives, falsePositives, 0));
    QVERIFY(threshold >= 0.4);
    QVERIFY(threshold <= truePositives.front());   // the lowest true positive still raises
    qInfo("labelled scores: false %.3f %.3f, true %.3f %.3f %.3f -> threshold %.2f", falsePositives[0],
          falsePositives[1], truePositives[0], truePositives[1], truePositives[2], threshold);
    const QJsonObject model = stats.value(QStringLiteral("model")).toObject();
    QCOMPARE(model.value(QStringLiteral("version")).toString(), QStringLiteral("1.1.0"));
    QCOMPARE(model.value(QStringLiteral("threshold")).toDouble(), threshold);
    const QJsonObject v1 = stats.value(QStringLiteral("labels_by_version")).toObject().value(QStringLiteral("1.0.0")).toObject();
    QCOMPARE(v1.value(QStringLiteral("false_positive")).toInt(), 2);
    QCOMPARE(v1.value(QStringLiteral("true_positive")).toInt(), 3);
    QCOMPARE(v1.value(QStringLiteral("alert_unknown")).toInt(), 0);

    // After the retraining: health and new alerts carry 1.1.0, new alerts its threshold.
    bool retrained = false;
    int healthAfter = 0;
    QSet<QString> before;
    for (const FleetMessage &m : observer.messages) {
        if (const auto *s = std::get_if<ModelStatusMsg>(&m.payload))
            retrained = retrained || s->version == QStringLiteral("1.1.0");
        if (const auto *h = std::get_if<HealthMsg>(&m.payload); h && retrained) {
            QCOMPARE(h->model.version, QStringLiteral("1.1.0"));
            ++healthAfter;
        }
        const auto *a = std::get_if<AlertMsg>(&m.payload);
        if (!a || a->event == AlertEventType::Cleared)
            continue;
        if (!retrained || before.contains(a->id)) {
            before.insert(a->id);   // raised by 1.0.0: its updates stay with it
            QCOMPARE(a->model->version, QStringLiteral("1.0.0"));
            continue;
        }
        QCOMPARE(a->model->version, QStringLiteral("1.1.0"));
        QCOMPARE(*a->threshold, threshold);
    }
    QVERIFY(healthAfter > 0);
    QCOMPARE(observer.rejected, QStringList{});
}

void TestFleetSim::lastWillOnCrash()
{
    test::BrokerProcess broker;
    QVERIFY2(broker.start(), qPrintable(broker.errorString()));
    Observer observer(broker.url());
    QTRY_VERIFY_WITH_TIMEOUT(observer.subscribed, 10000);
    QProcess sim;
    sim.start(m_exe, {"--broker", broker.url(), "--engines", "3", "--sites", "1", "--client-id", "tst-will"});
    QTRY_VERIFY_WITH_TIMEOUT((observer.collect(), observer.lastState(QStringLiteral("gateway")) == 1), 10000);
    sim.kill();   // SIGKILL: no clean shutdown, the broker sends the will
    QVERIFY(sim.waitForFinished(5000));
    QTRY_VERIFY_WITH_TIMEOUT((observer.collect(), observer.lastState(QStringLiteral("gateway")) == 0), 10000);
    // Only the gateway carries the will; the engines' retained state is still online.
    QCOMPARE(observer.lastState(QStringLiteral("engine-001")), 1);
    observer.session->stop();
}

void TestFleetSim::syntheticLoad()
{
    test::BrokerProcess broker;
    QVERIFY2(broker.start(), qPrintable(broker.errorString()));
    Observer observer(broker.url());
    QTRY_VERIFY_WITH_TIMEOUT(observer.subscribed, 10000);
    QProcess sim;
    sim.start(m_exe, {"--broker", broker.url(), "--synthetic", "--assets", "20", "--signals", "4", "--rate", "2000",
                      "--count", "1000", "--client-id", "tst-load"});
    QVERIFY(sim.waitForFinished(30000));
    QCOMPARE(sim.exitCode(), 0);
    const QString out = QString::fromUtf8(sim.readAllStandardOutput());
    QVERIFY2(out.contains(QStringLiteral("synthetic: 1000 messages")), qPrintable(out));
    QTRY_COMPARE_WITH_TIMEOUT((observer.collect(), observer.count<TelemetryMsg>()), 1000, 10000);
    QCOMPARE(observer.count<MetaMsg>(), 20);
    QCOMPARE(observer.count<TelemetryMsg>(QStringLiteral("asset-00020")), 50);
    QVERIFY(observer.rejected.isEmpty());
    observer.session->stop();
}

QTEST_GUILESS_MAIN(TestFleetSim)
#include "tst_fleetsim.moc"

// Labelled outcomes delivered to the fleet, on a real mosquitto on a free loopback port with the real
// fleet-sim (synthetic mode) as the fleet's label receiver. Exchange checked: console -> fleet
// `ROOT/SITE/ASSET/labels` at QoS 1 from the console's durable outbox, marked delivered only on the
// broker's PUBACK; the fleet counts label ids (fleet-sim --stats-json: labels_unique, label_ids).
// fleet-sim's session is persistent, so labels published while it reconnects wait for it at the broker.
//
// (a) Broker outage: alerts raised by the fleet (an MqttSession here) reach the console's store; the
//     broker is killed; 100 labels are saved (99 for those alerts, 1 missed failure) and wait in the
//     outbox; the broker comes back: the console's label pending count goes to 0, and fleet-sim has
//     every saved label_id, 100 unique.
// (b) Console killed: a child process (this executable with FW_LABELDELIVERY_CHILD=<store>) runs a
//     ConsoleCore while the broker is down, saves labels one after another and prints each saved
//     label_id ("L <id>", one write(2) after labelSaved, i.e. after the commit); it is SIGKILLed. The
//     broker comes back, a fresh console on the same store delivers them all: every printed id (and at
//     most one more, committed but not yet printed) reaches fleet-sim, each stored label delivered.
// Each part is bounded at 60 s.

#include "core/console/consolecore.h"
#include "core/labels/labeldesk.h"
#include "core/store/database.h"
#include "core/common/logging.h"
#include "core/fleet/payloadencoder.h"
#include "core/store/sqlstatement.h"
#include "support/brokerprocess.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace fw;
using fw::test::BrokerProcess;

namespace {

constexpr int kAlerts = 99;

QString simExecutable()
{
    const QString binaryDir = qEnvironmentVariable("FLEETWATCH_BINARY_DIR");
    const QString base = binaryDir.isEmpty() ? QCoreApplication::applicationDirPath() + QStringLiteral("/..") : binaryDir;
    return QDir::cleanPath(base + QStringLiteral("/tools/fleet-sim/fleet-sim"));
}

ConsoleSettings settingsFor(const QString &brokerUrl, const QString &console)
{
    ConsoleSettings s;
    s.mqtt.setBrokerUrl(brokerUrl);
    s.mqtt.clientId = QStringLiteral("tst-labels-") + console;
    s.mqtt.reconnectMaxSeconds = 1;
    s.consoleId = console;
    return s;
}

QString alertKey(int i)
{
    return QStringLiteral("plant-a/engine-%1/l-%2").arg(i % 10, 3, 10, QLatin1Char('0')).arg(i);
}

AlertMsg raisedAlert(int i, qint64 seq)
{
    AlertMsg a;
    a.id = QStringLiteral("l-%1").arg(i);
    a.event = AlertEventType::Raised;
    a.ts = QDateTime::currentMSecsSinceEpoch();
    a.seq = seq;
    a.priority = Priority::High;
    a.score = 0.9;
    a.threshold = 0.5;
    a.model = ModelRef{QStringLiteral("hpc-degradation"), QStringLiteral("1.0.0")};
    a.title = QStringLiteral("HPC degradation suspected");
    return a;
}

LabelDraft labelFor(int i)
{
    LabelDraft d;
    d.alertKey = alertKey(i);
    d.outcome = i % 3 == 0 ? Outcome::FalsePositive : Outcome::TruePositive;
    d.failureMode = QStringLiteral("HPC degradation");
    d.cause = QStringLiteral("compressor fouling");
    d.action = QStringLiteral("washed compressor");
    d.downtimeMinutes = 30 + i;
    return d;
}

LabelDraft missedFailure(int n)
{
    LabelDraft d;
    d.site = QStringLiteral("plant-a");
    d.asset = QStringLiteral("engine-%1").arg(100 + n % 50);
    d.outcome = Outcome::MissedFailure;
    d.failedAt = QDateTime::currentMSecsSinceEpoch() - 3'600'000;
    return d;
}

// fleet-sim as the fleet's label receiver: reads its log as it runs (the label ids it received), and
// its --stats-json when it has stopped.
class FleetSim
{
public:
    explicit FleetSim(const QString &brokerUrl, const QString &statsFile) : m_stats(statsFile)
    {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(simExecutable(), {"--broker", brokerUrl, "--synthetic", "--assets", "1", "--signals", "1",
                                          "--rate", "1", "--client-id", "tst-labeldelivery-sim", "--stats-json", statsFile});
        m_process.waitForStarted(5000);
    }
    ~FleetSim()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    bool waitSubscribed(int ms)
    {
        QElapsedTimer t;
        t.start();
        while (!m_log.contains("subscribed to") && t.elapsed() < ms && m_process.state() == QProcess::Running)
            read(100);
        return m_log.contains("subscribed to");
    }
    // Reads its log for up to `ms`: the label ids logged so far.
    void read(int ms)
    {
        m_process.waitForReadyRead(ms);
        m_log += m_process.readAll();
        static const QRegularExpression line(QStringLiteral("\\[sim\\] \\[info\\] label (\\S+) for "));
        for (auto it = line.globalMatch(QString::fromUtf8(m_log)); it.hasNext();)
            m_seen.insert(it.next().captured(1));
    }
    bool waitForLabels(const QSet<QString> &ids, int ms)
    {
        QElapsedTimer t;
        t.start();
        while (!m_seen.contains(ids) && t.elapsed() < ms && m_process.state() == QProcess::Running)
            read(200);
        return m_seen.contains(ids);
    }
    QJsonObject stop()
    {
        m_process.terminate();   // SIGTERM: a clean stop that writes the stats
        if (!m_process.waitForFinished(15000))
            return {};
        m_log += m_process.readAll();
        QFile f(m_stats);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object();
    }
    QString log() const { return QString::fromUtf8(m_log.right(4000)); }

private:
    QProcess m_process;
    QString m_stats;
    QByteArray m_log;
    QSet<QString> m_seen;
};

// What the console's alert center says, mirrored in the test thread.
struct CenterMirror : QObject
{
    QSet<QString> alerts;
    QStringList saved;
    QStringList rejected;
    int labelsPending = -1;
    int labelsDelivered = -1;
    explicit CenterMirror(AlertCenter *center)
    {
        auto take = [this](const AlertRecordsPtr &records) {
            for (const AlertRecord &r : *records)
                alerts.insert(r.key());
        };
        connect(center, &AlertCenter::snapshotReady, this, take, Qt::QueuedConnection);
        connect(center, &AlertCenter::alertsChanged, this, take, Qt::QueuedConnection);
        LabelDesk *desk = center->labelDesk();
        connect(desk, &LabelDesk::labelSaved, this, [this](const QString &, const QString &id) { saved << id; },
                Qt::QueuedConnection);
        connect(desk, &LabelDesk::labelRejected, this,
                [this](const QString &key, const QStringList &problems) { rejected << key + QStringLiteral(": ") + problems.join(QLatin1Char(' ')); },
                Qt::QueuedConnection);
        connect(desk, &LabelDesk::labelCountsChanged, this, [this](int pending, int delivered) {
            labelsPending = pending;
            labelsDelivered = delivered;
        }, Qt::QueuedConnection);
    }
};

// mosquitto autosaves its in-memory state (fleet-sim's session and subscriptions, so that labels
// published before fleet-sim reconnects are queued for it) when more than autosave_interval (1 s)
// whole seconds have passed since the last save (or its start): up to 3 s. Killed earlier, a
// restarted broker would not know fleet-sim's session.
void waitForBrokerSave(const QElapsedTimer &sinceSubscribed)
{
    QTest::qWait(int(std::max<qint64>(0, 3500 - sinceSubscribed.elapsed())));
}

// The label ids in a store and how many of them are delivered.
std::pair<QSet<QString>, int> storedLabels(const QString &path)
{
    auto db = Database::open(path, nullptr);
    if (!db)
        return {};
    QSet<QString> ids;
    SqlStatement select(db->handle(), "SELECT label_id FROM labels");
    while (select.next())
        ids.insert(select.text(0));
    const int delivered = int(db->queryInt("SELECT count(*) FROM labels l JOIN outbox o ON o.id = l.outbox_id "
                                           "WHERE o.delivered_at IS NOT NULL AND o.kind = 'label'").value_or(-1));
    return {ids, delivered};
}

void say(const QByteArray &line)
{
    const QByteArray out = line + '\n';
    if (::write(STDOUT_FILENO, out.constData(), size_t(out.size())) != out.size())
        ::_exit(10);
}

// The child: a console whose broker is down, saving labels until it is killed.
int runChild(int argc, char **argv, const QString &store, const QString &brokerUrl)
{
    QCoreApplication app(argc, argv);
    logging::setup({QString(), spdlog::level::err, false});
    ConsoleCore console(settingsFor(brokerUrl, QStringLiteral("ws-crash")), store, QStringLiteral("bob"));
    AlertCenter *center = console.alerts();
    center->setOperator(QStringLiteral("bob"), QStringLiteral("technician"));   // before its thread starts
    LabelDesk *desk = center->labelDesk();
    int n = 0;
    // In the alerts thread: print each saved label, then save the next one (alerts and missed failures).
    auto next = [desk, &n] {
        ++n;
        desk->recordOutcome(n % 4 == 0 ? missedFailure(n) : labelFor(n % 10));
    };
    QObject::connect(desk, &LabelDesk::labelSaved, desk, [&](const QString &, const QString &id) {
        say("L " + id.toUtf8());
        QMetaObject::invokeMethod(desk, next, Qt::QueuedConnection);
    }, Qt::DirectConnection);
    QObject::connect(desk, &LabelDesk::labelRejected, desk, [](const QString &, const QStringList &problems) {
        say("REJECTED " + problems.join(QLatin1Char(' ')).toUtf8());
        ::_exit(3);
    }, Qt::DirectConnection);
    console.start();
    auto batch = std::make_shared<FleetMessages>();
    for (int i = 0; i < 10; ++i) {
        FleetMessage m;
        m.topic = TopicRef{MessageKind::Alert, QStringLiteral("plant-a"), QStringLiteral("engine-%1").arg(i, 3, 10, QLatin1Char('0')), {}, {}};
        m.receivedAt = QDateTime::currentMSecsSinceEpoch();
        m.payload = raisedAlert(i, 1);
        batch->push_back(std::move(m));
    }
    QMetaObject::invokeMethod(center, [center, batch, next] {
        center->applyMessages(FleetMessagesPtr(batch));
        say("READY");
        next();
    }, Qt::QueuedConnection);
    return app.exec();
}

} // namespace

class TestLabelDelivery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(simExecutable()), qPrintable(simExecutable() + QStringLiteral(" not built")));
    }

    void labelsSavedDuringOutageAreDelivered()
    {
        QElapsedTimer total;
        total.start();
        BrokerProcess broker;
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));
        QTemporaryDir dir;
        FleetSim sim(broker.url(), dir.filePath(QStringLiteral("stats.json")));
        QVERIFY2(sim.waitSubscribed(10000), qPrintable(sim.log()));
        QElapsedTimer subscribed;
        subscribed.start();

        ConsoleCore console(settingsFor(broker.url(), QStringLiteral("ws-a")), dir.filePath(QStringLiteral("a.sqlite")),
                            QStringLiteral("bob"));
        CenterMirror mirror(console.alerts());
        console.alerts()->setOperator(QStringLiteral("bob"), QStringLiteral("technician"));   // before its thread starts
        console.start();
        QTRY_COMPARE_WITH_TIMEOUT(console.session()->state(), ConnectionState::Connected, 10000);

        MqttOptions fleetOptions;
        fleetOptions.setBrokerUrl(broker.url());
        fleetOptions.clientId = QStringLiteral("tst-labeldelivery-fleet");
        MqttSession fleet(fleetOptions);
        fleet.start();
        QTRY_COMPARE_WITH_TIMEOUT(fleet.state(), ConnectionState::Connected, 10000);
        QHash<QString, qint64> seq;
        for (int i = 0; i < kAlerts; ++i) {
            const QString asset = alertKey(i).section(QLatin1Char('/'), 1, 1);
            QVERIFY(fleet.publish(QStringLiteral("fleet/v1/plant-a/%1/alerts").arg(asset),
                                  PayloadEncoder::encode(raisedAlert(i, ++seq[asset])), 1, false) > 0);
        }
        QTRY_VERIFY_WITH_TIMEOUT(mirror.alerts.size() == kAlerts, 10000);
        waitForBrokerSave(subscribed);

        broker.kill();
        QTRY_VERIFY_WITH_TIMEOUT(console.session()->state() != ConnectionState::Connected, 10000);
        LabelDesk *desk = console.alerts()->labelDesk();
        QMetaObject::invokeMethod(desk, [desk] {
            for (int i = 0; i < kAlerts; ++i)
                desk->recordOutcome(labelFor(i));
            desk->recordOutcome(missedFailure(0));
        });
        QTRY_COMPARE_WITH_TIMEOUT(mirror.saved.size(), kAlerts + 1, 10000);
        QVERIFY2(mirror.rejected.isEmpty(), qPrintable(mirror.rejected.join(QLatin1Char('\n'))));
        QTRY_COMPARE_WITH_TIMEOUT(mirror.labelsPending, kAlerts + 1, 5000);
        QTest::qWait(500);
        QCOMPARE(mirror.labelsPending, kAlerts + 1);   // nothing went anywhere without a broker
        QCOMPARE(mirror.labelsDelivered, 0);

        QVERIFY2(broker.start(), qPrintable(broker.errorString()));
        QTRY_COMPARE_WITH_TIMEOUT(mirror.labelsPending, 0, 30000);
        QCOMPARE(mirror.labelsDelivered, kAlerts + 1);
        const QSet<QString> saved(mirror.saved.cbegin(), mirror.saved.cend());
        QCOMPARE(saved.size(), kAlerts + 1);
        QVERIFY2(sim.waitForLabels(saved, 30000), qPrintable(sim.log()));
        fleet.stop();
        console.stop();

        const QJsonObject stats = sim.stop();
        QCOMPARE(stats.value(QStringLiteral("labels_unique")).toInt(), kAlerts + 1);
        QVERIFY(stats.value(QStringLiteral("labels_received")).toInt() >= kAlerts + 1);
        QCOMPARE(stats.value(QStringLiteral("rejected")).toInt(), 0);
        const QJsonObject ids = stats.value(QStringLiteral("label_ids")).toObject();
        QCOMPARE(ids.size(), kAlerts + 1);
        for (const QString &id : saved)
            QVERIFY2(ids.value(id).toInt() >= 1, qPrintable(id));
        const auto [stored, delivered] = storedLabels(dir.filePath(QStringLiteral("a.sqlite")));
        QCOMPARE(stored, saved);
        QCOMPARE(delivered, kAlerts + 1);
        qInfo("100 labels saved during the outage delivered, %d deliveries in all, %lld ms",
              stats.value(QStringLiteral("labels_received")).toInt(), total.elapsed());
        QVERIFY(total.elapsed() < 60'000);
    }

    void labelsOfAKilledConsoleAreDelivered()
    {
        QElapsedTimer total;
        total.start();
        BrokerProcess broker;
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("crash.sqlite"));
        FleetSim sim(broker.url(), dir.filePath(QStringLiteral("stats.json")));
        QVERIFY2(sim.waitSubscribed(10000), qPrintable(sim.log()));
        QElapsedTimer subscribed;
        subscribed.start();
        waitForBrokerSave(subscribed);
        broker.kill();

        // The console saves labels with the broker down, and is killed.
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FW_LABELDELIVERY_CHILD"), store);
        env.insert(QStringLiteral("FW_LABELDELIVERY_BROKER"), broker.url());
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY2(child.waitForStarted(5000), qPrintable(child.errorString()));
        const int wanted = 30 + int(QDateTime::currentMSecsSinceEpoch() % 20);
        QByteArray output;
        QSet<QString> printed;
        QElapsedTimer life;
        life.start();
        while (printed.size() < wanted && life.elapsed() < 20'000 && child.state() == QProcess::Running) {
            child.waitForReadyRead(200);
            output += child.readAllStandardOutput();
            const qsizetype end = output.lastIndexOf('\n');
            printed.clear();
            for (const QByteArray &line : output.left(end + 1).split('\n')) {
                if (line.startsWith("L "))
                    printed.insert(QString::fromUtf8(line.mid(2)));
            }
        }
        QCOMPARE(child.state(), QProcess::Running);   // it stopped by itself: an error (exit code)
        child.kill();
        QVERIFY(child.waitForFinished(5000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        output += child.readAllStandardOutput();
        for (const QByteArray &line : output.left(output.lastIndexOf('\n') + 1).split('\n')) {
            if (line.startsWith("L "))
                printed.insert(QString::fromUtf8(line.mid(2)));
        }
        QVERIFY2(printed.size() >= wanted, output.right(500).constData());

        // The broker comes back; a fresh console on the same store sends what waits.
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));
        {
            ConsoleCore console(settingsFor(broker.url(), QStringLiteral("ws-crash")), store, QStringLiteral("bob"));
            CenterMirror mirror(console.alerts());
            console.start();
            QTRY_VERIFY_WITH_TIMEOUT(mirror.labelsDelivered >= printed.size(), 30000);
            QTRY_COMPARE_WITH_TIMEOUT(mirror.labelsPending, 0, 30000);
            console.stop();
        }
        const auto [stored, delivered] = storedLabels(store);
        QVERIFY2(stored.contains(printed), "a label the console reported saved is not in its store");
        QVERIFY2(stored.size() <= printed.size() + 1, qPrintable(QStringLiteral("%1 stored, %2 printed").arg(stored.size()).arg(printed.size())));
        QCOMPARE(delivered, stored.size());
        const bool arrived = sim.waitForLabels(stored, 30000);
        if (!arrived)
            qWarning().noquote() << "fleet-sim's log:" << sim.log();
        QVERIFY2(arrived, "fleet-sim did not receive every stored label");

        const QJsonObject stats = sim.stop();
        const QJsonObject ids = stats.value(QStringLiteral("label_ids")).toObject();
        QCOMPARE(stats.value(QStringLiteral("labels_unique")).toInt(), stored.size());
        for (const QString &id : stored)
            QVERIFY2(ids.value(id).toInt() >= 1, qPrintable(id));
        qInfo("%lld labels printed by the killed console (%lld stored), all delivered by the next one, %lld ms",
              qint64(printed.size()), qint64(stored.size()), total.elapsed());
        QVERIFY(total.elapsed() < 60'000);
    }
};

int main(int argc, char *argv[])
{
    const QByteArray childStore = qgetenv("FW_LABELDELIVERY_CHILD");
    if (!childStore.isEmpty())
        return runChild(argc, argv, QFile::decodeName(childStore), qEnvironmentVariable("FW_LABELDELIVERY_BROKER"));
    QCoreApplication app(argc, argv);
    TestLabelDelivery test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_labeldelivery.moc"

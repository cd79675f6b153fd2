// Acknowledgement shared between consoles, on a real mosquitto on a free loopback port: two console
// cores (each with its own store, session and alert thread) see the same alert; an acknowledgement at
// one shows at the other within a second, with who and where. Then the broker is killed while the
// first console acknowledges 20 alerts: they wait in its outbox (nothing lost) and are all delivered
// once the broker is back, and the second console shows every one of them acknowledged.

#include "core/alerts/operatoractions.h"
#include "core/console/consolecore.h"
#include "core/fleet/payloadencoder.h"
#include "support/alertfixtures.h"
#include "support/brokerprocess.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;
using fw::test::BrokerProcess;

namespace {

// The newest record of every alert a console has handed out, in the test thread.
struct QueueMirror : QObject
{
    QHash<QString, AlertRecord> alerts;
    int pending = -1;
    explicit QueueMirror(AlertCenter *center)
    {
        auto take = [this](const AlertRecordsPtr &records) {
            for (const AlertRecord &r : *records)
                alerts.insert(r.key(), r);
        };
        connect(center, &AlertCenter::snapshotReady, this, take, Qt::QueuedConnection);
        connect(center, &AlertCenter::alertsChanged, this, take, Qt::QueuedConnection);
        connect(center, &AlertCenter::outboxCountsChanged, this, [this](int p, int) { pending = p; }, Qt::QueuedConnection);
    }
    int acknowledged() const
    {
        int n = 0;
        for (const AlertRecord &r : alerts)
            n += r.state.acknowledged ? 1 : 0;
        return n;
    }
};

ConsoleSettings settingsFor(const BrokerProcess &broker, const QString &console)
{
    ConsoleSettings s;
    s.mqtt.setBrokerUrl(broker.url());
    s.mqtt.clientId = QStringLiteral("tst-") + console;
    s.mqtt.reconnectMaxSeconds = 2;
    s.consoleId = console;
    return s;
}

void raise(MqttSession &fleet, const QString &asset, const QString &id, qint64 seq)
{
    const AlertMsg a = fw::test::raisedAlert(id, seq, Priority::High, QStringLiteral("test alert"));
    QVERIFY(fleet.publish(QStringLiteral("fleet/v1/plant-a/%1/alerts").arg(asset), PayloadEncoder::encode(a), 1, false) > 0);
}

} // namespace

class TestSharedAck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void acknowledgementReachesTheOtherConsole()
    {
        BrokerProcess broker;
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));
        QTemporaryDir dir;
        ConsoleCore a(settingsFor(broker, QStringLiteral("ws-a")), dir.filePath(QStringLiteral("a.sqlite")), QStringLiteral("alice"));
        ConsoleCore b(settingsFor(broker, QStringLiteral("ws-b")), dir.filePath(QStringLiteral("b.sqlite")), QStringLiteral("bob"));
        QueueMirror qa(a.alerts()), qb(b.alerts());
        a.alerts()->setOperator(QStringLiteral("alice"), QStringLiteral("supervisor"));   // acknowledges 20 at once below
        a.start();
        b.start();
        QTRY_COMPARE_WITH_TIMEOUT(a.session()->state(), ConnectionState::Connected, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(b.session()->state(), ConnectionState::Connected, 10000);

        MqttOptions fleetOptions;
        fleetOptions.setBrokerUrl(broker.url());
        fleetOptions.clientId = QStringLiteral("tst-fleet");
        MqttSession fleet(fleetOptions);
        fleet.start();
        QTRY_COMPARE_WITH_TIMEOUT(fleet.state(), ConnectionState::Connected, 10000);

        // 1. One alert, acknowledged at A, shows at B within a second.
        raise(fleet, QStringLiteral("e1"), QStringLiteral("a-1"), 1);
        const QString key = QStringLiteral("plant-a/e1/a-1");
        QTRY_VERIFY_WITH_TIMEOUT(qa.alerts.contains(key) && qb.alerts.contains(key), 10000);
        QVERIFY(!qb.alerts[key].state.acknowledged);
        QElapsedTimer sinceAck;
        sinceAck.start();
        QMetaObject::invokeMethod(a.alerts()->operatorActions(),
                                  [actions = a.alerts()->operatorActions(), key] { actions->acknowledge({key}, QStringLiteral("on it")); });
        QTRY_VERIFY_WITH_TIMEOUT(qb.alerts[key].state.acknowledged, 1000);
        qInfo("acknowledgement shown at the other console after %lld ms", sinceAck.elapsed());
        QCOMPARE(qb.alerts[key].ackedBy, QStringLiteral("alice"));
        QCOMPARE(qb.alerts[key].ackedConsole, QStringLiteral("ws-a"));
        QCOMPARE(qb.alerts[key].ackNote, QStringLiteral("on it"));
        QTRY_COMPARE_WITH_TIMEOUT(qa.pending, 0, 5000);

        // 2. Broker killed while A acknowledges 20 alerts: they wait, then all arrive.
        QStringList keys;
        for (int i = 0; i < 20; ++i) {
            raise(fleet, QStringLiteral("e2"), QStringLiteral("b-%1").arg(i), i + 1);
            keys << QStringLiteral("plant-a/e2/b-%1").arg(i);
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(keys.begin(), keys.end(), [&](const QString &k) { return qa.alerts.contains(k) && qb.alerts.contains(k); }), 10000);
        QTest::qWait(3500);   // mosquitto saves B's persistent session once more than 1 s has passed since its last save
        broker.kill();
        QTRY_VERIFY_WITH_TIMEOUT(a.session()->state() != ConnectionState::Connected, 10000);
        QMetaObject::invokeMethod(a.alerts()->operatorActions(), [actions = a.alerts()->operatorActions(), keys] {
            actions->acknowledge(keys, {});
        });
        QTRY_COMPARE_WITH_TIMEOUT(qa.pending, 20, 5000);        // saved, waiting in the outbox
        for (const QString &k : keys)
            QTRY_VERIFY_WITH_TIMEOUT(qa.alerts[k].state.acknowledged, 5000);   // and shown as acknowledged here
        QTest::qWait(1000);
        QCOMPARE(qa.pending, 20);                                 // nothing went anywhere without a broker

        QVERIFY2(broker.start(), qPrintable(broker.errorString()));
        QTRY_COMPARE_WITH_TIMEOUT(qa.pending, 0, 20000);
        for (const QString &k : keys)
            QTRY_VERIFY_WITH_TIMEOUT(qb.alerts[k].state.acknowledged, 20000);
        QCOMPARE(qb.acknowledged(), 21);
        fleet.stop();
        a.stop();
        b.stop();
    }
};

QTEST_GUILESS_MAIN(TestSharedAck)
#include "tst_sharedack.moc"

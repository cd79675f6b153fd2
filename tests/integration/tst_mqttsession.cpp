// MqttSession against a real mosquitto on a free loopback port: connect and subscribe, receive into
// the sink, QoS 1 publish acknowledged by the broker, and recovery: the broker is killed (SIGKILL),
// the session reports it and reconnects by itself when the broker is back, subscribes again and
// receives the retained messages again. A broker that is not there at start is retried, not fatal.

#include "core/mqtt/ingestqueue.h"
#include "core/mqtt/mqttsession.h"
#include "support/brokerprocess.h"
#include "support/sessionrecorder.h"

#include <QTest>

using namespace fw;
using fw::test::BrokerProcess;
using fw::test::SessionRecorder;

namespace {

MqttOptions optionsFor(const BrokerProcess &broker, const QString &clientId)
{
    MqttOptions o;
    o.setBrokerUrl(broker.url());
    o.clientId = clientId;
    o.subscriptions = {QStringLiteral("fleet/v1/#")};
    o.reconnectMinSeconds = 1;
    o.reconnectMaxSeconds = 2;
    o.reportPublishAcks = true;
    return o;
}

bool waitForState(const MqttSession &s, ConnectionState state, int ms)
{
    return QTest::qWaitFor([&] { return s.state() == state; }, ms);
}

// Messages whose topic equals `topic` among what the queue holds now (drains it).
int drainCount(IngestQueue &queue, const QByteArray &topic, QByteArray *lastPayload = nullptr)
{
    std::vector<RawMessage> out;
    queue.takeAll(out);
    int n = 0;
    for (const RawMessage &m : out) {
        if (m.topic == topic) {
            ++n;
            if (lastPayload)
                *lastPayload = m.payload;
        }
    }
    return n;
}

} // namespace

class TestMqttSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<fw::ConnectionState>(); }

    void receivesAndPublishes_data()
    {
        QTest::addColumn<int>("protocol");
        QTest::newRow("MQTT 5") << 5;
        QTest::newRow("MQTT 3.1.1") << 4;
    }

    void receivesAndPublishes()
    {
        QFETCH(int, protocol);
        BrokerProcess broker;
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));
        IngestQueue queue;
        MqttOptions options = optionsFor(broker, QStringLiteral("tst-session-%1").arg(protocol));
        options.protocolVersion = protocol;
        MqttSession session(options, &queue);
        SessionRecorder rec(&session);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(rec.subscriptions, 1, 15000);
        QCOMPARE(session.state(), ConnectionState::Connected);

        const QByteArray topic("fleet/v1/plant-a/e1/state");
        const int mid = session.publish(QString::fromLatin1(topic), "{\"ts\":\"2026-11-22T08:00:00Z\",\"online\":true}", 1, false);
        QVERIFY(mid > 0);
        QTRY_VERIFY_WITH_TIMEOUT(!rec.acked.isEmpty(), 15000);
        QCOMPARE(rec.acked.first(), mid);
        int received = 0;
        QVERIFY(QTest::qWaitFor([&] { return (received += drainCount(queue, topic)) >= 1; }, 15000));
        session.stop();
        QCOMPARE(session.state(), ConnectionState::Stopped);
        QCOMPARE(session.publish(QString::fromLatin1(topic), "{}", 1, false) < 0, true);
    }

    void reconnectsAfterBrokerKilledAndGetsRetainedAgain()
    {
        BrokerProcess broker(QStringLiteral("log_type all"));
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));
        IngestQueue queue;
        MqttSession session(optionsFor(broker, QStringLiteral("tst-session-recover")), &queue);
        SessionRecorder rec(&session);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(rec.subscriptions, 1, 15000);

        const QByteArray topic("fleet/v1/plant-a/e1/meta");
        QVERIFY(session.publish(QString::fromLatin1(topic), "{\"name\":\"Retained\"}", 1, true) > 0);
        QVERIFY(session.waitForPublished(5000));
        int received = 0;
        QVERIFY(QTest::qWaitFor([&] { return (received += drainCount(queue, topic)) >= 1; }, 15000));
        QTest::qWait(3500);   // mosquitto saves once more than 1 s has passed since its last save: up to ~3 s

        broker.kill();
        QVERIFY(waitForState(session, ConnectionState::Reconnecting, 10000));
        QVERIFY(session.publish(QString::fromLatin1(topic), "{}", 1, false) < 0);   // offline: caller keeps it
        QTest::qWait(1500);    // a few failed reconnect attempts
        QVERIFY(session.state() != ConnectionState::Connected);

        QVERIFY2(broker.start(), qPrintable(broker.errorString()));
        QTRY_COMPARE_WITH_TIMEOUT(rec.subscriptions, 2, 15000);   // subscribed again by itself
        QCOMPARE(session.state(), ConnectionState::Connected);
        QByteArray payload;
        received = 0;
        QVERIFY2(QTest::qWaitFor([&] { return (received += drainCount(queue, topic, &payload)) >= 1; }, 15000),
                 qPrintable(broker.log()));
        QCOMPARE(payload, QByteArray("{\"name\":\"Retained\"}"));

        QVERIFY2(rec.sawState(ConnectionState::Reconnecting, QStringLiteral("connection lost")),
                 "the lost connection is reported with its reason");
    }

    void brokerAbsentAtStartIsRetried()
    {
        const int port = BrokerProcess::freePort();
        MqttOptions o;
        o.setBrokerUrl(QStringLiteral("mqtt://127.0.0.1:%1").arg(port));
        o.clientId = QStringLiteral("tst-session-absent");
        MqttSession session(o, nullptr);
        SessionRecorder rec(&session);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(rec.sawState(ConnectionState::Disconnected, QStringLiteral("retrying")), 15000);
        QVERIFY(!rec.sawState(ConnectionState::Connected));
        session.stop();
    }
};

QTEST_GUILESS_MAIN(TestMqttSession)
#include "tst_mqttsession.moc"

// The shipped site access control (packaging/mosquitto/fleetwatch-site.acl), exactly as shipped, in a
// real mosquitto with allow_anonymous false and a password file made by mosquitto_passwd -b for its
// example accounts (gateway-plant-a, console-ws-07). Mosquitto drops an unauthorised MQTT 3.1.1
// publish silently, so every check is a subscriber (a console account: it reads the whole root) seeing
// or not seeing a message, and every test has a positive control published after the refused ones on
// the same connection (delivered in order): once the allowed one arrives, a refused one would have too.
//  - a gateway publishes telemetry, alerts and the other fleet topics, never an operator's action (ack),
//    a label or a snapshot request;
//  - a console publishes acks, labels and snapshot requests, never telemetry or alerts;
//  - a gateway reads labels and snapshot requests of its site;
//  - anonymous clients and a wrong password are refused, with the reason.

#include "core/mqtt/ingestqueue.h"
#include "core/mqtt/mqttsession.h"
#include "support/brokerprocess.h"
#include "support/sessionrecorder.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace fw;
using fw::test::BrokerProcess;
using fw::test::SessionRecorder;

namespace {

const QString kGateway = QStringLiteral("gateway-plant-a");
const QString kConsole = QStringLiteral("console-ws-07");

// Topics seen by a subscriber so far (drains the queue into `seen`).
void collect(IngestQueue &queue, std::set<QByteArray> &seen)
{
    std::vector<RawMessage> out;
    queue.takeAll(out);
    for (const RawMessage &m : out)
        seen.insert(m.topic);
}

} // namespace

class TestSiteAcl : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<BrokerProcess> m_broker;

    MqttOptions account(const QString &user, const QString &password, const QString &clientId) const
    {
        MqttOptions o;
        o.setBrokerUrl(m_broker->url());
        o.username = user;
        o.password = password;
        o.clientId = clientId;
        o.cleanSession = true;
        o.protocolVersion = 4;   // unauthorised publishes are dropped silently: the subscriber decides
        o.reconnectMinSeconds = 1;
        o.reconnectMaxSeconds = 1;
        return o;
    }

    static bool connected(MqttSession &s)
    {
        return QTest::qWaitFor([&] { return s.state() == ConnectionState::Connected; }, 15000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<fw::ConnectionState>();
        QVERIFY(m_dir.isValid());
        const QString acl = m_dir.filePath(QStringLiteral("fleetwatch-site.acl"));
        QVERIFY(QFile::copy(qEnvironmentVariable("FLEETWATCH_SOURCE_DIR") + QStringLiteral("/packaging/mosquitto/fleetwatch-site.acl"), acl));
        const QString passwd = m_dir.filePath(QStringLiteral("fleetwatch.passwd"));
        for (const auto &[user, password] : {std::pair{kGateway, QStringLiteral("gw-pass")}, std::pair{kConsole, QStringLiteral("console-pass")}}) {
            QStringList args{QStringLiteral("-b"), passwd, user, password};
            if (!QFile::exists(passwd))
                args.prepend(QStringLiteral("-c"));
            QProcess tool;
            tool.start(QStringLiteral("mosquitto_passwd"), args);
            QVERIFY2(tool.waitForFinished(15000) && tool.exitCode() == 0, tool.readAllStandardError().constData());
        }
        // The broker drops to the "mosquitto" user: it must read both files.
        const auto readable = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
        QVERIFY(QFile::setPermissions(acl, readable));
        QVERIFY(QFile::setPermissions(passwd, readable));
        QVERIFY(QFile::setPermissions(m_dir.path(), readable | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther));
        m_broker = std::make_unique<BrokerProcess>(
            QStringLiteral("allow_anonymous false\npassword_file %1\nacl_file %2\n").arg(passwd, acl));
        QVERIFY2(m_broker->start(), qPrintable(m_broker->errorString()));
    }

    void cleanupTestCase() { m_broker.reset(); }

    void gatewayPublishesFleetTopicsOnly()
    {
        IngestQueue queue;
        MqttOptions sub = account(kConsole, QStringLiteral("console-pass"), QStringLiteral("acl-sub-1"));
        sub.subscriptions = {QStringLiteral("fleet/v1/#")};
        MqttSession subscriber(sub, &queue);
        SessionRecorder subRec(&subscriber);
        subscriber.start();
        QTRY_COMPARE_WITH_TIMEOUT(subRec.subscriptions, 1, 15000);

        MqttSession gateway(account(kGateway, QStringLiteral("gw-pass"), QStringLiteral("acl-gw-1")));
        gateway.start();
        QVERIFY(connected(gateway));
        const QList<QByteArray> refused{"fleet/v1/plant-a/e1/alerts/a-1/ack", "fleet/v1/plant-a/e1/labels",
                                        "fleet/v1/plant-a/snapshot/request", "fleet/v1/plant-b/e1/telemetry"};
        const QList<QByteArray> allowed{"fleet/v1/plant-a/e1/meta", "fleet/v1/plant-a/e1/state",
                                        "fleet/v1/plant-a/e1/health", "fleet/v1/plant-a/e1/alerts",
                                        "fleet/v1/plant-a/e1/alerts/active", "fleet/v1/plant-a/model/m1/status",
                                        "fleet/v1/plant-a/e1/telemetry"};
        for (const QByteArray &topic : refused + allowed)
            QVERIFY(gateway.publish(QString::fromLatin1(topic), "{}", 1, false) > 0);
        std::set<QByteArray> seen;
        QVERIFY(QTest::qWaitFor([&] { collect(queue, seen); return seen.count(allowed.last()) > 0; }, 15000));
        QTest::qWait(300);
        collect(queue, seen);
        for (const QByteArray &topic : allowed)
            QVERIFY2(seen.count(topic), topic.constData());
        for (const QByteArray &topic : refused)
            QVERIFY2(!seen.count(topic), topic.constData());
    }

    void consolePublishesActionsLabelsAndRequestsOnly()
    {
        IngestQueue queue;
        MqttOptions sub = account(kConsole, QStringLiteral("console-pass"), QStringLiteral("acl-sub-2"));
        sub.subscriptions = {QStringLiteral("fleet/v1/#")};
        MqttSession subscriber(sub, &queue);
        SessionRecorder subRec(&subscriber);
        subscriber.start();
        QTRY_COMPARE_WITH_TIMEOUT(subRec.subscriptions, 1, 15000);

        MqttSession console(account(kConsole, QStringLiteral("console-pass"), QStringLiteral("acl-console-2")));
        console.start();
        QVERIFY(connected(console));
        const QList<QByteArray> refused{"fleet/v1/plant-a/e1/telemetry", "fleet/v1/plant-a/e1/alerts",
                                        "fleet/v1/plant-a/e1/state", "fleet/v1/plant-a/model/m1/status"};
        const QList<QByteArray> allowed{"fleet/v1/plant-a/e1/labels", "fleet/v1/plant-b/snapshot/request",
                                        "fleet/v1/plant-a/e1/alerts/a-1/ack"};
        for (const QByteArray &topic : refused + allowed)
            QVERIFY(console.publish(QString::fromLatin1(topic), "{}", 1, false) > 0);
        std::set<QByteArray> seen;
        QVERIFY(QTest::qWaitFor([&] { collect(queue, seen); return seen.count(allowed.last()) > 0; }, 15000));
        QTest::qWait(300);
        collect(queue, seen);
        for (const QByteArray &topic : allowed)
            QVERIFY2(seen.count(topic), topic.constData());
        for (const QByteArray &topic : refused)
            QVERIFY2(!seen.count(topic), topic.constData());
    }

    void gatewayReadsLabelsAndSnapshotRequests()
    {
        IngestQueue queue;
        MqttOptions gw = account(kGateway, QStringLiteral("gw-pass"), QStringLiteral("acl-gw-3"));
        gw.subscriptions = {QStringLiteral("fleet/v1/plant-a/+/labels"), QStringLiteral("fleet/v1/plant-a/snapshot/request")};
        MqttSession gateway(gw, &queue);
        SessionRecorder rec(&gateway);
        gateway.start();
        QTRY_COMPARE_WITH_TIMEOUT(rec.subscriptions, 1, 15000);
        MqttSession console(account(kConsole, QStringLiteral("console-pass"), QStringLiteral("acl-console-3")));
        console.start();
        QVERIFY(connected(console));
        QVERIFY(console.publish(QStringLiteral("fleet/v1/plant-a/e1/labels"), "{}", 1, false) > 0);
        QVERIFY(console.publish(QStringLiteral("fleet/v1/plant-a/snapshot/request"), "{}", 1, false) > 0);
        std::set<QByteArray> seen;
        QVERIFY(QTest::qWaitFor([&] {
            collect(queue, seen);
            return seen.count("fleet/v1/plant-a/e1/labels") && seen.count("fleet/v1/plant-a/snapshot/request");
        }, 15000));
    }

    void strangersAreRefused_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("protocol");
        QTest::newRow("anonymous, MQTT 3.1.1") << QString() << QString() << 4;
        QTest::newRow("anonymous, MQTT 5") << QString() << QString() << 5;
        QTest::newRow("wrong password, MQTT 3.1.1") << kConsole << "guess" << 4;
        QTest::newRow("wrong password, MQTT 5") << kConsole << "guess" << 5;
    }

    void strangersAreRefused()
    {
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(int, protocol);
        MqttOptions o = account(user, password, QStringLiteral("acl-stranger"));
        o.protocolVersion = protocol;
        MqttSession stranger(o);
        SessionRecorder rec(&stranger);
        stranger.start();
        QTRY_VERIFY_WITH_TIMEOUT(rec.sawState(ConnectionState::Reconnecting, QStringLiteral("broker refused the connection")), 15000);
        QVERIFY(!rec.sawState(ConnectionState::Connected));
        QVERIFY2(rec.sawState(ConnectionState::Reconnecting, QStringLiteral("user name or password")),
                 qPrintable(rec.states.last().second));
    }
};

QTEST_GUILESS_MAIN(TestSiteAcl)
#include "tst_siteacl.moc"

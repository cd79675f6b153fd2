// MqttSession over TLS against a real mosquitto with a TLS listener and certificates made by the
// openssl command line (support/testcertificates.h):
//  - the right CA: connects, subscribes, and a message published over TLS comes back;
//  - a refused handshake names its reason: a CA that did not sign the broker's certificate, an expired
//    certificate (with its end date), a certificate for another host name (with its names); it never
//    connects;
//  - a TLS setup that cannot work (a missing CA file, a folder, a file that is not PEM, a certificate
//    without its key) stops the session before any connection: state Failed with the file and the reason,
//    and a plain listener on the port it was pointed at logs no connection at all, not even a TCP one
//    (a positive control on the same broker shows that a plain client would be logged);
//  - tlsInsecure stays an explicit opt-in that connects to a broker it cannot verify.

#include "core/mqtt/ingestqueue.h"
#include "core/mqtt/mqttsession.h"
#include "support/brokerprocess.h"
#include "support/sessionrecorder.h"
#include "support/testcertificates.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;
using fw::test::BrokerProcess;
using fw::test::SessionRecorder;
using fw::test::TestCertificates;

namespace {

MqttOptions tlsOptions(int port, const QString &caFile)
{
    MqttOptions o;
    o.host = QStringLiteral("127.0.0.1");
    o.port = port;
    o.tls = true;
    o.caFile = caFile;
    o.subscriptions = {QStringLiteral("fleet/v1/#")};
    o.reconnectMinSeconds = 1;
    o.reconnectMaxSeconds = 1;
    return o;
}

// The reason of the first state after Connecting, waiting for it.
QString firstReason(const SessionRecorder &rec, int ms)
{
    QString reason;
    QTest::qWaitFor([&] {
        for (const auto &[state, text] : rec.states) {
            if (state != ConnectionState::Connecting) {
                reason = text;
                return true;
            }
        }
        return false;
    }, ms);
    return reason;
}

} // namespace

class TestTlsBroker : public QObject
{
    Q_OBJECT
private:
    TestCertificates m_certs;

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<fw::ConnectionState>();
        QVERIFY2(m_certs.make(), qPrintable(m_certs.errorString()));
    }

    void rightCaConnectsAndReceives()
    {
        const int tlsPort = BrokerProcess::freePort();
        BrokerProcess broker(m_certs.listener(tlsPort, QStringLiteral("server.crt")));
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));
        IngestQueue queue;
        MqttSession session(tlsOptions(tlsPort, m_certs.path(QStringLiteral("ca.crt"))), &queue);
        SessionRecorder rec(&session);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(rec.subscriptions, 1, 15000);
        QCOMPARE(session.state(), ConnectionState::Connected);
        QVERIFY(session.publish(QStringLiteral("fleet/v1/plant-a/e1/state"), "{\"online\":true}", 1, false) > 0);
        bool received = false;
        QVERIFY(QTest::qWaitFor([&] {
            std::vector<RawMessage> out;
            queue.takeAll(out);
            for (const RawMessage &m : out)
                received = received || (m.topic == "fleet/v1/plant-a/e1/state" && m.payload == "{\"online\":true}");
            return received;
        }, 15000));
    }

    void refusedHandshakeSaysWhy_data()
    {
        QTest::addColumn<QString>("serverCert");
        QTest::addColumn<QString>("caFile");
        QTest::addColumn<QStringList>("reasonContains");
        QTest::newRow("unknown CA") << "server.crt" << "other-ca.crt"
                                    << QStringList{"certificate verify failed", "not signed by the CA in", "other-ca.crt"};
        QTest::newRow("expired") << "expired.crt" << "ca.crt"
                                 << QStringList{"certificate verify failed", "expired on 2020-02-01 00:00:00 UTC"};
        QTest::newRow("wrong host") << "wrong-host.crt" << "ca.crt"
                                    << QStringList{"host name mismatch", "is for wrong.example, not 127.0.0.1"};
    }

    void refusedHandshakeSaysWhy()
    {
        QFETCH(QString, serverCert);
        QFETCH(QString, caFile);
        QFETCH(QStringList, reasonContains);
        const int tlsPort = BrokerProcess::freePort();
        const QString key = serverCert == QLatin1String("wrong-host.crt") ? QStringLiteral("wrong-host.key")
                                                                          : QStringLiteral("server.key");
        BrokerProcess broker(m_certs.listener(tlsPort, serverCert, key));
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));
        MqttSession session(tlsOptions(tlsPort, m_certs.path(caFile)));
        SessionRecorder rec(&session);
        session.start();
        const QString reason = firstReason(rec, 15000);
        for (const QString &part : reasonContains)
            QVERIFY2(reason.contains(part), qPrintable(reason));
        QTest::qWait(1500);   // a retry, with the same TLS setup and the same verdict
        QVERIFY(!rec.sawState(ConnectionState::Connected));
        QVERIFY(session.state() != ConnectionState::Connected);
        QVERIFY2(rec.states.last().second.contains(reasonContains.constFirst()), qPrintable(rec.states.last().second));
    }

    void unusableSetupNeverConnects_data()
    {
        QTest::addColumn<QString>("caFile");
        QTest::addColumn<QString>("certFile");
        QTest::addColumn<QStringList>("reasonContains");
        QTest::newRow("missing CA file") << "missing-ca.pem" << ""
                                         << QStringList{"CA certificate file", "missing-ca.pem", "No such file or directory"};
        QTest::newRow("CA is a folder") << "." << "" << QStringList{"CA certificate file", "is a folder"};
        QTest::newRow("CA file not PEM") << "ca.cnf" << "" << QStringList{"ca.cnf", "holds no usable certificate"};
        QTest::newRow("certificate without key") << "ca.crt" << "server.crt"
                                                 << QStringList{"server.crt", "without its key"};
    }

    // Pointed at a plain listener with TLS asked for: not one connection, let alone a CONNECT with the
    // user name and password in the clear.
    void unusableSetupNeverConnects()
    {
        QFETCH(QString, caFile);
        QFETCH(QString, certFile);
        QFETCH(QStringList, reasonContains);
        // Its connection log in a file of its own: mosquitto flushes a log file line by line (stdout,
        // redirected, only when its buffer is full).
        QTemporaryDir logDir;
        QVERIFY(QFile::setPermissions(logDir.path(), QFileDevice::Permissions(0x7777)));
        const QString logPath = logDir.filePath(QStringLiteral("connections.log"));
        BrokerProcess plain(QStringLiteral("log_type notice\nconnection_messages true\nlog_dest file %1\n").arg(logPath));
        QVERIFY2(plain.start(), qPrintable(plain.errorString()));
        auto connectionLog = [&logPath] {
            QFile f(logPath);
            return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
        };
        MqttOptions options = tlsOptions(plain.port(), m_certs.path(caFile));
        options.username = QStringLiteral("alice");
        options.password = QStringLiteral("s3cret-in-the-clear");
        if (!certFile.isEmpty())
            options.certFile = m_certs.path(certFile);
        MqttSession session(options);
        SessionRecorder rec(&session);
        // The broker's own start-up probe (BrokerProcess::start) is a connection too: count from here.
        const QString connections = QStringLiteral("New connection from");
        QTRY_VERIFY_WITH_TIMEOUT(connectionLog().contains(connections), 5000);
        const int before = connectionLog().count(connections);
        session.start();
        QCOMPARE(session.state(), ConnectionState::Failed);
        const QString reason = firstReason(rec, 5000);
        QVERIFY2(reason.startsWith(QStringLiteral("TLS setup failed, not connecting")), qPrintable(reason));
        for (const QString &part : reasonContains)
            QVERIFY2(reason.contains(part), qPrintable(reason));
        QTest::qWait(2500);   // longer than the reconnect delay: no retry in plain text either
        QCOMPARE(session.state(), ConnectionState::Failed);
        QVERIFY2(connectionLog().count(connections) == before, qPrintable(connectionLog()));
        QVERIFY2(!connectionLog().contains(QStringLiteral("New client connected")), qPrintable(connectionLog()));

        // Positive control: the same broker logs a plain client that does connect.
        MqttOptions control = tlsOptions(plain.port(), {});
        control.tls = false;
        MqttSession controlSession(control);
        controlSession.start();
        QTRY_COMPARE_WITH_TIMEOUT(controlSession.state(), ConnectionState::Connected, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(connectionLog().contains(QStringLiteral("New client connected")), 5000);
        QVERIFY(connectionLog().count(connections) > before);
    }

    // --tls-insecure: the broker's certificate is not checked; asked for explicitly, it connects.
    void insecureIsAnExplicitOptIn()
    {
        const int tlsPort = BrokerProcess::freePort();
        BrokerProcess broker(m_certs.listener(tlsPort, QStringLiteral("wrong-host.crt"), QStringLiteral("wrong-host.key")));
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));
        MqttOptions options = tlsOptions(tlsPort, m_certs.path(QStringLiteral("other-ca.crt")));
        options.tlsInsecure = true;
        MqttSession session(options);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), ConnectionState::Connected, 15000);
    }
};

QTEST_GUILESS_MAIN(TestTlsBroker)
#include "tst_tlsbroker.moc"

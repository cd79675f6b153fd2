// Where the fleetwatch executable takes the broker password from, against a real mosquitto that wants
// accounts (allow_anonymous false, a password_file made by mosquitto_passwd -b):
//  - a password in the --broker URL is refused (exit code 2) with a message saying where it goes, and
//    the password itself is not repeated;
//  - --password-file that group or others may read (0644) is refused with the reason (exit code 2);
//    0600 with the right password connects;
//  - FLEETWATCH_MQTT_PASSWORD with the right password connects; a wrong one is refused by the broker
//    and the console says the user name or password is wrong;
//  - a user name without any password and no keyring service (no D-Bus session): the console says there
//    is no keyring and how to give the password, and does not connect without it.

#include "support/brokerprocess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <signal.h>

using fw::test::BrokerProcess;

class TestPasswordSources : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<BrokerProcess> m_broker;

    static QString exe()
    {
        return QDir(qEnvironmentVariable("FLEETWATCH_BINARY_DIR")).filePath(QStringLiteral("app/fleetwatch"));
    }

    // The console in its own folder (HOME, config, store, log), without a session bus: no keyring.
    void prepare(QProcess &console, const QTemporaryDir &dir, const QStringList &extra, const QString &envPassword = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("home/.config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("home/.local/share")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.filePath(QStringLiteral("run")));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("FLEETWATCH_MQTT_PASSWORD"));
        if (!envPassword.isEmpty())
            env.insert(QStringLiteral("FLEETWATCH_MQTT_PASSWORD"), envPassword);
        console.setProcessEnvironment(env);
        console.setProgram(exe());
        console.setArguments(QStringList{"--db", dir.filePath(QStringLiteral("store.sqlite")), "--log-file",
                                         dir.filePath(QStringLiteral("fleetwatch.log")), "--config",
                                         dir.filePath(QStringLiteral("fleetwatch.ini")), "--lang", "en",
                                         "--mqtt-version", "4", "--exit-after", "60"}
                             + extra);
    }

    // Runs until `wanted` is on stderr (or the process ends, or 40 s pass); then stops it. Returns stderr.
    static QByteArray runUntil(QProcess &console, const QByteArray &wanted)
    {
        console.start();
        if (!console.waitForStarted(10000))
            return "cannot start " + exe().toUtf8();
        QByteArray err;
        QDeadlineTimer deadline(40000);
        while (!err.contains(wanted) && console.state() == QProcess::Running && !deadline.hasExpired()) {
            console.waitForReadyRead(200);
            err += console.readAllStandardError();
        }
        if (console.state() == QProcess::Running) {
            ::kill(pid_t(console.processId()), SIGTERM);
            console.waitForFinished(30000);
        }
        return err + console.readAllStandardError();
    }

    QString brokerUrl(const QString &user) const
    {
        return QStringLiteral("mqtt://%1@127.0.0.1:%2").arg(user).arg(m_broker->port());
    }

    QString passwordFile(const QString &name, const QByteArray &text, QFileDevice::Permissions permissions) const
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(text);
        f.close();
        QFile::setPermissions(path, permissions);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString passwd = m_dir.filePath(QStringLiteral("broker.passwd"));
        QProcess tool;
        tool.start(QStringLiteral("mosquitto_passwd"), {"-c", "-b", passwd, "console-ws-07", "right-pass"});
        QVERIFY2(tool.waitForFinished(15000) && tool.exitCode() == 0, tool.readAllStandardError().constData());
        QVERIFY(QFile::setPermissions(passwd, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                                  | QFileDevice::ReadOther));
        QVERIFY(QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                        | QFileDevice::ReadOther | QFileDevice::ExeOther));
        m_broker = std::make_unique<BrokerProcess>(QStringLiteral("allow_anonymous false\npassword_file %1\n").arg(passwd));
        QVERIFY2(m_broker->start(), qPrintable(m_broker->errorString()));
    }

    void cleanupTestCase() { m_broker.reset(); }

    void passwordInUrlRefused()
    {
        QTemporaryDir dir;
        QProcess console;
        prepare(console, dir, {"--broker", QStringLiteral("mqtt://console-ws-07:right-pass@127.0.0.1:%1").arg(m_broker->port())});
        const QByteArray err = runUntil(console, "\n");
        QCOMPARE(console.state(), QProcess::NotRunning);
        QCOMPARE(console.exitCode(), 2);
        QVERIFY2(err.contains("holds a password"), err.constData());
        QVERIFY2(err.contains("FLEETWATCH_MQTT_PASSWORD") && err.contains("--password-file") && err.contains("keyring"),
                 err.constData());
        QVERIFY2(!err.contains("right-pass"), "the password is not repeated");
    }

    void passwordFileSharedRefused()
    {
        QTemporaryDir dir;
        const QString file = passwordFile(QStringLiteral("shared.pass"), "right-pass\n",
                                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                              | QFileDevice::ReadOther);
        QProcess console;
        prepare(console, dir, {"--broker", brokerUrl("console-ws-07"), "--password-file", file});
        const QByteArray err = runUntil(console, "\n");
        QCOMPARE(console.state(), QProcess::NotRunning);
        QCOMPARE(console.exitCode(), 2);
        QVERIFY2(err.contains("group or others may read it (mode 0644)") && err.contains("chmod 600"), err.constData());
    }

    void rightPasswordConnects_data()
    {
        QTest::addColumn<bool>("fromFile");
        QTest::newRow("--password-file 0600") << true;
        QTest::newRow("FLEETWATCH_MQTT_PASSWORD") << false;
    }

    void rightPasswordConnects()
    {
        QFETCH(bool, fromFile);
        QTemporaryDir dir;
        QProcess console;
        if (fromFile) {
            const QString file = passwordFile(QStringLiteral("own.pass"), "right-pass\n",
                                              QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            prepare(console, dir, {"--broker", brokerUrl("console-ws-07"), "--password-file", file});
        } else {
            prepare(console, dir, {"--broker", brokerUrl("console-ws-07")}, QStringLiteral("right-pass"));
        }
        const QByteArray connected = QStringLiteral("connected to mqtt://127.0.0.1:%1").arg(m_broker->port()).toUtf8();
        const QByteArray err = runUntil(console, connected);
        QVERIFY2(err.contains(connected), err.constData());
        QVERIFY2(!err.contains("right-pass"), "the password is never logged");
    }

    void wrongPasswordSaysSo()
    {
        QTemporaryDir dir;
        QProcess console;
        prepare(console, dir, {"--broker", brokerUrl("console-ws-07")}, QStringLiteral("wrong-pass"));
        const QByteArray err = runUntil(console, "user name or password");
        QVERIFY2(err.contains("broker refused the connection") && err.contains("user name or password"), err.constData());
        QVERIFY(!err.contains("connected to mqtt://"));
    }

    void noKeyringSaysHowInsteadOfConnecting()
    {
        QTemporaryDir dir;
        QProcess console;
        prepare(console, dir, {"--broker", brokerUrl("console-ws-07")});
        const QByteArray err = runUntil(console, "no keyring available");
        QVERIFY2(err.contains("no keyring available") && err.contains("FLEETWATCH_MQTT_PASSWORD")
                     && err.contains("--password-file"), err.constData());
        QVERIFY2(!err.contains("connected to mqtt://") && !err.contains("broker refused"), err.constData());
    }
};

QTEST_GUILESS_MAIN(TestPasswordSources)
#include "tst_passwordsources.moc"

// The fleetwatch command line: options reach the settings, bad arguments give one clear message and
// exit code 2, --help exits 0. Also the executable itself: --help works and lists the report
// sub-command and, with no display, it says so in one line instead of Qt's platform-plugin dump.

#include "app/commandline.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

class TestCommandLine : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString configArg() const { return m_dir.filePath(QStringLiteral("none.ini")); }
    QString exe() const
    {
        return QDir(qEnvironmentVariable("FLEETWATCH_BINARY_DIR")).filePath(QStringLiteral("app/fleetwatch"));
    }

private Q_SLOTS:
    void optionsReachSettings()
    {
        int code = -1;
        const auto c = CommandLine::parse({QStringLiteral("fleetwatch"), QStringLiteral("--config"), configArg(),
                                           QStringLiteral("--broker"), QStringLiteral("mqtts://broker.example:8884"),
                                           QStringLiteral("--site"), QStringLiteral("plant-b"), QStringLiteral("--client-id"),
                                           QStringLiteral("ws-07"), QStringLiteral("--mqtt-version"), QStringLiteral("4"),
                                           QStringLiteral("--exit-after"), QStringLiteral("5"), QStringLiteral("--db"),
                                           QStringLiteral("/tmp/x.sqlite"), QStringLiteral("--stats-json"), QStringLiteral("/tmp/s.json")},
                                          &code);
        QVERIFY(c);
        QCOMPARE(code, 0);
        QCOMPARE(c->settings.mqtt.host, QStringLiteral("broker.example"));
        QCOMPARE(c->settings.mqtt.port, 8884);
        QVERIFY(c->settings.mqtt.tls);
        QCOMPARE(c->settings.site, QStringLiteral("plant-b"));
        QCOMPARE(c->settings.subscriptionFilters(), QStringList{QStringLiteral("fleet/v1/plant-b/#")});
        QCOMPARE(c->settings.mqtt.clientId, QStringLiteral("ws-07"));
        QCOMPARE(c->settings.mqtt.protocolVersion, 4);
        QCOMPARE(c->exitAfterSeconds, 5);
        QCOMPARE(c->dbPath, QStringLiteral("/tmp/x.sqlite"));
        QCOMPARE(c->statsJsonPath, QStringLiteral("/tmp/s.json"));
        QVERIFY(c->language.isEmpty());
    }

    void languageIsNormalised_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("de");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("zh-CN") << QStringLiteral("zh-CN") << QStringLiteral("zh_CN");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("en");
    }

    void languageIsNormalised()
    {
        QFETCH(QString, given);
        QFETCH(QString, language);
        int code = -1;
        const auto c = CommandLine::parse({QStringLiteral("fleetwatch"), QStringLiteral("--config"), configArg(),
                                           QStringLiteral("--lang"), given},
                                          &code);
        QVERIFY(c);
        QCOMPARE(c->language, language);
    }

    void badArgumentsFail_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("bad url") << QStringList{QStringLiteral("--broker"), QStringLiteral("http://x")};
        QTest::newRow("bad site") << QStringList{QStringLiteral("--site"), QStringLiteral("plant/a")};
        QTest::newRow("bad exit-after") << QStringList{QStringLiteral("--exit-after"), QStringLiteral("soon")};
        QTest::newRow("bad version") << QStringList{QStringLiteral("--mqtt-version"), QStringLiteral("3")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")};
        QTest::newRow("stray argument") << QStringList{QStringLiteral("extra")};
        QTest::newRow("unknown language") << QStringList{QStringLiteral("--lang"), QStringLiteral("fr")};
    }

    void badArgumentsFail()
    {
        QFETCH(QStringList, args);
        int code = -1;
        const auto c = CommandLine::parse(QStringList{QStringLiteral("fleetwatch"), QStringLiteral("--config"), configArg()} + args, &code);
        QVERIFY(!c);
        QCOMPARE(code, 2);
    }

    void settingsFileRoundTrip()
    {
        const QString path = m_dir.filePath(QStringLiteral("fw.ini"));
        ConsoleSettings s;
        s.mqtt.host = QStringLiteral("10.0.0.5");
        s.mqtt.port = 1999;
        s.mqtt.password = QStringLiteral("secret");
        s.site = QStringLiteral("plant-c");
        s.consoleId = QStringLiteral("ws-03");
        QVERIFY(s.save(path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains("secret"), "the password is never written to disk");
        const ConsoleSettings back = ConsoleSettings::load(path);
        QCOMPARE(back.mqtt.host, s.mqtt.host);
        QCOMPARE(back.mqtt.port, 1999);
        QCOMPARE(back.site, s.site);
        QCOMPARE(back.consoleId, s.consoleId);
        QVERIFY(back.mqtt.password.isEmpty());
    }

    // A password in the URL is refused, and says where it goes; a user name alone is fine.
    void passwordNeverInTheBrokerUrl()
    {
        int code = -1;
        QVERIFY(!CommandLine::parse({QStringLiteral("fleetwatch"), QStringLiteral("--config"), configArg(), QStringLiteral("--broker"),
                                     QStringLiteral("mqtt://alice:secret@broker.example:1883")}, &code));
        QCOMPARE(code, 2);
        const auto c = CommandLine::parse({QStringLiteral("fleetwatch"), QStringLiteral("--config"), configArg(),
                                           QStringLiteral("--broker"), QStringLiteral("mqtt://alice@broker.example:1883")}, &code);
        QVERIFY(c);
        QCOMPARE(c->settings.mqtt.username, QStringLiteral("alice"));
        QVERIFY(c->settings.mqtt.password.isEmpty());
        QVERIFY(!c->passwordGiven);
    }

    void passwordFileReadableByOwnerOnly_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("0600") << 0600 << true;
        QTest::newRow("0400") << 0400 << true;
        QTest::newRow("0644") << 0644 << false;
        QTest::newRow("0640") << 0640 << false;
        QTest::newRow("0604") << 0604 << false;
    }

    void passwordFileReadableByOwnerOnly()
    {
        QFETCH(int, mode);
        QFETCH(bool, accepted);
        const QString path = m_dir.filePath(QStringLiteral("mqtt-%1.pass").arg(mode, 0, 8));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("s3cret word\n");
        f.close();
        QFileDevice::Permissions p;
        const std::pair<int, QFileDevice::Permission> bits[] = {
            {0400, QFileDevice::ReadOwner}, {0200, QFileDevice::WriteOwner}, {0040, QFileDevice::ReadGroup},
            {0004, QFileDevice::ReadOther}};
        for (const auto &[bit, perm] : bits) {
            if (mode & bit)
                p |= perm;
        }
        QVERIFY(QFile::setPermissions(path, p));
        int code = -1;
        const auto c = CommandLine::parse({QStringLiteral("fleetwatch"), QStringLiteral("--config"), configArg(),
                                           QStringLiteral("--username"), QStringLiteral("alice"),
                                           QStringLiteral("--password-file"), path}, &code);
        QCOMPARE(bool(c), accepted);
        QCOMPARE(code, accepted ? 0 : 2);
        if (accepted) {
            QCOMPARE(c->settings.mqtt.password, QStringLiteral("s3cret word"));   // the line end is not part of it
            QVERIFY(c->passwordGiven);
        }
    }

    // A file an earlier version wrote with the password in it: the password leaves the file at load.
    void oldSettingsFileLosesItsPassword()
    {
        const QString path = m_dir.filePath(QStringLiteral("old.ini"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("[broker]\nhost=10.0.0.9\nusername=alice\npassword=hunter2\n");
        f.close();
        const ConsoleSettings s = ConsoleSettings::load(path);
        QCOMPARE(s.mqtt.host, QStringLiteral("10.0.0.9"));
        QCOMPARE(s.oldFilePassword, QStringLiteral("hunter2"));   // for the keyring
        QCOMPARE(s.mqtt.password, QStringLiteral("hunter2"));      // and this session
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray after = f.readAll();
        QVERIFY2(!after.contains("hunter2") && !after.contains("password"), after.constData());
        QVERIFY(after.contains("alice"));
        QVERIFY(s.save(path));
        QVERIFY(ConsoleSettings::load(path).oldFilePassword.isEmpty());
    }

    void executableHelpAndNoDisplay()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        p.setProcessEnvironment(env);
        p.start(exe(), {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        const QByteArray help = p.readAllStandardOutput();
        QVERIFY(help.contains("--stats-json"));
        QVERIFY2(help.contains("fleetwatch report"), help.constData());   // the sub-command is listed
        // Where the password comes from, for a console without a keyring.
        QVERIFY2(help.contains("--password-file") && help.contains("FLEETWATCH_MQTT_PASSWORD") && help.contains("keyring"),
                 help.constData());

        p.start(exe(), {QStringLiteral("--config"), configArg(), QStringLiteral("--log-file"), m_dir.filePath(QStringLiteral("l.log"))});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.startsWith("fleetwatch: no display"), err.constData());
        QCOMPARE(err.count('\n'), 1);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"

// The fleetwatch command line: options reach the settings, bad arguments give one clear message and
// exit code 2, --help exits 0. Also the executable itself: --help works and lists the report
// sub-command and, with no display, it says so in one line instead of Qt's platform-plugin dump.

#include "app/commandline.h"

#include <QDir>
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

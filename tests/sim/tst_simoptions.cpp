// SimOptions: fleet-sim's command line; defaults, every option, and one-line errors for bad values.
#include "tools/fleet-sim/simoptions.h"

#include <QTest>

using namespace fw::sim;

class TestSimOptions : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void replayOptions();
    void syntheticOptions();
    void help();
    void errors_data();
    void errors();
};

namespace {
SimOptions::Parse parse(QStringList args, SimOptions *o, QString *message)
{
    args.prepend(QStringLiteral("fleet-sim"));
    return SimOptions::parse(args, o, message);
}
} // namespace

void TestSimOptions::defaults()
{
    SimOptions o;
    QString message;
    QCOMPARE(parse({}, &o, &message), SimOptions::Parse::Run);
    QCOMPARE(o.sites, 1);
    QCOMPARE(o.speed, 2.0);
    QCOMPARE(o.root, QStringLiteral("fleet/v1"));
    QCOMPARE(o.brokerUrl, QStringLiteral("mqtt://127.0.0.1:1883"));
    QCOMPARE(o.durationSeconds, 0.0);
    QVERIFY(!o.synthetic);
    QVERIFY(o.meta);
    QVERIFY(o.dataDir.isEmpty());
    QCOMPARE(o.retrainAfter, 20);
}

void TestSimOptions::replayOptions()
{
    SimOptions o;
    QString message;
    QCOMPARE(parse({"--sites", "3", "--data", "/d", "--root", "x/y", "--broker", "mqtt://h:1", "--speed", "20",
                    "--engines", "7", "--seed", "9", "--duration", "1.5", "--stats-json", "/tmp/s.json",
                    "--client-id", "sim1", "--log-level", "debug", "--retrain-after", "5"},
                   &o, &message),
             SimOptions::Parse::Run);
    QCOMPARE(o.sites, 3);
    QCOMPARE(o.dataDir, QStringLiteral("/d"));
    QCOMPARE(o.root, QStringLiteral("x/y"));
    QCOMPARE(o.brokerUrl, QStringLiteral("mqtt://h:1"));
    QCOMPARE(o.speed, 20.0);
    QCOMPARE(o.engines, 7);
    QCOMPARE(o.seed, 9u);
    QCOMPARE(o.durationSeconds, 1.5);
    QCOMPARE(o.statsJson, QStringLiteral("/tmp/s.json"));
    QCOMPARE(o.clientId, QStringLiteral("sim1"));
    QCOMPARE(o.logLevel, QStringLiteral("debug"));
    QCOMPARE(o.retrainAfter, 5);
    QCOMPARE(parse({"--retrain-after", "0"}, &o, &message), SimOptions::Parse::Run);
    QCOMPARE(o.retrainAfter, 0);   // never
}

void TestSimOptions::syntheticOptions()
{
    SimOptions o;
    QString message;
    QCOMPARE(parse({"--synthetic", "--assets", "500", "--signals", "16", "--rate", "50000", "--count", "100000",
                    "--qos", "1", "--no-meta"},
                   &o, &message),
             SimOptions::Parse::Run);
    QVERIFY(o.synthetic);
    QCOMPARE(o.assets, 500);
    QCOMPARE(o.signalCount, 16);
    QCOMPARE(o.rate, 50000.0);
    QCOMPARE(o.count, qint64(100000));
    QCOMPARE(o.qos, 1);
    QVERIFY(!o.meta);
}

void TestSimOptions::help()
{
    SimOptions o;
    QString message;
    QCOMPARE(parse({"--help"}, &o, &message), SimOptions::Parse::Help);
    for (const char *option : {"--synthetic", "--stats-json", "--speed", "--sites", "--broker", "--evaluate", "--retrain-after"})
        QVERIFY2(message.contains(QLatin1String(option)), option);
}

void TestSimOptions::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown option") << QStringList{"--bogus"} << "bogus";
    QTest::newRow("positional") << QStringList{"extra"} << "unexpected argument: extra";
    QTest::newRow("sites zero") << QStringList{"--sites", "0"} << "--sites: expected 1 to 1000";
    QTest::newRow("sites text") << QStringList{"--sites", "two"} << "--sites";
    QTest::newRow("speed zero") << QStringList{"--speed", "0"} << "--speed";
    QTest::newRow("speed nan") << QStringList{"--speed", "nan"} << "--speed";
    QTest::newRow("negative duration") << QStringList{"--duration", "-1"} << "--duration";
    QTest::newRow("root wildcard") << QStringList{"--root", "fleet/+"} << "--root";
    QTest::newRow("root trailing slash") << QStringList{"--root", "fleet/"} << "--root";
    QTest::newRow("broker url") << QStringList{"--broker", "http://h:1"} << "--broker: not a broker URL";
    QTest::newRow("log level") << QStringList{"--log-level", "loud"} << "--log-level";
    QTest::newRow("rate without synthetic") << QStringList{"--rate", "10"} << "need --synthetic";
    QTest::newRow("signals over 256") << QStringList{"--synthetic", "--signals", "257"} << "--signals: expected 1 to 256";
    QTest::newRow("qos 2") << QStringList{"--synthetic", "--qos", "2"} << "--qos";
    QTest::newRow("count zero") << QStringList{"--synthetic", "--count", "0"} << "--count";
    QTest::newRow("evaluate synthetic") << QStringList{"--synthetic", "--evaluate"} << "--evaluate";
    QTest::newRow("retrain after negative") << QStringList{"--retrain-after", "-1"} << "--retrain-after: expected 0";
    QTest::newRow("retrain after text") << QStringList{"--retrain-after", "some"} << "--retrain-after";
    QTest::newRow("retrain synthetic") << QStringList{"--synthetic", "--retrain-after", "5"} << "--retrain-after";
    QTest::newRow("long client id") << QStringList{"--client-id", QString(41, QLatin1Char('c'))} << "--client-id";
}

void TestSimOptions::errors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    SimOptions o;
    QString message;
    QCOMPARE(parse(args, &o, &message), SimOptions::Parse::Error);
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY(!message.contains(QLatin1Char('\n')));
}

QTEST_GUILESS_MAIN(TestSimOptions)
#include "tst_simoptions.moc"

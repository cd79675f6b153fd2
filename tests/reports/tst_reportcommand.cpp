// `fleetwatch report` (runReportCommand): arguments, exit codes and the CSV file it writes, on a
// small store made in a temporary directory. Under a QCoreApplication, as here, --format pdf is
// refused (a PDF needs a QGuiApplication); tst_reportcommandpdf writes one.

#include "core/store/database.h"
#include "core/reports/reportcsv.h"
#include "core/store/sqlstatement.h"
#include "reports/reportcommand.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

class TestReportCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void badArguments_data();
    void badArguments();
    void writesCsv();
    void writesToStdout();
    void csvField_data();
    void csvField();

private:
    int run(const QStringList &args, QString *out, QString *err);
    QTemporaryDir m_dir;
    QString m_db;
};

int TestReportCommand::run(const QStringList &args, QString *out, QString *err)
{
    QTextStream o(out);
    QTextStream e(err);
    return runReportCommand(args, o, e);
}

void TestReportCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("store.db"));
    auto db = Database::open(m_db, nullptr);
    QVERIFY(db);
    const qint64 t = QDateTime(QDate(2026, 3, 2), QTime(8, 0)).toMSecsSinceEpoch();
    QVERIFY(db->exec("INSERT INTO alerts(site, asset, alert_id, line, priority, title, raised_ts, raised_at, "
                     "last_event_at, model_name, model_version) VALUES "
                     "('S1', 'P1', 'a1', 'L1', 2, 'Bearing \"BRG-2\" hot, outer race', 0, 0, 0, 'iforest', '1.2')"));
    SqlStatement move(db->handle(), "UPDATE alerts SET raised_at = ?1, raised_ts = ?1, last_event_at = ?1, "
                                    "acknowledged = 1, acked_at = ?1 + 90000, acked_by = 'ann'");
    move.bind(1, t);
    QVERIFY(move.exec());
}

void TestReportCommand::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QString out = m_dir.filePath(QStringLiteral("bad.csv"));
    const QStringList base = {"--db", m_db, "--from", "2026-03-01", "--to", "2026-04-01", "--out", out};
    QTest::newRow("nothing") << QStringList{} << 1 << "--db is required";
    QTest::newRow("no --out") << base.mid(0, 6) << 1 << "--out is required";
    QTest::newRow("unknown option") << base + QStringList{"--colour", "red"} << 1 << "unknown option --colour";
    QTest::newRow("value missing") << QStringList{"--db"} << 1 << "--db needs a value";
    QTest::newRow("positional") << QStringList{"report", "store.db"} << 1 << "unexpected argument";
    QTest::newRow("twice") << base + QStringList{"--from", "2026-01-01"} << 1 << "--from is given twice";
    QTest::newRow("bad date") << QStringList{"--db", m_db, "--from", "2026-02-30", "--to", "2026-04-01", "--out", out}
                              << 1 << "--from:";
    QTest::newRow("bad rfc3339") << QStringList{"--db", m_db, "--from", "2026-03-01", "--to", "2026-04-01T25:00Z", "--out", out}
                                 << 1 << "--to:";
    QTest::newRow("empty period") << QStringList{"--db", m_db, "--from", "2026-03-01", "--to=2026-03-01", "--out", out}
                                  << 1 << "the end must be after the start";
    QTest::newRow("too long") << QStringList{"--db", m_db, "--from", "1970-01-01", "--to", "9999-12-31", "--out", out}
                              << 1 << "longer than ten years";
    QTest::newRow("pdf") << base + QStringList{"--format", "pdf"} << 2 << "needs the fleetwatch application";
    QTest::newRow("xml") << base + QStringList{"--format", "xml"} << 1 << "unknown format";
    QTest::newRow("shifts") << base + QStringList{"--shifts", "06:00,30:00"} << 1 << "Shifts:";
    QTest::newRow("trend") << base + QStringList{"--trend", "month"} << 1 << "--trend must be day or week";
    QTest::newRow("no store") << QStringList{"--db", m_dir.filePath(QStringLiteral("none.db")), "--from", "2026-03-01",
                                             "--to", "2026-04-01", "--out", out}
                              << 3 << "no Fleetwatch store";
    QTest::newRow("unwritable out") << QStringList{"--db", m_db, "--from", "2026-03-01", "--to", "2026-04-01", "--out",
                                                   m_dir.filePath(QStringLiteral("missing/dir/r.csv"))}
                                    << 4 << "cannot write";
}

void TestReportCommand::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    QString out, err;
    QCOMPARE(run(args, &out, &err), code);
    QVERIFY2(err.startsWith(QLatin1String("fleetwatch report: ")), qPrintable(err));
    QVERIFY2(err.contains(message), qPrintable(err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("bad.csv"))));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.db"))));   // a report never creates a store
}

void TestReportCommand::writesCsv()
{
    const QString path = m_dir.filePath(QStringLiteral("march.csv"));
    QString out, err;
    QCOMPARE(run({"report", "--db", m_db, "--from", "2026-03-01", "--to", "2026-04-01T00:00:00Z", "--format", "csv",
                  "--out", path, "--shifts", "22:00,06:00,14:00", "--trend", "week"},
                 &out, &err),
             0);
    QVERIFY2(err.isEmpty(), qPrintable(err));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    QStringList sections;
    for (const QString &line : csv.split(QStringLiteral("\r\n"))) {
        if (line.startsWith(QLatin1String("# section: ")))
            sections << line.mid(11);
    }
    QCOMPARE(sections, (QStringList{"report", "mtta_groups", "mtta_trend", "mtta_histogram", "alarm_health",
                                    "priority_mix", "most_frequent", "standing_alerts", "chattering_alerts",
                                    "shelved_alerts", "model_quality"}));
    QVERIFY(csv.contains(QLatin1String("shifts,\"06:00,14:00,22:00\"\r\n")));
    QVERIFY(csv.contains(QLatin1String("all,all,1,0,90.000,90.000,90.000\r\n")));
    QVERIFY(csv.contains(QLatin1String("operator,ann,1,0,90.000,90.000,90.000\r\n")));
    QVERIFY(csv.contains(QLatin1String("shift,06:00-14:00,1,0,90.000,90.000,90.000\r\n")));
    QVERIFY(csv.contains(QLatin1String("1,S1,P1,\"Bearing \"\"BRG-2\"\" hot, outer race\",1\r\n")));
    QVERIFY(csv.contains(QLatin1String("high,1,1.0000,0.1500\r\n")));
    QVERIFY(csv.contains(QLatin1String("iforest,1.2,1,0,0.0000,0,0,0,0,,\r\n")));
}

void TestReportCommand::writesToStdout()
{
    QString out, err;
    QCOMPARE(run({"--db=" + m_db, "--from=2026-03-02", "--to=2026-03-03", "--out=-"}, &out, &err), 0);
    QVERIFY(out.startsWith(QLatin1String("# section: report\r\nkey,value\r\n")));
    QVERIFY(out.contains(QLatin1String("alerts,1\r\n")));
}

void TestReportCommand::csvField_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "abc" << "abc";
    QTest::newRow("empty") << "" << "";
    QTest::newRow("comma") << "a,b" << "\"a,b\"";
    QTest::newRow("quote") << "say \"hi\"" << "\"say \"\"hi\"\"\"";
    QTest::newRow("newline") << "a\nb" << "\"a\nb\"";
    QTest::newRow("carriage return") << "a\rb" << "\"a\rb\"";
    QTest::newRow("looks like a section") << "# section: x" << "\"# section: x\"";
}

void TestReportCommand::csvField()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(fw::csvField(value), expected);
}

QTEST_GUILESS_MAIN(TestReportCommand)
#include "tst_reportcommand.moc"

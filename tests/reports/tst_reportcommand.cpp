// `fleetwatch report` (runReportCommand): arguments, exit codes and the CSV file it writes, on a
// small store made in a temporary directory. Under a QCoreApplication, as here, --format pdf is
// refused (a PDF needs a QGuiApplication); tst_reportcommandpdf writes one.
// The store is only read: in a read-only folder (permissions, and as root a read-only bind mount:
// support/readonlyfolder.h), as a copy, while a console writes to it; a file that is not a store and a
// damaged store are left as they are. Text cells that a spreadsheet would run as a formula are
// neutralised (OWASP), the report's own numbers are not.

#include "core/store/database.h"
#include "core/reports/reportcsv.h"
#include "core/reports/reportcli.h"
#include "core/store/sqlstatement.h"
#include "reports/reportcommand.h"
#include "support/readonlyfolder.h"
#include "support/storefiles.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;
using namespace fw::test;

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
    void csvNeutralisesFormulas();
    void reportNumbersStayNumbers();
    void readsWithoutWriting_data();
    void readsWithoutWriting();
    void refusesWhatIsNotAStore_data();
    void refusesWhatIsNotAStore();

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
    QVERIFY(csv.contains(QLatin1String("high,1,1.0000,0.1500,0.2500,above\r\n")));
    QVERIFY(csv.contains(QLatin1String("low+medium,0,0.0000,0.8000,0.6500,below\r\n")));
    QVERIFY(csv.contains(QLatin1String("collection_basis,alerts\r\n")));   // no console ran on this store
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
    QTest::newRow("a negative number stays as it is") << "-3" << "-3";
}

void TestReportCommand::csvField()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(fw::csvField(value), expected);
}

// Titles and ids that a spreadsheet would run as formulas come out as text: a leading ' (OWASP).
void TestReportCommand::csvNeutralisesFormulas()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("formulas.db"));
    {
        auto store = Database::open(db, nullptr);
        QVERIFY(store);
        const qint64 t = QDateTime(QDate(2026, 3, 2), QTime(8, 0)).toMSecsSinceEpoch();
        const QStringList titles = {"=HYPERLINK(\"http://x\",\"y\")", "+1", "-1+2", "@SUM(A1)", "\tTAB", "\rCR", "plain"};
        for (int i = 0; i < titles.size(); ++i) {
            SqlStatement insert(store->handle(),
                                "INSERT INTO alerts(site, asset, alert_id, priority, title, raised_ts, raised_at, "
                                "last_event_at, model_name, model_version) VALUES (?1, ?2, ?3, 1, ?4, ?5, ?5, ?5, ?6, ?7)");
            insert.bind(1, QStringLiteral("=S"));
            insert.bind(2, QStringLiteral("@P%1").arg(i));
            insert.bind(3, QStringLiteral("-a%1").arg(i));
            insert.bind(4, titles[i]);
            insert.bind(5, t - i * 26 * 3600 * 1000LL);   // older than a day: standing, with its alert id
            insert.bind(6, QStringLiteral("+model"));
            insert.bind(7, QStringLiteral("-1.0"));
            QVERIFY(insert.exec());
        }
    }
    QString out, err;
    QCOMPARE(run({"--db", db, "--from", "2026-02-01", "--to", "2026-04-01", "--out", "-"}, &out, &err), 0);
    QVERIFY2(err.isEmpty(), qPrintable(err));
    for (const QString &cell : {QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""), QStringLiteral(",'+1,"),
                                QStringLiteral(",'-1+2,"), QStringLiteral(",'@SUM(A1),"), QStringLiteral(",'\tTAB,"),
                                QStringLiteral(",\"'\rCR\","), QStringLiteral(",plain,")})
        QVERIFY2(out.contains(cell), qPrintable(cell));
    // Site, asset, alert id, model and version, and a grouping key (the site) too.
    QVERIFY(out.contains(QLatin1String("'=S,'@P0,'-a0,")));
    QVERIFY(out.contains(QLatin1String("site,'=S,")));
    QVERIFY(out.contains(QLatin1String("'+model,'-1.0,")));
    // Nothing a spreadsheet would run is left at the start of a cell.
    for (const QString &line : out.split(QStringLiteral("\r\n"))) {
        for (const QString &cell : line.split(QLatin1Char(','))) {
            const QString c = cell.startsWith(QLatin1Char('"')) ? cell.mid(1) : cell;
            QVERIFY2(c.isEmpty() || !QStringLiteral("=+@\t\r").contains(c.front()), qPrintable(line));
        }
    }
}

// The report's own numbers are never neutralised, a negative one included.
void TestReportCommand::reportNumbersStayNumbers()
{
    Report report;
    report.options.period = ReportPeriod{0, 1000};
    report.mtta.histogram.push_back(MttaHistogramBin{-3000, 0, 7});
    const QString csv = QString::fromUtf8(reportToCsv(report));
    QVERIFY2(csv.contains(QLatin1String("from_s,to_s,count\r\n-3,0,7\r\n")), qPrintable(csv));
    QCOMPARE(fw::csvTextField(QStringLiteral("-3")), QStringLiteral("'-3"));   // were it text
}

void TestReportCommand::readsWithoutWriting_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("closed store in a read-only folder") << "readonly" << 0 << "";
    QTest::newRow("a copy of the store file") << "copy" << 0 << "";
    QTest::newRow("while a console writes to it") << "live" << 0 << "";
    QTest::newRow("read-only folder, with the -wal and -shm of a console") << "readonly-wal" << 0 << "";
    QTest::newRow("read-only folder, a -wal without its -shm") << "readonly-wal-no-shm" << 3 << "read-only folder";
}

// The report reads the store without creating, changing or moving a thing (no -wal, -shm, .open).
void TestReportCommand::readsWithoutWriting()
{
    QFETCH(QString, setup);
    QFETCH(int, code);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("store"));
    QVERIFY(QDir().mkpath(folder));
    const QString db = folder + QStringLiteral("/fleetwatch.sqlite");
    std::unique_ptr<Database> console;
    if (setup == QLatin1String("copy")) {
        QVERIFY(QFile::copy(m_db, db));
    } else {
        console = Database::open(db, nullptr);
        QVERIFY(console);
        const qint64 t = QDateTime(QDate(2026, 3, 2), QTime(8, 0)).toMSecsSinceEpoch();
        SqlStatement insert(console->handle(), "INSERT INTO alerts(site, asset, alert_id, priority, title, raised_ts, "
                                               "raised_at, last_event_at) VALUES ('S9', 'P9', 'w1', 2, 'In the WAL', "
                                               "?1, ?1, ?1)");
        insert.bind(1, t);
        QVERIFY(insert.exec());
        if (setup.startsWith(QLatin1String("readonly-wal"))) {
            // What a console that is running (or crashed) leaves beside the store: copied to a folder of
            // their own, which then becomes read-only.
            const QString copy = dir.filePath(QStringLiteral("copy"));
            QVERIFY(QDir().mkpath(copy));
            for (const char *suffix : {"", "-wal", "-shm"}) {
                if (setup.endsWith(QLatin1String("no-shm")) && qstrcmp(suffix, "-shm") == 0)
                    continue;
                QVERIFY(QFile::copy(db + QLatin1String(suffix), copy + QStringLiteral("/fleetwatch.sqlite") + QLatin1String(suffix)));
            }
            console.reset();
            QVERIFY(QDir(folder).removeRecursively());
            QVERIFY(QDir().rename(copy, folder));
            QVERIFY(QFileInfo(db + QStringLiteral("-wal")).size() > 0);
        } else if (setup == QLatin1String("readonly")) {
            console.reset();
        }
    }
    std::unique_ptr<test::ReadOnlyFolder> readOnly;
    if (setup.startsWith(QLatin1String("readonly"))) {
        readOnly = std::make_unique<test::ReadOnlyFolder>(folder);
        QVERIFY2(readOnly->errorString().isEmpty(), qPrintable(readOnly->errorString()));
        QVERIFY(readOnly->isReadOnly());
    }
    // While a console has it open, the -shm is the shared memory every connection to the store reads
    // and marks (SQLite's wal-index): there only its presence counts.
    const auto files = [&] {
        QStringList entries = snapshot(folder);
        if (console)
            entries.replaceInStrings(QRegularExpression(QStringLiteral("^(\\S+-shm) .*")), QStringLiteral("\\1"));
        return entries;
    };
    const QStringList before = files();
    QString out, err;
    QCOMPARE(run({"--db", db, "--from", "2026-03-01", "--to", "2026-04-01", "--out", "-"}, &out, &err), code);
    if (code == 0) {
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QVERIFY2(out.contains(setup == QLatin1String("copy") ? QLatin1String("Bearing") : QLatin1String("In the WAL")),
                 qPrintable(out));
    } else {
        QVERIFY2(err.contains(message), qPrintable(err));
        QVERIFY2(err.contains(db), qPrintable(err));
    }
    QCOMPARE(files(), before);
    if (console)   // the console's marker is still there, and it still writes
        QVERIFY(console->exec("INSERT INTO meta_kv(key, value) VALUES ('after', 'report')"));
}

void TestReportCommand::refusesWhatIsNotAStore_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("a text file") << "text" << "is not a Fleetwatch store";
    QTest::newRow("another program's SQLite database") << "foreign" << "is not a Fleetwatch store";
    QTest::newRow("a damaged Fleetwatch store: read, not moved") << "damaged" << "could not be read";
}

void TestReportCommand::refusesWhatIsNotAStore()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("notes.txt"));
    if (kind == QLatin1String("text"))
        QVERIFY(writeFile(db, "shift notes: pump 3 noisy\n"));
    else if (kind == QLatin1String("foreign"))
        QVERIFY(makeForeignDatabase(db, "CREATE TABLE invoices(n); INSERT INTO invoices VALUES (1);"));
    else
        QVERIFY(writeFile(db, storeWithRootPageDamaged(dir.path(), 300)));
    const QStringList before = snapshot(dir.path());
    QString out, err;
    QCOMPARE(run({"--db", db, "--from", "2026-03-01", "--to", "2026-04-01", "--out", "-"}, &out, &err),
             int(ReportStoreError));
    QVERIFY2(err.contains(message), qPrintable(err));
    if (kind != QLatin1String("damaged"))
        QVERIFY2(err.contains(db), qPrintable(err));
    QCOMPARE(snapshot(dir.path()), before);   // not renamed, set aside or written
}

QTEST_GUILESS_MAIN(TestReportCommand)
#include "tst_reportcommand.moc"

// `fleetwatch report --format pdf` as main() runs it: runReportCommand(argc, argv) before any
// application object, making its own QGuiApplication, in a program linked with fw_reports alone.
// The headless PDF needs QtGui and nothing above it. Checked when this file compiles (the targets of
// Qt Widgets, Charts and Multimedia define QT_WIDGETS_LIB, QT_CHARTS_LIB and QT_MULTIMEDIA_LIB for
// whatever links them, so none may be in fw_reports' link interface), and when it runs (none of their
// shared libraries is loaded into the process, plugins included). The fixture: one acknowledged alert.

#include "core/reports/reportcli.h"
#include "core/store/database.h"
#include "reports/reportcommand.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <vector>

#if defined(QT_WIDGETS_LIB) || defined(QT_CHARTS_LIB) || defined(QT_MULTIMEDIA_LIB) || defined(QT_PRINTSUPPORT_LIB)
#error "fw_reports must need QtGui only: it links Widgets, Charts, Multimedia or PrintSupport"
#endif

using namespace fw;

class TestReportCommandPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesPdfWithoutWidgets();
    void writesCsv();

private:
    // runReportCommand(argc, argv) on "fleetwatch report <args>".
    static int run(const QStringList &args);
    QTemporaryDir m_dir;
    QString m_db;
};

int TestReportCommandPdf::run(const QStringList &args)
{
    std::vector<QByteArray> storage{QByteArrayLiteral("fleetwatch"), QByteArrayLiteral("report")};
    for (const QString &arg : args)
        storage.push_back(arg.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &arg : storage)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    return runReportCommand(int(storage.size()), argv.data());
}

void TestReportCommandPdf::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("store.db"));
    const auto db = Database::open(m_db, nullptr);
    QVERIFY(db);
    const qint64 raised = QDateTime(QDate(2026, 3, 2), QTime(9, 30)).toMSecsSinceEpoch();
    QVERIFY(db->exec(QStringLiteral("INSERT INTO alerts(site, asset, alert_id, line, priority, title, raised_ts, "
                                    "raised_at, last_event_at, acknowledged, acked_at, acked_by) VALUES ('S1', 'P1', "
                                    "'a1', 'L1', 3, 'Oil pressure low', %1, %1, %1, 1, %1 + 42000, 'ann')")
                         .arg(raised)
                         .toUtf8()
                         .constData()));
}

void TestReportCommandPdf::writesPdfWithoutWidgets()
{
    const QString path = m_dir.filePath(QStringLiteral("march.pdf"));
    QCOMPARE(run({"--db", m_db, "--from", "2026-03-01", "--to", "2026-04-01", "--format", "pdf", "--out", path}),
             int(ReportOk));
    QVERIFY(!QCoreApplication::instance());   // the command's own application object is gone again
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    QVERIFY(pdf.contains("/MediaBox [0 0 595"));   // A4

    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly | QIODevice::Text))
        QFAIL("no /proc/self/maps: the libraries loaded cannot be listed");
    const QString loaded = QString::fromUtf8(maps.readAll());
    QVERIFY(loaded.contains(QLatin1String("libQt6Gui")));
    static const QRegularExpression above(QStringLiteral("libQt6(Widgets|Charts|Multimedia|PrintSupport)[^\\n]*"));
    const QRegularExpressionMatch match = above.match(loaded);
    QVERIFY2(!match.hasMatch(), qPrintable(match.captured()));
}

void TestReportCommandPdf::writesCsv()
{
    const QString path = m_dir.filePath(QStringLiteral("march.csv"));
    QCOMPARE(run({"--db", m_db, "--from", "2026-03-01", "--to", "2026-04-01", "--out", path}), int(ReportOk));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY(csv.startsWith("# section: report\r\n"));
    QVERIFY(csv.contains("all,all,1,0,42.000,42.000,42.000\r\n"));
}

QTEST_APPLESS_MAIN(TestReportCommandPdf)
#include "tst_reportcommandpdf.moc"

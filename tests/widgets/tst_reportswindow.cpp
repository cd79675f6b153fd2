// "Reports…": pick a period, run (on a worker thread), see the sections as tables, export CSV/PDF.
// Fixture (UTC): 20 alerts on 2026-03-02, every fifth never acknowledged.

#include "core/database.h"
#include "core/sqlstatement.h"
#include "widgets/reportswindow.h"

#include <QFile>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace fw;

class TestReportsWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void runAndExport();
    void missingStore();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestReportsWindow::initTestCase()
{
    qputenv("TZ", "UTC");
    tzset();
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("store.db"));
    std::unique_ptr<Database> db = Database::open(m_db, nullptr);
    QVERIFY(db);
    const qint64 t0 = QDateTime(QDate(2026, 3, 2), QTime(6, 0), Qt::UTC).toMSecsSinceEpoch();
    for (int n = 0; n < 20; ++n) {
        SqlStatement s(db->handle(),
                       "INSERT INTO alerts(site, asset, alert_id, line, priority, title, raised_ts, raised_at, "
                       "last_event_at, acknowledged, acked_at, acked_by, acked_console, chattering) "
                       "VALUES ('S1', ?1, ?2, 'L1', ?3, 'Vibration high', ?4, ?4, ?4, ?5, ?6, 'ann', 'c1', 0)");
        const qint64 raised = t0 + n * 10 * 60 * 1000;
        const bool acked = n % 5 != 0;
        s.bind(1, QStringLiteral("P%1").arg(n % 4));
        s.bind(2, QStringLiteral("a%1").arg(n));
        s.bind(3, n % 4);
        s.bind(4, raised);
        s.bind(5, acked);
        s.bind(6, acked ? std::optional<qint64>(raised + 90 * 1000) : std::nullopt);
        QVERIFY(s.exec());
    }
}

void TestReportsWindow::runAndExport()
{
    ReportsWindow window(m_db);
    window.setPeriod(QDate(2026, 3, 1), QDate(2026, 3, 3));
    QSignalSpy ready(&window, &ReportsWindow::reportReady);
    window.run();
    QVERIFY(ready.wait(10000));
    QVERIFY(window.report());
    QCOMPARE(window.report()->mtta.overall.total(), 20);
    QCOMPARE(window.report()->mtta.overall.unacknowledged, 4);
    QCOMPARE(window.table(QStringLiteral("mtta"))->rowCount(), 1);
    QCOMPARE(window.table(QStringLiteral("mix"))->rowCount(), 3);
    QCOMPARE(window.table(QStringLiteral("top"))->rowCount(), 4);

    QString error;
    const QString csv = m_dir.filePath(QStringLiteral("r.csv"));
    QVERIFY2(window.exportCsvTo(csv, &error), qPrintable(error));
    QFile c(csv);
    QVERIFY(c.open(QIODevice::ReadOnly));
    QVERIFY(c.readAll().startsWith("# section: report"));
    const QString pdf = m_dir.filePath(QStringLiteral("r.pdf"));
    QVERIFY2(window.exportPdfTo(pdf, &error), qPrintable(error));
    QFile p(pdf);
    QVERIFY(p.open(QIODevice::ReadOnly));
    QVERIFY(p.readAll().startsWith("%PDF-"));
    QVERIFY(!window.exportPdfTo(m_dir.filePath(QStringLiteral("no/such/dir/r.pdf")), &error));
}

void TestReportsWindow::missingStore()
{
    ReportsWindow window(m_dir.filePath(QStringLiteral("none.db")));
    QSignalSpy failed(&window, &ReportsWindow::reportFailed);
    window.run();
    QVERIFY(failed.wait(10000));
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("no Fleetwatch store")),
             qPrintable(failed.first().first().toString()));
    QVERIFY(!window.report());
    QString error;
    QVERIFY(!window.exportCsvTo(m_dir.filePath(QStringLiteral("x.csv")), &error));
}

QTEST_MAIN(TestReportsWindow)
#include "tst_reportswindow.moc"

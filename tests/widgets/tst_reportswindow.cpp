// "Reports…": pick a period, run (on a worker thread), see the sections as tables, export CSV/PDF.
// Fixture (UTC): 20 alerts on 2026-03-02, every fifth never acknowledged; model "vib" 1.9.0 raised the
// first ten (4 true, 4 false positives labelled), 1.10.0 the last ten (6 true, 2 false). No console
// ran on the store (no console_sessions row): the rates are over the alerts' span, 06:00 to 09:20,
// and the window says so. Priorities cycle low, medium, high, critical: 5 each.

#include "core/store/database.h"
#include "core/store/sqlstatement.h"
#include "widgets/reportswindow.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPrinter>
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
                       "last_event_at, acknowledged, acked_at, acked_by, acked_console, chattering, model_name, model_version) "
                       "VALUES ('S1', ?1, ?2, 'L1', ?3, 'Vibration high', ?4, ?4, ?4, ?5, ?6, 'ann', 'c1', 0, 'vib', ?7)");
        const qint64 raised = t0 + n * 10 * 60 * 1000;
        const bool acked = n % 5 != 0;
        s.bind(1, QStringLiteral("P%1").arg(n % 4));
        s.bind(2, QStringLiteral("a%1").arg(n));
        s.bind(3, n % 4);
        s.bind(4, raised);
        s.bind(5, acked);
        s.bind(6, acked ? std::optional<qint64>(raised + 90 * 1000) : std::nullopt);
        s.bind(7, n < 10 ? QStringLiteral("1.9.0") : QStringLiteral("1.10.0"));
        QVERIFY(s.exec());
        const bool truePositive = n < 10 ? n < 4 : n < 16;
        const bool labelled = n < 10 ? n < 8 : n < 18;
        if (!labelled)
            continue;
        SqlStatement l(db->handle(),
                       "INSERT INTO labels(label_id, alert_row, site, asset, outcome, recorded_at, outbox_id, payload) "
                       "SELECT ?1, id, site, asset, ?2, ?3, 0, x'' FROM alerts WHERE alert_id = ?4");
        l.bind(1, QStringLiteral("lab%1").arg(n));
        l.bind(2, truePositive ? QStringLiteral("true_positive") : QStringLiteral("false_positive"));
        l.bind(3, raised + 3'600'000);
        l.bind(4, QStringLiteral("a%1").arg(n));
        QVERIFY(l.exec());
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

    // What the rates are over, in words; the rates over it: 20 alerts in 3 h 20 min, 144 a day.
    const auto *coverage = window.findChild<QLabel *>(QStringLiteral("coverage"));
    QVERIFY(coverage);
    QVERIFY2(coverage->text().contains(QLatin1String("no record of when it was collecting")), qPrintable(coverage->text()));
    QVERIFY2(coverage->text().contains(QLatin1String("3 h 20 min of the 3 d period")), qPrintable(coverage->text()));
    QCOMPARE(window.report()->health.coverage.collectedMs, qint64(200) * 60 * 1000);
    QTableWidget *health = window.table(QStringLiteral("health"));
    QCOMPARE(health->item(2, 0)->text(), QStringLiteral("Alerts per day"));
    QCOMPARE(health->item(2, 1)->text(), QStringLiteral("144.0"));
    // The mix against the guide, each with its verdict: 50 % low + medium, 25 % high, 25 % critical.
    QTableWidget *mix = window.table(QStringLiteral("mix"));
    QCOMPARE(mix->item(0, 3)->text(), QStringLiteral("about 80 %, 65 % or more — below"));
    QCOMPARE(mix->item(1, 3)->text(), QStringLiteral("about 15 %, at most 25 % — within"));
    QCOMPARE(mix->item(2, 3)->text(), QStringLiteral("about 5 %, at most 10 % — above"));

    // Charts: one bar per day of the period, the histogram's bins, the mix against 80/15/5.
    const auto barSets = [&](const char *name) {
        QChartView *view = window.chart(QString::fromLatin1(name));
        const QList<QAbstractSeries *> series = view ? view->chart()->series() : QList<QAbstractSeries *>();
        return series.size() == 1 ? static_cast<QAbstractBarSeries *>(series.first())->barSets() : QList<QBarSet *>();
    };
    QCOMPARE(barSets("trendChart").size(), 1);
    QCOMPARE(barSets("trendChart").first()->count(), int(window.report()->mtta.trend.size()));
    QCOMPARE(barSets("trendChart").first()->count(), 3);
    QVERIFY(barSets("trendChart").first()->at(1) > 0);   // 2026-03-02: 90 s
    QCOMPARE(barSets("histogramChart").size(), 1);
    QCOMPARE(barSets("histogramChart").first()->count(), int(window.report()->mtta.histogram.size()));
    double acked = 0;
    for (int i = 0; i < barSets("histogramChart").first()->count(); ++i)
        acked += barSets("histogramChart").first()->at(i);
    QCOMPARE(acked, 16.0);
    QCOMPARE(barSets("mixChart").size(), 2);
    QCOMPARE(barSets("mixChart").at(1)->at(2), 80.0);   // the guide, low + medium
    QCOMPARE(barSets("mixChart").at(0)->at(2), 50.0);   // P0 and P1: half the alerts
    QVERIFY(!window.chart(QStringLiteral("trendChart"))->chart()->title().isEmpty());

    // Model quality: 1.10.0 after 1.9.0 (semantic, not text order): precision 50 % -> 75 %, 4 -> 2 false.
    QTableWidget *quality = window.table(QStringLiteral("quality"));
    QCOMPARE(quality->rowCount(), 2);
    QCOMPARE(quality->columnCount(), 11);
    for (int r = 0; r < quality->rowCount(); ++r) {
        const QString version = quality->item(r, 1)->text();
        const QString change = quality->item(r, 10)->text();
        if (version == QStringLiteral("1.10.0"))
            QCOMPARE(change, QStringLiteral("+25 pts / \u22122"));
        else
            QCOMPARE(change, QStringLiteral("–"));
    }

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

    // Print, without the dialog: a PDF printer.
    const QString printed = m_dir.filePath(QStringLiteral("printed.pdf"));
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(printed);
        QVERIFY2(window.printTo(printer, &error), qPrintable(error));
    }
    QVERIFY(QFileInfo::exists(printed));
    QFile pr(printed);
    QVERIFY(pr.open(QIODevice::ReadOnly));
    const QByteArray printedBytes = pr.readAll();
    QVERIFY(printedBytes.startsWith("%PDF-"));
    QVERIFY(printedBytes.size() > 10000);
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
    QPrinter printer;
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(m_dir.filePath(QStringLiteral("x.pdf")));
    QVERIFY(!window.printTo(printer, &error));
}

QTEST_MAIN(TestReportsWindow)
#include "tst_reportswindow.moc"

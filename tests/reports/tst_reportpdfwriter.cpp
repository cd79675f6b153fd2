// The plant manager's report as a PDF: painted headless (offscreen), A4, more than one page, every
// page counted in "page N of M", and an unwritable path reported rather than half-written.
// Fixture (UTC, so local time = UTC): 90 alerts over three days on 30 assets of two sites, most
// acknowledged within minutes, every seventh never; plus two alerts raised before the period and
// never acknowledged (standing at its end).

#include "core/store/database.h"
#include "core/reports/reportbuilder.h"
#include "core/store/sqlstatement.h"
#include "reports/reportpdfwriter.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace fw;

namespace {

constexpr qint64 kMin = 60 * 1000;
constexpr qint64 kHour = 60 * kMin;
constexpr qint64 kDay = 24 * kHour;
const qint64 T0 = QDateTime(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();

bool insertAlert(Database &db, int n, qint64 raisedAt, std::optional<qint64> ackedAt)
{
    SqlStatement s(db.handle(),
                   "INSERT INTO alerts(site, asset, alert_id, line, priority, title, raised_ts, raised_at, "
                   "last_event_at, acknowledged, acked_at, acked_by, acked_console, chattering) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?7, ?8, ?9, ?10, 'c1', ?11)");
    s.bind(1, QStringLiteral("S%1").arg(n % 2 + 1));
    s.bind(2, QStringLiteral("P%1").arg(n % 30, 2, 10, QLatin1Char('0')));
    s.bind(3, QStringLiteral("a%1").arg(n));
    s.bind(4, QStringLiteral("L%1").arg(n % 3 + 1));
    s.bind(5, n % 10 == 0 ? 3 : (n % 4 == 0 ? 2 : n % 2));
    s.bind(6, QStringLiteral("Bearing temperature high %1").arg(n % 5));
    s.bind(7, raisedAt);
    s.bind(8, ackedAt.has_value());
    s.bind(9, ackedAt);
    s.bind(10, QStringList{"ann", "bob", "cy"}.at(n % 3));
    s.bind(11, n % 11 == 0);
    return s.exec();
}

int countPages(const QByteArray &pdf)
{
    // Page objects ("/Type /Page"), not the page tree ("/Type /Pages").
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![s\\w])"));
    int n = 0;
    auto it = page.globalMatch(QString::fromLatin1(pdf));
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

} // namespace

class TestReportPdfWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesMultiPagePdf();
    void emptyPeriod();
    void badPath();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::optional<Report> m_report;
};

void TestReportPdfWriter::initTestCase()
{
    qputenv("TZ", "UTC");
    tzset();
    QVERIFY(m_dir.isValid());
    m_db = Database::open(m_dir.filePath(QStringLiteral("store.db")), nullptr);
    QVERIFY(m_db);
    for (int n = 0; n < 90; ++n) {
        const qint64 raised = T0 + n * 47 * kMin;
        const std::optional<qint64> acked =
            n % 7 == 0 ? std::nullopt : std::optional<qint64>(raised + (n % 13 + 1) * 37 * 1000);
        QVERIFY(insertAlert(*m_db, n, raised, acked));
    }
    QVERIFY(insertAlert(*m_db, 1000, T0 - 2 * kDay, std::nullopt));
    QVERIFY(insertAlert(*m_db, 1001, T0 - 3 * kDay, std::nullopt));
    ReportOptions options;
    options.period = ReportPeriod{T0, T0 + 3 * kDay};
    QString error;
    m_report = buildReport(*m_db, options, &error);
    QVERIFY2(m_report, qPrintable(error));
    QCOMPARE(m_report->mtta.overall.total(), 90);
}

void TestReportPdfWriter::writesMultiPagePdf()
{
    const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
    QString error;
    QVERIFY2(writeReportPdf(*m_report, path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));

    int expected = 0;
    const QByteArray again = renderReportPdf(*m_report, &error, &expected);
    QVERIFY(!again.isEmpty());
    QVERIFY2(expected > 1, qPrintable(QString::number(expected)));
    QCOMPARE(countPages(pdf), expected);
    // A4 portrait: 595 x 842 points.
    static const QRegularExpression a4(QStringLiteral("/MediaBox \\[0 0 595(\\.0+)? 842(\\.0+)?\\]"));
    QVERIFY(QString::fromLatin1(pdf).contains(a4));
}

void TestReportPdfWriter::emptyPeriod()
{
    ReportOptions options;
    options.period = ReportPeriod{T0 - 30 * kDay, T0 - 29 * kDay};
    options.trendBucket = TrendBucket::Week;
    QString error;
    const std::optional<Report> report = buildReport(*m_db, options, &error);
    QVERIFY2(report, qPrintable(error));
    QCOMPARE(report->mtta.overall.total(), 0);
    int pages = 0;
    const QByteArray pdf = renderReportPdf(*report, &error, &pages);
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pages > 1);
    QCOMPARE(countPages(pdf), pages);
}

void TestReportPdfWriter::badPath()
{
    const QString path = m_dir.filePath(QStringLiteral("missing/dir/report.pdf"));
    QString error;
    QVERIFY(!writeReportPdf(*m_report, path, &error));
    QVERIFY2(error.contains(QStringLiteral("missing/dir/report.pdf")), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestReportPdfWriter)
#include "tst_reportpdfwriter.moc"

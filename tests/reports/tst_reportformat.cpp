// formatCollection: the sentence the PDF (title block and health section) and the Reports window
// show about what the rates are over, for each basis, and with the part of the period still to come.
// English; UTC so the local times are the stored ones.

#include "core/reports/collectioncoverage.h"
#include "core/store/sessionrepository.h"
#include "reports/reportformat.h"

#include <QTest>

#include <ctime>

using namespace fw;

namespace {

constexpr qint64 kMin = 60 * 1000;
constexpr qint64 kHour = 60 * kMin;
constexpr qint64 kDay = 24 * kHour;
const qint64 D = QDateTime(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();

} // namespace

class TestReportFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qputenv("TZ", "UTC");
        tzset();
        QLocale::setDefault(QLocale::c());   // ISO dates
    }

    void formatCollection_data()
    {
        QTest::addColumn<int>("days");                // the period's length
        QTest::addColumn<qint64>("now");
        QTest::addColumn<QList<qint64>>("sessions");   // start, end pairs from D
        QTest::addColumn<qint64>("recordedSince");    // from D; -1: none
        QTest::addColumn<QStringList>("expected");    // parts of the text, in order
        QTest::newRow("collected part of a past day")
            << 1 << D + 2 * kDay << QList<qint64>{0, 18 * kHour + 12 * kMin} << qint64(0)
            << QStringList{"Collected 18 h 12 min of the 24 h period; rates over that time."};
        QTest::newRow("day report at 09:49")
            << 1 << D + 9 * kHour + 49 * kMin << QList<qint64>{-kHour, 9 * kHour + 48 * kMin} << -kHour
            << QStringList{"Collected 9 h 48 min of the 24 h period; rates over that time.",
                           "9 h 49 min of the period had passed when the report was made; the rest is not counted."};
        QTest::newRow("an older store: no record")
            << 1 << D + 2 * kDay << QList<qint64>{} << qint64(-1)
            << QStringList{"no record of when it was collecting", "first to the last alert", "1 h of the 24 h period"};
        QTest::newRow("a week")
            << 7 << D + 8 * kDay << QList<qint64>{0, 7 * kDay} << qint64(0) << QStringList{"Collected 7 d of the 7 d period"};
        QTest::newRow("record from noon")
            << 1 << D + 2 * kDay << QList<qint64>{12 * kHour, 14 * kHour} << 12 * kHour
            << QStringList{"Collected 3 h of the 24 h period", "Before 2026-03-02 12:00 the store has no record"};
    }

    void formatCollection()
    {
        QFETCH(int, days);
        QFETCH(qint64, now);
        QFETCH(QList<qint64>, sessions);
        QFETCH(qint64, recordedSince);
        QFETCH(QStringList, expected);
        std::vector<SessionSpan> spans;
        for (qsizetype i = 0; i + 1 < sessions.size(); i += 2)
            spans.push_back(SessionSpan{D + sessions[i], D + sessions[i + 1], true});
        const std::optional<qint64> since = recordedSince == -1 ? std::nullopt : std::optional<qint64>(D + recordedSince);
        // Alerts from 03:00 to 03:55 before the record (where there is none before it).
        const CollectionCoverage c = CollectionCoverage::compute(
            ReportPeriod{D, D + days * kDay}, now, spans, since,
            CollectionCoverage::Span{D + 3 * kHour, D + 3 * kHour + 55 * kMin}, 10 * kMin);
        const QString text = fw::formatCollection(c);
        qsizetype at = 0;
        for (const QString &part : expected) {
            const qsizetype found = text.indexOf(part, at);
            QVERIFY2(found >= 0, qPrintable(QStringLiteral("\"%1\" not in \"%2\"").arg(part, text)));
            at = found + part.size();
        }
    }
};

QTEST_MAIN(TestReportFormat)
#include "tst_reportformat.moc"

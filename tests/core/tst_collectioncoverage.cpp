// CollectionCoverage::compute: what the rates of a report are over, worked out by hand. A day period
// [0, 24 h) with times in minutes; 10-minute intervals for the span of the alerts.

#include "core/reports/collectioncoverage.h"
#include "core/store/sessionrepository.h"

#include <QTest>

using namespace fw;

namespace {

constexpr qint64 kMin = 60 * 1000;
constexpr qint64 kHour = 60 * kMin;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kNever = -1;   // in the table: nullopt

using Spans = QList<QPair<qint64, qint64>>;   // minutes

std::vector<SessionSpan> sessions(const Spans &minutes)
{
    std::vector<SessionSpan> out;
    for (const auto &[a, b] : minutes)
        out.push_back(SessionSpan{a * kMin, b * kMin, false});
    return out;
}

} // namespace

Q_DECLARE_METATYPE(fw::CollectionCoverage::Basis)

class TestCollectionCoverage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void compute_data()
    {
        QTest::addColumn<qint64>("nowMin");
        QTest::addColumn<Spans>("sessionMinutes");
        QTest::addColumn<qint64>("recordedSinceMin");     // kNever: no session in the store
        QTest::addColumn<qint64>("firstAlertMin");        // kNever: no alert before the record
        QTest::addColumn<qint64>("lastAlertMin");
        QTest::addColumn<qint64>("elapsedMin");
        QTest::addColumn<qint64>("collectedMin");
        QTest::addColumn<CollectionCoverage::Basis>("basis");
        QTest::addColumn<int>("spans");
        const qint64 day = 24 * 60;
        QTest::newRow("running all day, report after it") << 2 * day << Spans{{-60, day + 60}} << qint64(-60) << kNever
                                                          << kNever << day << day << CollectionCoverage::Basis::Sessions << 1;
        // A day report at 09:49: the hours to come are not in it.
        QTest::newRow("day report at 09:49") << qint64(9 * 60 + 49) << Spans{{-60, 9 * 60 + 48}} << qint64(-60) << kNever
                                             << kNever << qint64(589) << qint64(588) << CollectionCoverage::Basis::Sessions
                                             << 1;
        QTest::newRow("off 06:00-08:00") << 2 * day << Spans{{0, 360}, {480, day}} << qint64(0) << kNever << kNever << day
                                         << day - 120 << CollectionCoverage::Basis::Sessions << 2;
        QTest::newRow("overlapping runs counted once") << 2 * day << Spans{{0, 600}, {300, 700}, {700, 800}} << qint64(0)
                                                       << kNever << kNever << day << qint64(800)
                                                       << CollectionCoverage::Basis::Sessions << 1;
        QTest::newRow("not running in the period") << 2 * day << Spans{} << qint64(-3 * day) << kNever << kNever << day
                                                   << qint64(0) << CollectionCoverage::Basis::Sessions << 0;
        // An older store: no record at all; the span of the alerts, to whole 10-minute intervals.
        QTest::newRow("no record: first to last alert") << 2 * day << Spans{} << kNever << qint64(63) << qint64(1201) << day
                                                        << qint64(1210 - 60) << CollectionCoverage::Basis::AlertSpan << 1;
        QTest::newRow("no record, one alert: its interval") << 2 * day << Spans{} << kNever << qint64(63) << qint64(63)
                                                            << day << qint64(10) << CollectionCoverage::Basis::AlertSpan << 1;
        QTest::newRow("no record, no alert") << 2 * day << Spans{} << kNever << kNever << kNever << day << qint64(0)
                                             << CollectionCoverage::Basis::AlertSpan << 0;
        QTest::newRow("no record, capped at now") << qint64(605) << Spans{} << kNever << qint64(3) << qint64(604)
                                                  << qint64(605) << qint64(605) << CollectionCoverage::Basis::AlertSpan << 1;
        // Upgraded at 12:00: before it the alerts' span, from it the record.
        QTest::newRow("record from 12:00") << 2 * day << Spans{{720, 1000}} << qint64(720) << qint64(100) << qint64(555)
                                           << day << qint64(460 + 280) << CollectionCoverage::Basis::Mixed << 2;
        QTest::newRow("record from 12:00, alert span up to it") << 2 * day << Spans{{720, 1000}} << qint64(720)
                                                                << qint64(100) << qint64(719) << day
                                                                << qint64(620 + 280) << CollectionCoverage::Basis::Mixed
                                                                << 1;
        QTest::newRow("period in the future") << qint64(-10) << Spans{} << kNever << kNever << kNever << qint64(0)
                                              << qint64(0) << CollectionCoverage::Basis::AlertSpan << 0;
    }

    void compute()
    {
        QFETCH(qint64, nowMin);
        QFETCH(Spans, sessionMinutes);
        QFETCH(qint64, recordedSinceMin);
        QFETCH(qint64, firstAlertMin);
        QFETCH(qint64, lastAlertMin);
        const std::optional<qint64> recordedSince =
            recordedSinceMin == kNever ? std::nullopt : std::optional<qint64>(recordedSinceMin * kMin);
        const std::optional<CollectionCoverage::Span> alerts =
            firstAlertMin == kNever ? std::nullopt
                                    : std::optional<CollectionCoverage::Span>({firstAlertMin * kMin, lastAlertMin * kMin});
        const CollectionCoverage c = CollectionCoverage::compute(ReportPeriod{0, kDay}, nowMin * kMin,
                                                                 sessions(sessionMinutes), recordedSince, alerts, 10 * kMin);
        QCOMPARE(c.periodMs, kDay);
        QTEST(c.elapsedMs / kMin, "elapsedMin");
        QTEST(c.collectedMs / kMin, "collectedMin");
        QTEST(c.basis, "basis");
        QTEST(int(c.spans.size()), "spans");
        qint64 sum = 0;
        for (size_t i = 0; i < c.spans.size(); ++i) {
            QVERIFY(c.spans[i].first < c.spans[i].second);
            QVERIFY(c.spans[i].first >= 0 && c.spans[i].second <= c.elapsedMs);
            if (i > 0)
                QVERIFY(c.spans[i - 1].second < c.spans[i].first);
            sum += c.spans[i].second - c.spans[i].first;
        }
        QCOMPARE(sum, c.collectedMs);
    }

    void overlaps()
    {
        const CollectionCoverage c = CollectionCoverage::compute(ReportPeriod{0, kDay}, 2 * kDay,
                                                                 sessions({{0, 360}, {480, 600}}), 0, std::nullopt,
                                                                 10 * kMin);
        QVERIFY(c.overlaps(0, 10 * kMin));
        QVERIFY(c.overlaps(350 * kMin, 370 * kMin));
        QVERIFY(!c.overlaps(360 * kMin, 370 * kMin));   // the run ended at 06:00
        QVERIFY(!c.overlaps(400 * kMin, 480 * kMin));
        QVERIFY(c.overlaps(470 * kMin, 481 * kMin));
        QVERIFY(!c.overlaps(600 * kMin, kDay));
    }
};

QTEST_GUILESS_MAIN(TestCollectionCoverage)
#include "tst_collectioncoverage.moc"

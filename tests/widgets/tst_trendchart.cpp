// TrendChart (offscreen): the min/max reduction keeps time order and bounds the points; with a gap
// threshold the line breaks into separate series where samples are further apart (judged on samples
// that carry a value, never more than kMaxSegments series, the newest kept exact); without one it is
// one line as before; setDataEnd() runs the time axis on to "now" with a hatched "no data" tail, and
// nullopt brings the axis back to the data's end.

#include "widgets/trendchart.h"

#include <QAreaSeries>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QTest>

#include <cmath>

using namespace fw;

namespace {

constexpr qint64 kT0 = 1'790'000'000'000;

struct Samples
{
    std::vector<qint64> times;
    std::vector<float> values;

    // `count` samples every `interval` ms from `from`.
    Samples &add(qint64 from, qint64 interval, int count, float value = 1.0f)
    {
        for (int i = 0; i < count; ++i) {
            times.push_back(from + i * interval);
            values.push_back(value + float(i % 7));
        }
        return *this;
    }
};

QDateTimeAxis *timeAxis(TrendChart &chart)
{
    return qobject_cast<QDateTimeAxis *>(chart.chart()->axes(Qt::Horizontal).value(0));
}

} // namespace

class TestTrendChart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reductionBoundsThePointsInTimeOrder()
    {
        Samples s;
        s.add(kT0, 250, 5000);
        const QList<QPointF> points = TrendChart::reduce(s.times, s.values, 100);
        QVERIFY(points.size() <= 200);
        QVERIFY(points.size() >= 100);
        for (qsizetype i = 1; i < points.size(); ++i)
            QVERIFY(points[i].x() > points[i - 1].x());
    }

    void segmentsSplitAtGaps_data()
    {
        QTest::addColumn<qint64>("gap");
        QTest::addColumn<int>("segments");
        QTest::newRow("no threshold: one line") << qint64(0) << 1;
        QTest::newRow("10 s: the minute apart breaks it") << qint64(10'000) << 2;
        QTest::newRow("2 min: not a gap") << qint64(120'000) << 1;
    }

    void segmentsSplitAtGaps()
    {
        QFETCH(qint64, gap);
        QFETCH(int, segments);
        Samples s;
        s.add(kT0, 250, 40).add(kT0 + 40 * 250 + 60'000, 250, 40);
        const auto runs = TrendChart::segments(s.times, s.values, 200, gap);
        QCOMPARE(runs.size(), segments);
        int points = 0;
        for (const auto &run : runs)
            points += int(run.size());
        QCOMPARE(points, 80);
        if (segments == 2) {
            QCOMPARE(runs[0].last().x(), double(kT0 + 39 * 250));
            QCOMPARE(runs[1].first().x(), double(kT0 + 40 * 250 + 60'000));
        }
    }

    // A gap is measured between samples with a value: a signal missing from some samples is not broken
    // by them, and a gap of exactly the threshold is no gap.
    void gapsAreJudgedOnValuesAndStrictly()
    {
        Samples s;
        s.add(kT0, 1'000, 30);
        for (size_t i = 1; i < s.values.size(); i += 2)
            s.values[i] = std::nanf("");   // every other sample lacks it: 2 s apart
        QCOMPARE(TrendChart::segments(s.times, s.values, 100, 2'000).size(), 1);
        QCOMPARE(TrendChart::segments(s.times, s.values, 100, 1'999).size(), 15);
    }

    void manyGapsShareTheFirstSeries()
    {
        Samples s;
        for (int run = 0; run < 50; ++run)
            s.add(kT0 + run * 100'000, 1'000, 5);
        const auto runs = TrendChart::segments(s.times, s.values, 200, 10'000);
        QCOMPARE(runs.size(), TrendChart::kMaxSegments);
        QCOMPARE(runs.last().size(), 5);                          // the newest exact
        QCOMPARE(runs.last().first().x(), double(kT0 + 49 * 100'000));
        QCOMPARE(runs.first().first().x(), double(kT0));          // the oldest kept, joined
    }

    void theChartDrawsOneSeriesPerSegment()
    {
        TrendChart chart;
        chart.resize(600, 200);
        Samples s;
        s.add(kT0, 250, 40).add(kT0 + 40 * 250 + 60'000, 250, 40).add(kT0 + 200'000, 250, 1);
        chart.setGapThreshold(10'000);
        chart.setData(s.times, s.values);
        QCOMPARE(chart.segmentCount(), 3);
        QCOMPARE(chart.pointCount(), 81);
        const auto series = chart.chart()->series();
        int visibleDots = 0;
        for (QAbstractSeries *a : series) {
            if (auto *line = qobject_cast<QLineSeries *>(a); line && line->count() == 1 && line->pointsVisible())
                ++visibleDots;
        }
        QCOMPARE(visibleDots, 1);   // the lone last sample is a dot
        // Fewer segments next time: the extra series are emptied, not left drawing old data.
        chart.setGapThreshold(0);
        chart.setData(s.times, s.values);
        QCOMPARE(chart.segmentCount(), 1);
        QCOMPARE(chart.pointCount(), 81);
    }

    void theAxisRunsToNowWhileTheDataIsNotLive()
    {
        TrendChart chart;
        chart.resize(600, 200);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        Samples s;
        s.add(kT0, 250, 100);
        const qint64 last = s.times.back();
        chart.setData(s.times, s.values);
        QCOMPARE(timeAxis(chart)->max().toMSecsSinceEpoch(), last);
        QVERIFY(!chart.showsNoDataTail());

        chart.setDataEnd(last + 60'000);
        QCOMPARE(timeAxis(chart)->max().toMSecsSinceEpoch(), last + 60'000);
        QVERIFY(chart.showsNoDataTail());
        QAreaSeries *tail = nullptr;
        for (QAbstractSeries *a : chart.chart()->series()) {
            if (auto *area = qobject_cast<QAreaSeries *>(a))
                tail = area;
        }
        QVERIFY(tail && tail->isVisible());
        QCOMPARE(tail->brush().style(), Qt::BDiagPattern);
        QCOMPARE(tail->upperSeries()->at(0).x(), double(last));
        QCOMPARE(tail->upperSeries()->at(1).x(), double(last + 60'000));
        // New data while still stale keeps the axis at now.
        s.add(last + 250, 250, 4);
        chart.setData(s.times, s.values);
        QCOMPARE(timeAxis(chart)->max().toMSecsSinceEpoch(), last + 60'000);

        chart.setDataEnd(std::nullopt);
        QCOMPARE(timeAxis(chart)->max().toMSecsSinceEpoch(), s.times.back());
        QVERIFY(!chart.showsNoDataTail());
        QVERIFY(!tail->isVisible());
    }
};

QTEST_MAIN(TestTrendChart)
#include "tst_trendchart.moc"

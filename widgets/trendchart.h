#pragma once
// TrendChart: one time trend (QtCharts) fed whole from a ring-buffer copy. Each update reduces the
// samples to a min/max pair per horizontal pixel bucket and calls QXYSeries::replace() once per line
// segment, so the cost is bounded by the chart's width, not by the history length. GUI thread.
//
// Gaps: with a gap threshold set, the line breaks where consecutive samples are further apart than it
// (Qt Charts 6.4 draws no gaps inside one QLineSeries: each run of samples is its own series, at most
// kMaxSegments; past that the oldest runs share the first). setDataEnd() runs the time axis on to
// "now" after the data ends: the empty tail is hatched and says "no data".

#include <QChartView>

#include <optional>
#include <vector>

class QAreaSeries;
class QDateTimeAxis;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QValueAxis;

namespace fw {

class TrendChart : public QChartView
{
    Q_OBJECT
public:
    explicit TrendChart(QWidget *parent = nullptr);
    ~TrendChart() override;

    void setTitle(const QString &title);
    // Fixed y range (e.g. 0..1 for a health score); without it the axis follows the data.
    void setFixedRange(double min, double max);
    // A dashed horizontal reference (threshold, baseline); nullopt removes it.
    void setReference(std::optional<double> value, const QString &name = {});
    // Break the line where samples are more than `ms` apart (receive times); 0: never (the default).
    void setGapThreshold(qint64 ms);
    void setData(const std::vector<qint64> &times, const std::vector<float> &values);
    // While the data is not live: the time axis runs to `nowMs` and the tail after the last sample is
    // hatched with "no data"; nullopt: the axis ends with the data (live).
    void setDataEnd(std::optional<qint64> nowMs);
    void clear();

    int pointCount() const;     // points handed to the series after reduction
    int segmentCount() const;   // line segments drawn (runs of samples without a gap)
    bool showsNoDataTail() const;
    static constexpr int kMaxSegments = 32;

    // Min/max reduction to at most 2 x buckets points; NaN samples are skipped. Exposed for tests.
    static QList<QPointF> reduce(const std::vector<qint64> &times, const std::vector<float> &values, int buckets);
    // The samples as runs split where valid (non-NaN) samples are more than gapMs apart (0: one run),
    // each reduced with its share of the buckets; at most kMaxSegments runs. Exposed for tests.
    static QList<QList<QPointF>> segments(const std::vector<qint64> &times, const std::vector<float> &values,
                                          int buckets, qint64 gapMs);

protected:
    void changeEvent(QEvent *event) override;   // View ▸ Theme: restyle

private:
    void applyTheme();
    QLineSeries *segment(int i);   // made and attached on first use
    void updateAxes();
    void updateTail();

    std::vector<QLineSeries *> m_segments;
    QLineSeries *m_reference;
    QAreaSeries *m_tail;
    QGraphicsSimpleTextItem *m_tailText;
    QDateTimeAxis *m_x;
    QValueAxis *m_y;
    std::optional<std::pair<double, double>> m_fixed;
    std::optional<double> m_referenceValue;
    qint64 m_gapMs = 0;
    std::optional<qint64> m_dataEnd;
    std::optional<std::pair<double, double>> m_dataSpan;   // first and last sample time (ms)
};

} // namespace fw

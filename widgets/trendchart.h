#pragma once
// TrendChart: one time trend (QtCharts) fed whole from a ring-buffer copy. Each update reduces the
// samples to a min/max pair per horizontal pixel bucket and calls QXYSeries::replace() once, so the
// cost is bounded by the chart's width, not by the history length. GUI thread.

#include <QChartView>

#include <optional>
#include <vector>

class QLineSeries;
class QDateTimeAxis;
class QValueAxis;

namespace fw {

class TrendChart : public QChartView
{
    Q_OBJECT
public:
    explicit TrendChart(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    // Fixed y range (e.g. 0..1 for a health score); without it the axis follows the data.
    void setFixedRange(double min, double max);
    // A dashed horizontal reference (threshold, baseline); nullopt removes it.
    void setReference(std::optional<double> value, const QString &name = {});
    void setData(const std::vector<qint64> &times, const std::vector<float> &values);
    void clear();

    int pointCount() const;   // points handed to the series after reduction

    // Min/max reduction to at most 2 x buckets points; NaN samples are skipped. Exposed for tests.
    static QList<QPointF> reduce(const std::vector<qint64> &times, const std::vector<float> &values, int buckets);

protected:
    void changeEvent(QEvent *event) override;   // View ▸ Theme: restyle

private:
    void applyTheme();

    QLineSeries *m_series;
    QLineSeries *m_reference;
    QDateTimeAxis *m_x;
    QValueAxis *m_y;
    std::optional<std::pair<double, double>> m_fixed;
    std::optional<double> m_referenceValue;
};

} // namespace fw

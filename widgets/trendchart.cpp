#include "widgets/trendchart.h"

#include "widgets/chartstyle.h"
#include "widgets/hmipalette.h"

#include <QDateTime>
#include <QDateTimeAxis>
#include <QFontDatabase>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <cmath>

namespace fw {

TrendChart::TrendChart(QWidget *parent)
    : QChartView(parent), m_series(new QLineSeries), m_reference(new QLineSeries), m_x(new QDateTimeAxis),
      m_y(new QValueAxis)
{
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 2, 4, 2));
    chart->setBackgroundRoundness(0);
    chart->setLocale(QLocale());   // axis numbers in the UI language's format ("0,5" in German)
    chart->setLocalizeNumbers(true);
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 0.95);
    chart->setTitleFont(titleFont);
    chart->addSeries(m_series);
    chart->addSeries(m_reference);
    m_x->setFormat(QStringLiteral("HH:mm:ss"));
    m_x->setTickCount(5);
    m_y->setLabelFormat(QStringLiteral("%.5g"));
    // Axis labels are numbers and times: the platform's font, not the interface's (Noto Sans CJK in
    // Chinese, whose taller lines leave room for only two of the three labels of a small trend).
    QFont axisFont = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    axisFont.setPointSizeF(font().pointSizeF() * 0.8);
    m_x->setLabelsFont(axisFont);
    m_y->setLabelsFont(axisFont);
    m_y->setTickCount(3);
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    for (QLineSeries *s : {m_series, m_reference}) {
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    setChart(chart);
    applyTheme();
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(95);
}

void TrendChart::applyTheme()
{
    hmi::styleChart(chart());
    QPen pen(hmi::scheme().trace);
    pen.setWidthF(1.5);
    m_series->setPen(pen);
    QPen refPen(hmi::scheme().mutedText);
    refPen.setStyle(Qt::DashLine);
    m_reference->setPen(refPen);
}

void TrendChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    QChartView::changeEvent(event);
}

void TrendChart::setTitle(const QString &title)
{
    chart()->setTitle(title);
}

void TrendChart::setFixedRange(double min, double max)
{
    m_fixed = std::make_pair(min, max);
    m_y->setRange(min, max);
}

void TrendChart::setReference(std::optional<double> value, const QString &name)
{
    m_referenceValue = value;
    m_reference->setName(name);
    if (!value)
        m_reference->clear();
}

void TrendChart::clear()
{
    m_series->clear();
    m_reference->clear();
}

int TrendChart::pointCount() const
{
    return int(m_series->count());
}

QList<QPointF> TrendChart::reduce(const std::vector<qint64> &times, const std::vector<float> &values, int buckets)
{
    QList<QPointF> out;
    const size_t n = std::min(times.size(), values.size());
    if (n == 0 || buckets <= 0)
        return out;
    if (n <= size_t(buckets) * 2) {
        out.reserve(qsizetype(n));
        for (size_t i = 0; i < n; ++i) {
            if (!std::isnan(values[i]))
                out.append(QPointF(double(times[i]), values[i]));
        }
        return out;
    }
    out.reserve(buckets * 2);
    const double perBucket = double(n) / buckets;
    for (int b = 0; b < buckets; ++b) {
        const size_t begin = size_t(b * perBucket);
        const size_t end = std::min(n, size_t((b + 1) * perBucket));
        size_t lo = n, hi = n;
        for (size_t i = begin; i < end; ++i) {
            if (std::isnan(values[i]))
                continue;
            if (lo == n || values[i] < values[lo])
                lo = i;
            if (hi == n || values[i] > values[hi])
                hi = i;
        }
        if (lo == n)
            continue;
        // Keep time order inside the bucket.
        const size_t first = std::min(lo, hi), second = std::max(lo, hi);
        out.append(QPointF(double(times[first]), values[first]));
        if (second != first)
            out.append(QPointF(double(times[second]), values[second]));
    }
    return out;
}

void TrendChart::setData(const std::vector<qint64> &times, const std::vector<float> &values)
{
    const QList<QPointF> points = reduce(times, values, std::max(50, width() / 2));
    m_series->replace(points);
    if (points.isEmpty()) {
        m_reference->clear();   // else the line drawn for the previous data stays
        return;
    }
    m_x->setRange(QDateTime::fromMSecsSinceEpoch(qint64(points.front().x())),
                  QDateTime::fromMSecsSinceEpoch(std::max<qint64>(qint64(points.back().x()), qint64(points.front().x()) + 1000)));
    if (m_referenceValue) {
        m_reference->replace({QPointF(points.front().x(), *m_referenceValue), QPointF(points.back().x(), *m_referenceValue)});
    }
    if (m_fixed)
        return;
    double lo = points.front().y(), hi = lo;
    for (const QPointF &p : points) {
        lo = std::min(lo, p.y());
        hi = std::max(hi, p.y());
    }
    if (m_referenceValue) {
        lo = std::min(lo, *m_referenceValue);
        hi = std::max(hi, *m_referenceValue);
    }
    const double pad = hi > lo ? (hi - lo) * 0.08 : std::max(1e-3, std::abs(hi) * 0.01);
    m_y->setRange(lo - pad, hi + pad);
}

} // namespace fw

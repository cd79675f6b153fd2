#include "widgets/trendchart.h"

#include "widgets/chartstyle.h"
#include "widgets/hmipalette.h"

#include <QAreaSeries>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsSimpleTextItem>
#include <QFontDatabase>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace fw {

TrendChart::TrendChart(QWidget *parent)
    : QChartView(parent), m_reference(new QLineSeries), m_tail(new QAreaSeries(new QLineSeries, new QLineSeries)),
      m_x(new QDateTimeAxis), m_y(new QValueAxis)
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
    m_tail->upperSeries()->setParent(m_tail);
    m_tail->lowerSeries()->setParent(m_tail);
    chart->addSeries(m_tail);   // first: under the lines
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
    for (QAbstractSeries *s : std::initializer_list<QAbstractSeries *>{m_tail, m_reference}) {
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    m_tail->setVisible(false);
    m_tailText = new QGraphicsSimpleTextItem(tr("no data"), chart);
    m_tailText->setFont(axisFont);
    m_tailText->setZValue(10);
    m_tailText->setVisible(false);
    setChart(chart);
    segment(0);
    connect(chart, &QChart::plotAreaChanged, this, &TrendChart::updateTail);
    applyTheme();
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(95);
}

TrendChart::~TrendChart()
{
    // QChartView deletes the chart after this object's members are gone: no more tail updates.
    disconnect(chart(), nullptr, this, nullptr);
}

QLineSeries *TrendChart::segment(int i)
{
    while (int(m_segments.size()) <= i) {
        auto *series = new QLineSeries;
        chart()->addSeries(series);
        series->attachAxis(m_x);
        series->attachAxis(m_y);
        QPen pen(hmi::scheme().trace);
        pen.setWidthF(1.5);
        series->setPen(pen);
        series->setColor(hmi::scheme().trace);
        m_segments.push_back(series);
    }
    return m_segments[size_t(i)];
}

void TrendChart::applyTheme()
{
    hmi::styleChart(chart());
    QPen pen(hmi::scheme().trace);
    pen.setWidthF(1.5);
    for (QLineSeries *s : m_segments) {
        s->setPen(pen);
        s->setColor(hmi::scheme().trace);
    }
    QPen refPen(hmi::scheme().mutedText);
    refPen.setStyle(Qt::DashLine);
    m_reference->setPen(refPen);
    m_tail->setPen(Qt::NoPen);
    m_tail->setBrush(QBrush(hmi::scheme().mutedText, Qt::BDiagPattern));
    m_tailText->setBrush(hmi::scheme().text);
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

void TrendChart::setGapThreshold(qint64 ms)
{
    m_gapMs = std::max<qint64>(0, ms);
}

void TrendChart::clear()
{
    for (QLineSeries *s : m_segments)
        s->clear();
    m_reference->clear();
    m_dataSpan.reset();
    updateTail();
}

int TrendChart::pointCount() const
{
    int n = 0;
    for (const QLineSeries *s : m_segments)
        n += int(s->count());
    return n;
}

int TrendChart::segmentCount() const
{
    return int(std::count_if(m_segments.begin(), m_segments.end(), [](const QLineSeries *s) { return s->count() > 0; }));
}

bool TrendChart::showsNoDataTail() const
{
    return m_tail->isVisible();
}

namespace {

// Min/max per bucket over [begin, end), appended to `out` in time order.
void reduceRange(const std::vector<qint64> &times, const std::vector<float> &values, size_t begin, size_t end,
                 int buckets, QList<QPointF> &out)
{
    const size_t n = end - begin;
    if (n == 0 || buckets <= 0)
        return;
    if (n <= size_t(buckets) * 2) {
        for (size_t i = begin; i < end; ++i) {
            if (!std::isnan(values[i]))
                out.append(QPointF(double(times[i]), values[i]));
        }
        return;
    }
    const double perBucket = double(n) / buckets;
    for (int b = 0; b < buckets; ++b) {
        const size_t from = begin + size_t(b * perBucket);
        const size_t to = std::min(end, begin + size_t((b + 1) * perBucket));
        size_t lo = end, hi = end;
        for (size_t i = from; i < to; ++i) {
            if (std::isnan(values[i]))
                continue;
            if (lo == end || values[i] < values[lo])
                lo = i;
            if (hi == end || values[i] > values[hi])
                hi = i;
        }
        if (lo == end)
            continue;
        // Keep time order inside the bucket.
        const size_t first = std::min(lo, hi), second = std::max(lo, hi);
        out.append(QPointF(double(times[first]), values[first]));
        if (second != first)
            out.append(QPointF(double(times[second]), values[second]));
    }
}

} // namespace

QList<QPointF> TrendChart::reduce(const std::vector<qint64> &times, const std::vector<float> &values, int buckets)
{
    QList<QPointF> out;
    const size_t n = std::min(times.size(), values.size());
    out.reserve(qsizetype(std::min(n, size_t(std::max(0, buckets)) * 2)));
    reduceRange(times, values, 0, n, buckets, out);
    return out;
}

QList<QList<QPointF>> TrendChart::segments(const std::vector<qint64> &times, const std::vector<float> &values,
                                           int buckets, qint64 gapMs)
{
    const size_t n = std::min(times.size(), values.size());
    // Runs of samples [begin, end) between gaps, judged on the samples that carry a value.
    std::vector<std::pair<size_t, size_t>> runs;
    std::optional<size_t> previous;
    for (size_t i = 0; i < n; ++i) {
        if (std::isnan(values[i]))
            continue;
        if (!previous || (gapMs > 0 && times[i] - times[*previous] > gapMs))
            runs.emplace_back(i, i + 1);
        runs.back().second = i + 1;
        previous = i;
    }
    if (runs.size() > size_t(kMaxSegments)) {
        // The oldest runs share the first series (their gaps are drawn across): the newest stay exact.
        const size_t merged = runs.size() - size_t(kMaxSegments) + 1;
        runs[merged - 1].first = runs.front().first;
        runs.erase(runs.begin(), runs.begin() + qsizetype(merged - 1));
    }
    QList<QList<QPointF>> out;
    for (const auto &[begin, end] : runs) {
        // Each run gets its share of the buckets (a gap is no reason to lose resolution elsewhere).
        const double share = double(end - begin) / double(n);
        QList<QPointF> points;
        reduceRange(times, values, begin, end, std::max(1, int(std::lround(buckets * share))), points);
        if (!points.isEmpty())
            out.append(points);
    }
    return out;
}

void TrendChart::setData(const std::vector<qint64> &times, const std::vector<float> &values)
{
    const QList<QList<QPointF>> runs = segments(times, values, std::max(50, width() / 2), m_gapMs);
    for (int i = 0; i < int(m_segments.size()) || i < runs.size(); ++i) {
        if (i < runs.size()) {
            QLineSeries *s = segment(i);
            s->replace(runs[i]);
            s->setPointsVisible(runs[i].size() == 1);   // a lone sample is a dot, not nothing
        } else {
            m_segments[size_t(i)]->clear();
        }
    }
    if (runs.isEmpty()) {
        m_reference->clear();   // else the line drawn for the previous data stays
        m_dataSpan.reset();
        updateTail();
        return;
    }
    m_dataSpan = std::make_pair(runs.front().front().x(), runs.back().back().x());
    updateAxes();
    if (!m_fixed) {
        double lo = runs.front().front().y(), hi = lo;
        for (const QList<QPointF> &run : runs) {
            for (const QPointF &p : run) {
                lo = std::min(lo, p.y());
                hi = std::max(hi, p.y());
            }
        }
        if (m_referenceValue) {
            lo = std::min(lo, *m_referenceValue);
            hi = std::max(hi, *m_referenceValue);
        }
        const double pad = hi > lo ? (hi - lo) * 0.08 : std::max(1e-3, std::abs(hi) * 0.01);
        m_y->setRange(lo - pad, hi + pad);
    }
    updateTail();
}

void TrendChart::setDataEnd(std::optional<qint64> nowMs)
{
    if (nowMs == m_dataEnd)
        return;
    m_dataEnd = nowMs;
    updateAxes();
    updateTail();
}

void TrendChart::updateAxes()
{
    if (!m_dataSpan)
        return;
    const auto [first, last] = *m_dataSpan;
    double end = std::max(last, first + 1000.0);
    if (m_dataEnd)
        end = std::max(end, double(*m_dataEnd));
    m_x->setRange(QDateTime::fromMSecsSinceEpoch(qint64(first)), QDateTime::fromMSecsSinceEpoch(qint64(end)));
    if (m_referenceValue)
        m_reference->replace({QPointF(first, *m_referenceValue), QPointF(end, *m_referenceValue)});
}

void TrendChart::updateTail()
{
    const bool show = m_dataSpan && m_dataEnd && double(*m_dataEnd) > m_dataSpan->second;
    m_tail->setVisible(show);
    m_tailText->setVisible(show);
    if (!show)
        return;
    const double from = m_dataSpan->second, to = double(*m_dataEnd);
    m_tail->upperSeries()->replace({QPointF(from, m_y->max()), QPointF(to, m_y->max())});
    m_tail->lowerSeries()->replace({QPointF(from, m_y->min()), QPointF(to, m_y->min())});
    // "no data" at the top of the tail, when it fits there.
    const QPointF topLeft = chart()->mapToPosition(QPointF(from, m_y->max()), m_tail);
    const QPointF bottomRight = chart()->mapToPosition(QPointF(to, m_y->min()), m_tail);
    const QRectF box = m_tailText->boundingRect();
    const bool fits = bottomRight.x() - topLeft.x() > box.width() + 6 && bottomRight.y() - topLeft.y() > box.height() + 4;
    m_tailText->setVisible(fits);
    m_tailText->setPos(topLeft + QPointF(4, 2));
}

} // namespace fw

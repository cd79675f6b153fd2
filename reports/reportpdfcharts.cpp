#include "reports/reportpdfcharts.h"

#include "core/common/localformat.h"

#include "core/reports/alarmhealthreport.h"
#include "core/reports/mttareport.h"
#include "reports/pageddocument.h"
#include "reports/reportformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <functional>
#include <vector>

namespace fw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fw::ReportPdf", text);
}

// A step for a time axis reaching `maxMs` with about five ticks.
qint64 durationStep(double maxMs)
{
    static const qint64 steps[] = {1'000,     2'000,     5'000,      10'000,     15'000,     30'000,
                                   60'000,    120'000,   300'000,    600'000,    900'000,    1'800'000,
                                   3'600'000, 7'200'000, 10'800'000, 21'600'000, 43'200'000, 86'400'000,
                                   172'800'000, 604'800'000};
    for (qint64 step : steps) {
        if (maxMs / double(step) <= 5.0)
            return step;
    }
    return qint64(std::ceil(maxMs / 5.0 / 604'800'000.0)) * 604'800'000;
}

double countStep(double max)
{
    const double raw = std::max(max / 5.0, 1.0);
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    for (double f : {1.0, 2.0, 5.0, 10.0}) {
        if (raw <= f * mag)
            return f * mag;
    }
    return 10.0 * mag;
}

struct Bar
{
    QString label;
    double value = 0;
    bool present = true;
};

// A bar chart with a left axis; `axisLabel` formats a tick value, `valueLabel` the bar's value
// (empty: none drawn).
void barChart(PagedDocument &doc, const QString &title, const std::vector<Bar> &bars, double step,
              const QString &axisTitle, const std::function<QString(double)> &axisLabel,
              const std::function<QString(double)> &valueLabel)
{
    const double chartH = doc.mm(62);
    doc.subheading(title, chartH);
    const QRectF area = doc.take(chartH, doc.pt(6));
    QPainter &p = doc.painter();

    double max = 0;
    for (const Bar &b : bars)
        max = std::max(max, b.value);
    if (max <= 0)
        max = step;
    const double top = std::ceil(max / step) * step;

    const QFont small = doc.font(6.5);
    p.setFont(small);
    const QFontMetricsF fm(small, p.device());
    double axisW = fm.horizontalAdvance(axisTitle);
    for (double v = 0; v <= top + step / 2; v += step)
        axisW = std::max(axisW, fm.horizontalAdvance(axisLabel(v)));
    const QRectF plot(area.left() + axisW + doc.pt(6), area.top() + fm.height() + doc.pt(4),
                      area.width() - axisW - doc.pt(8), area.height() - 2 * fm.height() - doc.pt(10));

    // Grid and ticks.
    p.setPen(paper::kMuted);
    p.drawText(QRectF(area.left(), area.top(), axisW + doc.pt(40), fm.height()), Qt::AlignLeft, axisTitle);
    for (double v = 0; v <= top + step / 2; v += step) {
        const double y = plot.bottom() - plot.height() * v / top;
        p.setPen(QPen(v == 0 ? paper::kInk : paper::kBarLight, doc.pt(v == 0 ? 0.6 : 0.3)));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(paper::kMuted);
        p.drawText(QRectF(area.left(), y - fm.height() / 2, axisW, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                   axisLabel(v));
    }
    if (bars.empty())
        return;
    const double slot = plot.width() / double(bars.size());
    const double barW = std::max(slot * 0.7, doc.pt(0.5));
    // Label every k-th bar so that the labels do not overlap.
    double widest = 0;
    for (const Bar &b : bars)
        widest = std::max(widest, fm.horizontalAdvance(b.label));
    const int every = std::max(1, int(std::ceil((widest + doc.pt(4)) / slot)));
    const bool valuesFit = valueLabel && slot > fm.horizontalAdvance(QStringLiteral("0000")) * 1.1;
    for (size_t i = 0; i < bars.size(); ++i) {
        const Bar &b = bars[i];
        const double x = plot.left() + slot * double(i) + (slot - barW) / 2;
        if (b.present && b.value > 0) {
            const double h = plot.height() * b.value / top;
            p.fillRect(QRectF(x, plot.bottom() - h, barW, h), paper::kBarMid);
            if (valuesFit) {
                p.setPen(paper::kInk);
                p.drawText(QRectF(x - slot, plot.bottom() - h - fm.height(), barW + 2 * slot, fm.height()),
                           Qt::AlignHCenter | Qt::AlignBottom, valueLabel(b.value));
            }
        } else if (!b.present) {
            p.setPen(paper::kMuted);
            p.drawText(QRectF(x - slot, plot.bottom() - fm.height(), barW + 2 * slot, fm.height()),
                       Qt::AlignHCenter | Qt::AlignBottom, QStringLiteral("–"));
        }
        if (int(i) % every == 0) {
            p.setPen(paper::kMuted);
            p.drawText(QRectF(x + barW / 2 - slot * every / 2.0, plot.bottom() + doc.pt(2), slot * every, fm.height()),
                       Qt::AlignHCenter | Qt::AlignTop, b.label);
        }
    }
}

} // namespace

void paintMttaTrendChart(PagedDocument &doc, const MttaReport &m)
{
    std::vector<Bar> bars;
    double max = 0;
    for (const MttaTrendPoint &p : m.trend) {
        const QDate d = QDateTime::fromMSecsSinceEpoch(p.startMs).date();
        bars.push_back({m.trendBucket == TrendBucket::Day ? LocalFormat::dayMonth(d) : LocalFormat::date(d),
                        p.stats.meanMs, p.stats.acknowledged > 0});
        max = std::max(max, p.stats.meanMs);
    }
    const QString title = m.trendBucket == TrendBucket::Day ? tr("Mean time to acknowledge per day")
                                                            : tr("Mean time to acknowledge per week (from Monday)");
    barChart(doc, title, bars, double(durationStep(std::max(max, 1000.0))), tr("mean MTTA"),
             [](double v) { return formatShortDuration(qint64(v)); }, {});
    doc.paragraph(tr("Bars: mean time to acknowledge of the alerts raised in the %1 and acknowledged before the end of "
                     "the period; “–”: none acknowledged.")
                      .arg(m.trendBucket == TrendBucket::Day ? tr("day") : tr("week")),
                  true, 7);
}

void paintMttaHistogramChart(PagedDocument &doc, const MttaReport &m)
{
    std::vector<Bar> bars;
    double max = 0;
    for (const MttaHistogramBin &b : m.histogram) {
        const QString label = b.toMs ? tr("< %1").arg(formatShortDuration(*b.toMs))
                                     : tr("≥ %1").arg(formatShortDuration(b.fromMs));
        bars.push_back({label, double(b.count), true});
        max = std::max(max, double(b.count));
    }
    barChart(doc, tr("Distribution of times to acknowledge"), bars, countStep(max), tr("alerts"),
             [](double v) { return formatCount(qint64(v)); }, [](double v) { return formatCount(qint64(v)); });
    doc.paragraph(tr("Acknowledged alerts by time to acknowledge; each bar runs from the previous bar's bound."), true, 7);
}

void paintPriorityMixChart(PagedDocument &doc, const AlarmHealthReport &h)
{
    const double actual[3] = {h.share(0) + h.share(1), h.share(2), h.share(3)};
    const double target[3] = {0.80, 0.15, 0.05};
    const QString names[3] = {tr("low + medium"), tr("high"), tr("critical")};

    const double chartH = doc.mm(55);
    doc.subheading(tr("Priority mix against the ISA-18.2 guide (80 / 15 / 5 %)"), chartH);
    const QRectF area = doc.take(chartH, doc.pt(6));
    QPainter &p = doc.painter();
    const QFont small = doc.font(7);
    p.setFont(small);
    const QFontMetricsF fm(small, p.device());
    const double labelW = fm.horizontalAdvance(QStringLiteral("low + medium")) + doc.pt(10);
    const double legendH = fm.height() + doc.pt(6);
    const QRectF plot(area.left() + labelW, area.top() + legendH, area.width() - labelW - doc.pt(60),
                      area.height() - legendH - fm.height() - doc.pt(6));
    // Legend.
    double lx = plot.left();
    const auto legend = [&](const QColor &c, const QString &text) {
        p.fillRect(QRectF(lx, area.top() + doc.pt(1), fm.height() * 0.8, fm.height() * 0.8), c);
        p.setPen(QPen(paper::kInk, doc.pt(0.3)));
        p.drawRect(QRectF(lx, area.top() + doc.pt(1), fm.height() * 0.8, fm.height() * 0.8));
        p.drawText(QPointF(lx + fm.height() * 1.2, area.top() + doc.pt(1) + fm.ascent() * 0.85), text);
        lx += fm.height() * 1.4 + fm.horizontalAdvance(text) + doc.pt(16);
    };
    legend(paper::kBarDark, tr("this period"));
    legend(Qt::white, tr("guide"));
    // Axis 0..100 %.
    for (int v = 0; v <= 100; v += 20) {
        const double x = plot.left() + plot.width() * v / 100.0;
        p.setPen(QPen(v == 0 ? paper::kInk : paper::kBarLight, doc.pt(v == 0 ? 0.6 : 0.3)));
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        p.setPen(paper::kMuted);
        p.drawText(QRectF(x - doc.pt(20), plot.bottom() + doc.pt(2), doc.pt(40), fm.height()), Qt::AlignHCenter,
                   QStringLiteral("%1 %").arg(v));
    }
    const double group = plot.height() / 3.0;
    const double barH = group * 0.32;
    for (int g = 0; g < 3; ++g) {
        const double gy = plot.top() + group * g + group * 0.15;
        p.setPen(paper::kInk);
        p.drawText(QRectF(area.left(), gy, labelW - doc.pt(6), 2 * barH), Qt::AlignRight | Qt::AlignVCenter, names[g]);
        const QRectF a(plot.left(), gy, plot.width() * actual[g], barH);
        const QRectF t(plot.left(), gy + barH, plot.width() * target[g], barH);
        p.fillRect(a, paper::kBarDark);
        p.fillRect(t, Qt::white);
        p.setPen(QPen(paper::kInk, doc.pt(0.4)));
        p.drawRect(t);
        p.setPen(paper::kInk);
        p.drawText(QRectF(a.right() + doc.pt(3), a.top(), doc.pt(60), barH), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("%1 (%2)").arg(formatPercent(actual[g]),
                                     formatCount(g == 0 ? h.priorityCounts[0] + h.priorityCounts[1]
                                                        : h.priorityCounts[size_t(g + 1)])));
        p.setPen(paper::kMuted);
        p.drawText(QRectF(t.right() + doc.pt(3), t.top(), doc.pt(60), barH), Qt::AlignLeft | Qt::AlignVCenter,
                   formatPercent(target[g], 0));
    }
}

} // namespace fw

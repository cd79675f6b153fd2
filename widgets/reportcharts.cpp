#include "widgets/reportcharts.h"

#include "core/common/localformat.h"
#include "reports/reportformat.h"
#include "widgets/chartstyle.h"
#include "widgets/hmipalette.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace fw {
namespace {



void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

void styleAxis(QAbstractAxis *axis, const QString &title)
{
    axis->setTitleText(title);
    hmi::styleAxis(axis);
    QFont f = axis->titleFont();
    f.setBold(false);
    axis->setTitleFont(f);
}

// A value axis from 0 with round ticks.
QValueAxis *valueAxis(double max, const QString &title, const QString &format)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, max > 0 ? max : 1);
    axis->applyNiceNumbers();
    axis->setLabelFormat(format);
    styleAxis(axis, title);
    return axis;
}

} // namespace

QChartView *ReportCharts::makeView(const QString &name)
{
    auto *chart = new QChart;
    chart->setBackgroundBrush(hmi::scheme().base);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(6, 4, 6, 4));
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocale(QLocale());   // axis and bar labels in the UI language's number format
    chart->setLocalizeNumbers(true);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setTitleBrush(hmi::scheme().text);
    auto *view = new QChartView(chart);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

// MTTA trend: one bar per day or week, the mean time to acknowledge in a unit that suits it.
void ReportCharts::fillTrend(QChart *c, const Report &r)
{
    const MttaReport &m = r.mtta;
    clearChart(c);
    double max = 0;
    for (const MttaTrendPoint &p : m.trend)
        max = std::max(max, p.stats.acknowledged > 0 ? p.stats.meanMs : 0.0);
    double unitMs = 1000;
    QString unit = tr("s");
    if (max >= 2 * 86'400'000.0) {
        unitMs = 86'400'000;
        unit = tr("d");
    } else if (max >= 2 * 3'600'000.0) {
        unitMs = 3'600'000;
        unit = tr("h");
    } else if (max >= 2 * 60'000.0) {
        unitMs = 60'000;
        unit = tr("min");
    }
    const bool week = m.trendBucket == TrendBucket::Week;
    const bool years = !m.trend.empty() && m.trend.back().startMs - m.trend.front().startMs > 330LL * 86'400'000;
    auto *set = new QBarSet(tr("mean MTTA"));
    set->setColor(hmi::scheme().normalBar);
    set->setBorderColor(hmi::scheme().normalBar);
    QStringList categories;
    for (const MttaTrendPoint &p : m.trend) {
        const QDate d = QDateTime::fromMSecsSinceEpoch(p.startMs).date();
        categories << (week || years ? LocalFormat::date(d) : LocalFormat::dayMonth(d));
        set->append(p.stats.acknowledged > 0 ? p.stats.meanMs / unitMs : 0.0);
    }
    auto *series = new QBarSeries;
    series->setBarWidth(0.75);
    series->append(set);
    c->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    styleAxis(x, week ? tr("week (from Monday)") : tr("day"));
    if (categories.size() > 62) {
        x->setLabelsVisible(false);
        x->setTitleText(tr("%1 to %2, one bar per %3")
                            .arg(categories.first(), categories.last(), week ? tr("week") : tr("day")));
    } else if (categories.size() > 16) {
        x->setLabelsAngle(-90);
    }
    auto *y = valueAxis(max / unitMs * 1.05, tr("mean MTTA (%1)").arg(unit),
                        max / unitMs < 10 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    c->setTitle(week ? tr("Mean time to acknowledge per week (empty: none acknowledged)")
                     : tr("Mean time to acknowledge per day (empty: none acknowledged)"));
}

// Histogram of the times to acknowledge.
void ReportCharts::fillHistogram(QChart *c, const Report &r)
{
    const MttaReport &m = r.mtta;
    clearChart(c);
    auto *set = new QBarSet(tr("alerts"));
    set->setColor(hmi::scheme().normalBar);
    set->setBorderColor(hmi::scheme().normalBar);
    QStringList categories;
    double max = 0;
    for (const MttaHistogramBin &b : m.histogram) {
        // Axis labels are rich text: "<" escaped.
        categories << (b.toMs ? tr("< %1").arg(formatShortDuration(*b.toMs))
                              : tr("≥ %1").arg(formatShortDuration(b.fromMs)))
                          .toHtmlEscaped();
        set->append(double(b.count));
        max = std::max(max, double(b.count));
    }
    auto *series = new QBarSeries;
    series->setBarWidth(0.8);
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    set->setLabelColor(hmi::scheme().text);
    c->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    styleAxis(x, tr("time to acknowledge"));
    auto *y = valueAxis(max * 1.15, tr("acknowledged alerts"), QStringLiteral("%.0f"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    c->setTitle(tr("Distribution of times to acknowledge"));
}

// Priority mix against the ISA-18.2 guide 80 / 15 / 5 %.
void ReportCharts::fillMix(QChart *c, const Report &r)
{
    clearChart(c);
    const AlarmHealthReport &h = r.health;
    auto *actual = new QBarSet(tr("this period"));
    actual->setColor(hmi::scheme().towardAlert);
    actual->setBorderColor(hmi::scheme().towardAlert);
    actual->setLabelColor(hmi::scheme().text);
    auto *guide = new QBarSet(tr("guide"));
    guide->setColor(hmi::scheme().base);
    guide->setBorderColor(hmi::scheme().text);
    guide->setLabelColor(hmi::scheme().mutedText);
    // Bottom to top: critical, high, low + medium (the largest share on top, as in the PDF).
    *actual << h.share(3) * 100.0 << h.share(2) * 100.0 << (h.share(0) + h.share(1)) * 100.0;
    *guide << 5.0 << 15.0 << 80.0;
    auto *series = new QHorizontalBarSeries;
    series->append(actual);
    series->append(guide);
    series->setBarWidth(0.8);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value %"));
    series->setLabelsPrecision(3);
    c->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append({tr("critical"), tr("high"), tr("low + medium")});
    styleAxis(y, tr("priority"));
    auto *x = new QValueAxis;
    x->setRange(0, 100);
    x->setTickCount(6);
    x->setLabelFormat(QStringLiteral("%.0f %"));   // localized numbers: the text after the number is kept as is
    styleAxis(x, tr("share of the alerts raised"));
    c->addAxis(y, Qt::AlignLeft);
    c->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    c->legend()->setVisible(true);
    c->legend()->setAlignment(Qt::AlignBottom);
    c->legend()->setLabelColor(hmi::scheme().text);
    c->setTitle(tr("Priority mix against the ISA-18.2 guide (80 / 15 / 5 %)"));
}

} // namespace fw

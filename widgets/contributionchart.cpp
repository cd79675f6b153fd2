#include "widgets/contributionchart.h"

#include "widgets/chartstyle.h"
#include "widgets/hmipalette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace fw {

ContributionChart::ContributionChart(QWidget *parent) : QChartView(parent)
{
    auto *chart = new QChart;
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 2, 4, 2));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setLocale(QLocale());   // axis numbers in the UI language's format
    chart->setLocalizeNumbers(true);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(140);
    applyTheme();
}

void ContributionChart::applyTheme()
{
    hmi::styleChart(chart());
    for (QAbstractSeries *series : chart()->series()) {
        const QList<QBarSet *> sets = static_cast<QStackedBarSeries *>(series)->barSets();
        if (sets.size() == 2) {
            sets[0]->setColor(hmi::scheme().towardAlert);
            sets[1]->setColor(hmi::scheme().towardNormal);
        }
    }
}

void ContributionChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    QChartView::changeEvent(event);
}

void ContributionChart::setContributions(const std::vector<Contribution> &contributions, int maxBars)
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);
    std::vector<Contribution> sorted = contributions;
    std::sort(sorted.begin(), sorted.end(),
              [](const Contribution &a, const Contribution &b) { return std::abs(a.weight) > std::abs(b.weight); });
    if (int(sorted.size()) > maxBars)
        sorted.resize(size_t(maxBars));
    m_bars = int(sorted.size());
    if (sorted.empty()) {
        c->setTitle(tr("No contributions in this alert's explanation"));
        return;
    }
    c->setTitle(tr("Signed contributions, strongest first (up: toward the alert, down: toward normal)"));
    auto *toward = new QBarSet(tr("pushes toward the alert"));
    auto *away = new QBarSet(tr("pulls toward normal"));
    QStringList categories;
    double lo = 0.0, hi = 0.0;
    for (const Contribution &k : sorted) {
        categories << k.signal;
        toward->append(std::max(0.0, k.weight));
        away->append(std::min(0.0, k.weight));
        lo = std::min(lo, k.weight);
        hi = std::max(hi, k.weight);
    }
    auto *series = new QStackedBarSeries;
    series->append(toward);
    series->append(away);
    c->addSeries(series);
    auto *names = new QBarCategoryAxis;
    names->append(categories);
    auto *values = new QValueAxis;
    const double span = std::max(std::abs(lo), std::abs(hi)) * 1.1 + 1e-6;
    values->setRange(lo < 0 ? -span : 0.0, span);
    values->setLabelFormat(QStringLiteral("%.2f"));
    c->addAxis(names, Qt::AlignBottom);
    c->addAxis(values, Qt::AlignLeft);
    series->attachAxis(names);
    series->attachAxis(values);
    applyTheme();
}

} // namespace fw

#pragma once
// ReportCharts: the Reports window's Qt Charts, in greys (ISA-101: no colour for the normal
// picture): the MTTA trend per day or week, the distribution of times to acknowledge, and the
// priority mix against the ISA-18.2 guide. Each fill replaces the chart's series and axes. GUI thread.

#include "core/reports/reportbuilder.h"

#include <QCoreApplication>

class QChart;
class QChartView;

namespace fw {

class ReportCharts
{
    Q_DECLARE_TR_FUNCTIONS(ReportCharts)
public:
    // An empty chart view with the console's look; `name` becomes its object name.
    static QChartView *makeView(const QString &name);
    static void fillTrend(QChart *chart, const Report &report);
    static void fillHistogram(QChart *chart, const Report &report);
    static void fillMix(QChart *chart, const Report &report);
};

} // namespace fw

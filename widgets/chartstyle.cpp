#include "widgets/chartstyle.h"

#include "widgets/hmipalette.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>

namespace fw::hmi {

void styleChart(QChart *chart)
{
    const Scheme &s = scheme();
    chart->setBackgroundBrush(s.base);
    chart->setTitleBrush(s.text);
    chart->legend()->setLabelColor(s.text);
    for (QAbstractAxis *axis : chart->axes())
        styleAxis(axis);
}

void styleAxis(QAbstractAxis *axis)
{
    const Scheme &s = scheme();
    axis->setLabelsColor(s.text);
    axis->setTitleBrush(s.mutedText);
    axis->setGridLineColor(s.grid);
    axis->setLinePenColor(s.mutedText);
}

} // namespace fw::hmi

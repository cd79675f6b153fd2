#pragma once
// The current HMI theme on a Qt chart: background, titles, legend and every axis attached now.
// QtCharts keeps its own colours (it does not follow the widget palette), so a chart calls this when
// it is built, after it adds axes, and on QEvent::PaletteChange (View ▸ Theme). GUI thread.

class QAbstractAxis;
class QChart;

namespace fw::hmi {

void styleChart(QChart *chart);
// One axis: labels, title, grid and line in the current theme (styleChart does this for every axis).
void styleAxis(QAbstractAxis *axis);

} // namespace fw::hmi

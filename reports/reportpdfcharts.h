#pragma once
// The charts of the report's PDF (and of its printout), painted with QPainter in greys on a
// PagedDocument, each under a subheading and kept on one page with it: the MTTA trend (one bar per
// day or week), the distribution of times to acknowledge, and the priority mix against the ISA-18.2
// guide (80 / 15 / 5 %). The Reports window shows the same figures with Qt Charts
// (widgets/reportcharts.h). Needs a QGuiApplication; GUI thread.

namespace fw {

class PagedDocument;
struct AlarmHealthReport;
struct MttaReport;

void paintMttaTrendChart(PagedDocument &doc, const MttaReport &mtta);
void paintMttaHistogramChart(PagedDocument &doc, const MttaReport &mtta);
void paintPriorityMixChart(PagedDocument &doc, const AlarmHealthReport &health);

} // namespace fw

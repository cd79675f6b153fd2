#pragma once
// The plant manager's report, section by section, on a PagedDocument: the title block (period,
// shifts, generation time, store id, key figures); time to acknowledge overall and by priority,
// shift, site, line, operator and asset (the kPdfAssetLimit assets with most alerts), the alerts
// unacknowledged at the end of the period apart, with the trend and the histogram; alarm-system
// health against its targets (1 alert per 10 minutes, 150 / 300 per day, priority mix 80/15/5) and
// the ten most frequent; standing, chattering and shelved alerts (the first kPdfListLimit rows each:
// the CSV has them all); model quality per version. Needs a QGuiApplication; GUI thread.

namespace fw {

class PagedDocument;
struct Report;

constexpr int kPdfListLimit = 60;   // rows of the standing / chattering / shelved lists in the PDF
constexpr int kPdfAssetLimit = 20;  // assets in the MTTA by-asset table

// Every section, in that order.
void paintReportSections(PagedDocument &doc, const Report &report);

} // namespace fw

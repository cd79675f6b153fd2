#pragma once
// The plant manager's report as a PDF: A4 portrait, painted with QPdfWriter + QPainter only (QtGui,
// no QtCharts), so it runs headless under a QGuiApplication on the offscreen platform (cron).
//
// Layout: a title block (period, shifts, generation time, store id, key figures), then each section
// as a table: MTTA overall and by site, line, priority, shift, operator and asset (the 20 assets
// with most alerts); the alerts unacknowledged at the end of the period apart; alarm-system health
// against its targets (1 alert per 10 minutes, 150 / 300 per day, priority mix 80/15/5); the ten
// most frequent; standing, chattering and shelved alerts (the first kPdfListLimit rows each; the CSV
// has them all); model quality per version. Three charts painted in greys: the MTTA trend, the MTTA
// histogram and the priority mix against 80/15/5. Every page has a header and a footer with the
// period, the generation time and "page N of M" (the document is laid out twice: the first pass
// counts the pages).
// Times are shown in local time. Needs a QGuiApplication; runs on the GUI thread.

#include "core/reports/reportbuilder.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;

namespace fw {

constexpr int kPdfListLimit = 60;   // rows of the standing / chattering / shelved lists in the PDF
constexpr int kPdfAssetLimit = 20;  // assets in the MTTA by-asset table

// A time to acknowledge as the report shows it: "42.0 s", "4 min 05 s", "2 h 07 min", "3 d 04 h".
QString formatAckDuration(double ms);

// The PDF bytes; empty with *error set when painting fails.
QByteArray renderReportPdf(const Report &report, QString *error = nullptr, int *pageCount = nullptr);
// Paints the report on `device` (a QPdfWriter or a QPrinter on which nothing is painted yet), at its
// resolution and within its paint area, with "page N of M" (a first pass into a throw-away PDF of the
// same size counts the pages). false with *error set.
bool paintReport(const Report &report, QPagedPaintDevice &device, QString *error = nullptr, int *pageCount = nullptr);
// The document title the PDF carries (and a print job's name).
QString reportDocumentTitle(const Report &report);

// Model quality "from one version to the next": for each entry of `qualities` (same order), the
// change against the previous version of the same model (versions in semantic-version order, a
// leading "v" ignored, a pre-release before its release): "+8 pts / −2" (precision in percentage
// points / false alarms); "–" for a model's first version ("–" for the precision when either
// version has no decided labels).
QStringList modelQualityChanges(const ModelQualities &qualities);

// Renders and writes `path` atomically (QSaveFile). false with *error set (one translated sentence).
bool writeReportPdf(const Report &report, const QString &path, QString *error = nullptr);

} // namespace fw

#pragma once
// The plant manager's report as a PDF: A4 portrait, painted with QPdfWriter + QPainter only (QtGui:
// no Widgets, no Qt Charts), so it runs headless under a QGuiApplication on the offscreen platform
// (cron). The sections and their charts are in reportsections.h and reportpdfcharts.h, the page
// layout in pageddocument.h: every page has a header and a footer with the period, the generation
// time and "page N of M". Times are shown in local time. Needs a QGuiApplication; GUI thread.

#include "core/reports/reportbuilder.h"

#include <QByteArray>
#include <QString>

class QPagedPaintDevice;

namespace fw {

// The PDF bytes; empty with *error set when painting fails.
QByteArray renderReportPdf(const Report &report, QString *error = nullptr, int *pageCount = nullptr);
// Paints the report on `device` (a QPdfWriter or a QPrinter on which nothing is painted yet), at its
// resolution and within its paint area, with "page N of M" (a first pass into a throw-away PDF of the
// same size counts the pages). false with *error set.
bool paintReport(const Report &report, QPagedPaintDevice &device, QString *error = nullptr, int *pageCount = nullptr);
// The document title the PDF carries (and a print job's name).
QString reportDocumentTitle(const Report &report);

// Renders and writes `path` atomically (QSaveFile). false with *error set (one translated sentence).
bool writeReportPdf(const Report &report, const QString &path, QString *error = nullptr);

} // namespace fw

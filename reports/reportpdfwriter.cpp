#include "reports/reportpdfwriter.h"

#include "reports/pageddocument.h"
#include "reports/reportformat.h"
#include "reports/reportsections.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace fw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fw::ReportPdf", text);
}

PageFrame reportPageFrame(const Report &report)
{
    const QString period = formatPeriod(report.options.period);
    return {tr("Fleetwatch plant report"), tr("Period %1").arg(period),
            tr("Generated %1  ·  %2").arg(formatLocalTime(report.generatedAt), period)};
}

DocumentContent reportContent(const Report &report)
{
    return [&report](PagedDocument &doc) { paintReportSections(doc, report); };
}

} // namespace

QString reportDocumentTitle(const Report &report)
{
    return tr("Fleetwatch plant report, %1").arg(formatPeriod(report.options.period));
}

bool paintReport(const Report &report, QPagedPaintDevice &device, QString *error, int *pageCount)
{
    const int pages = paintTwice(device, reportPageFrame(report), reportContent(report));
    if (pages == 0) {
        if (error)
            *error = tr("The report could not be painted.");
        return false;
    }
    if (pageCount)
        *pageCount = pages;
    return true;
}

QByteArray renderReportPdf(const Report &report, QString *error, int *pageCount)
{
    const QByteArray pdf = renderPdfTwice(reportDocumentTitle(report), QStringLiteral("Fleetwatch"),
                                          reportPageFrame(report), reportContent(report), pageCount);
    if (pdf.isEmpty() && error)
        *error = tr("The PDF could not be painted.");
    return pdf;
}

bool writeReportPdf(const Report &report, const QString &path, QString *error)
{
    const QByteArray pdf = renderReportPdf(report, error);
    if (pdf.isEmpty())
        return false;
    QSaveFile file(path);   // all or nothing: no half-written report left behind
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace fw

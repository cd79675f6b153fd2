#include "reports/reportcommand.h"

#include "core/common/logging.h"
#include "core/reports/reportcli.h"
#include "core/reports/reportcsv.h"
#include "core/reports/reportloader.h"
#include "reports/reportpdfwriter.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QGuiApplication>
#include <QSaveFile>

#include <optional>

namespace fw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fw::ReportCommand", text);
}

int writeCsv(const Report &report, const QString &outPath, QTextStream &out, QTextStream &err)
{
    const QByteArray csv = reportToCsv(report);
    if (outPath == QLatin1String("-")) {
        out << QString::fromUtf8(csv);
        out.flush();
        return ReportOk;
    }
    QSaveFile file(outPath);   // all or nothing: no half-written report left behind
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
        return reportCommandFailure(err, ReportWriteError, tr("cannot write %1: %2").arg(outPath, file.errorString()));
    return ReportOk;
}

int writePdf(const Report &report, const QString &outPath, QTextStream &out, QTextStream &err)
{
    QString error;
    if (outPath != QLatin1String("-")) {
        if (!writeReportPdf(report, outPath, &error))
            return reportCommandFailure(err, ReportWriteError, error);
        return ReportOk;
    }
    const QByteArray pdf = renderReportPdf(report, &error);
    out.flush();
    QIODevice *device = out.device();
    auto *file = qobject_cast<QFileDevice *>(device);
    if (pdf.isEmpty() || !device || device->write(pdf) != pdf.size() || (file && !file->flush()))
        return reportCommandFailure(err, ReportWriteError,
                                    error.isEmpty() ? tr("cannot write the PDF to standard output.") : error);
    return ReportOk;
}

int runRequest(const ReportRequest &request, QTextStream &out, QTextStream &err)
{
    const bool pdf = request.format == QLatin1String("pdf");
    if (pdf && !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return reportCommandFailure(err, ReportFormatUnavailable,
                                    tr("PDF output is not available here: it needs the fleetwatch application (a "
                                       "QGuiApplication); use --format csv."));
    QString error;
    ReportLoadFailure failure = ReportLoadFailure::Store;
    const std::optional<Report> report = loadReport(request.dbPath, request.options, &error, &failure);
    if (!report)
        return reportCommandFailure(err, failure == ReportLoadFailure::Period ? ReportBadArguments : ReportStoreError,
                                    error);
    return pdf ? writePdf(*report, request.outPath, out, err) : writeCsv(*report, request.outPath, out, err);
}

bool haveDisplay()
{
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY")
        || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
}

} // namespace

int runReportCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    int code = ReportOk;
    const std::optional<ReportRequest> request = parseReportRequest(args, out, err, &code);
    return request ? runRequest(*request, out, err) : code;
}

int runReportCommand(int argc, char **argv)
{
    logging::setup(logging::Options{{}, spdlog::level::warn, true});
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    QTextStream out(stdout);
    QTextStream err(stderr);
    int code = ReportOk;
    const std::optional<ReportRequest> request = parseReportRequest(args, out, err, &code);
    if (!request)
        return code;
    if (request->format == QLatin1String("pdf")) {
        if (!haveDisplay())
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        return runRequest(*request, out, err);
    }
    QCoreApplication app(argc, argv);
    return runRequest(*request, out, err);
}

} // namespace fw

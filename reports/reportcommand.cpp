#include "reports/reportcommand.h"

#include "core/common/logging.h"
#include "core/common/uilanguage.h"
#include "core/reports/reportcli.h"
#include "core/reports/reportcsv.h"
#include "core/reports/reportloader.h"
#include "reports/reportpdfwriter.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QGuiApplication>
#include <QSaveFile>

#include <memory>
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

// Takes "--lang X" / "--lang=X" out of the arguments (core's parser does not know it: the language
// has to be installed before the arguments are parsed, so that even their errors are translated).
// False with *error when the value is missing or not a language of Fleetwatch.
bool takeLanguage(QStringList *args, QString *language, QString *error)
{
    for (qsizetype i = 0; i < args->size(); ++i) {
        const QString arg = args->at(i);
        QString value;
        if (arg == QLatin1String("--lang")) {
            if (i + 1 >= args->size()) {
                *error = tr("--lang needs a value.");
                return false;
            }
            value = args->at(i + 1);
            args->remove(i, 2);
        } else if (arg.startsWith(QLatin1String("--lang="))) {
            value = arg.mid(7);
            args->remove(i);
        } else {
            continue;
        }
        *language = UiLanguage::normalise(value);
        if (language->isEmpty()) {
            *error = tr("--lang: \"%1\" is not a language of Fleetwatch (%2).")
                         .arg(value, UiLanguage::supported().join(QStringLiteral(", ")));
            return false;
        }
        --i;
    }
    return true;
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
    QString language;
    QString problem;
    const bool languageOk = takeLanguage(&args, &language, &problem);
    // The application object, and with it the translator, comes before the real parse so that even the
    // argument errors are in the chosen language; a quiet first parse tells whether the PDF painter,
    // and so a QGuiApplication, is needed.
    QString ignored;
    QTextStream quiet(&ignored);
    int code = ReportOk;
    const std::optional<ReportRequest> peek = languageOk ? parseReportRequest(args, quiet, quiet, &code) : std::nullopt;
    const bool pdf = peek && peek->format == QLatin1String("pdf");
    if (pdf && !haveDisplay())
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = pdf ? std::make_unique<QGuiApplication>(argc, argv)
                                                : std::make_unique<QCoreApplication>(argc, argv);
    UiLanguage::install(language);
    if (!languageOk)
        return reportCommandFailure(err, ReportBadArguments, problem);
    const std::optional<ReportRequest> request = parseReportRequest(args, out, err, &code);
    if (!request) {
        if (code == ReportOk)   // --help
            out << tr("--lang LANGUAGE: de, zh_CN or en, the language of the report and of these messages "
                      "(default: the system's).")
                << '\n';
        return code;
    }
    return runRequest(*request, out, err);
}

} // namespace fw

// fleetwatch: the operator console. main() parses the command line (without a display), sets up
// logging, checks that there is a screen, builds the main window and runs it.

#include "app/commandline.h"
#include "app/mainwindow.h"
#include "app/uilanguage.h"
#include "core/logging.h"
#include "core/reportcli.h"
#include "widgets/hmipalette.h"
#include "widgets/reportpdfwriter.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScreen>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

bool haveDisplay()
{
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY")
        || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
}

bool writeStats(const QString &path, const fw::IngestStats &s)
{
    QJsonObject byReason;
    for (int i = 0; i < fw::kRejectReasonCount; ++i) {
        if (s.rejectedByReason[size_t(i)] > 0)
            byReason.insert(QString::fromLatin1(fw::rejectReasonName(fw::RejectReason(i))),
                            qint64(s.rejectedByReason[size_t(i)]));
    }
    const QJsonObject root{{QStringLiteral("messages_received"), qint64(s.received)},
                           {QStringLiteral("messages_accepted"), qint64(s.accepted)},
                           {QStringLiteral("rejected"), qint64(s.rejected)},
                           {QStringLiteral("rejected_by_reason"), byReason},
                           {QStringLiteral("assets_known"), s.assetsKnown},
                           {QStringLiteral("alerts_open"), s.alertsOpen}};
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.write(QJsonDocument(root).toJson());
    return f.error() == QFileDevice::NoError;
}

// `fleetwatch report --format pdf`: core parses the request and builds the report; the PDF is painted
// here (widgets layer), under the QGuiApplication that runReport() made.
int runPdfReport(const fw::ReportRequest &request, QTextStream &err)
{
    const std::optional<fw::Report> report = fw::loadReport(request, err);
    if (!report)
        return fw::ReportStoreError;
    QString error;
    if (request.outPath == QLatin1String("-")) {
        const QByteArray pdf = fw::renderReportPdf(*report, &error);
        if (pdf.isEmpty() || std::fwrite(pdf.constData(), 1, size_t(pdf.size()), stdout) != size_t(pdf.size())
            || std::fflush(stdout) != 0)
            return fw::reportCommandFailure(err, fw::ReportWriteError,
                                            error.isEmpty() ? QStringLiteral("cannot write the PDF to standard output.") : error);
        return fw::ReportOk;
    }
    if (!fw::writeReportPdf(*report, request.outPath, &error))
        return fw::reportCommandFailure(err, fw::ReportWriteError, error);
    return fw::ReportOk;
}

// Takes "--lang X" / "--lang=X" out of the report's arguments (core's parser does not know it).
// False with *error when the value is missing or not a language of Fleetwatch.
bool takeLanguage(QStringList *args, QString *language, QString *error)
{
    for (qsizetype i = 0; i < args->size(); ++i) {
        const QString arg = args->at(i);
        QString value;
        if (arg == QLatin1String("--lang")) {
            if (i + 1 >= args->size()) {
                *error = QStringLiteral("--lang needs a value.");
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
        *language = fw::UiLanguage::normalise(value);
        if (language->isEmpty()) {
            *error = QStringLiteral("--lang: \"%1\" is not a language of Fleetwatch (%2).")
                         .arg(value, fw::UiLanguage::supported().join(QStringLiteral(", ")));
            return false;
        }
        --i;
    }
    return true;
}

// `fleetwatch report ...`: the plant manager's report without a screen, for a scheduled job. The
// report and its messages are in the --lang language (default: the system's); CSV stays ISO.
int runReport(int argc, char *argv[], QStringList args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString language;
    QString problem;
    if (!takeLanguage(&args, &language, &problem))
        return fw::reportCommandFailure(err, fw::ReportBadArguments, problem);
    // The application (and with it the translator) comes first, so that even the argument errors are
    // translated: a quiet first parse tells whether the PDF painter, and so a QGuiApplication, is needed.
    QString ignored;
    QTextStream quiet(&ignored);
    int code = fw::ReportOk;
    const std::optional<fw::ReportRequest> peek = fw::parseReportRequest(args, quiet, quiet, &code);
    const bool pdf = peek && peek->format == QLatin1String("pdf");
    if (pdf && !haveDisplay())
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = pdf ? std::make_unique<QGuiApplication>(argc, argv)
                                                : std::make_unique<QCoreApplication>(argc, argv);
    fw::UiLanguage::install(language);
    const std::optional<fw::ReportRequest> request = fw::parseReportRequest(args, out, err, &code);
    if (!request) {
        if (code == fw::ReportOk)   // --help
            out << QCoreApplication::translate("fw::ReportCommand",
                                               "--lang LANGUAGE: de, zh_CN or en, the language of the report and of "
                                               "these messages (default: the system's).")
                << '\n';
        return code;
    }
    if (pdf)
        return runPdfReport(*request, err);
    return fw::runReportCommand(args, out, err);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("fleetwatch"));
    QCoreApplication::setOrganizationName(QStringLiteral("Fleetwatch"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLEETWATCH_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    // `fleetwatch report ...`: the plant manager's report without a screen, for a scheduled job.
    if (arguments.size() > 1 && arguments.at(1) == QStringLiteral("report")) {
        fw::logging::setup(fw::logging::Options{{}, spdlog::level::warn, true});
        return runReport(argc, argv, arguments.mid(2));
    }
    int exitCode = 0;
    const std::optional<fw::CommandLine> options = fw::CommandLine::parse(arguments, &exitCode);
    if (!options)
        return exitCode;

    if (!haveDisplay()) {
        std::fputs("fleetwatch: no display (DISPLAY and WAYLAND_DISPLAY are not set); run it in a desktop "
                   "session, under xvfb-run, or with QT_QPA_PLATFORM=offscreen\n", stderr);
        return 2;
    }

    QDir().mkpath(QFileInfo(options->logFile).absolutePath());
    fw::logging::Options logOptions;
    logOptions.filePath = options->logFile;
    logOptions.level = spdlog::level::from_str(options->logLevel.toStdString());
    fw::logging::setup(logOptions);
    auto log = fw::logging::get("app");
    log->info("fleetwatch {} starting: broker {}, root {}, site {}", FLEETWATCH_VERSION,
              options->settings.mqtt.brokerUrl().toStdString(), fw::logging::sanitize(options->settings.root),
              options->settings.site.isEmpty() ? std::string("(all)") : fw::logging::sanitize(options->settings.site));

    QApplication app(argc, argv);
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(fw::hmi::palette());
    fw::UiLanguage::install(options->language.isEmpty() ? options->settings.language : options->language);

    fw::MainWindow window(options->settings, options->configPath, options->dbPath);
    if (const QScreen *screen = QGuiApplication::primaryScreen()) {
        const QRect available = screen->availableGeometry();
        window.resize(std::min(available.width(), 1920), std::min(available.height(), 1080));
    }
    window.show();
    if (!options->selectAsset.isEmpty())
        window.selectAsset(options->selectAsset);

    if (!options->screenshotPath.isEmpty()) {
        // Grabbed before exit, whether the timer or the operator ends the run.
        QObject::connect(&app, &QCoreApplication::aboutToQuit, &window, [&] {
            if (window.grab().save(options->screenshotPath))
                log->info("screenshot saved to {}", options->screenshotPath.toStdString());
            else
                log->error("cannot save the screenshot to {}", options->screenshotPath.toStdString());
        });
    }
    if (options->exitAfterSeconds > 0)
        QTimer::singleShot(options->exitAfterSeconds * 1000, &window, &QApplication::quit);
    const int rc = app.exec();
    window.shutdown();
    if (!options->statsJsonPath.isEmpty() && !writeStats(options->statsJsonPath, window.lastStats())) {
        log->error("cannot write {}", options->statsJsonPath.toStdString());
        return 1;
    }
    log->info("fleetwatch stopped");
    return rc;
}

// fleetwatch: the operator console. main() parses the command line (without a display), sets up
// logging, checks that there is a screen and that --db is not something other than a store, builds
// the main window and runs it until it is closed or stopped by SIGTERM, SIGINT or SIGHUP (the same
// shutdown either way); `fleetwatch report` and `fleetwatch audit` go to their commands (reports/) first.

#include "app/commandline.h"
#include "app/mainwindow.h"
#include "app/sessioncontrols.h"
#include "app/userscommand.h"
#include "app/viewsettings.h"
#include "core/common/logging.h"
#include "core/common/signalquit.h"
#include "core/common/uilanguage.h"
#include "core/store/storeidentity.h"
#include "reports/auditcommand.h"
#include "reports/reportcommand.h"
#include "widgets/hmipalette.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScreen>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

bool haveDisplay()
{
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY")
        || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
}

QString storeStateName(fw::StoreStatus::State state)
{
    switch (state) {
    case fw::StoreStatus::State::Saving: return QStringLiteral("saving");
    case fw::StoreStatus::State::NotSaving: return QStringLiteral("not_saving");
    case fw::StoreStatus::State::ReadOnlyMode: return QStringLiteral("read_only_mode");
    }
    return {};
}

QString storeFaultName(fw::StoreFault fault)
{
    switch (fault) {
    case fw::StoreFault::None: return QStringLiteral("none");
    case fw::StoreFault::Full: return QStringLiteral("full");
    case fw::StoreFault::ReadOnly: return QStringLiteral("read_only");
    case fw::StoreFault::IoError: return QStringLiteral("io_error");
    case fw::StoreFault::Locked: return QStringLiteral("locked");
    case fw::StoreFault::Damaged: return QStringLiteral("damaged");
    case fw::StoreFault::Unavailable: return QStringLiteral("unavailable");
    }
    return {};
}

// Other consoles' actions not applied, by reason (actions_dropped_<reason>), held now, far claims.
QJsonObject remoteActionFigures(const fw::RemoteActionCounts &c)
{
    QJsonObject o{{QStringLiteral("held"), c.held}, {QStringLiteral("far_claims"), qint64(c.farClaims)}};
    for (int i = 0; i < fw::kActionDropCount; ++i)
        o.insert(QStringLiteral("actions_dropped_") + QLatin1String(fw::actionDropName(fw::ActionDrop(i))),
                 qint64(c.dropped[size_t(i)]));
    return o;
}

// The store and the outbox for a monitoring job (docs: README, "Statistics").
QJsonObject storeFigures(const fw::AlertCenterFigures &f)
{
    const fw::StoreStatus &s = f.store;
    return {{QStringLiteral("store"),
             QJsonObject{{QStringLiteral("state"), storeStateName(s.state)},
                         {QStringLiteral("fault"), storeFaultName(s.fault)},
                         {QStringLiteral("path"), s.path},
                         {QStringLiteral("not_saving_since"),
                          s.since > 0 ? QJsonValue(QDateTime::fromMSecsSinceEpoch(s.since).toString(Qt::ISODateWithMs))
                                      : QJsonValue()},
                         {QStringLiteral("unsaved_alerts"), s.unsavedAlerts},
                         {QStringLiteral("dropped_alerts"), s.droppedAlerts},
                         {QStringLiteral("failed_writes"), s.failedWrites}}},
            {QStringLiteral("outbox"),
             QJsonObject{{QStringLiteral("pending"), f.outboxPending},
                         {QStringLiteral("published"), f.outboxPublished},
                         {QStringLiteral("delivered_unrecorded"), f.outboxUnrecorded},
                         {QStringLiteral("failed_writes"), f.outboxFailedWrites}}},
            {QStringLiteral("remote_actions"), remoteActionFigures(f.remoteActions)}};
}

bool writeStats(const QString &path, const fw::IngestStats &s, const fw::AlertCenterFigures &figures)
{
    QJsonObject byReason;
    for (int i = 0; i < fw::kRejectReasonCount; ++i) {
        if (s.rejectedByReason[size_t(i)] > 0)
            byReason.insert(QString::fromLatin1(fw::rejectReasonName(fw::RejectReason(i))),
                            qint64(s.rejectedByReason[size_t(i)]));
    }
    QJsonObject root{{QStringLiteral("messages_received"), qint64(s.received)},
                     {QStringLiteral("messages_accepted"), qint64(s.accepted)},
                     {QStringLiteral("rejected"), qint64(s.rejected)},
                     {QStringLiteral("rejected_by_reason"), byReason},
                     {QStringLiteral("assets_known"), s.assetsKnown},
                     {QStringLiteral("assets_stale"), s.assetsStale},
                     {QStringLiteral("alerts_open"), s.alertsOpen}};
    const QJsonObject store = storeFigures(figures);
    for (auto it = store.begin(); it != store.end(); ++it)
        root.insert(it.key(), it.value());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.write(QJsonDocument(root).toJson());
    return f.error() == QFileDevice::NoError;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("fleetwatch"));
    QCoreApplication::setOrganizationName(QStringLiteral("Fleetwatch"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLEETWATCH_VERSION));
    // The installed desktop entry's id (packaging/linux/): Wayland shells match windows to it.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.fleetwatch.Fleetwatch"));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    // `fleetwatch report ...`: the plant manager's report without a screen, for a scheduled job. The
    // command makes its own application object (QtGui at most), so it goes before any is made here.
    if (arguments.size() > 1 && arguments.at(1) == QStringLiteral("report"))
        return fw::runReportCommand(argc, argv);
    // `fleetwatch audit ...`: the journal checked or exported (reports/auditcommand.h), QtCore only.
    if (arguments.size() > 1 && arguments.at(1) == QStringLiteral("audit"))
        return fw::runAuditCommand(argc, argv);
    // `fleetwatch users ...`: the local accounts (app/userscommand.h), QtCore only.
    if (arguments.size() > 1 && arguments.at(1) == QStringLiteral("users"))
        return fw::runUsersCommand(argc, argv);
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
    fw::hmi::setTheme(fw::ViewSettings(options->configPath).theme().value_or(fw::hmi::Theme::Day));
    fw::hmi::applyLanguageFont(
        fw::UiLanguage::install(options->language.isEmpty() ? options->settings.language : options->language));
    // SIGTERM, SIGINT, SIGHUP: exec() returns and the shutdown below runs (stats, store, log).
    fw::SignalQuit signalQuit;
    // A --db that is not a Fleetwatch store ends the console here, the file left as it is.
    if (const fw::StoreIdentity store = fw::StoreIdentity::of(options->dbPath); store.isRefused()) {
        log->error("{}", fw::logging::sanitize(store.refusal(options->dbPath), 1000));
        fw::logging::flush();
        return 3;
    }

    fw::MainWindow window(options->settings, options->configPath, options->dbPath);
    if (window.restoreLayout()) {
        window.show();
    } else {
        // First start: the whole screen. Maximized, so that a window manager's frame and panels leave
        // the status bar on the screen; the size first, for a display without a window manager.
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            window.resize(screen->availableGeometry().size().boundedTo(QSize(1920, 1080)));
        window.showMaximized();
    }
    if (!options->selectAsset.isEmpty())
        window.selectAsset(options->selectAsset);
    // First start of an attended console: ask for the administrator (an unattended run just shows).
    window.sessionControls()->setAskForAdministrator(options->exitAfterSeconds == 0);

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
    if (!options->statsJsonPath.isEmpty() && !writeStats(options->statsJsonPath, window.lastStats(), window.lastFigures())) {
        log->error("cannot write {}", options->statsJsonPath.toStdString());
        fw::logging::flush();
        return 1;
    }
    if (signalQuit.receivedSignal() != 0)
        log->info("fleetwatch stopped by {}", fw::SignalQuit::signalName(signalQuit.receivedSignal()).toStdString());
    else
        log->info("fleetwatch stopped");
    fw::logging::flush();
    return rc;
}

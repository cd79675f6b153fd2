// fleet-sim: the fleet side of the fleet MQTT interface v1, for demos, tests and load.
// Exit codes: 0 done, 1 bad command line or broker URL or stats file, 2 missing or bad data file.

#include "core/common/logging.h"
#include "tools/fleet-sim/cmapssreader.h"
#include "tools/fleet-sim/datalocator.h"
#include "tools/fleet-sim/healthmodel.h"
#include "tools/fleet-sim/modelevaluation.h"
#include "tools/fleet-sim/replayfleet.h"
#include "tools/fleet-sim/simdriver.h"
#include "tools/fleet-sim/syntheticload.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QRandomGenerator>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>

using namespace fw;
using namespace fw::sim;

namespace {

std::atomic<int> g_signal{0};

void onSignal(int signal)
{
    g_signal.store(signal);
}

void installSignalHandlers()
{
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

// test_FD001 engines stop some cycles before failure (RUL_FD001 says how many): alerts raised long
// before the failure there are false alarms by the usual C-MAPSS convention.
void printTestSetEvaluation(const QString &dir, const HealthModel &model)
{
    QString error;
    const auto runs = CmapssReader::readFile(QDir(dir).filePath(QStringLiteral("test_FD001.txt")), &error);
    const auto rul = runs ? CmapssReader::readRulFile(QDir(dir).filePath(QStringLiteral("RUL_FD001.txt")), &error)
                          : std::nullopt;
    if (!runs || !rul || rul->size() != runs->size()) {
        std::printf("test set: not evaluated (%s)\n", qPrintable(error.isEmpty() ? QStringLiteral("RUL count differs") : error));
        return;
    }
    const EvaluationSummary s = ModelEvaluation::evaluate(*runs, model, *rul);
    int nearFailure = 0, nearFailureAlerting = 0, farOpen = 0, far = 0;
    for (const EngineOutcome &o : s.outcomes) {
        const int remaining = o.failureCycle - o.cycles;
        if (remaining <= 30) {
            ++nearFailure;
            nearFailureAlerting += o.openAtEnd;
        } else if (remaining > ModelEvaluation::kPrematureLead) {
            ++far;
            farOpen += o.openAtEnd;
        }
    }
    std::printf("test set (%d engines cut off before failure):\n", s.engines);
    std::printf("  engines that alerted: %d; alerts raised more than %d cycles before failure (false): %d\n",
                s.enginesAlerting, ModelEvaluation::kPrematureLead, s.prematureAlerts);
    std::printf("  cut off within 30 cycles of failure: %d, alert open at the cut: %d\n", nearFailure,
                nearFailureAlerting);
    std::printf("  cut off more than %d cycles before failure: %d, alert open at the cut: %d\n",
                ModelEvaluation::kPrematureLead, far, farOpen);
    if (s.enginesAlerting > 0)
        std::printf("  warning before failure (cycles): mean %.1f, min %d\n", s.meanLeadCycles, s.minLeadCycles);
}

void printEvaluation(const std::vector<EngineRun> &runs, const HealthModel &model, const SimOptions &options)
{
    const EvaluationSummary s = ModelEvaluation::evaluate(runs, model);
    std::printf("model hpc-degradation 1.0.0 on %d engines (failure at each engine's last cycle)\n", s.engines);
    std::printf("  calibration: deviation at failure (median) %.2f; threshold %.2f\n", model.failureDeviation(),
                model.config().threshold);
    std::printf("  engines alerting before failure: %d of %d; missed failures: %d\n", s.enginesAlerting, s.engines,
                s.missedFailures);
    std::printf("  warning before failure (cycles): mean %.1f, median %.1f, min %d, max %d\n", s.meanLeadCycles,
                s.medianLeadCycles, s.minLeadCycles, s.maxLeadCycles);
    std::printf("  premature (> %d cycles before failure): %d; false (cleared before failure): %d; "
                "engines raised twice: %d\n",
                ModelEvaluation::kPrematureLead, s.prematureAlerts, s.falseAlerts, s.enginesWithRepeatRaises);
    std::printf("  health: %.2f after the baseline, %.2f in the last 10 cycles\n", s.healthAtStart, s.healthAtEnd);
    std::printf("  RUL in the last 50 cycles: mean absolute error %.1f cycles, estimate given %.0f%% of cycles\n",
                s.rulMaeLast50, 100.0 * s.rulCoverageLast50);
    std::printf("  directions (correlation with cycles-to-failure):");
    for (size_t k = 0; k < informativeSensors().size(); ++k)
        std::printf(" %s%c(%.2f)", sensorName(informativeSensors()[k]), model.directions()[k] > 0 ? '+' : '-',
                    model.correlations()[k]);
    std::printf("\n");

    ReplayConfig config;
    config.engineLimit = options.engines;
    config.seed = options.seed;
    ReplayFleet fleet(&runs, &model, config, QDateTime::currentMSecsSinceEpoch());
    int counts[4] = {};
    for (HealthState state : fleet.states())
        ++counts[int(state)];
    std::printf("  staggered start (seed %u): %d ok, %d watch, %d warning, %d critical; drift score %.2f\n",
                options.seed, counts[0], counts[1], counts[2], counts[3], fleet.driftScore(0));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fleet-sim"));

    SimOptions options;
    QString message;
    switch (SimOptions::parse(QCoreApplication::arguments(), &options, &message)) {
    case SimOptions::Parse::Help:
        std::printf("%s", qPrintable(message));
        return 0;
    case SimOptions::Parse::Error:
        std::fprintf(stderr, "fleet-sim: %s (see --help)\n", qPrintable(message));
        return 1;
    case SimOptions::Parse::Run:
        break;
    }
    logging::Options logOptions;
    logOptions.level = spdlog::level::from_str(options.logLevel.toStdString());
    logging::setup(logOptions);
    auto log = logging::get("sim");

    std::vector<EngineRun> runs;
    std::unique_ptr<HealthModel> model;
    std::unique_ptr<ReplayFleet> fleet;
    std::unique_ptr<SyntheticLoad> load;
    const qint64 startMs = QDateTime::currentMSecsSinceEpoch();
    if (!options.synthetic) {
        const QString dir = options.dataDir.isEmpty() ? defaultDataDir() : options.dataDir;
        QString error;
        auto read = CmapssReader::readFile(QDir(dir).filePath(QStringLiteral("train_FD001.txt")), &error);
        if (!read) {
            log->error("{}", error.toStdString());
            return 2;
        }
        runs = std::move(*read);
        model = std::make_unique<HealthModel>(HealthModel::train(runs));
        if (options.evaluate) {
            printEvaluation(runs, *model, options);
            printTestSetEvaluation(dir, *model);
            return 0;
        }
        ReplayConfig config;
        config.root = options.root;
        config.sites = options.sites;
        config.engineLimit = options.engines;
        config.seed = options.seed;
        config.cyclesPerSecond = options.speed;
        config.runTag = QString::number(QRandomGenerator::global()->generate() & 0xffffff, 16)
                            .rightJustified(6, QLatin1Char('0'));
        // Alert seq continues upward across runs: a console must not take a restarted fleet's events
        // for stale ones (1000 events per second of downtime before it would overlap).
        config.alertSeqBase = startMs / 1000 * 1000;
        config.trainedAt = startMs;
        fleet = std::make_unique<ReplayFleet>(&runs, model.get(), config, startMs);
        log->info("replaying {} engines of {} at {} cycles/s on {} site(s)", fleet->layout().assets().size(),
                  dir.toStdString(), options.speed, fleet->siteCount());
    } else {
        SyntheticConfig config;
        config.root = options.root;
        config.sites = options.sites;
        config.assets = options.assets;
        config.signalCount = options.signalCount;
        load = std::make_unique<SyntheticLoad>(config);
        log->info("synthetic load: {} assets, {} signals, {} msg/s at QoS {}", options.assets, options.signalCount,
                  options.rate, options.qos);
    }

    SimDriver driver(options);
    int exitCode = 0;
    QObject::connect(&driver, &SimDriver::finished, &app, [&](int code) {
        exitCode = code;
        app.quit();
    });
    QString error;
    const bool started = fleet ? driver.startReplay(fleet.get(), &error) : driver.startSynthetic(load.get(), &error);
    if (!started) {
        log->error("{}", error.toStdString());
        return 1;
    }

    installSignalHandlers();
    QTimer signalPoll;
    QObject::connect(&signalPoll, &QTimer::timeout, &driver, [&] {
        if (const int signal = g_signal.exchange(0)) {
            log->info("signal {}: stopping", signal);
            driver.stop();
        }
    });
    signalPoll.start(100);
    if (options.durationSeconds > 0)
        QTimer::singleShot(int(options.durationSeconds * 1000), &driver, &SimDriver::stop);

    app.exec();
    return exitCode;
}

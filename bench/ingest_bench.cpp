// fleetwatch-ingest-bench: how fast the console's receive path drains a broker backlog compared with a
// bare libmosquitto client, and how it holds a steady live load (drops, GUI stalls, CPU, memory).
// Starts its own mosquitto and its own publisher process (this executable with --publisher); loopback
// only. Prints figures; asserts nothing. See docs/performance.md.

#include "bench/benchbroker.h"
#include "bench/benchphases.h"
#include "bench/benchpublisher.h"
#include "core/common/logging.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QProcess>
#include <QSysInfo>
#include <QThread>

#include <cstdio>
#include <cstring>

namespace {

QString cpuModel()
{
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("model name"))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    }
    return {};
}

QString brokerVersion()
{
    QProcess p;
    p.start(fw::bench::BenchBroker::brokerPath(), {QStringLiteral("-h")});
    p.waitForFinished(5000);
    const QString text = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts).value(0).trimmed();
}

} // namespace

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--publisher") == 0)
            return fw::bench::runPublisher(argc, argv);
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fleetwatch-ingest-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures the console's ingest path against a bare libmosquitto client."));
    parser.addHelpOption();
    const QCommandLineOption messages(QStringLiteral("messages"), QStringLiteral("Drain backlog size."), QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption assets(QStringLiteral("assets"), QStringLiteral("Assets the telemetry is spread over."), QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption rate(QStringLiteral("rate"), QStringLiteral("Live rate, messages per second."), QStringLiteral("R"), QStringLiteral("50000"));
    const QCommandLineOption liveSeconds(QStringLiteral("live-seconds"), QStringLiteral("Live duration."), QStringLiteral("S"), QStringLiteral("60"));
    const QCommandLineOption warmup(QStringLiteral("warmup-samples"), QStringLiteral("Samples per asset sent before the live measurement (0: none)."), QStringLiteral("K"), QStringLiteral("520"));
    const QCommandLineOption repeat(QStringLiteral("repeat"), QStringLiteral("Drain repetitions (medians are reported)."), QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption skipDrain(QStringLiteral("skip-drain"), QStringLiteral("Skip the drain measurement."));
    const QCommandLineOption skipLive(QStringLiteral("skip-live"), QStringLiteral("Skip the live measurement."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Also write the figures as JSON."), QStringLiteral("FILE"));
    const QCommandLineOption verbose(QStringLiteral("verbose"), QStringLiteral("Show the console's info log."));
    parser.addOptions({messages, assets, rate, liveSeconds, warmup, repeat, skipDrain, skipLive, json, verbose});
    parser.process(app);

    fw::logging::Options logOptions;
    logOptions.level = parser.isSet(verbose) ? spdlog::level::info : spdlog::level::warn;
    fw::logging::setup(logOptions);

    fw::bench::DrainOptions drain;
    drain.messages = std::max(1LL, parser.value(messages).toLongLong());
    drain.assets = std::clamp(parser.value(assets).toInt(), 1, 99999);
    drain.repeat = std::clamp(parser.value(repeat).toInt(), 1, 20);
    fw::bench::LiveOptions live;
    live.assets = drain.assets;
    live.rate = std::max(1.0, parser.value(rate).toDouble());
    live.seconds = std::clamp(parser.value(liveSeconds).toDouble(), 1.0, 3600.0);
    live.warmupSamples = std::clamp(parser.value(warmup).toInt(), 0, 10000);

    const QString machine = QStringLiteral("%1 x %2, %3, Qt %4, %5")
                                .arg(QThread::idealThreadCount()).arg(cpuModel(), QSysInfo::prettyProductName(),
                                                                      QString::fromLatin1(qVersion()), brokerVersion());
    std::printf("fleetwatch-ingest-bench on %s\n", qPrintable(machine));
    fw::bench::BenchBroker broker;
    QString error;
    if (!broker.start(&error)) {
        std::fprintf(stderr, "cannot start the broker: %s\n", qPrintable(error));
        return 2;
    }
    std::printf("broker: %s on 127.0.0.1:%d (pid %lld)\n", qPrintable(fw::bench::BenchBroker::brokerPath()),
                broker.port(), broker.pid());

    QJsonObject report{{QStringLiteral("machine"), machine},
                       {QStringLiteral("started"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                       {QStringLiteral("arguments"), QJsonArray::fromStringList(QCoreApplication::arguments().mid(1))}};
    bool allOk = true;
    if (!parser.isSet(skipDrain)) {
        bool ok = false;
        report.insert(QStringLiteral("drain"), fw::bench::runDrain(broker, drain, &ok));
        allOk = allOk && ok;
    }
    if (!parser.isSet(skipLive) && broker.isRunning()) {
        bool ok = false;
        report.insert(QStringLiteral("live"), fw::bench::runLive(broker, live, &ok));
        allOk = allOk && ok;
    }
    if (!broker.isRunning()) {
        std::fprintf(stderr, "the broker died:\n%s\n", qPrintable(broker.logTail()));
        allOk = false;
    }
    broker.stop();
    if (parser.isSet(json)) {
        QFile out(parser.value(json));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(parser.value(json)));
            return 2;
        }
        out.write(QJsonDocument(report).toJson());
    }
    return allOk ? 0 : 1;
}

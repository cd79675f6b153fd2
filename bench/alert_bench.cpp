// fleetwatch-alert-bench: a burst of raised alerts into the console's alert queue. Starts its own
// mosquitto (BenchBroker) and its own fleet process (this executable with --alert-publisher) that
// raises 10,000 alerts in 10 s over 500 assets at QoS 1, each followed by its asset's retained
// alerts/active (--no-active-lists: events only), into a ConsoleCore with the alert queue's models
// (AlertQueueModel + AlertQueueProxy) in an offscreen QGuiApplication. Measures, from the first
// publish: when every alert was accepted by the ingest worker, stored (rows in the store), in the
// model and in the proxy (shown); the GUI event loop's lateness during the burst; CPU (per thread) and
// resident memory. Loopback only. Prints figures; asserts nothing. See docs/performance.md.

#include "bench/alertconsole.h"
#include "bench/alertpublisher.h"
#include "bench/benchbroker.h"
#include "bench/eventwait.h"
#include "bench/processstats.h"
#include "core/common/logging.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <cstring>

using namespace fw::bench;

namespace {

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

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

QString seconds(qint64 ns, qint64 originNs)
{
    return ns < 0 ? QStringLiteral("not reached") : QStringLiteral("%1 s").arg(double(ns - originNs) / 1e9, 0, 'f', 2);
}

QString stats(const std::vector<double> &v)
{
    double sum = 0.0;
    for (double x : v)
        sum += x;
    return QStringLiteral("p50 %1 ms, p99 %2 ms, max %3 ms (total %4 ms)")
        .arg(percentile(v, 50), 0, 'f', 2).arg(percentile(v, 99), 0, 'f', 2).arg(percentile(v, 100), 0, 'f', 2)
        .arg(sum, 0, 'f', 0);
}

// Seconds each thread of this process spent runnable but waiting for a CPU (/proc schedstat), by
// thread id.
std::map<int, double> runQueueWaitSeconds()
{
    std::map<int, double> out;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &entry : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile f(tasks.filePath(entry) + QStringLiteral("/schedstat"));
        if (f.open(QIODevice::ReadOnly))
            out[entry.toInt()] = f.readAll().simplified().split(' ').value(1).toDouble() / 1e9;
    }
    return out;
}

QString describeWaits(const std::map<int, double> &before, const std::map<int, double> &after,
                      const std::map<int, ThreadCpu> &names)
{
    QStringList parts;
    for (const auto &[tid, seconds] : after) {
        const auto it = before.find(tid);
        const double waited = seconds - (it != before.end() ? it->second : 0.0);
        const auto name = names.find(tid);
        if (waited >= 0.05)
            parts << QStringLiteral("%1 %2 s").arg(name != names.end() ? name->second.name : QString::number(tid)).arg(waited, 0, 'f', 2);
    }
    return parts.join(QStringLiteral(", "));
}

QString msStats(const std::vector<double> &v)
{
    return QStringLiteral("p50 %1 ms, p99 %2 ms, max %3 ms").arg(percentile(v, 50), 0, 'f', 1)
        .arg(percentile(v, 99), 0, 'f', 1).arg(percentile(v, 100), 0, 'f', 1);
}

// The alert path stage by stage (after stop()).
void printStages(const AlertConsole &console)
{
    const auto &emitted = console.trafficEmitted();
    const auto &applied = console.trafficApplied();
    const size_t n = std::min(emitted.size(), applied.size());
    std::vector<double> latency;
    std::vector<double> busy;
    std::vector<double> perMessageUs;
    std::vector<double> sizes;
    double busyTotal = 0.0;
    for (size_t i = 0; i < n; ++i) {
        latency.push_back(double(applied[i] - emitted[i].ns) / 1e6);
        // Approximate: from the later of its arrival and the previous batch's end to its own end.
        const qint64 began = std::max(emitted[i].ns, i > 0 ? applied[i - 1] : emitted[i].ns);
        const double ms = double(applied[i] - began) / 1e6;
        busy.push_back(ms);
        busyTotal += ms;
        sizes.push_back(emitted[i].size);
        perMessageUs.push_back(emitted[i].size > 0 ? ms * 1000.0 / emitted[i].size : 0.0);
    }
    print(QStringLiteral("  ingest -> alerts thread: %1 batches (messages p50 %2, max %3); from emitted to applied %4")
              .arg(n).arg(percentile(sizes, 50), 0, 'f', 0).arg(percentile(sizes, 100), 0, 'f', 0).arg(msStats(latency)));
    const size_t tenth = std::max<size_t>(1, n / 10);
    auto meanOf = [&](size_t from, size_t to) {
        double ms = 0.0;
        double messages = 0.0;
        for (size_t i = from; i < to && i < n; ++i) {
            ms += busy[i];
            messages += sizes[i];
        }
        return messages > 0 ? ms * 1000.0 / messages : 0.0;
    };
    print(QStringLiteral("      applyMessages (approx.): %1 s in all, %2; per message %3 us in the first tenth of the batches, %4 us in the last")
              .arg(busyTotal / 1000.0, 0, 'f', 2).arg(msStats(busy)).arg(meanOf(0, tenth), 0, 'f', 0)
              .arg(meanOf(n - tenth, n), 0, 'f', 0));
    const auto &changes = console.changesEmitted();
    const auto &received = console.changesReceived();
    std::vector<double> gaps;
    std::vector<double> records;
    std::vector<double> delivery;
    for (size_t i = 0; i < changes.size(); ++i) {
        records.push_back(changes[i].size);
        if (i > 0)
            gaps.push_back(double(changes[i].ns - changes[i - 1].ns) / 1e6);
        if (i < received.size())
            delivery.push_back(double(received[i] - changes[i].ns) / 1e6);
    }
    print(QStringLiteral("  alertsChanged: %1 emitted (records p50 %2, max %3); gap between two: %4; emitted to received in the GUI: %5")
              .arg(changes.size()).arg(percentile(records, 50), 0, 'f', 0).arg(percentile(records, 100), 0, 'f', 0)
              .arg(msStats(gaps)).arg(msStats(delivery)));
}

void printProgress(const AlertConsole &console, const AlertPublisherSpec &spec, qint64 firstNs)
{
    print(QStringLiteral("  progress (s after the first publish: published / accepted / stored / shown):"));
    const auto &samples = console.progress();
    QStringList row;
    for (int s = 1; s <= 60; ++s) {
        const qint64 at = firstNs + qint64(s) * 1'000'000'000;
        const AlertConsole::Progress *last = nullptr;
        for (const AlertConsole::Progress &p : samples) {
            if (p.ns <= at)
                last = &p;
        }
        if (!last || last->ns < at - 200'000'000)
            break;   // sampling had stopped: the burst was over
        const int published = std::min(spec.alerts, int(double(spec.alerts) * s / spec.seconds));
        row << QStringLiteral("%1: %2/%3/%4/%5").arg(s).arg(published).arg(last->accepted).arg(last->stored).arg(last->shown);
        if (row.size() == 4) {
            print(QStringLiteral("    ") + row.join(QStringLiteral("   ")));
            row.clear();
        }
    }
    if (!row.isEmpty())
        print(QStringLiteral("    ") + row.join(QStringLiteral("   ")));
}

} // namespace

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--alert-publisher") == 0)
            return runAlertPublisher(argc, argv);
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fleetwatch-alert-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A burst of raised alerts into the console's alert queue."));
    parser.addHelpOption();
    const QCommandLineOption alertsOpt(QStringLiteral("alerts"), QStringLiteral("Alerts raised."), QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption assetsOpt(QStringLiteral("assets"), QStringLiteral("Assets they are spread over."), QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption secondsOpt(QStringLiteral("seconds"), QStringLiteral("Over how long."), QStringLiteral("S"), QStringLiteral("10"));
    const QCommandLineOption noLists(QStringLiteral("no-active-lists"), QStringLiteral("Publish events only, no retained alerts/active."));
    const QCommandLineOption timeoutOpt(QStringLiteral("timeout"), QStringLiteral("Give up this long after the first publish."), QStringLiteral("S"), QStringLiteral("180"));
    const QCommandLineOption verbose(QStringLiteral("verbose"), QStringLiteral("Show the console's info log."));
    parser.addOptions({alertsOpt, assetsOpt, secondsOpt, noLists, timeoutOpt, verbose});
    parser.process(app);
    fw::logging::setup({QString(), parser.isSet(verbose) ? spdlog::level::info : spdlog::level::warn, true});

    AlertPublisherSpec spec;
    spec.alerts = std::clamp(parser.value(alertsOpt).toInt(), 1, 1'000'000);
    spec.assets = std::clamp(parser.value(assetsOpt).toInt(), 1, 99'999);
    spec.seconds = std::clamp(parser.value(secondsOpt).toDouble(), 0.1, 600.0);
    spec.activeLists = !parser.isSet(noLists);
    const int timeoutMs = std::clamp(parser.value(timeoutOpt).toInt(), 10, 1800) * 1000;

    print(QStringLiteral("fleetwatch-alert-bench on %1 x %2, %3, Qt %4")
              .arg(QThread::idealThreadCount()).arg(cpuModel(), QSysInfo::prettyProductName(), QString::fromLatin1(qVersion())));
    BenchBroker broker;
    QString error;
    if (!broker.start(&error)) {
        print(QStringLiteral("cannot start the broker: %1").arg(error));
        return 2;
    }
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("alerts.sqlite"));
    print(QStringLiteral("\n== alert burst: %1 raised alerts over %2 assets in %3 s, QoS 1, %4")
              .arg(spec.alerts).arg(spec.assets).arg(spec.seconds)
              .arg(spec.activeLists ? QStringLiteral("each followed by its asset's retained alerts/active")
                                    : QStringLiteral("events only (no alerts/active)")));

    AlertConsole console(broker.port(), store, spec.alerts);
    console.start();
    if (!spinUntil([&] { return console.subscribed(); }, 10000)) {
        print(QStringLiteral("  the console did not subscribe within 10 s"));
        return 1;
    }
    spec.port = broker.port();
    const double rssStart = residentMiB();
    const double cpuStart = processCpuSeconds();
    const double brokerCpuStart = otherProcessCpuSeconds(broker.pid());
    const auto threadsStart = threadCpuSeconds();
    const auto waitsStart = runQueueWaitSeconds();
    const MachineCpu machineStart = machineCpu();
    console.resetProbes();
    AlertPublisherProcess publisher;
    if (!publisher.start(spec, &error)) {
        print(QStringLiteral("  %1").arg(error));
        return 1;
    }
    const qint64 startNs = monotonicNs();
    int lastProgress = -1;
    qint64 lastProgressNs = startNs;
    const bool done = spinUntil(
        [&] {
            const int progress = console.accepted() + console.stored() + console.proxyRows();
            if (progress != lastProgress) {
                lastProgress = progress;
                lastProgressNs = monotonicNs();
            }
            return console.done() || monotonicNs() - lastProgressNs > 30'000'000'000LL;
        },
        timeoutMs);
    const double cpuEnd = processCpuSeconds();
    const double brokerCpuEnd = otherProcessCpuSeconds(broker.pid());
    const auto threadsEnd = threadCpuSeconds();
    const auto waitsEnd = runQueueWaitSeconds();
    const MachineCpu machineEnd = machineCpu();
    const double rssEnd = residentMiB();
    const std::vector<double> lateness = console.latenessMs();
    const std::vector<double> applyMs = console.applyMs();
    std::vector<double> batchSizes(console.batchSizes().begin(), console.batchSizes().end());
    const double rssMax = std::max(percentile(console.rssMiB(), 100), rssEnd);

    const AlertPublisherResult pub = publisher.wait(60000);
    const qint64 first = pub.firstNs > 0 ? pub.firstNs : startNs;
    if (!pub.ok)
        print(QStringLiteral("  publisher: %1").arg(pub.error));
    print(QStringLiteral("  publisher: %1 alerts + %2 lists sent in %3 s (%4 late 10 ms slices); payloads: alert %5 B, list mean %6 B; "
                         "broker acknowledged all at %7 s; publisher CPU %8 s")
              .arg(pub.published).arg(pub.lists).arg(double(pub.lastNs - pub.firstNs) / 1e9, 0, 'f', 2).arg(pub.lateSlices)
              .arg(pub.alertBytes, 0, 'f', 0).arg(pub.listBytes, 0, 'f', 0).arg(double(pub.confirmedNs - first) / 1e9, 0, 'f', 2)
              .arg(pub.cpuSeconds, 0, 'f', 2));
    print(QStringLiteral("  all %1 alerts, time from the first publish (the last was at %2 s):")
              .arg(spec.alerts).arg(double(pub.lastNs - first) / 1e9, 0, 'f', 2));
    print(QStringLiteral("    accepted by the ingest worker  %1").arg(seconds(console.acceptedNs(), first)));
    print(QStringLiteral("    stored (rows in the store)     %1").arg(seconds(console.storedNs(), first)));
    print(QStringLiteral("    in AlertQueueModel             %1").arg(seconds(console.modelNs(), first)));
    print(QStringLiteral("    shown (AlertQueueProxy rows)   %1").arg(seconds(console.proxyNs(), first)));
    if (!done || !console.done())
        print(QStringLiteral("    NOT ALL ARRIVED: accepted %1, stored %2, model %3, proxy %4 (lists accepted %5)")
                  .arg(console.accepted()).arg(console.stored()).arg(console.modelRows()).arg(console.proxyRows())
                  .arg(console.acceptedLists()));
    printProgress(console, spec, first);
    print(QStringLiteral("  GUI event-loop lateness (10 ms timer, %1 ticks, publisher start to all shown): p50 %2 ms, p99 %3 ms, max %4 ms")
              .arg(lateness.size()).arg(percentile(lateness, 50), 0, 'f', 2).arg(percentile(lateness, 99), 0, 'f', 2)
              .arg(percentile(lateness, 100), 0, 'f', 2));
    print(QStringLiteral("  alertsChanged batches applied to the models: %1 (records per batch p50 %2, max %3); apply %4")
              .arg(applyMs.size()).arg(percentile(batchSizes, 50), 0, 'f', 0).arg(percentile(batchSizes, 100), 0, 'f', 0)
              .arg(stats(applyMs)));
    const double wallSeconds = double(monotonicNs() - startNs) / 1e9;
    print(QStringLiteral("  console CPU: %1 s in %2 s = %3 cores (broker %4 s, publisher %5 s)")
              .arg(cpuEnd - cpuStart, 0, 'f', 2).arg(wallSeconds, 0, 'f', 1).arg((cpuEnd - cpuStart) / wallSeconds, 0, 'f', 2)
              .arg(brokerCpuEnd - brokerCpuStart, 0, 'f', 2).arg(pub.cpuSeconds, 0, 'f', 2));
    print(QStringLiteral("      threads: %1").arg(describeThreadCpu(threadsStart, threadsEnd)));
    print(QStringLiteral("      waiting for a CPU while runnable: %1").arg(describeWaits(waitsStart, waitsEnd, threadsEnd)));
    const double machineBusy = machineEnd.busySeconds - machineStart.busySeconds;
    print(QStringLiteral("      machine: %1 core-s busy in all, of which other processes about %2; CPU pressure %3 % of the time")
              .arg(machineBusy, 0, 'f', 1)
              .arg(machineBusy - (cpuEnd - cpuStart) - (brokerCpuEnd - brokerCpuStart) - pub.cpuSeconds, 0, 'f', 1)
              .arg(100.0 * (machineEnd.pressureSeconds - machineStart.pressureSeconds) / wallSeconds, 0, 'f', 0));
    print(QStringLiteral("  resident memory: start %1 MiB, end %2 MiB, max %3 MiB")
              .arg(rssStart, 0, 'f', 1).arg(rssEnd, 0, 'f', 1).arg(rssMax, 0, 'f', 1));
    const qint64 stopMs = console.stop();
    const fw::IngestStats ingest = console.ingestStats();
    print(QStringLiteral("  after stop (%1 ms): AlertCenter holds %2 unresolved alerts; ingest accepted %3, rejected %4")
              .arg(stopMs).arg(console.unresolvedAfterStop()).arg(ingest.accepted).arg(ingest.rejected));
    printStages(console);
    broker.stop();
    const bool ok = pub.ok && done && console.done();
    print(QStringLiteral("ALERT BURST: %1").arg(ok ? QStringLiteral("all stored and shown") : QStringLiteral("INCOMPLETE")));
    return ok ? 0 : 1;
}

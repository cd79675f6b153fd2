// Live: a paced publisher feeds the running console; nothing may be dropped, the GUI thread must stay
// responsive, CPU and memory are sampled.

#include "bench/benchbroker.h"
#include "bench/benchphases.h"
#include "bench/benchpublisher.h"
#include "bench/consoleharness.h"
#include "bench/processstats.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <algorithm>
#include <cstdio>

namespace fw::bench {
namespace {

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

struct MemoryFigures
{
    double start = 0.0;
    double end = 0.0;
    double max = 0.0;
    double slopePerMinute = 0.0;   // over the second half of the window
};

MemoryFigures memoryFigures(const std::vector<double> &at, const std::vector<double> &mib)
{
    MemoryFigures m;
    if (mib.empty())
        return m;
    m.start = mib.front();
    m.end = mib.back();
    m.max = *std::max_element(mib.begin(), mib.end());
    const double half = at.back() / 2.0;
    std::vector<double> x;
    std::vector<double> y;
    for (size_t i = 0; i < at.size(); ++i) {
        if (at[i] >= half) {
            x.push_back(at[i]);
            y.push_back(mib[i]);
        }
    }
    m.slopePerMinute = slope(x, y) * 60.0;
    return m;
}

} // namespace

QJsonObject runLive(BenchBroker &broker, const LiveOptions &options, bool *ok)
{
    *ok = false;
    print(QStringLiteral("\n== live: %1 msg/s over %2 assets for %3 s into the console (models attached)")
              .arg(options.rate, 0, 'f', 0).arg(options.assets).arg(options.seconds));
    ConsoleHarness console;
    QString error;
    if (!console.start(broker.port(), QStringLiteral("bench-console-live"), &error) || !console.waitSubscribed(10000)) {
        print(QStringLiteral("  console did not subscribe within 10 s %1").arg(error));
        return {{QStringLiteral("error"), QStringLiteral("not subscribed")}};
    }
    const long long warmup = (long long)(options.warmupSamples) * options.assets;
    if (warmup > 0) {
        PublisherSpec spec;
        spec.port = broker.port();
        spec.assets = options.assets;
        spec.messages = warmup;
        PublisherProcess publisher;
        if (!publisher.start(spec, &error)) {
            print(QStringLiteral("  %1").arg(error));
            return {{QStringLiteral("error"), error}};
        }
        const int timeoutMs = int(std::max<long long>(120, warmup / 5000)) * 1000;
        const PublisherResult r = publisher.wait(timeoutMs);
        if (!r.ok || !console.waitAccepted(quint64(warmup), timeoutMs, 20000, &error)) {
            print(QStringLiteral("  warm-up failed: %1").arg(r.ok ? error : r.error));
            return {{QStringLiteral("error"), QStringLiteral("warm-up failed")}};
        }
        print(QStringLiteral("  warm-up: %1 samples per asset (%2 messages) accepted after %3 s")
                  .arg(options.warmupSamples).arg(warmup).arg(console.secondsSinceStart(), 0, 'f', 1));
    }

    console.resetProbes();
    const MachineCpu machine = machineCpu();
    const double cpu = processCpuSeconds();
    const double brokerCpu = otherProcessCpuSeconds(broker.pid());
    const auto threads = threadCpuSeconds();
    QElapsedTimer wall;
    wall.start();
    PublisherSpec spec;
    spec.mode = PublisherSpec::Mode::Paced;
    spec.port = broker.port();
    spec.assets = options.assets;
    spec.rate = options.rate;
    spec.seconds = options.seconds;
    spec.seqStart = options.warmupSamples + 1;
    PublisherProcess publisher;
    if (!publisher.start(spec, &error)) {
        print(QStringLiteral("  %1").arg(error));
        return {{QStringLiteral("error"), error}};
    }
    const PublisherResult published = publisher.wait(int(options.seconds * 1000) + 120000);
    if (!published.ok) {
        print(QStringLiteral("  publisher: %1").arg(published.error));
        return {{QStringLiteral("error"), published.error}};
    }
    const double publishedAt = double(wall.nsecsElapsed()) / 1e9;
    const quint64 expected = quint64(warmup + published.published);
    // Whatever is still in flight gets a bounded grace period; what is missing after it is dropped.
    const bool caughtUp = console.waitAccepted(expected, 30000, 10000, &error);
    const double wallSeconds = double(wall.nsecsElapsed()) / 1e9;
    const double cpuUsed = processCpuSeconds() - cpu;
    const double brokerUsed = otherProcessCpuSeconds(broker.pid()) - brokerCpu;
    const QString perThread = describeThreadCpu(threads, threadCpuSeconds());
    const MachineCpu machineAfter = machineCpu();
    const double others = std::max(0.0, machineAfter.busySeconds - machine.busySeconds - cpuUsed - brokerUsed
                                            - published.cpuSeconds);
    const double pressure = 100.0 * (machineAfter.pressureSeconds - machine.pressureSeconds) / wallSeconds;
    const std::vector<double> lateness = console.latenessMs();
    const std::vector<double> apply = console.applyMs();
    const MemoryFigures memory = memoryFigures(console.rssSeconds(), console.rssMiB());
    QJsonArray rssSeries;
    for (size_t i = 0; i < console.rssMiB().size(); ++i)
        rssSeries.append(QJsonArray{console.rssSeconds()[i], console.rssMiB()[i]});
    const int batches = console.batches();
    const int rows = console.modelRows();
    const IngestStats stats = console.stop();
    const long long dropped = (long long)(expected) - (long long)(stats.accepted);

    // Written to the socket over the time it took: below the rate if the broker could not keep up.
    const double achieved = double(published.published) / std::max(published.writtenSeconds, options.seconds);
    print(QStringLiteral("  published %1 (%2 msg/s achieved, %3 late 10 ms slices); accepted %4; rejected %5; dropped %6%7")
              .arg(published.published).arg(achieved, 0, 'f', 0).arg(published.lateSlices)
              .arg(stats.accepted - quint64(warmup)).arg(stats.rejected).arg(dropped)
              .arg(caughtUp ? QStringLiteral(" (all in %1 s after the publisher's last message)")
                                  .arg(std::max(0.0, wallSeconds - publishedAt), 0, 'f', 2)
                            : QStringLiteral(" (%1)").arg(error)));
    print(QStringLiteral("  GUI event-loop lateness (10 ms timer): p50 %1 ms, p99 %2 ms, max %3 ms; %4 batches, apply p50 %5 ms, max %6 ms; rows %7")
              .arg(percentile(lateness, 50), 0, 'f', 2).arg(percentile(lateness, 99), 0, 'f', 1)
              .arg(percentile(lateness, 100), 0, 'f', 1).arg(batches).arg(percentile(apply, 50), 0, 'f', 2)
              .arg(percentile(apply, 100), 0, 'f', 1).arg(rows));
    print(QStringLiteral("  console CPU: %1 s in %2 s = %3 cores (broker %4 s, publisher %5 s)")
              .arg(cpuUsed, 0, 'f', 1).arg(wallSeconds, 0, 'f', 1).arg(cpuUsed / wallSeconds, 0, 'f', 2)
              .arg(brokerUsed, 0, 'f', 1).arg(published.cpuSeconds, 0, 'f', 1));
    print(QStringLiteral("      threads: %1").arg(perThread));
    print(QStringLiteral("      machine: other processes %1 core-s, CPU pressure %2 %").arg(others, 0, 'f', 1).arg(pressure, 0, 'f', 0));
    print(QStringLiteral("  resident memory: start %1 MiB, end %2 MiB, max %3 MiB, slope over the second half %4 MiB/min")
              .arg(memory.start, 0, 'f', 1).arg(memory.end, 0, 'f', 1).arg(memory.max, 0, 'f', 1)
              .arg(memory.slopePerMinute, 0, 'f', 2));
    *ok = caughtUp && dropped == 0;
    if (!*ok)
        print(QStringLiteral("  broker log:\n%1").arg(broker.logTail(10)));
    print(QStringLiteral("LIVE: %1").arg(*ok ? QStringLiteral("nothing dropped") : QStringLiteral("MESSAGES DROPPED OR LATE")));
    return {{QStringLiteral("rate"), options.rate},
            {QStringLiteral("seconds"), options.seconds},
            {QStringLiteral("warmup_messages"), double(warmup)},
            {QStringLiteral("published"), double(published.published)},
            {QStringLiteral("achieved_rate"), achieved},
            {QStringLiteral("late_slices"), double(published.lateSlices)},
            {QStringLiteral("accepted"), double(stats.accepted) - double(warmup)},
            {QStringLiteral("rejected"), double(stats.rejected)},
            {QStringLiteral("dropped"), double(dropped)},
            {QStringLiteral("catch_up_seconds"), std::max(0.0, wallSeconds - publishedAt)},
            {QStringLiteral("stall_ms_p50"), percentile(lateness, 50)},
            {QStringLiteral("stall_ms_p99"), percentile(lateness, 99)},
            {QStringLiteral("stall_ms_max"), percentile(lateness, 100)},
            {QStringLiteral("batches"), batches},
            {QStringLiteral("apply_ms_p50"), percentile(apply, 50)},
            {QStringLiteral("apply_ms_max"), percentile(apply, 100)},
            {QStringLiteral("cpu_cores"), cpuUsed / wallSeconds},
            {QStringLiteral("cpu_seconds"), cpuUsed},
            {QStringLiteral("wall_seconds"), wallSeconds},
            {QStringLiteral("broker_cpu_seconds"), brokerUsed},
            {QStringLiteral("publisher_cpu_seconds"), published.cpuSeconds},
            {QStringLiteral("threads"), perThread},
            {QStringLiteral("other_processes_cpu_seconds"), others},
            {QStringLiteral("cpu_pressure_percent"), pressure},
            {QStringLiteral("rss_mib_start"), memory.start},
            {QStringLiteral("rss_mib_end"), memory.end},
            {QStringLiteral("rss_mib_max"), memory.max},
            {QStringLiteral("rss_slope_mib_per_min"), memory.slopePerMinute},
            {QStringLiteral("rss_series_seconds_mib"), rssSeries}};
}

} // namespace fw::bench

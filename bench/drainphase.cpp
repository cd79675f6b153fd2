// Drain: two persistent sessions (bare and console) are registered and go offline, a backlog is
// published, then each reconnects and drains it; the rates are compared.

#include "bench/baresubscriber.h"
#include "bench/benchbroker.h"
#include "bench/benchphases.h"
#include "bench/benchpublisher.h"
#include "bench/consoleharness.h"
#include "bench/eventwait.h"
#include "bench/processstats.h"

#include <QJsonArray>

#include <cstdio>

namespace fw::bench {
namespace {

const QString kBareId = QStringLiteral("bench-bare");
const QString kConsoleId = QStringLiteral("bench-console");

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

// CPU that neither this process nor the broker used while it ran: other people's work on the machine.
QString otherLoad(const MachineCpu &before, double ownSeconds, double brokerSeconds, double wallSeconds)
{
    const MachineCpu after = machineCpu();
    const double others = after.busySeconds - before.busySeconds - ownSeconds - brokerSeconds;
    return QStringLiteral("other processes %1 core-s, CPU pressure %2 %")
        .arg(std::max(0.0, others), 0, 'f', 1)
        .arg(100.0 * (after.pressureSeconds - before.pressureSeconds) / wallSeconds, 0, 'f', 0);
}

QJsonObject runBare(BenchBroker &broker, long long messages, int timeoutSeconds, bool *ok)
{
    const MachineCpu machine = machineCpu();
    const double brokerCpu = otherProcessCpuSeconds(broker.pid());
    const BareDrainResult r = drainBare(broker.port(), kBareId, messages, timeoutSeconds);
    const double brokerUsed = otherProcessCpuSeconds(broker.pid()) - brokerCpu;
    if (!r.ok) {
        print(QStringLiteral("  bare: FAILED: %1 (received %2)").arg(r.error).arg(r.received));
        *ok = false;
        return {{QStringLiteral("error"), r.error}};
    }
    const double rate = double(messages) / r.seconds;
    const QString load = otherLoad(machine, r.cpuSeconds, brokerUsed, r.seconds);
    print(QStringLiteral("  bare libmosquitto : %1 msg/s  (%2 s, first message after %3 s, CPU %4 s = %5 cores, broker %6 s)")
              .arg(rate, 0, 'f', 0).arg(r.seconds, 0, 'f', 2).arg(r.firstMessageSeconds, 0, 'f', 3)
              .arg(r.cpuSeconds, 0, 'f', 2).arg(r.cpuSeconds / r.seconds, 0, 'f', 2).arg(brokerUsed, 0, 'f', 2));
    print(QStringLiteral("      machine: %1").arg(load));
    return {{QStringLiteral("rate"), rate},
            {QStringLiteral("seconds"), r.seconds},
            {QStringLiteral("first_message_seconds"), r.firstMessageSeconds},
            {QStringLiteral("cpu_seconds"), r.cpuSeconds},
            {QStringLiteral("broker_cpu_seconds"), brokerUsed},
            {QStringLiteral("machine"), load}};
}

QJsonObject runConsole(BenchBroker &broker, long long messages, int timeoutSeconds, bool *ok)
{
    ConsoleHarness console;
    console.setTarget(quint64(messages));
    const MachineCpu machine = machineCpu();
    const double cpu = processCpuSeconds();
    const double brokerCpu = otherProcessCpuSeconds(broker.pid());
    const auto threads = threadCpuSeconds();
    QString error;
    if (!console.start(broker.port(), kConsoleId, &error)
        || !console.waitAccepted(quint64(messages), timeoutSeconds * 1000, 20000, &error)) {
        print(QStringLiteral("  console: FAILED: %1").arg(error));
        console.stop();
        *ok = false;
        return {{QStringLiteral("error"), error}};
    }
    const double seconds = console.targetSeconds();
    const double cpuUsed = processCpuSeconds() - cpu;
    const QString perThread = describeThreadCpu(threads, threadCpuSeconds());
    const double brokerUsed = otherProcessCpuSeconds(broker.pid()) - brokerCpu;
    const QString load = otherLoad(machine, cpuUsed, brokerUsed, seconds);
    // The last batch reaches the model within a batch interval or two.
    spinUntil([&] { return console.targetOnScreenSeconds() >= 0; }, 2000);
    const double onScreen = console.targetOnScreenSeconds();
    const std::vector<double> lateness = console.latenessMs();
    const std::vector<double> apply = console.applyMs();
    const int rows = console.modelRows();
    const int proxyRows = console.proxyRows();
    const int batches = console.batches();
    const IngestStats stats = console.stop();
    const double rate = double(messages) / seconds;
    print(QStringLiteral("  console pipeline  : %1 msg/s  (%2 s; model updated at %3 s; CPU %4 s = %5 cores, broker %6 s)")
              .arg(rate, 0, 'f', 0).arg(seconds, 0, 'f', 2).arg(onScreen, 0, 'f', 2).arg(cpuUsed, 0, 'f', 2)
              .arg(cpuUsed / seconds, 0, 'f', 2).arg(brokerUsed, 0, 'f', 2));
    print(QStringLiteral("      threads: %1").arg(perThread));
    print(QStringLiteral("      machine: %1").arg(load));
    print(QStringLiteral("      GUI: %1 batches applied, apply p50 %2 ms max %3 ms; event-loop lateness p50 %4 / p99 %5 / max %6 ms; rows %7 (proxy %8); rejected %9")
              .arg(batches).arg(percentile(apply, 50), 0, 'f', 2).arg(percentile(apply, 100), 0, 'f', 1)
              .arg(percentile(lateness, 50), 0, 'f', 2).arg(percentile(lateness, 99), 0, 'f', 1)
              .arg(percentile(lateness, 100), 0, 'f', 1).arg(rows).arg(proxyRows).arg(stats.rejected));
    return {{QStringLiteral("rate"), rate},
            {QStringLiteral("seconds"), seconds},
            {QStringLiteral("model_updated_seconds"), onScreen},
            {QStringLiteral("cpu_seconds"), cpuUsed},
            {QStringLiteral("broker_cpu_seconds"), brokerUsed},
            {QStringLiteral("threads"), perThread},
            {QStringLiteral("machine"), load},
            {QStringLiteral("batches"), batches},
            {QStringLiteral("apply_ms_p50"), percentile(apply, 50)},
            {QStringLiteral("apply_ms_max"), percentile(apply, 100)},
            {QStringLiteral("stall_ms_p50"), percentile(lateness, 50)},
            {QStringLiteral("stall_ms_p99"), percentile(lateness, 99)},
            {QStringLiteral("stall_ms_max"), percentile(lateness, 100)},
            {QStringLiteral("accepted"), double(stats.accepted)},
            {QStringLiteral("rejected"), double(stats.rejected)},
            {QStringLiteral("rows"), rows}};
}

} // namespace

QJsonObject runDrain(BenchBroker &broker, const DrainOptions &options, bool *ok)
{
    *ok = true;
    print(QStringLiteral("\n== drain: %1 messages over %2 assets queued for offline sessions, then drained")
              .arg(options.messages).arg(options.assets));
    QString error;
    if (!registerSession(broker.port(), kBareId, &error) || !registerSession(broker.port(), kConsoleId, &error)) {
        print(QStringLiteral("  cannot register the sessions: %1").arg(error));
        *ok = false;
        return {{QStringLiteral("error"), error}};
    }
    const int timeoutSeconds = int(std::max<long long>(120, options.messages / 5000));
    QJsonArray runs;
    std::vector<double> bareRates;
    std::vector<double> consoleRates;
    for (int rep = 0; rep < options.repeat && *ok; ++rep) {
        print(QStringLiteral("-- repetition %1 of %2").arg(rep + 1).arg(options.repeat));
        PublisherSpec spec;
        spec.mode = PublisherSpec::Mode::Burst;
        spec.port = broker.port();
        spec.assets = options.assets;
        spec.messages = options.messages;
        spec.seqStart = 1 + rep * (options.messages / options.assets);
        PublisherProcess publisher;
        if (!publisher.start(spec, &error)) {
            print(QStringLiteral("  %1").arg(error));
            *ok = false;
            break;
        }
        const PublisherResult published = publisher.wait(timeoutSeconds * 1000);
        if (!published.ok || published.published != options.messages) {
            print(QStringLiteral("  publisher: %1").arg(published.error));
            *ok = false;
            break;
        }
        print(QStringLiteral("  backlog published : %1 messages of %2 B in %3 s (%4 msg/s, publisher CPU %5 s)")
                  .arg(published.published).arg(published.payloadBytes, 0, 'f', 0).arg(published.seconds, 0, 'f', 2)
                  .arg(double(published.published) / published.seconds, 0, 'f', 0).arg(published.cpuSeconds, 0, 'f', 2));
        // Alternate the order so that neither side always meets a broker that just worked hard.
        QJsonObject bare;
        QJsonObject console;
        if (rep % 2 == 0) {
            bare = runBare(broker, options.messages, timeoutSeconds, ok);
            if (*ok)
                console = runConsole(broker, options.messages, timeoutSeconds, ok);
        } else {
            console = runConsole(broker, options.messages, timeoutSeconds, ok);
            if (*ok)
                bare = runBare(broker, options.messages, timeoutSeconds, ok);
        }
        if (!*ok)
            break;
        const double ratio = console[QStringLiteral("rate")].toDouble() / bare[QStringLiteral("rate")].toDouble();
        print(QStringLiteral("  ratio console/bare: %1").arg(ratio, 0, 'f', 2));
        bareRates.push_back(bare[QStringLiteral("rate")].toDouble());
        consoleRates.push_back(console[QStringLiteral("rate")].toDouble());
        runs.append(QJsonObject{{QStringLiteral("bare"), bare},
                                {QStringLiteral("console"), console},
                                {QStringLiteral("ratio"), ratio},
                                {QStringLiteral("publish_rate"), double(published.published) / published.seconds},
                                {QStringLiteral("payload_bytes"), published.payloadBytes}});
    }
    // Offline sessions that stay subscribed would make the broker queue everything the live
    // measurement publishes.
    if (!removeSession(broker.port(), kBareId, &error) || !removeSession(broker.port(), kConsoleId, &error))
        print(QStringLiteral("  could not remove the drain sessions: %1").arg(error));
    QJsonObject out{{QStringLiteral("messages"), double(options.messages)},
                    {QStringLiteral("assets"), options.assets},
                    {QStringLiteral("runs"), runs}};
    if (!*ok || bareRates.empty())
        return out;
    const double bareMedian = median(bareRates);
    const double consoleMedian = median(consoleRates);
    const double ratio = consoleMedian / bareMedian;
    print(QStringLiteral("DRAIN (median of %1): bare %2 msg/s, console %3 msg/s, ratio %4 (target >= 0.50: %5)")
              .arg(bareRates.size()).arg(bareMedian, 0, 'f', 0).arg(consoleMedian, 0, 'f', 0).arg(ratio, 0, 'f', 2)
              .arg(ratio >= 0.5 ? QStringLiteral("met") : QStringLiteral("NOT met")));
    out.insert(QStringLiteral("bare_rate_median"), bareMedian);
    out.insert(QStringLiteral("console_rate_median"), consoleMedian);
    out.insert(QStringLiteral("ratio"), ratio);
    out.insert(QStringLiteral("target_met"), ratio >= 0.5);
    return out;
}

} // namespace fw::bench

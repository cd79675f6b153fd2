#pragma once
// The alert benchmark's fleet: a separate process (fleetwatch-alert-bench started again with
// --alert-publisher) so that its CPU is not counted as the console's. It raises `alerts` alerts at
// QoS 1 over `assets` assets (round robin, 5 sites), paced evenly over `seconds` in 10 ms slices, each
// optionally followed by its asset's retained alerts/active listing every alert of that asset raised
// so far (as the fleet interface asks). It publishes through core's MqttSession, waits until the broker
// has acknowledged everything, and prints one result line on stdout.
//
// Times are CLOCK_MONOTONIC nanoseconds (monotonicNs()), which both processes share.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace fw::bench {

qint64 monotonicNs();

struct AlertPublisherSpec
{
    int port = 0;
    int alerts = 10000;
    int assets = 500;
    double seconds = 10.0;
    bool activeLists = true;

    QStringList toArguments() const;
};

struct AlertPublisherResult
{
    bool ok = false;
    QString error;
    int published = 0;            // alert events (lists not counted)
    int lists = 0;                // alerts/active messages
    qint64 firstNs = 0;           // first publish() called
    qint64 lastNs = 0;            // last publish() called
    qint64 confirmedNs = 0;       // the broker had acknowledged every message
    int lateSlices = 0;           // 10 ms slices started more than 5 ms late
    double alertBytes = 0.0;      // mean payload sizes
    double listBytes = 0.0;
    double cpuSeconds = 0.0;      // the publisher's own user + system CPU
};

// Child side: argv holds "--alert-publisher" and the arguments of AlertPublisherSpec::toArguments().
int runAlertPublisher(int argc, char **argv);

// Parent side. Owner thread only.
class AlertPublisherProcess
{
public:
    AlertPublisherProcess() = default;
    ~AlertPublisherProcess();
    AlertPublisherProcess(const AlertPublisherProcess &) = delete;
    AlertPublisherProcess &operator=(const AlertPublisherProcess &) = delete;

    bool start(const AlertPublisherSpec &spec, QString *error);
    bool isFinished() const { return m_process.state() == QProcess::NotRunning; }
    // Waits at most timeoutMs (running the caller's event loop; killing the child then) and parses
    // its result line.
    AlertPublisherResult wait(int timeoutMs);

private:
    QProcess m_process;
};

} // namespace fw::bench

#pragma once
// ConsoleHarness: the console's whole receive path as the application wires it (IngestPipeline:
// MqttSession -> IngestQueue -> IngestWorker on the "ingest" thread) with a FleetTableModel and a
// FleetFilterProxy sorted worst first (as FleetView shows it) applying every batch in the GUI thread,
// plus the probes the benchmark reads: accepted messages (an observer on the ingest thread), the GUI
// event loop's lateness (a 10 ms timer), the time spent applying batches, resident memory each second.
//
// Threads: construct, use and destroy in the GUI thread (the one running the Qt event loop).

#include "core/mqtt/ingestpipeline.h"
#include "models/fleetfilterproxy.h"
#include "models/fleettablemodel.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>
#include <vector>

namespace fw::bench {

class ConsoleHarness : public QObject
{
public:
    ConsoleHarness();
    ~ConsoleHarness() override;

    // The accepted count whose moment of arrival (on the ingest thread) is recorded. Before start().
    void setTarget(quint64 accepted) { m_target = accepted; }
    bool start(int port, const QString &clientId, QString *error);
    // Stops the pipeline (queued stop, quit, wait) and returns the worker's final counters.
    IngestStats stop();

    bool waitSubscribed(int timeoutMs);
    // Runs the event loop until `accepted` messages were accepted; false on timeout or when nothing
    // arrives for idleMs.
    bool waitAccepted(quint64 accepted, int timeoutMs, int idleMs, QString *error);

    quint64 accepted() const { return m_accepted.load(); }
    // Seconds since start() when the target was accepted (ingest thread) and when the GUI had applied
    // the batch that reported it; -1 while not reached.
    double targetSeconds() const;
    double targetOnScreenSeconds() const;
    double secondsSinceStart() const { return double(m_sinceStart.nsecsElapsed()) / 1e9; }

    // Probes; reset() starts a new measurement window.
    void resetProbes();
    const std::vector<double> &latenessMs() const { return m_lateness; }
    const std::vector<double> &applyMs() const { return m_applyMs; }
    const std::vector<double> &rssSeconds() const { return m_rssAt; }
    const std::vector<double> &rssMiB() const { return m_rss; }
    int batches() const { return int(m_applyMs.size()); }
    int modelRows() const { return m_model.rowCount(); }
    int proxyRows() const { return m_proxy.rowCount(); }
    const IngestStats &lastBatchStats() const { return m_lastStats; }

private:
    void applyBatch(const FleetBatchPtr &batch);
    void tick();
    void sampleMemory();

    FleetTableModel m_model;
    FleetFilterProxy m_proxy;
    std::unique_ptr<IngestPipeline> m_pipeline;
    QTimer m_probe;
    QTimer m_memory;
    QElapsedTimer m_sinceStart;
    QElapsedTimer m_sinceTick;
    QElapsedTimer m_window;
    std::atomic<quint64> m_accepted{0};
    std::atomic<quint64> m_target{0};
    std::atomic<qint64> m_targetNs{-1};
    qint64 m_targetOnScreenNs = -1;
    bool m_subscribed = false;
    IngestStats m_lastStats;
    std::vector<double> m_lateness;
    std::vector<double> m_applyMs;
    std::vector<double> m_rssAt;
    std::vector<double> m_rss;
};

} // namespace fw::bench

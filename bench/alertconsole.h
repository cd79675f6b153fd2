#pragma once
// AlertConsole: the console's alert path as the application wires it (ConsoleCore: MqttSession ->
// IngestWorker on the "ingest" thread -> AlertCenter with the SQLite store on the "alerts" thread),
// with an AlertQueueModel fed from snapshotReady/alertsChanged and an AlertQueueProxy sorted by
// priority as the queue view shows it, both in the GUI thread; plus the probes the alert benchmark
// reads:
//   - raised alerts accepted by the ingest worker (an observer on the ingest thread),
//   - rows in the store's `alerts` table (a read-only SQLite connection of its own, polled every
//     20 ms on a thread of its own: AlertCenter's members are never read while it runs),
//   - rows in the model and the proxy (GUI thread, after every applied batch),
//   - the GUI event loop's lateness (a 10 ms precise timer), the time spent applying each batch,
//     resident memory every 100 ms.
// Milestones are CLOCK_MONOTONIC ns (alertpublisher.h), -1 until reached.
//
// Threads: construct, use and destroy in the GUI thread (the one running the Qt event loop).

#include "core/console/consolecore.h"
#include "models/alertqueuemodel.h"
#include "models/alertqueueproxy.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

namespace fw::bench {

class AlertConsole : public QObject
{
public:
    // target: the number of alerts whose arrival is timed at each stage.
    AlertConsole(int port, const QString &dbPath, int target);
    ~AlertConsole() override;

    void start();
    // Stops the console (queued stop, quit, wait) and the store poller; returns the ms it took.
    qint64 stop();
    bool subscribed() const { return m_subscribed; }

    int accepted() const { return m_accepted.load(); }
    int acceptedLists() const { return m_lists.load(); }
    int stored() const { return m_stored.load(); }
    int modelRows() const { return m_model.rowCount(); }
    int proxyRows() const { return m_proxy.rowCount(); }
    qint64 acceptedNs() const { return m_acceptedNs.load(); }
    qint64 storedNs() const { return m_storedNs.load(); }
    qint64 modelNs() const { return m_modelNs; }
    qint64 proxyNs() const { return m_proxyNs; }
    bool done() const { return m_storedNs.load() >= 0 && m_proxyNs >= 0; }

    // After stop(): AlertCenter's own figures.
    int unresolvedAfterStop() const;
    IngestStats ingestStats() const { return m_core->worker()->stats(); }

    // Probes since the last resetProbes().
    void resetProbes();
    const std::vector<double> &latenessMs() const { return m_lateness; }
    const std::vector<double> &applyMs() const { return m_applyMs; }
    const std::vector<int> &batchSizes() const { return m_batchSizes; }
    const std::vector<double> &rssMiB() const { return m_rss; }
    int snapshotRows() const { return m_snapshotRows; }

    // Progress, sampled every 100 ms: monotonic ns, accepted, stored, in the proxy.
    struct Progress
    {
        qint64 ns;
        int accepted;
        int stored;
        int shown;
    };
    const std::vector<Progress> &progress() const { return m_progress; }

    // The alert path stage by stage, for telling where the time goes. Each list is written by one
    // thread only; read them after stop().
    struct Stage
    {
        qint64 ns;
        int size;
    };
    // Ingest thread: alertTrafficReady emitted (messages in the batch).
    const std::vector<Stage> &trafficEmitted() const { return m_trafficEmitted; }
    // Alerts thread: AlertCenter::applyMessages() done with that batch (a slot queued after it).
    const std::vector<qint64> &trafficApplied() const { return m_trafficApplied; }
    // Alerts thread: alertsChanged emitted (records); GUI thread: the same batch received.
    const std::vector<Stage> &changesEmitted() const { return m_changesEmitted; }
    const std::vector<qint64> &changesReceived() const { return m_changesReceived; }

private:
    void apply(const AlertRecordsPtr &records);
    void tick();
    void sample();
    void pollStore(const QString &path);

    std::unique_ptr<ConsoleCore> m_core;
    AlertQueueModel m_model;
    AlertQueueProxy m_proxy;
    QString m_dbPath;
    int m_target;
    bool m_subscribed = false;
    std::atomic<int> m_accepted{0};
    std::atomic<int> m_lists{0};
    std::atomic<int> m_stored{0};
    std::atomic<qint64> m_acceptedNs{-1};
    std::atomic<qint64> m_storedNs{-1};
    qint64 m_modelNs = -1;
    qint64 m_proxyNs = -1;
    int m_snapshotRows = 0;
    std::atomic<bool> m_polling{false};
    std::thread m_poller;
    QTimer m_probe;
    QTimer m_sampler;
    QElapsedTimer m_sinceTick;
    std::vector<double> m_lateness;
    std::vector<double> m_applyMs;
    std::vector<int> m_batchSizes;
    std::vector<double> m_rss;
    std::vector<Progress> m_progress;
    std::vector<Stage> m_trafficEmitted;
    std::vector<qint64> m_trafficApplied;
    std::vector<Stage> m_changesEmitted;
    std::vector<qint64> m_changesReceived;
};

} // namespace fw::bench

#pragma once
// IngestWorker: drains the IngestQueue on a short timer, decodes and validates every message, applies
// it to the FleetState, and hands the GUI one FleetBatch at most every batchIntervalMs.
//
// Threads: lives in the ingest thread (moveToThread, then start() through a queued call). Its slots
// must be called in that thread (queued connections or QMetaObject::invokeMethod). Tests may use it
// without a thread and call processPending() themselves.

#include "core/alerts/alerttraffic.h"
#include "core/fleet/fleetbatch.h"
#include "core/fleet/fleetdecoder.h"
#include "core/fleet/fleetstate.h"
#include "core/fleet/rejectlog.h"

#include <QElapsedTimer>
#include <QObject>

#include <functional>

class QTimer;

namespace fw {

class IngestQueue;

class IngestWorker : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString root = QStringLiteral("fleet/v1");
        int drainIntervalMs = 20;
        int batchIntervalMs = 50;
        size_t historyCapacity = 512;
    };

    // Called in the ingest thread for every accepted message, after the fleet state saw it.
    using Observer = std::function<void(const FleetMessage &)>;

    IngestWorker(IngestQueue *queue, Options options, QObject *parent = nullptr);
    ~IngestWorker() override;

    // Before start() only.
    void addObserver(Observer observer);

    const FleetState &state() const { return m_state; }
    const RejectLog &rejects() const { return m_rejects; }
    IngestStats stats() const;

public Q_SLOTS:
    void start();
    void stop();
    // Drains the queue now; emits a batch if one is due (or `forceBatch`). Returns messages handled.
    size_t processPending(bool forceBatch = false);
    void setWatchedAsset(const QString &key);

Q_SIGNALS:
    void batchReady(fw::FleetBatchPtr batch);
    // Alert events, alerts/active lists and acknowledgements accepted since the last emission, in
    // arrival order; at most once per drain (never per message). With them, for every raised event of
    // an asset with telemetry in memory, the evidence window (captureEvidence()).
    void alertTrafficReady(fw::AlertTraffic traffic);

private:
    void emitBatch();
    void emitAlertTraffic();
    void handle(const RawMessage &raw);
    // The asset's samples within the alert's window (mapped from the fleet's clock to receive time by
    // the raise's own offset, receivedAt - ts), else its last EvidenceWindow::kDefaultSamples; at most
    // kMaxSamples x kMaxSignals, signals without a value in the window left out.
    void captureEvidence(const FleetMessage &message, const AlertMsg &alert);

    IngestQueue *m_queue;
    Options m_options;
    FleetDecoder m_decoder;
    FleetState m_state;
    RejectLog m_rejects;
    std::vector<Observer> m_observers;
    std::vector<RawMessage> m_scratch;
    std::shared_ptr<FleetMessages> m_alertTraffic;
    std::shared_ptr<EvidenceBatch> m_evidence;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_sinceBatch;
    QElapsedTimer m_clock;
    quint64 m_received = 0;
    quint64 m_accepted = 0;
    quint64 m_rateCount = 0;
    qint64 m_rateWindowStart = 0;
    double m_rate = 0.0;
    QString m_watched;
    bool m_watchedDirty = false;
};

} // namespace fw

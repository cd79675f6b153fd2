#pragma once
// IngestPipeline: the console's receive path, broker to batches: an MqttSession (network thread)
// feeding an IngestQueue, drained by an IngestWorker on its own QThread ("ingest").
//
// Construct, connect to worker()->batchReady (queued into your thread), then start(). stop() (also
// called by the destructor) stops the network first, then the worker with a queued stop, quit(),
// wait(). Owner thread: the one that constructed it (normally the GUI thread).

#include "core/mqtt/ingestqueue.h"
#include "core/mqtt/ingestworker.h"
#include "core/mqtt/mqttsession.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace fw {

class IngestPipeline : public QObject
{
    Q_OBJECT
public:
    IngestPipeline(MqttOptions mqtt, IngestWorker::Options ingest, QObject *parent = nullptr);
    ~IngestPipeline() override;

    void start();
    void stop();

    MqttSession *session() const { return m_session.get(); }
    // Lives in the ingest thread once started: call its slots through queued calls only. After stop()
    // the thread has ended and its accessors (stats(), state()) may be read from the owner thread.
    IngestWorker *worker() const { return m_worker.get(); }

private:
    IngestQueue m_queue;
    std::unique_ptr<MqttSession> m_session;
    std::unique_ptr<IngestWorker> m_worker;
    QThread m_thread;
    bool m_started = false;
};

} // namespace fw

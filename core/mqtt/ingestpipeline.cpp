#include "core/mqtt/ingestpipeline.h"

namespace fw {

IngestPipeline::IngestPipeline(MqttOptions mqtt, IngestWorker::Options ingest, QObject *parent)
    : QObject(parent),
      m_session(std::make_unique<MqttSession>(std::move(mqtt), &m_queue)),
      m_worker(std::make_unique<IngestWorker>(&m_queue, std::move(ingest)))
{
    m_thread.setObjectName(QStringLiteral("ingest"));
    m_worker->moveToThread(&m_thread);
}

IngestPipeline::~IngestPipeline()
{
    stop();
}

void IngestPipeline::start()
{
    if (m_started)
        return;
    m_started = true;
    m_thread.start();
    QMetaObject::invokeMethod(m_worker.get(), &IngestWorker::start, Qt::QueuedConnection);
    m_session->start();
}

void IngestPipeline::stop()
{
    if (!m_started || !m_thread.isRunning())
        return;
    m_session->stop();
    m_queue.close();
    // The stop itself ends the thread's loop: a quit() posted from here could end it before the stop
    // ran (the loop checks its exit flag between passes), losing the last drain.
    QMetaObject::invokeMethod(
        m_worker.get(),
        [target = m_worker.get(), thread = &m_thread] {
            target->stop();
            thread->quit();
        },
        Qt::QueuedConnection);
    m_thread.wait();
}

} // namespace fw

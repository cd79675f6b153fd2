#include "core/ingestpipeline.h"

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
    QMetaObject::invokeMethod(m_worker.get(), &IngestWorker::stop, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

} // namespace fw

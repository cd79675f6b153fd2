#include "core/console/consolecore.h"

namespace fw {

namespace {

MqttOptions sessionOptions(const ConsoleSettings &settings)
{
    MqttOptions mqtt = settings.mqtt;
    mqtt.subscriptions = settings.subscriptionFilters();
    mqtt.reportPublishAcks = true;   // the outbox marks rows delivered on PUBACK
    return mqtt;
}

} // namespace

ConsoleCore::ConsoleCore(const ConsoleSettings &settings, const QString &dbPath, const QString &user,
                         IngestWorker::Options ingest, QObject *parent)
    : QObject(parent)
{
    ingest.root = settings.root;
    m_pipeline = std::make_unique<IngestPipeline>(sessionOptions(settings), ingest);
    AlertCenter::Options alertOptions;
    alertOptions.dbPath = dbPath;
    alertOptions.root = settings.root;
    alertOptions.consoleId = settings.consoleId;
    alertOptions.user = user;
    m_alerts = std::make_unique<AlertCenter>(alertOptions, m_pipeline->session());
    m_alertsThread.setObjectName(QStringLiteral("alerts"));
    m_alerts->moveToThread(&m_alertsThread);

    AlertCenter *center = m_alerts.get();
    connect(m_pipeline->worker(), &IngestWorker::alertTrafficReady, center, &AlertCenter::applyMessages);
    connect(m_pipeline->session(), &MqttSession::connectionStateChanged, center, &AlertCenter::onConnectionStateChanged);
    connect(m_pipeline->session(), &MqttSession::subscribed, center, &AlertCenter::onSubscribed);
    connect(m_pipeline->session(), &MqttSession::publishAcknowledged, center, &AlertCenter::onPublishAcknowledged);
    connect(m_pipeline->session(), &MqttSession::publishRejected, center, &AlertCenter::onPublishRejected);
}

ConsoleCore::~ConsoleCore()
{
    stop();
}

void ConsoleCore::start()
{
    if (m_started)
        return;
    m_started = true;
    m_alertsThread.start();
    QMetaObject::invokeMethod(m_alerts.get(), &AlertCenter::start, Qt::QueuedConnection);
    m_pipeline->start();
}

void ConsoleCore::stop()
{
    if (!m_started)
        return;
    m_started = false;
    m_pipeline->stop();   // network, then ingest: the last alert traffic is queued to the center
    // The stop itself ends the thread's loop: a quit() posted from here could end it before the stop
    // ran (the loop checks its exit flag between passes), losing the last drain.
    QMetaObject::invokeMethod(
        m_alerts.get(),
        [target = m_alerts.get(), thread = &m_alertsThread] {
            target->stop();
            thread->quit();
        },
        Qt::QueuedConnection);
    m_alertsThread.wait();
}

} // namespace fw

#pragma once
// ConsoleCore: everything the console does without a screen, wired: the receive pipeline (network
// thread -> ingest thread) and the AlertCenter (with its OperatorActions and LabelDesk) on its own
// "alerts" thread with the store. The GUI, the integration tests and the benchmarks build one of these.
//
// Owner thread: the one that constructs it. start() opens the store (in the alerts thread) before the
// network starts, so no alert message reaches an unopened store. stop() stops the network, then the
// ingest worker, then the alert center, each with a queued stop, quit() and wait().

#include "core/alerts/alertcenter.h"
#include "core/console/consolesettings.h"
#include "core/mqtt/ingestpipeline.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace fw {

class ConsoleCore : public QObject
{
    Q_OBJECT
public:
    ConsoleCore(const ConsoleSettings &settings, const QString &dbPath, const QString &user,
                IngestWorker::Options ingest = {}, QObject *parent = nullptr);
    ~ConsoleCore() override;

    void start();
    void stop();

    IngestPipeline *pipeline() const { return m_pipeline.get(); }
    MqttSession *session() const { return m_pipeline->session(); }
    IngestWorker *worker() const { return m_pipeline->worker(); }
    // Lives in the alerts thread with its parts (operatorActions(), labelDesk()): call their slots
    // through queued calls only (after stop(): directly).
    AlertCenter *alerts() const { return m_alerts.get(); }

private:
    std::unique_ptr<IngestPipeline> m_pipeline;
    std::unique_ptr<AlertCenter> m_alerts;
    QThread m_alertsThread;
    bool m_started = false;
};

} // namespace fw

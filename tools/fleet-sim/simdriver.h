#pragma once
// SimDriver: runs the simulator against a broker. One MqttSession per site ("gateway"), paced
// publishing on main-thread timers (the replay's cycles or the synthetic load's bursts), the
// feedback subscriptions drained from the sessions' inbox every 50 ms (in the replay, unique labels go
// to a Retrainer, whose new model versions the fleet puts in service), and a clean shutdown:
// retained state offline for every asset, wait for the broker's acknowledgements, disconnect,
// print the statistics and write --stats-json. Lives in the main thread; the fleet or load it drives
// must outlive it.

#include "tools/fleet-sim/feedbackreceiver.h"
#include "tools/fleet-sim/messageinbox.h"
#include "tools/fleet-sim/outmessage.h"
#include "tools/fleet-sim/retrainer.h"
#include "tools/fleet-sim/simoptions.h"
#include "tools/fleet-sim/simstats.h"

#include "core/mqtt/mqttsession.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

namespace fw::sim {

class ReplayFleet;
class SyntheticLoad;

class SimDriver : public QObject
{
    Q_OBJECT
public:
    explicit SimDriver(SimOptions options, QObject *parent = nullptr);
    ~SimDriver() override;

    // false and *error set for a bad broker URL.
    bool startReplay(ReplayFleet *fleet, QString *error);
    bool startSynthetic(SyntheticLoad *load, QString *error);

    // Ends the run cleanly (idempotent); finished() follows.
    void stop();

signals:
    void finished(int exitCode);

private:
    bool createSessions(const QStringList &siteIds, QString *error);
    void onConnectionStateChanged(int site, ConnectionState state, const QString &reason);
    void publishAll(const std::vector<OutMessage> &messages);
    bool publish(int site, MessageKind kind, const QString &topic, const QByteArray &payload, int qos, bool retain);
    void replayTick();
    void syntheticBurst();
    void drainInbox();
    void retrainOn(const LabelMsg &label);
    void finish();

    SimOptions m_options;
    MessageInbox m_inbox;
    FeedbackReceiver m_feedback;
    std::unique_ptr<Retrainer> m_retrainer;   // replay only
    SimStats m_stats;
    std::vector<std::unique_ptr<MqttSession>> m_sessions;
    std::vector<bool> m_metaSent;
    ReplayFleet *m_fleet = nullptr;
    SyntheticLoad *m_load = nullptr;
    QTimer m_paceTimer;
    QTimer m_inboxTimer;
    QElapsedTimer m_clock;             // runs from the first connect
    qint64 m_stepsDone = 0;
    qint64 m_loadPublished = 0;
    qint64 m_loadAttempted = 0;
    QByteArray m_payload;
    bool m_stopping = false;
};

} // namespace fw::sim

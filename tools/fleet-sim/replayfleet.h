#pragma once
// ReplayFleet: the C-MAPSS engines as a live fleet. Each step() advances every engine by one cycle
// and returns what to publish: telemetry and health per engine, plus alert events and the retained
// alerts/active after each event. An engine past its failure cycle is replaced: its open alert is
// cleared, its model state reset, and it starts again at cycle 1.
//
// Engines start staggered (at a cycle drawn from the seed, within the first 90% of their life); the
// cycles before the start are fed to the health model only (their timestamps back-dated one cycle
// period apart), so baselines and trends exist from the first step. Alerts are raised live.
//
// Every raise is recorded in raisedAlerts() (score, cycles to failure, model version) for labels to be
// traced back. deployModel() puts a retrained version of the model in service.
//
// The data and the model must outlive the fleet (retrained versions are owned by the fleet).
// Timestamps are ms since epoch. Main thread only.

#include "core/mqtt/mqttoptions.h"
#include "core/fleet/topicparser.h"
#include "tools/fleet-sim/alerttracker.h"
#include "tools/fleet-sim/enginemonitor.h"
#include "tools/fleet-sim/fleetlayout.h"
#include "tools/fleet-sim/outmessage.h"
#include "tools/fleet-sim/raisedalertlog.h"

#include <memory>

namespace fw::sim {

class SimStats;

struct ReplayConfig
{
    QString root = QStringLiteral("fleet/v1");
    int sites = 1;
    int engineLimit = 0;           // 0: every engine of the data
    quint32 seed = 1;
    double cyclesPerSecond = 2.0;  // only for back-dating the warm-up cycles
    QString runTag;                // a few id characters unique to this run (alert ids)
    qint64 alertSeqBase = 0;       // alert seq of each asset starts after this
    qint64 trainedAt = 0;          // model status trained_at
    int raisedAlertCapacity = RaisedAlertLog::kDefaultCapacity;
};

class ReplayFleet
{
public:
    ReplayFleet(const std::vector<EngineRun> *runs, const HealthModel *model, ReplayConfig config,
                qint64 nowMs);
    ~ReplayFleet();

    const FleetLayout &layout() const { return m_layout; }
    int siteCount() const { return int(m_layout.siteIds().size()); }

    // Retained messages for one site after its session (re)connected: gateway meta and state, every
    // asset's meta, state online and alerts/active, and the model status.
    std::vector<OutMessage> connectMessages(int site, qint64 nowMs);
    // Retained state offline for every asset of the site and its gateway, for a clean shutdown.
    std::vector<OutMessage> shutdownMessages(int site, qint64 nowMs);
    // The session's last will: the gateway's state, offline.
    LastWill will(int site, qint64 nowMs) const;

    // One cycle of every engine. stats (optional) counts alerts raised and failures.
    std::vector<OutMessage> step(qint64 nowMs, SimStats *stats = nullptr);

    // Current cycle of each engine (the cycle the next step() publishes), in layout order.
    std::vector<int> nextCycles() const;
    // The health state each engine had at its last assessment, in layout order.
    std::vector<HealthState> states() const;
    // Drift score of one site: fraction of its engines whose baseline is outside the training population.
    double driftScore(int site) const;

    // The model version in service.
    const HealthModel &model() const { return *m_model; }
    const RaisedAlertLog &raisedAlerts() const { return m_raisedAlerts; }
    // Puts a retrained version in service: health and new alerts carry it, new alerts are raised at its
    // threshold (an open alert stays with the version that raised it). Returns every site's retained
    // model status with the new version, trained_at and labels_used; the drift is unchanged.
    std::vector<OutMessage> deployModel(const QString &version, double threshold, qint64 trainedAt,
                                        qint64 labelsUsed);

private:
    struct Engine;
    OutMessage retained(int site, MessageKind kind, const QString &topic, QByteArray payload) const;
    OutMessage modelStatus(int site) const;
    void emitAlert(Engine &e, const AlertMsg &event, qint64 nowMs, std::vector<OutMessage> &out);

    const std::vector<EngineRun> *m_runs;
    const HealthModel *m_model;        // in service
    std::vector<std::unique_ptr<HealthModel>> m_retrained;   // every deployed version, kept for open alerts
    qint64 m_trainedAt = 0;
    qint64 m_labelsUsed = 0;
    RaisedAlertLog m_raisedAlerts;
    ReplayConfig m_config;
    TopicParser m_topics;
    FleetLayout m_layout;
    std::vector<std::unique_ptr<Engine>> m_engines;
    std::vector<double> m_lastDrift;
};

} // namespace fw::sim

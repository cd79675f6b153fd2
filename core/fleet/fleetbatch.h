#pragma once
// What the ingest worker hands the GUI, at most ~20 times a second: the assets and models that
// changed since the last batch (whole rows), the ingest counters, and the watched asset's history.
// Immutable once sent; shared between threads through FleetBatchPtr.

#include "core/fleet/datafreshness.h"
#include "core/fleet/fleetmessages.h"

#include <QMetaType>

#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace fw {

// One row of the fleet view.
struct AssetSummary
{
    QString key;                       // "site/asset"
    QString site;
    QString asset;
    bool hasMeta = false;
    QString name;
    QString type;
    QString line;
    QString location;
    Criticality criticality = Criticality::Unknown;
    std::vector<SignalInfo> signalInfos;
    std::optional<bool> online;        // unknown until a state message arrives
    std::optional<double> score;
    std::optional<HealthState> state;
    std::optional<double> rul;
    QString rulUnit;
    ModelRef model;
    qint64 lastUpdate = 0;             // receive time of the newest message about this asset
    DataFreshness freshness;           // arrivals of its data (telemetry, health): live or stale
    int openAlerts = 0;
    std::optional<Priority> worstOpenPriority;
    qint64 lostSamples = 0;            // telemetry seq gaps
};

struct ModelStatusRow
{
    QString key;                       // "site/model"
    QString site;
    QString model;
    ModelStatusMsg status;
    qint64 receivedAt = 0;
};

// The recent history of one asset, oldest first; times are the console's receive times (ms).
struct AssetHistory
{
    QString key;
    std::vector<qint64> telemetryTimes;
    QStringList signalNames;
    std::vector<std::vector<float>> signalValues;   // [signal][sample], NaN where a sample lacked it
    std::vector<qint64> healthTimes;
    std::vector<float> healthScores;
};

struct IngestStats
{
    quint64 received = 0;
    quint64 accepted = 0;
    quint64 rejected = 0;
    std::array<quint64, kRejectReasonCount> rejectedByReason{};
    double messagesPerSecond = 0.0;
    int assetsKnown = 0;
    int alertsOpen = 0;
    int assetsStale = 0;   // not the ingest worker's: the console window fills it from the fleet table
};

struct FleetBatch
{
    std::vector<AssetSummary> changedAssets;
    std::vector<ModelStatusRow> changedModels;
    IngestStats stats;
    std::optional<AssetHistory> watchedHistory;   // when the watched asset changed
};

using FleetBatchPtr = std::shared_ptr<const FleetBatch>;

// Decoded messages handed on whole (alert events, active lists, acknowledgements for the alert queue).
using FleetMessages = std::vector<FleetMessage>;
using FleetMessagesPtr = std::shared_ptr<const FleetMessages>;

} // namespace fw

Q_DECLARE_METATYPE(fw::FleetBatchPtr)
Q_DECLARE_METATYPE(fw::FleetMessagesPtr)

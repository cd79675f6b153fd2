#pragma once
// HealthModel: the trained, immutable part of the "hpc-degradation" model. Trained at load time from
// run-to-failure trajectories (C-MAPSS training engines); shared read-only by every EngineMonitor.
//
// Scoring (see docs/fleet-sim.md): for each informative sensor i, z_i = (window mean - baseline mean)
// / baseline std, signed by the learnt degradation direction d_i. The deviation D = mean_i(d_i z_i);
// alert score a = clamp(D / D_fail, 0, 1) where D_fail is the median deviation of the training engines
// at their failure cycle; health = 1 - a. Contributions w_i = d_i z_i / (n D_fail), scaled by the clamp,
// sum exactly to a.

#include "core/fleet/fleetmessages.h"
#include "tools/fleet-sim/cmapssreader.h"

#include <vector>

namespace fw::sim {

struct HealthModelConfig
{
    int baselineCycles = 25;     // an engine's first cycles, taken as its healthy baseline
    int windowCycles = 10;       // cycles averaged for the current value of each sensor
    int trendCycles = 30;        // cycles of health used for the RUL extrapolation
    double threshold = 0.4;      // alert score at which an alert is raised
    double clearMargin = 0.1;    // an open alert clears below threshold - clearMargin
    int persistCycles = 3;       // cycles a condition must hold before raise / clear
    double watchAt = 0.2;        // alert score from which the health state is "watch"
    double criticalAt = 0.7;     // ... and "critical" ("warning" from threshold)
    double stdFloorFraction = 0.5;   // an engine's std is at least this fraction of the fleet's median
    double driftZ = 2.0;         // a baseline further than this (mean |z|) from the population drifts
    double driftThreshold = 0.3; // fraction of drifting engines from which the model is "drifting"
};

struct EngineBaseline
{
    std::vector<double> mean;    // per informative sensor, in informativeSensors() order
    std::vector<double> stdDev;
};

struct SensorContribution
{
    int sensor = 0;              // 0-based sensor index (s1 = 0)
    double value = 0.0;          // window mean
    double baseline = 0.0;       // baseline mean
    double weight = 0.0;         // signed share of the alert score
};

struct Score
{
    double deviation = 0.0;      // D
    double alertScore = 0.0;     // a in 0..1
    std::vector<SensorContribution> contributions;   // informativeSensors() order; sum(weight) == a
};

class HealthModel
{
public:
    static HealthModel train(const std::vector<EngineRun> &runs, const HealthModelConfig &config = {});

    // The model as trained at start: {"hpc-degradation", "1.0.0"}.
    static ModelRef modelRef();
    // This version's name and version (retrained() versions differ from modelRef()).
    ModelRef ref() const { return {modelRef().name, m_version}; }
    // The same trained model (directions, calibration, population) as another version with another
    // alert threshold: what a retraining on labels changes.
    HealthModel retrained(const QString &version, double threshold) const;

    const HealthModelConfig &config() const { return m_config; }
    // +1: degradation raises the sensor; -1: lowers it. informativeSensors() order.
    const std::vector<int> &directions() const { return m_directions; }
    // Pearson correlation of each sensor with cycles-to-failure over all training rows.
    const std::vector<double> &correlations() const { return m_correlations; }
    double failureDeviation() const { return m_failureDeviation; }

    // Baseline from the given rows (normally the first baselineCycles of an engine); at least 2 rows.
    EngineBaseline baselineFrom(const std::vector<CycleRow> &rows) const;
    // windowMeans: per informative sensor, in informativeSensors() order.
    Score score(const EngineBaseline &baseline, const std::vector<double> &windowMeans) const;

    HealthState stateFor(double alertScore) const;
    Priority priorityFor(double alertScore) const;

    // Fraction (0..1) of the given baselines whose mean |z| against the training population exceeds
    // config().driftZ. 0 for an empty list.
    double driftScore(const std::vector<EngineBaseline> &baselines) const;

private:
    HealthModelConfig m_config;
    QString m_version = modelRef().version;
    std::vector<int> m_directions;
    std::vector<double> m_correlations;
    std::vector<double> m_stdFloor;
    std::vector<double> m_populationMean;
    std::vector<double> m_populationStd;
    double m_failureDeviation = 1.0;
};

} // namespace fw::sim

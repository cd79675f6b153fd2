#pragma once
// EngineMonitor: the per-engine state of the health model: the engine's baseline (learnt from its
// first HealthModelConfig::baselineCycles cycles), the sliding window of recent cycles and the health
// trend used for the RUL estimate. Feed it every cycle in order; reset() after a replacement.
// The model must outlive the monitor; setModel() swaps in a retrained version of the same trained model
// (same baseline and score, another threshold), keeping the engine's state.

#include "tools/fleet-sim/healthmodel.h"

#include <QtGlobal>

#include <deque>
#include <optional>

namespace fw::sim {

struct Assessment
{
    bool ready = false;          // false while the baseline is being learnt: health 1, no contributions
    int cycle = 0;
    double health = 1.0;         // 1 - alertScore
    double alertScore = 0.0;
    HealthState state = HealthState::Ok;
    std::optional<double> rulCycles;   // health trend extrapolated to 0; only from "watch" on, not when flat
    std::vector<SensorContribution> contributions;
    qint64 windowFrom = 0;       // timestamps (ms) of the oldest and newest cycle in the window
    qint64 windowTo = 0;
};

class EngineMonitor
{
public:
    explicit EngineMonitor(const HealthModel *model);

    void reset();
    void setModel(const HealthModel *model) { m_model = model; }
    // tsMs: when this cycle was observed (ms since epoch).
    Assessment feed(const CycleRow &row, qint64 tsMs);

    bool baselineReady() const { return m_baseline.has_value(); }
    const std::optional<EngineBaseline> &baseline() const { return m_baseline; }

    // Cycles with a health estimate needed before an RUL is given.
    static constexpr int kMinTrendCycles = 10;
    static constexpr double kMaxRulCycles = 1000.0;

private:
    std::optional<double> estimateRul() const;

    const HealthModel *m_model;
    std::vector<CycleRow> m_baselineRows;
    std::optional<EngineBaseline> m_baseline;
    struct Sample
    {
        qint64 ts;
        std::vector<double> values;   // informative sensors
    };
    std::deque<Sample> m_window;
    std::vector<double> m_windowSum;
    std::deque<double> m_healthTrend;
};

} // namespace fw::sim

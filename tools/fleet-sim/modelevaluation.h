#pragma once
// ModelEvaluation: replays every engine of a run-to-failure data set through EngineMonitor and
// AlertTracker, exactly as the simulator does, and measures the alerts against the ground truth (each
// engine fails at its last cycle). Used by `fleet-sim --evaluate`, the tests and docs/fleet-sim.md.

#include "tools/fleet-sim/healthmodel.h"

#include <vector>

namespace fw::sim {

struct EngineOutcome
{
    int unit = 0;
    int cycles = 0;              // cycles in the data
    int failureCycle = 0;        // cycles + the remaining life after the last row (0 for training data)
    int raises = 0;              // alerts raised over the life
    int clearedBeforeFailure = 0;   // raised alerts that cleared by hysteresis before the failure
    int firstRaiseCycle = 0;     // 0: never alerted
    int leadCycles = 0;          // failureCycle - firstRaiseCycle, when alerted
    bool openAtEnd = false;      // an alert was open at the last row
};

struct EvaluationSummary
{
    int engines = 0;
    int enginesAlerting = 0;     // at least one alert raised before failure
    int missedFailures = 0;      // engines that failed without an open alert
    double meanLeadCycles = 0.0;
    double medianLeadCycles = 0.0;
    int minLeadCycles = 0;
    int maxLeadCycles = 0;
    int prematureAlerts = 0;     // first raised more than kPrematureLead cycles before failure
    int falseAlerts = 0;         // raised, then cleared by hysteresis before the failure
    int enginesWithRepeatRaises = 0;
    double rulMaeLast50 = 0.0;   // mean |estimated - true RUL| over the last 50 cycles where estimated
    double rulCoverageLast50 = 0.0;   // fraction of those cycles with an estimate
    double healthAtStart = 0.0;  // mean health in the 20 cycles after the baseline
    double healthAtEnd = 0.0;    // mean health over the last 10 cycles
    std::vector<EngineOutcome> outcomes;
};

class ModelEvaluation
{
public:
    // Degradation in C-MAPSS is usually taken to start about 125 cycles before failure.
    static constexpr int kPrematureLead = 125;

    // rulAtEnd: per run, the true remaining cycles after its last row (test sets); empty: every run
    // ends in failure (training sets). Missed failures count only runs that end in failure.
    static EvaluationSummary evaluate(const std::vector<EngineRun> &runs, const HealthModel &model,
                                      const std::vector<int> &rulAtEnd = {});
};

} // namespace fw::sim

#include "tools/fleet-sim/modelevaluation.h"

#include "tools/fleet-sim/alerttracker.h"
#include "tools/fleet-sim/enginemonitor.h"

#include <algorithm>
#include <cmath>

namespace fw::sim {

EvaluationSummary ModelEvaluation::evaluate(const std::vector<EngineRun> &runs, const HealthModel &model,
                                            const std::vector<int> &rulAtEnd)
{
    EvaluationSummary summary;
    std::vector<int> leads;
    double rulErrorSum = 0.0;
    int rulEstimates = 0;
    int rulCycles = 0;
    double startSum = 0.0, endSum = 0.0;
    int startCount = 0, endCount = 0;
    const int baselineCycles = model.config().baselineCycles;

    for (size_t i = 0; i < runs.size(); ++i) {
        const EngineRun &run = runs[i];
        const int remaining = i < rulAtEnd.size() ? rulAtEnd[i] : 0;
        EngineMonitor monitor(&model);
        AlertTracker tracker(&model, QStringLiteral("a-eval-%1").arg(run.unit), 0);
        EngineOutcome outcome;
        outcome.unit = run.unit;
        outcome.cycles = int(run.cycles.size());
        outcome.failureCycle = outcome.cycles + remaining;
        for (const CycleRow &row : run.cycles) {
            const qint64 ts = qint64(row.cycle) * 1000;
            const Assessment a = monitor.feed(row, ts);
            if (const auto event = tracker.update(a, ts)) {
                if (event->event == AlertEventType::Raised) {
                    ++outcome.raises;
                    if (outcome.firstRaiseCycle == 0)
                        outcome.firstRaiseCycle = row.cycle;
                } else if (event->event == AlertEventType::Cleared) {
                    ++outcome.clearedBeforeFailure;
                }
            }
            const int trueRul = outcome.failureCycle - row.cycle;
            if (trueRul < 50) {
                ++rulCycles;
                if (a.rulCycles) {
                    rulErrorSum += std::abs(*a.rulCycles - trueRul);
                    ++rulEstimates;
                }
            }
            if (a.ready && row.cycle <= baselineCycles + 20) {
                startSum += a.health;
                ++startCount;
            }
            if (a.ready && trueRul < 10) {
                endSum += a.health;
                ++endCount;
            }
        }
        ++summary.engines;
        if (outcome.firstRaiseCycle > 0) {
            ++summary.enginesAlerting;
            outcome.leadCycles = outcome.failureCycle - outcome.firstRaiseCycle;
            leads.push_back(outcome.leadCycles);
            if (outcome.leadCycles > kPrematureLead)
                ++summary.prematureAlerts;
        }
        outcome.openAtEnd = tracker.hasOpenAlert();
        if (!outcome.openAtEnd && remaining == 0)
            ++summary.missedFailures;
        summary.falseAlerts += outcome.clearedBeforeFailure;
        if (outcome.raises > 1)
            ++summary.enginesWithRepeatRaises;
        summary.outcomes.push_back(outcome);
    }
    if (!leads.empty()) {
        double sum = 0;
        for (int l : leads)
            sum += l;
        summary.meanLeadCycles = sum / double(leads.size());
        std::sort(leads.begin(), leads.end());
        const size_t mid = leads.size() / 2;
        summary.medianLeadCycles = leads.size() % 2 ? leads[mid] : (leads[mid - 1] + leads[mid]) / 2.0;
        summary.minLeadCycles = leads.front();
        summary.maxLeadCycles = leads.back();
    }
    summary.rulMaeLast50 = rulEstimates ? rulErrorSum / rulEstimates : 0.0;
    summary.rulCoverageLast50 = rulCycles ? double(rulEstimates) / rulCycles : 0.0;
    summary.healthAtStart = startCount ? startSum / startCount : 0.0;
    summary.healthAtEnd = endCount ? endSum / endCount : 0.0;
    return summary;
}

} // namespace fw::sim

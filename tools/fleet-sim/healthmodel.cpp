#include "tools/fleet-sim/healthmodel.h"

#include <algorithm>
#include <cmath>

namespace fw::sim {
namespace {

double median(std::vector<double> values)
{
    if (values.empty())
        return 0.0;
    const size_t mid = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + long(mid), values.end());
    double m = values[mid];
    if (values.size() % 2 == 0)
        m = (m + *std::max_element(values.begin(), values.begin() + long(mid))) / 2.0;
    return m;
}

double sensorValue(const CycleRow &row, int k)
{
    return row.sensors[size_t(informativeSensors()[size_t(k)])];
}

} // namespace

ModelRef HealthModel::modelRef()
{
    return {QStringLiteral("hpc-degradation"), QStringLiteral("1.0.0")};
}

HealthModel HealthModel::train(const std::vector<EngineRun> &runs, const HealthModelConfig &config)
{
    HealthModel model;
    model.m_config = config;
    const size_t n = informativeSensors().size();
    model.m_directions.assign(n, 1);
    model.m_correlations.assign(n, 0.0);
    model.m_stdFloor.assign(n, 1e-9);
    model.m_populationMean.assign(n, 0.0);
    model.m_populationStd.assign(n, 1.0);

    // Directions: the sign of each sensor's correlation with cycles-to-failure. A sensor that falls
    // as failure nears (positive correlation) degrades downwards.
    for (size_t k = 0; k < n; ++k) {
        double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0, count = 0;
        for (const EngineRun &run : runs) {
            const double last = double(run.cycles.size());
            for (const CycleRow &row : run.cycles) {
                const double x = sensorValue(row, int(k));
                const double y = last - row.cycle;
                sx += x; sy += y; sxx += x * x; syy += y * y; sxy += x * y; ++count;
            }
        }
        const double cov = sxy - sx * sy / count;
        const double vx = sxx - sx * sx / count;
        const double vy = syy - sy * sy / count;
        const double r = (vx > 0 && vy > 0) ? cov / std::sqrt(vx * vy) : 0.0;
        model.m_correlations[k] = r;
        model.m_directions[k] = r > 0 ? -1 : 1;
    }

    // Engines long enough to give a baseline and a window after it.
    std::vector<const EngineRun *> usable;
    for (const EngineRun &run : runs) {
        if (int(run.cycles.size()) >= config.baselineCycles + config.windowCycles)
            usable.push_back(&run);
    }
    if (usable.empty())
        return model;

    // Noise floor and training population, from the raw baselines (m_stdFloor is still ~0 here).
    std::vector<EngineBaseline> baselines;
    for (const EngineRun *run : usable) {
        baselines.push_back(model.baselineFrom(
            std::vector<CycleRow>(run->cycles.begin(), run->cycles.begin() + config.baselineCycles)));
    }
    for (size_t k = 0; k < n; ++k) {
        std::vector<double> stds, means;
        for (const EngineBaseline &b : baselines) {
            stds.push_back(b.stdDev[k]);
            means.push_back(b.mean[k]);
        }
        model.m_stdFloor[k] = std::max(1e-9, config.stdFloorFraction * median(stds));
        double s = 0, ss = 0;
        for (double m : means) {
            s += m;
            ss += m * m;
        }
        const double mean = s / double(means.size());
        model.m_populationMean[k] = mean;
        const double var = means.size() > 1 ? (ss - s * mean) / double(means.size() - 1) : 0.0;
        model.m_populationStd[k] = std::max(model.m_stdFloor[k], std::sqrt(std::max(0.0, var)));
    }

    // Calibration: the median deviation over the last window before failure maps to alert score 1.
    std::vector<double> finals;
    model.m_failureDeviation = 1.0;
    for (const EngineRun *run : usable) {
        const std::vector<CycleRow> first(run->cycles.begin(), run->cycles.begin() + config.baselineCycles);
        const EngineBaseline b = model.baselineFrom(first);
        std::vector<double> window(n, 0.0);
        const size_t from = run->cycles.size() - size_t(config.windowCycles);
        for (size_t k = 0; k < n; ++k) {
            for (size_t c = from; c < run->cycles.size(); ++c)
                window[k] += sensorValue(run->cycles[c], int(k));
            window[k] /= config.windowCycles;
        }
        finals.push_back(model.score(b, window).deviation);
    }
    const double d = median(finals);
    model.m_failureDeviation = d > 0 ? d : 1.0;
    return model;
}

HealthModel HealthModel::retrained(const QString &version, double threshold) const
{
    HealthModel model = *this;
    model.m_version = version;
    model.m_config.threshold = threshold;
    return model;
}

EngineBaseline HealthModel::baselineFrom(const std::vector<CycleRow> &rows) const
{
    const size_t n = informativeSensors().size();
    EngineBaseline b;
    b.mean.assign(n, 0.0);
    b.stdDev.assign(n, 0.0);
    if (rows.empty())
        return b;
    for (size_t k = 0; k < n; ++k) {
        double s = 0;
        for (const CycleRow &row : rows)
            s += sensorValue(row, int(k));
        const double m = s / double(rows.size());
        double ss = 0;
        for (const CycleRow &row : rows)
            ss += (sensorValue(row, int(k)) - m) * (sensorValue(row, int(k)) - m);
        const double sd = rows.size() > 1 ? std::sqrt(ss / double(rows.size() - 1)) : 0.0;
        b.mean[k] = m;
        b.stdDev[k] = std::max(sd, m_stdFloor.empty() ? 1e-9 : m_stdFloor[k]);
    }
    return b;
}

Score HealthModel::score(const EngineBaseline &baseline, const std::vector<double> &windowMeans) const
{
    const size_t n = informativeSensors().size();
    Score result;
    result.contributions.reserve(n);
    std::vector<double> signedZ(n, 0.0);
    double sum = 0.0;
    for (size_t k = 0; k < n; ++k) {
        signedZ[k] = m_directions[k] * (windowMeans[k] - baseline.mean[k]) / baseline.stdDev[k];
        sum += signedZ[k];
    }
    result.deviation = sum / double(n);
    const double raw = result.deviation / m_failureDeviation;
    result.alertScore = std::clamp(raw, 0.0, 1.0);
    // Each sensor's signed share of the unclamped score, scaled so that the shares add up to the
    // clamped one. At raw == 0 nothing is to be explained.
    const double scale = raw != 0.0 ? result.alertScore / raw : 0.0;
    for (size_t k = 0; k < n; ++k) {
        SensorContribution c;
        c.sensor = informativeSensors()[k];
        c.value = windowMeans[k];
        c.baseline = baseline.mean[k];
        c.weight = signedZ[k] / (double(n) * m_failureDeviation) * scale;
        result.contributions.push_back(c);
    }
    return result;
}

HealthState HealthModel::stateFor(double alertScore) const
{
    if (alertScore >= m_config.criticalAt)
        return HealthState::Critical;
    if (alertScore >= m_config.threshold)
        return HealthState::Warning;
    if (alertScore >= m_config.watchAt)
        return HealthState::Watch;
    return HealthState::Ok;
}

Priority HealthModel::priorityFor(double alertScore) const
{
    // How far above the threshold, as a fraction of the way from the threshold to alert score 1.
    const double span = std::max(1e-9, 1.0 - m_config.threshold);
    const double above = (alertScore - m_config.threshold) / span;
    if (above >= 0.75)
        return Priority::Critical;
    if (above >= 0.45)
        return Priority::High;
    if (above >= 0.15)
        return Priority::Medium;
    return Priority::Low;
}

double HealthModel::driftScore(const std::vector<EngineBaseline> &baselines) const
{
    if (baselines.empty())
        return 0.0;
    int drifting = 0;
    const size_t n = m_populationMean.size();
    for (const EngineBaseline &b : baselines) {
        double sum = 0.0;
        for (size_t k = 0; k < n && k < b.mean.size(); ++k)
            sum += std::abs(b.mean[k] - m_populationMean[k]) / m_populationStd[k];
        if (sum / double(n) > m_config.driftZ)
            ++drifting;
    }
    return double(drifting) / double(baselines.size());
}

} // namespace fw::sim

#include "tools/fleet-sim/enginemonitor.h"

namespace fw::sim {

EngineMonitor::EngineMonitor(const HealthModel *model)
    : m_model(model)
{
    reset();
}

void EngineMonitor::reset()
{
    m_baselineRows.clear();
    m_baseline.reset();
    m_window.clear();
    m_windowSum.assign(informativeSensors().size(), 0.0);
    m_healthTrend.clear();
}

Assessment EngineMonitor::feed(const CycleRow &row, qint64 tsMs)
{
    const HealthModelConfig &config = m_model->config();
    const std::vector<int> &sensors = informativeSensors();

    Sample sample{tsMs, std::vector<double>(sensors.size())};
    for (size_t k = 0; k < sensors.size(); ++k) {
        sample.values[k] = row.sensors[size_t(sensors[k])];
        m_windowSum[k] += sample.values[k];
    }
    m_window.push_back(std::move(sample));
    if (int(m_window.size()) > config.windowCycles) {
        for (size_t k = 0; k < sensors.size(); ++k)
            m_windowSum[k] -= m_window.front().values[k];
        m_window.pop_front();
    }

    Assessment a;
    a.cycle = row.cycle;
    a.windowFrom = m_window.front().ts;
    a.windowTo = m_window.back().ts;
    if (!m_baseline) {
        m_baselineRows.push_back(row);
        if (int(m_baselineRows.size()) >= config.baselineCycles) {
            m_baseline = m_model->baselineFrom(m_baselineRows);
            m_baselineRows.clear();
        }
        return a;
    }

    std::vector<double> means(sensors.size());
    for (size_t k = 0; k < sensors.size(); ++k)
        means[k] = m_windowSum[k] / double(m_window.size());
    Score s = m_model->score(*m_baseline, means);
    a.ready = true;
    a.alertScore = s.alertScore;
    a.health = 1.0 - s.alertScore;
    a.state = m_model->stateFor(s.alertScore);
    a.contributions = std::move(s.contributions);

    m_healthTrend.push_back(a.health);
    if (int(m_healthTrend.size()) > config.trendCycles)
        m_healthTrend.pop_front();
    // Early in life the trend is noise around health 1: no estimate until the engine is at least "watch".
    if (a.alertScore >= config.watchAt)
        a.rulCycles = estimateRul();
    return a;
}

std::optional<double> EngineMonitor::estimateRul() const
{
    const int n = int(m_healthTrend.size());
    if (n < kMinTrendCycles)
        return std::nullopt;
    if (m_healthTrend.back() <= 0.0)
        return 0.0;   // at the calibrated failure level
    // Least-squares line through (i, health_i); RUL is where it reaches 0, counted from the last point.
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (int i = 0; i < n; ++i) {
        const double y = m_healthTrend[size_t(i)];
        sx += i;
        sy += y;
        sxx += double(i) * i;
        sxy += i * y;
    }
    const double denom = n * sxx - sx * sx;
    const double slope = (n * sxy - sx * sy) / denom;
    const double intercept = (sy - slope * sx) / n;
    if (slope >= -1e-6)
        return std::nullopt;   // not degrading: no meaningful estimate
    const double healthNow = std::max(0.0, intercept + slope * (n - 1));
    return std::min(kMaxRulCycles, healthNow / -slope);
}

} // namespace fw::sim

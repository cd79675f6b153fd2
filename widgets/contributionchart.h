#pragma once
// ContributionChart: signed contributions per signal as horizontal bars, strongest first: what pushed
// toward the alert (dark, to the right) and what pulled toward normal (light, to the left). Grey
// tones only; the sign is also in the bar's side and the value label. GUI thread.

#include "core/fleetmessages.h"

#include <QChartView>

namespace fw {

class ContributionChart : public QChartView
{
    Q_OBJECT
public:
    explicit ContributionChart(QWidget *parent = nullptr);

    // At most maxBars contributions, by |weight|.
    void setContributions(const std::vector<Contribution> &contributions, int maxBars = 8);
    int barCount() const { return m_bars; }

private:
    int m_bars = 0;
};

} // namespace fw

#pragma once
// ContributionChart: signed contributions per signal as bars, strongest first: what pushed toward the
// alert (dark, up) and what pulled toward normal (light, down). Grey tones only; the sign is also the
// bar's direction. GUI thread.

#include "core/fleet/fleetmessages.h"

#include <QChartView>

namespace fw {

class ContributionChart : public QChartView
{
    Q_OBJECT
public:
    explicit ContributionChart(QWidget *parent = nullptr);

    // At most maxBars contributions, by |weight|.
    void setContributions(const std::vector<Contribution> &contributions, int maxBars = 6);
    int barCount() const { return m_bars; }

protected:
    void changeEvent(QEvent *event) override;   // View ▸ Theme: restyle

private:
    void applyTheme();   // the only series is the stacked pair (toward the alert, toward normal)

    int m_bars = 0;
};

} // namespace fw

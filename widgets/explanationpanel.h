#pragma once
// ExplanationPanel: why the model raised the selected alert: its score against the threshold over
// time, the signed contributions per signal with the method and summary, the traces of the strongest
// contributors against their baseline (from the evidence kept with the alert, else from the live
// history), the model and version, the asset's meta, and the last similar alerts with what
// technicians found. An alert without an explanation, or naming unknown signals, still shows what it
// has. GUI thread.

#include "core/alerts/alertdetails.h"
#include "core/fleet/fleetbatch.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace fw {

class ContributionChart;
class TrendChart;

class ExplanationPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kTraces = 3;

    explicit ExplanationPanel(QWidget *parent = nullptr);

    QString alertKey() const { return m_details ? m_details->alert.key() : QString(); }
    // Which signals are traced now (for tests): the strongest positive contributors that have data.
    QStringList tracedSignals() const { return m_traced; }

public Q_SLOTS:
    void showDetails(const fw::AlertDetailsPtr &details, const fw::AssetSummary *asset);
    // For LabelDesk::detailsUnavailable: says why alertKey has nothing to show, and shows nothing
    // of the alert shown before.
    void showUnavailable(const QString &alertKey, const QString &reason);
    void updateLiveHistory(const fw::AssetHistory &history);
    void clear();

private:
    void refreshTraces();

    AlertDetailsPtr m_details;
    AssetHistory m_live;
    QLabel *m_title;
    QLabel *m_facts;
    QLabel *m_summary;
    TrendChart *m_score;
    ContributionChart *m_contributions;
    std::vector<TrendChart *> m_traces;
    QLabel *m_similar;
    QStringList m_traced;
};

} // namespace fw

#pragma once
// AssetDetailPanel: the selected asset: its meta, health score trend, and the traces of the signals
// the operator checks (up to four), from the ingest worker's history copy. GUI thread.

#include "core/fleet/fleetbatch.h"

#include <QWidget>

#include <vector>

class QLabel;
class QListView;
class QVBoxLayout;

namespace fw {

class SignalListModel;
class TrendChart;

class AssetDetailPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AssetDetailPanel(QWidget *parent = nullptr);

    QString assetKey() const { return m_key; }

public Q_SLOTS:
    // A different asset (or none when key is empty): resets the signal choice.
    void showAsset(const QString &key, const fw::AssetSummary *summary);
    void updateSummary(const fw::AssetSummary &summary);
    void updateHistory(const fw::AssetHistory &history);

private:
    void rebuildSignalCharts();
    void refreshSignalCharts();

    QString m_key;
    QLabel *m_title;
    QLabel *m_facts;
    TrendChart *m_health;
    QListView *m_signalList;
    SignalListModel *m_signals;
    QVBoxLayout *m_chartsLayout;
    std::vector<TrendChart *> m_signalCharts;
    QStringList m_chartNames;
    AssetHistory m_history;
    QLabel *m_empty;
};

} // namespace fw

#pragma once
// AssetDetailPanel: the selected asset: its meta, health score trend, and the traces of the signals
// the operator checks (up to four), from the ingest worker's history copy. GUI thread.
// When its data is not live (setFreshness: stale, or last known while the broker session is down) the
// header says so in words on a hatched band, and the trends run on to now with a hatched "no data"
// tail; their lines break where samples are further apart than the asset's stale-after time.

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
    QString freshnessText() const;   // the header's freshness line; empty while the data is live

public Q_SLOTS:
    // A different asset (or none when key is empty): resets the signal choice.
    void showAsset(const QString &key, const fw::AssetSummary *summary);
    void updateSummary(const fw::AssetSummary &summary);
    void updateHistory(const fw::AssetHistory &history);
    // The shown asset's freshness now (FleetTableModel evaluates it every second).
    void setFreshness(fw::DataFreshness::Status status, qint64 nowMs);

private:
    void rebuildSignalCharts();
    void refreshSignalCharts();
    void refreshFreshness();
    std::vector<TrendChart *> charts() const;   // health, then the signals

    QString m_key;
    QLabel *m_title;
    QLabel *m_facts;
    QLabel *m_freshness;
    DataFreshness m_dataFreshness;
    DataFreshness::Status m_status = DataFreshness::Status::NoData;
    qint64 m_now = 0;
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

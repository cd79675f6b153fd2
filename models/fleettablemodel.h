#pragma once
// FleetTableModel: one row per asset, fed by FleetBatch. Lives in the GUI thread.
// applyBatch() inserts new assets with one beginInsertRows() and updates changed rows with one
// ranged dataChanged() per batch.

#include "core/fleet/fleetbatch.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace fw {

class FleetTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Site, Line, Asset, Name, Type, Health, State, Rul, Online, LastUpdate, OpenAlerts, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,   // per column, a value that sorts naturally
        SeverityRole,                  // int, 0 = worst; for worst-first ordering
        KeyRole,                       // "site/asset"
        ScoreRole,                     // double or invalid, for the bar delegate
        AbnormalRole,                  // bool: the row's state or alerts need attention
        SearchTextRole,                // text the filter box matches against
        HealthStateRole,               // int(HealthState), invalid without health data
        WorstPriorityRole,             // int(Priority) of the worst open alert, invalid without one
        OfflineRole,                   // bool: the asset said it is offline
    };

    explicit FleetTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void applyBatch(const FleetBatch &batch);

    int rowOf(const QString &key) const { return m_rowOf.value(key, -1); }
    const AssetSummary *summary(int row) const;
    const AssetSummary *summary(const QString &key) const;

    // Severity rank of a row: 0 worst. Offline and critical first, unknown last among abnormal.
    static int severity(const AssetSummary &s);
    // Injected clock for "last update" ages; tests pin it.
    void setNow(qint64 msSinceEpoch) { m_now = msSinceEpoch; }

private:
    QVariant display(const AssetSummary &s, int column) const;
    QVariant sortValue(const AssetSummary &s, int column) const;

    std::vector<AssetSummary> m_rows;
    QHash<QString, int> m_rowOf;
    qint64 m_now = 0;
};

} // namespace fw

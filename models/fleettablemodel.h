#pragma once
// FleetTableModel: one row per asset, fed by FleetBatch. Lives in the GUI thread.
// applyBatch() inserts new assets with one beginInsertRows() and updates changed rows with one
// ranged dataChanged() per batch.
//
// Freshness (the rule: core/fleet/datafreshness.h): each row is fresh, stale (no data for max(3 x its
// usual interval, 10 s)) or last known (the broker session is down: every row at once). It is
// re-evaluated every second by a timer, also when no message arrives, and at once when the session's
// state changes. A tick announces the ages ("Last update") with one dataChanged over that column, and
// rows whose freshness changed with one ranged dataChanged over the Health..Last update columns.
// Stale cells say so in words (state "CRITICAL (stale)", link "stale since 09:41:05") and carry a
// hatched grey Qt::BackgroundRole brush (Qt::BDiagPattern).

#include "core/fleet/fleetbatch.h"

#include <QAbstractTableModel>
#include <QBrush>
#include <QHash>

class QTimer;

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
        StaleRole,                     // bool: its data is stale or only the last known
        FreshnessRole,                 // int(DataFreshness::Status)
    };
    static constexpr int kTickMs = 1000;

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
    // Injected clock for ages and freshness; tests pin it (0: the system clock).
    void setNow(qint64 msSinceEpoch) { m_now = msSinceEpoch; }
    qint64 now() const;

    // Whether the broker session is connected (true until told otherwise): while it is not, every row
    // is last known. Re-evaluates at once.
    void setSessionConnected(bool connected);
    bool sessionConnected() const { return m_connected; }
    DataFreshness::Status freshness(int row) const;
    int staleCount() const { return m_staleCount; }   // stale or last known, at the last evaluation
    // The hatched grey of stale cells (also their Qt::BackgroundRole).
    static QBrush staleBrush();
    // "0.3 s", "12 s", "4 min", "2 h": an interval or an age as the operator reads it.
    static QString durationText(qint64 ms);
    // A receive time: "09:41:05", with the date when it is not the day of nowMs.
    static QString sinceText(qint64 ms, qint64 nowMs);

public Q_SLOTS:
    // The tick: re-evaluates every row's freshness against now().
    void refreshFreshness();

Q_SIGNALS:
    void staleCountChanged(int count);
    // After every tick and session change (not after batches): views that show freshness follow it.
    void freshnessRefreshed();

private:
    QVariant display(const AssetSummary &s, DataFreshness::Status status, int column) const;
    QVariant sortValue(const AssetSummary &s, int column) const;
    QString toolTip(const AssetSummary &s, DataFreshness::Status status, int column) const;
    QString since(qint64 ms) const;   // sinceText(ms, now())
    void setStaleCount(int count);

    std::vector<AssetSummary> m_rows;
    std::vector<DataFreshness::Status> m_status;   // per row, at the last evaluation
    QHash<QString, int> m_rowOf;
    qint64 m_now = 0;
    bool m_connected = true;
    int m_staleCount = 0;
    QTimer *m_tick;
};

} // namespace fw

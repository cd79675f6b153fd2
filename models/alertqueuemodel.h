#pragma once
// AlertQueueModel: the unresolved alerts, one row each, fed by AlertCenter (snapshot, then batches of
// changed records). A record that became resolved (returned to normal and acknowledged) leaves the
// model. One insert, one ranged dataChanged and removals per batch. GUI thread.

#include "core/alerts/alertrecord.h"

#include <QAbstractTableModel>
#include <QHash>

#include <array>
#include <vector>

namespace fw {

class AlertQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PriorityCol, StateCol, RaisedCol, AckTimeCol, SiteCol, AssetCol, TitleCol, ScoreCol, ModelCol,
                  AckedByCol, NotesCol, ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole + 1,    // site/asset/alertId
        AssetKeyRole,                  // site/asset
        PriorityRole,                  // int(Priority)
        NeedsAttentionRole,            // bool: unacknowledged, not shelved/suppressed: flashes
        StateCodeRole,                 // QString: "unack", "ack", "rtn-unack", "shelved", ...
        SortRole,
        SearchTextRole,
        RaisedAtRole,                  // qint64 ms
    };

    struct Counts
    {
        std::array<int, 4> byPriority{};   // index int(Priority)
        int unacknowledged = 0;
        int shelved = 0;
        int total = 0;
    };

    explicit AlertQueueModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setSnapshot(const AlertRecords &records);
    void applyChanges(const AlertRecords &records);

    const AlertRecord *record(int row) const;
    int rowOf(const QString &key) const { return m_rowOf.value(key, -1); }
    Counts counts() const { return m_counts; }
    void setNow(qint64 msSinceEpoch) { m_now = msSinceEpoch; }   // tests pin the clock

    // "2 min 05 s", "1 h 12 min": a duration for the operator.
    static QString formatDuration(qint64 ms);
    static QString stateText(const AlarmState &s);
    static QString stateCode(const AlarmState &s);

Q_SIGNALS:
    void countsChanged();

private:
    void recount();
    QVariant display(const AlertRecord &r, int column) const;
    qint64 now() const;

    std::vector<AlertRecord> m_rows;
    QHash<QString, int> m_rowOf;
    Counts m_counts;
    qint64 m_now = 0;
};

} // namespace fw

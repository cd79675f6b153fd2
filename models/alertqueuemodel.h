#pragma once
// AlertQueueModel: the unresolved alerts, one row each, fed by AlertCenter (snapshot, then batches of
// changed records). A record that became resolved (returned to normal and acknowledged) leaves the
// model. One insert, one ranged dataChanged and removals per batch. GUI thread.

#include "models/alerttablemodel.h"

#include <array>

namespace fw {

class AlertQueueModel : public AlertTableModel
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

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setSnapshot(const AlertRecords &records);
    void applyChanges(const AlertRecords &records);

    Counts counts() const { return m_counts; }

    // "2 min 05 s", "1 h 12 min": a duration for the operator.
    static QString formatDuration(qint64 ms);
    static QString stateText(const AlarmState &s);
    static QString stateCode(const AlarmState &s);

Q_SIGNALS:
    void countsChanged();

private:
    void recount();
    QVariant display(const AlertRecord &r, int column) const;

    Counts m_counts;
};

} // namespace fw

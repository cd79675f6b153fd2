#pragma once
// AwaitingOutcomeModel: the maintenance technician's worklist: acknowledged alerts that still wait
// for an outcome (a label), most urgent first, then longest waiting first. Fed whole by setAlerts()
// (the caller passes the alerts without a label; unacknowledged ones are skipped); removeAlert()
// when a label is saved. GUI thread.

#include "models/alerttablemodel.h"

namespace fw {

class AwaitingOutcomeModel : public AlertTableModel
{
    Q_OBJECT
public:
    enum Column { PriorityCol, RaisedCol, AssetCol, AlertCol, ModelCol, AckedByCol, WaitingCol, ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole + 1,    // "site/asset/alertId"
        AssetKeyRole,                  // "site/asset"
        SiteRole,
        AssetRole,
        PriorityRole,                  // int(Priority)
        RaisedAtRole,                  // qint64 ms, console receive time of the raise
        AckedAtRole,                   // qint64 ms, first acknowledgement
        WaitingMsRole,                 // qint64 ms since the acknowledgement
        SortRole,                      // per column, a value that sorts naturally
        SearchTextRole,
    };

    explicit AwaitingOutcomeModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces the list (one model reset). Unacknowledged records are left out.
    void setAlerts(const AlertRecords &records);
    // A label was saved for this alert: its row goes. False when it was not listed.
    bool removeAlert(const QString &key);
    // The "waiting" column moved on: one dataChanged over that column (call it from a minute timer).
    void refreshWaitingTimes();

private:
    QVariant display(const AlertRecord &r, int column) const;
    QVariant sortValue(const AlertRecord &r, int column) const;
    qint64 waitingSince(const AlertRecord &r) const { return r.ackedAt.value_or(r.raisedAt); }
};

} // namespace fw

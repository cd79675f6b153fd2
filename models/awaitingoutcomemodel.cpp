#include "models/awaitingoutcomemodel.h"

#include "core/common/localformat.h"
#include "core/fleet/displaytext.h"
#include "models/alertqueuemodel.h"

#include <QDateTime>

#include <algorithm>

namespace fw {

AwaitingOutcomeModel::AwaitingOutcomeModel(QObject *parent) : AlertTableModel(ColumnCount, parent) {}

void AwaitingOutcomeModel::setAlerts(const AlertRecords &records)
{
    beginResetModel();
    m_rows.clear();
    for (const AlertRecord &r : records) {
        if (r.state.acknowledged || r.ackedAt)
            m_rows.push_back(r);
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [this](const AlertRecord &a, const AlertRecord &b) {
        if (a.priority != b.priority)
            return a.priority > b.priority;
        return waitingSince(a) < waitingSince(b);
    });
    reindex();
    endResetModel();
}

bool AwaitingOutcomeModel::removeAlert(const QString &key)
{
    const int row = rowOf(key);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
    reindex();
    endRemoveRows();
    return true;
}

void AwaitingOutcomeModel::refreshWaitingTimes()
{
    if (!m_rows.empty())
        emit dataChanged(index(0, WaitingCol), index(int(m_rows.size()) - 1, WaitingCol), {Qt::DisplayRole, SortRole, WaitingMsRole});
}

QVariant AwaitingOutcomeModel::display(const AlertRecord &r, int column) const
{
    switch (column) {
    case PriorityCol: return priorityText(r);
    case RaisedCol: {
        const bool today = QDateTime::fromMSecsSinceEpoch(r.raisedAt).date() == QDateTime::fromMSecsSinceEpoch(now()).date();
        return today ? LocalFormat::time(r.raisedAt) : LocalFormat::dateTime(r.raisedAt);
    }
    case AssetCol: return r.assetKey();
    case AlertCol: return titleText(r);
    case ModelCol: return modelText(r);
    case AckedByCol: return r.ackedConsole.isEmpty() ? r.ackedBy : tr("%1 @ %2").arg(r.ackedBy, r.ackedConsole);
    case WaitingCol: return AlertQueueModel::formatDuration(now() - waitingSince(r));
    }
    return {};
}

QVariant AwaitingOutcomeModel::sortValue(const AlertRecord &r, int column) const
{
    switch (column) {
    case PriorityCol: return int(r.priority);
    case RaisedCol: return r.raisedAt;
    case WaitingCol: return now() - waitingSince(r);
    default: return display(r, column);
    }
}

QVariant AwaitingOutcomeModel::data(const QModelIndex &idx, int role) const
{
    if (!checkIndex(idx, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AlertRecord &r = m_rows[size_t(idx.row())];
    switch (role) {
    case Qt::DisplayRole: return display(r, idx.column());
    case Qt::ToolTipRole:
        switch (idx.column()) {
        case AlertCol: return tr("%1 on %2/%3, alert id %4").arg(r.title, r.site, r.asset, r.alertId);
        case WaitingCol:
            return tr("Acknowledged %1; no outcome recorded yet")
                .arg(LocalFormat::dateTime(waitingSince(r)));
        case AckedByCol: return r.ackNote.isEmpty() ? QVariant() : QVariant(tr("Note: %1").arg(r.ackNote));
        default: return {};
        }
    case KeyRole: return r.key();
    case AssetKeyRole: return r.assetKey();
    case SiteRole: return r.site;
    case AssetRole: return r.asset;
    case PriorityRole: return int(r.priority);
    case RaisedAtRole: return r.raisedAt;
    case AckedAtRole: return r.ackedAt ? QVariant(*r.ackedAt) : QVariant();
    case WaitingMsRole: return now() - waitingSince(r);
    case SortRole: return sortValue(r, idx.column());
    case SearchTextRole: return searchText(r);
    }
    return {};
}

QVariant AwaitingOutcomeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PriorityCol: return tr("Priority");
    case RaisedCol: return tr("Raised");
    case AssetCol: return tr("Asset");
    case AlertCol: return tr("Alert");
    case ModelCol: return tr("Model");
    case AckedByCol: return tr("Acknowledged by");
    case WaitingCol: return tr("Waiting");
    }
    return {};
}

} // namespace fw

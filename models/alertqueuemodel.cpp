#include "models/alertqueuemodel.h"

#include "core/common/localformat.h"
#include "core/fleet/displaytext.h"

#include <QDateTime>
#include <QLocale>

namespace fw {

AlertQueueModel::AlertQueueModel(QObject *parent) : AlertTableModel(ColumnCount, parent) {}

static bool resolved(const AlertRecord &r)
{
    return r.state.isNormal() && !r.state.shelved();
}

void AlertQueueModel::setSnapshot(const AlertRecords &records)
{
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    for (const AlertRecord &r : records) {
        if (resolved(r))
            continue;
        m_rowOf.insert(r.key(), int(m_rows.size()));
        m_rows.push_back(r);
    }
    endResetModel();
    recount();
}

void AlertQueueModel::applyChanges(const AlertRecords &records)
{
    int first = int(m_rows.size());
    int last = -1;
    std::vector<const AlertRecord *> added;
    QList<int> gone;
    for (const AlertRecord &r : records) {
        const auto it = m_rowOf.constFind(r.key());
        if (it == m_rowOf.constEnd()) {
            if (!resolved(r))
                added.push_back(&r);
            continue;
        }
        if (resolved(r)) {
            gone.append(*it);
            continue;
        }
        m_rows[size_t(*it)] = r;
        first = std::min(first, *it);
        last = std::max(last, *it);
    }
    if (last >= 0)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    // Remove from the bottom up so that row numbers stay valid; then rebuild the index once.
    std::sort(gone.begin(), gone.end(), std::greater<int>());
    for (int row : std::as_const(gone)) {
        beginRemoveRows({}, row, row);
        m_rows.erase(m_rows.begin() + row);
        endRemoveRows();
    }
    if (!gone.isEmpty())
        reindex();
    if (!added.empty()) {
        const int start = int(m_rows.size());
        beginInsertRows({}, start, start + int(added.size()) - 1);
        for (const AlertRecord *r : added) {
            m_rowOf.insert(r->key(), int(m_rows.size()));
            m_rows.push_back(*r);
        }
        endInsertRows();
    }
    recount();
}

void AlertQueueModel::recount()
{
    Counts c;
    for (const AlertRecord &r : m_rows) {
        ++c.byPriority[size_t(r.priority)];
        if (!r.state.acknowledged)
            ++c.unacknowledged;
        if (r.state.shelved())
            ++c.shelved;
    }
    c.total = int(m_rows.size());
    m_counts = c;
    emit countsChanged();
}

QString AlertQueueModel::formatDuration(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms / 1000);
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    if (s < 86400)
        return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
    return tr("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
}

QString AlertQueueModel::stateCode(const AlarmState &s)
{
    if (s.outOfService)
        return QStringLiteral("out-of-service");
    if (s.shelved())
        return QStringLiteral("shelved");
    if (s.suppressed)
        return QStringLiteral("suppressed");
    if (s.active)
        return s.acknowledged ? QStringLiteral("ack") : QStringLiteral("unack");
    return s.acknowledged ? QStringLiteral("rtn-ack") : QStringLiteral("rtn-unack");
}

QString AlertQueueModel::stateText(const AlarmState &s)
{
    if (s.outOfService)
        return tr("Out of service");
    if (s.shelved())
        return tr("Shelved until %1").arg(LocalFormat::shortTime(*s.shelvedUntil));
    if (s.suppressed)
        return tr("Suppressed");
    if (s.active)
        return s.acknowledged ? tr("Active, ack'd") : tr("ACTIVE, UNACK");
    return s.acknowledged ? tr("Cleared, ack'd") : tr("CLEARED, UNACK");
}

QVariant AlertQueueModel::display(const AlertRecord &r, int column) const
{
    switch (column) {
    case PriorityCol: return priorityText(r);
    case StateCol: return stateText(r.state);
    case RaisedCol: return LocalFormat::time(r.raisedAt);
    case AckTimeCol:
        if (r.ackedAt)
            return tr("ack %1").arg(formatDuration(*r.ackedAt - r.raisedAt));
        return tr("waiting %1").arg(formatDuration(now() - r.raisedAt));
    case SiteCol: return r.site;
    case AssetCol: return r.asset;
    case TitleCol: return titleText(r);
    case ScoreCol:
        if (!r.score)
            return QString();
        return r.threshold ? QStringLiteral("%1 / %2").arg(QLocale().toString(*r.score, 'f', 2),
                                                           QLocale().toString(*r.threshold, 'f', 2))
                           : QLocale().toString(*r.score, 'f', 2);
    case ModelCol: return modelText(r);
    case AckedByCol:
        return r.ackedAt ? QStringLiteral("%1 @ %2").arg(r.ackedBy, r.ackedConsole) : QString();
    case NotesCol: {
        QStringList notes;
        if (r.unsaved)
            notes << tr("NOT STORED");
        if (r.chattering)
            notes << tr("chattering");
        if (r.caughtUp)
            notes << tr("caught up");
        if (r.orphan)
            notes << tr("raise missed");
        if (!r.ackNote.isEmpty())
            notes << r.ackNote;
        if (r.state.shelved() && !r.state.shelveReason.isEmpty())
            notes << tr("shelved: %1").arg(r.state.shelveReason);
        return notes.join(QStringLiteral("; "));
    }
    }
    return {};
}

QVariant AlertQueueModel::data(const QModelIndex &idx, int role) const
{
    if (!checkIndex(idx, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AlertRecord &r = m_rows[size_t(idx.row())];
    switch (role) {
    case Qt::DisplayRole: return display(r, idx.column());
    case Qt::ToolTipRole:
        if (idx.column() == TitleCol)
            return tr("%1 on %2/%3, alert id %4").arg(r.title, r.site, r.asset, r.alertId);
        return {};
    case KeyRole: return r.key();
    case AssetKeyRole: return r.assetKey();
    case PriorityRole: return int(r.priority);
    case NeedsAttentionRole: return r.state.needsAttention();
    case StateCodeRole: return stateCode(r.state);
    case RaisedAtRole: return r.raisedAt;
    case SortRole:
        switch (idx.column()) {
        case PriorityCol: return int(r.priority);
        case RaisedCol: return r.raisedAt;
        case AckTimeCol: return r.ackedAt ? *r.ackedAt - r.raisedAt : now() - r.raisedAt;
        case ScoreCol: return r.score.value_or(-1.0);
        default: return display(r, idx.column());
        }
    case SearchTextRole: return searchText(r);
    }
    return {};
}

QVariant AlertQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PriorityCol: return tr("Priority");
    case StateCol: return tr("State");
    case RaisedCol: return tr("Raised");
    case AckTimeCol: return tr("Time to ack");
    case SiteCol: return tr("Site");
    case AssetCol: return tr("Asset");
    case TitleCol: return tr("Alert");
    case ScoreCol: return tr("Score / thr.");
    case ModelCol: return tr("Model");
    case AckedByCol: return tr("Ack'd by");
    case NotesCol: return tr("Notes");
    }
    return {};
}

} // namespace fw

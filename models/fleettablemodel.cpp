#include "models/fleettablemodel.h"

#include "core/common/localformat.h"
#include "core/fleet/displaytext.h"

#include <QDateTime>
#include <QLocale>

namespace fw {

FleetTableModel::FleetTableModel(QObject *parent) : QAbstractTableModel(parent) {}

int FleetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FleetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const AssetSummary *FleetTableModel::summary(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr;
}

const AssetSummary *FleetTableModel::summary(const QString &key) const
{
    return summary(rowOf(key));
}

int FleetTableModel::severity(const AssetSummary &s)
{
    if (s.online && !*s.online)
        return 0;
    if (s.worstOpenPriority == Priority::Critical || s.state == HealthState::Critical)
        return 1;
    if (s.worstOpenPriority == Priority::High || s.state == HealthState::Warning)
        return 2;
    if (s.openAlerts > 0 || s.state == HealthState::Watch)
        return 3;
    if (!s.state)
        return 4;
    return 5;
}

void FleetTableModel::applyBatch(const FleetBatch &batch)
{
    if (batch.changedAssets.empty())
        return;
    int first = int(m_rows.size());
    int last = -1;
    int firstColumn = ColumnCount;
    int lastColumn = -1;
    std::vector<const AssetSummary *> added;
    for (const AssetSummary &s : batch.changedAssets) {
        const auto it = m_rowOf.constFind(s.key);
        if (it == m_rowOf.constEnd()) {
            added.push_back(&s);
            continue;
        }
        // only the columns whose values changed, so that a proxy sorted by another
        // column need not re-sort.
        const AssetSummary &o = m_rows[size_t(*it)];
        bool cols[ColumnCount] = {};
        cols[Site] = o.site != s.site;
        cols[Line] = o.line != s.line;
        cols[Asset] = o.asset != s.asset;
        cols[Name] = o.name != s.name || o.location != s.location;
        cols[Type] = o.type != s.type;
        cols[Health] = o.score != s.score;
        cols[State] = o.score != s.score || o.state != s.state || o.online != s.online
                   || o.openAlerts != s.openAlerts || o.worstOpenPriority != s.worstOpenPriority;
        cols[Rul] = o.rul != s.rul || o.rulUnit != s.rulUnit;
        cols[Online] = o.online != s.online || o.lostSamples != s.lostSamples;
        cols[LastUpdate] = o.lastUpdate != s.lastUpdate;
        cols[OpenAlerts] = o.openAlerts != s.openAlerts || o.worstOpenPriority != s.worstOpenPriority;
        m_rows[size_t(*it)] = s;
        bool any = false;
        for (int c = 0; c < ColumnCount; ++c) {
            if (cols[c]) {
                any = true;
                firstColumn = std::min(firstColumn, c);
                lastColumn = std::max(lastColumn, c);
            }
        }
        if (!any)
            continue;
        first = std::min(first, *it);
        last = std::max(last, *it);
    }
    if (last >= 0)
        emit dataChanged(index(first, firstColumn), index(last, lastColumn));
    if (!added.empty()) {
        const int start = int(m_rows.size());
        beginInsertRows({}, start, start + int(added.size()) - 1);
        for (const AssetSummary *s : added) {
            m_rowOf.insert(s->key, int(m_rows.size()));
            m_rows.push_back(*s);
        }
        endInsertRows();
    }
}

static QString stateText(const AssetSummary &s)
{
    if (!s.state)
        return FleetTableModel::tr("no data");
    switch (*s.state) {
    case HealthState::Ok: return FleetTableModel::tr("OK");
    case HealthState::Watch: return FleetTableModel::tr("Watch");
    case HealthState::Warning: return FleetTableModel::tr("WARNING");
    case HealthState::Critical: return FleetTableModel::tr("CRITICAL");
    }
    return {};
}

QVariant FleetTableModel::display(const AssetSummary &s, int column) const
{
    switch (column) {
    case Site: return s.site;
    case Line: return s.line;
    case Asset: return s.asset;
    case Name: return s.name;
    case Type: return s.type;
    case Health: return s.score ? QVariant(QLocale().toString(*s.score, 'f', 2)) : QVariant(tr("–"));
    case State: return stateText(s);
    case Rul:
        if (!s.rul)
            return tr("–");
        return QStringLiteral("%1 %2").arg(QLocale().toString(*s.rul, 'f', 0), s.rulUnit);
    case Online:
        if (!s.online)
            return tr("unknown");
        return *s.online ? tr("online") : tr("OFFLINE");
    case LastUpdate: {
        if (s.lastUpdate == 0)
            return tr("never");
        const qint64 now = m_now ? m_now : QDateTime::currentMSecsSinceEpoch();
        const qint64 age = std::max<qint64>(0, (now - s.lastUpdate) / 1000);
        if (age < 60)
            return LocalFormat::time(s.lastUpdate);
        return age < 3600 ? tr("%1 min ago").arg(QLocale().toString(age / 60)) : tr("%1 h ago").arg(QLocale().toString(age / 3600));
    }
    case OpenAlerts:
        if (s.openAlerts == 0)
            return QString();
        return QStringLiteral("%1 (%2)").arg(QLocale().toString(s.openAlerts), DisplayText::priority(*s.worstOpenPriority));
    }
    return {};
}

QVariant FleetTableModel::sortValue(const AssetSummary &s, int column) const
{
    switch (column) {
    case Health: return s.score.value_or(2.0);
    case State: return severity(s) * 10.0 + s.score.value_or(1.0);
    case Rul: return s.rul.value_or(1e12);
    case Online: return s.online ? int(*s.online) : 2;
    case LastUpdate: return s.lastUpdate;
    case OpenAlerts: return s.openAlerts * 10 + (s.worstOpenPriority ? int(*s.worstOpenPriority) : 0);
    default: return display(s, column);
    }
}

QVariant FleetTableModel::data(const QModelIndex &idx, int role) const
{
    if (!checkIndex(idx, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AssetSummary &s = m_rows[size_t(idx.row())];
    switch (role) {
    case Qt::DisplayRole: return display(s, idx.column());
    case Qt::ToolTipRole:
        if (idx.column() == Name && !s.location.isEmpty())
            return tr("%1, %2").arg(s.name, s.location);
        if (idx.column() == Online && s.lostSamples > 0)
            return tr("%n telemetry sample(s) lost (sequence gaps)", nullptr, int(s.lostSamples));
        return {};
    case Qt::TextAlignmentRole:
        if (idx.column() == Health || idx.column() == Rul || idx.column() == OpenAlerts)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole: return sortValue(s, idx.column());
    case SeverityRole: return severity(s);
    case KeyRole: return s.key;
    case ScoreRole: return s.score ? QVariant(*s.score) : QVariant();
    case AbnormalRole: return severity(s) <= 3;
    case HealthStateRole: return s.state ? QVariant(int(*s.state)) : QVariant();
    case WorstPriorityRole: return s.worstOpenPriority ? QVariant(int(*s.worstOpenPriority)) : QVariant();
    case OfflineRole: return s.online.has_value() && !*s.online;
    case SearchTextRole:
        return QStringList{s.site, s.line, s.asset, s.name, s.type, s.location}.join(QLatin1Char(' '));
    }
    return {};
}

QVariant FleetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Site: return tr("Site");
    case Line: return tr("Line");
    case Asset: return tr("Asset");
    case Name: return tr("Name");
    case Type: return tr("Type");
    case Health: return tr("Health");
    case State: return tr("State");
    case Rul: return tr("RUL");
    case Online: return tr("Link");
    case LastUpdate: return tr("Last update");
    case OpenAlerts: return tr("Open alerts");
    }
    return {};
}

} // namespace fw

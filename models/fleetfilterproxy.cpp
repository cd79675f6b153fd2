#include "models/fleetfilterproxy.h"

#include "models/fleettablemodel.h"

namespace fw {

FleetFilterProxy::FleetFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(FleetTableModel::SortRole);
    setDynamicSortFilter(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // The model announces only the columns that changed; the filter reads several columns' roles,
    // so any changed column must re-run it.
    setFilterKeyColumn(-1);
    sort(FleetTableModel::State, Qt::AscendingOrder);   // worst first until a view asks for another order
}

void FleetFilterProxy::setText(const QString &text)
{
    m_words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void FleetFilterProxy::setSite(const QString &site)
{
    m_site = site;
    invalidateRowsFilter();
}

void FleetFilterProxy::setAbnormalOnly(bool on)
{
    m_abnormalOnly = on;
    invalidateRowsFilter();
}

bool FleetFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_site.isEmpty() && idx.data(Qt::DisplayRole).toString() != m_site)
        return false;
    if (m_abnormalOnly && !idx.data(FleetTableModel::AbnormalRole).toBool())
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack = idx.data(FleetTableModel::SearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool FleetFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    const QPartialOrdering order = [&] {
        if (l.typeId() != QMetaType::QString || r.typeId() != QMetaType::QString)
            return QVariant::compare(l, r);
        // QVariant::compare() ignores sortCaseSensitivity(): text columns compare as the operator reads them.
        const int c = QString::compare(l.toString(), r.toString(), sortCaseSensitivity());
        return c < 0 ? QPartialOrdering::Less : c > 0 ? QPartialOrdering::Greater : QPartialOrdering::Equivalent;
    }();
    if (order == QPartialOrdering::Equivalent) {
        // Stable, predictable ties: by key.
        return left.siblingAtColumn(0).data(FleetTableModel::KeyRole).toString()
             < right.siblingAtColumn(0).data(FleetTableModel::KeyRole).toString();
    }
    return order == QPartialOrdering::Less;
}

} // namespace fw

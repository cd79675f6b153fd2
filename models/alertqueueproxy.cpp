#include "models/alertqueueproxy.h"

#include "models/alertqueuemodel.h"

namespace fw {

AlertQueueProxy::AlertQueueProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    setSortRole(AlertQueueModel::SortRole);
}

void AlertQueueProxy::setSite(const QString &site)
{
    m_site = site;
    invalidateRowsFilter();
}

void AlertQueueProxy::setMinimumPriority(int priority)
{
    m_minPriority = priority;
    invalidateRowsFilter();
}

void AlertQueueProxy::setStateFilter(StateFilter filter)
{
    m_state = filter;
    invalidateRowsFilter();
}

void AlertQueueProxy::setText(const QString &text)
{
    m_words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

bool AlertQueueProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_site.isEmpty() && sourceModel()->index(sourceRow, AlertQueueModel::SiteCol, sourceParent).data().toString() != m_site)
        return false;
    if (idx.data(AlertQueueModel::PriorityRole).toInt() < m_minPriority)
        return false;
    const QString code = idx.data(AlertQueueModel::StateCodeRole).toString();
    switch (m_state) {
    case StateFilter::All: break;
    case StateFilter::Unacknowledged:
        if (code != QStringLiteral("unack") && code != QStringLiteral("rtn-unack"))
            return false;
        break;
    case StateFilter::Acknowledged:
        if (code != QStringLiteral("ack") && code != QStringLiteral("rtn-ack"))
            return false;
        break;
    case StateFilter::Shelved:
        if (code != QStringLiteral("shelved"))
            return false;
        break;
    case StateFilter::Active:
        if (code != QStringLiteral("unack") && code != QStringLiteral("ack"))
            return false;
        break;
    case StateFilter::Cleared:
        if (!code.startsWith(QStringLiteral("rtn")))
            return false;
        break;
    }
    const QString haystack = idx.data(AlertQueueModel::SearchTextRole).toString();
    for (const QString &w : m_words) {
        if (!haystack.contains(w, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool AlertQueueProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (sortColumn() != AlertQueueModel::PriorityCol)
        return QVariant::compare(left.data(sortRole()), right.data(sortRole())) == QPartialOrdering::Less;
    // Priority column: the operator's order. Sorted descending, so "less" means "lower priority, or
    // younger at equal priority".
    const int lp = left.data(AlertQueueModel::PriorityRole).toInt();
    const int rp = right.data(AlertQueueModel::PriorityRole).toInt();
    if (lp != rp)
        return lp < rp;
    const qint64 la = left.data(AlertQueueModel::RaisedAtRole).toLongLong();
    const qint64 ra = right.data(AlertQueueModel::RaisedAtRole).toLongLong();
    if (la != ra)
        return la > ra;
    return left.data(AlertQueueModel::KeyRole).toString() > right.data(AlertQueueModel::KeyRole).toString();
}

} // namespace fw

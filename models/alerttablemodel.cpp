#include "models/alerttablemodel.h"

#include "core/fleet/displaytext.h"

#include <QDateTime>

namespace fw {

AlertTableModel::AlertTableModel(int columnCount, QObject *parent)
    : QAbstractTableModel(parent), m_columnCount(columnCount)
{
}

int AlertTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AlertTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

const AlertRecord *AlertTableModel::record(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr;
}

qint64 AlertTableModel::now() const
{
    return m_now ? m_now : QDateTime::currentMSecsSinceEpoch();
}

void AlertTableModel::reindex()
{
    m_rowOf.clear();
    for (int i = 0; i < int(m_rows.size()); ++i)
        m_rowOf.insert(m_rows[size_t(i)].key(), i);
}

QString AlertTableModel::priorityText(const AlertRecord &r)
{
    return DisplayText::priority(r.priority).toUpper();
}

QString AlertTableModel::modelText(const AlertRecord &r)
{
    return r.model.name.isEmpty() ? QString() : QStringLiteral("%1 %2").arg(r.model.name, r.model.version);
}

QString AlertTableModel::titleText(const AlertRecord &r)
{
    return r.title.isEmpty() ? r.alertId : r.title;
}

QString AlertTableModel::searchText(const AlertRecord &r)
{
    return QStringList{r.site, r.asset, r.alertId, r.title, r.model.name, r.ackedBy}.join(QLatin1Char(' '));
}

} // namespace fw

#include "models/signallistmodel.h"

namespace fw {

SignalListModel::SignalListModel(QObject *parent) : QAbstractListModel(parent) {}

int SignalListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_signals.size());
}

QVariant SignalListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SignalInfo &s = m_signals[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return s.unit.isEmpty() ? s.name : QStringLiteral("%1 [%2]").arg(s.name, s.unit);
    case Qt::ToolTipRole: return s.label.isEmpty() ? s.name : s.label;
    case Qt::CheckStateRole: return m_checked.contains(s.name) ? Qt::Checked : Qt::Unchecked;
    case NameRole: return s.name;
    case UnitRole: return s.unit;
    }
    return {};
}

bool SignalListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const QString &name = m_signals[size_t(index.row())].name;
    const bool check = value.toInt() == Qt::Checked;
    if (check == m_checked.contains(name))
        return true;
    if (check && m_checked.size() >= maxChecked())
        return false;
    if (check)
        m_checked.insert(name);
    else
        m_checked.remove(name);
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit checkedChanged();
    return true;
}

Qt::ItemFlags SignalListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

void SignalListModel::setSignals(const std::vector<SignalInfo> &meta, const QStringList &seen,
                                 const QStringList &preferred)
{
    beginResetModel();
    m_signals = meta;
    m_checked.clear();
    QSet<QString> known;
    for (const SignalInfo &s : m_signals)
        known.insert(s.name);
    for (const QString &name : seen) {
        if (!known.contains(name)) {
            m_signals.push_back(SignalInfo{name, {}, {}});
            known.insert(name);
        }
    }
    for (const QString &name : preferred) {
        if (known.contains(name) && m_checked.size() < maxChecked())
            m_checked.insert(name);
    }
    for (size_t i = 0; m_checked.isEmpty() && i < m_signals.size() && i < 2; ++i)
        m_checked.insert(m_signals[i].name);
    endResetModel();
    emit checkedChanged();
}

void SignalListModel::addSeen(const QStringList &seen)
{
    QSet<QString> known;
    for (const SignalInfo &s : m_signals)
        known.insert(s.name);
    QStringList added;
    for (const QString &name : seen) {
        if (!known.contains(name)) {
            added.append(name);
            known.insert(name);
        }
    }
    if (added.isEmpty())
        return;
    beginInsertRows({}, rowCount(), rowCount() + int(added.size()) - 1);
    for (const QString &name : std::as_const(added))
        m_signals.push_back(SignalInfo{name, {}, {}});
    endInsertRows();
}

QStringList SignalListModel::checkedNames() const
{
    QStringList out;
    for (const SignalInfo &s : m_signals) {
        if (m_checked.contains(s.name))
            out.append(s.name);
    }
    return out;
}

QString SignalListModel::unitOf(const QString &name) const
{
    for (const SignalInfo &s : m_signals) {
        if (s.name == name)
            return s.unit;
    }
    return {};
}

QString SignalListModel::labelOf(const QString &name) const
{
    for (const SignalInfo &s : m_signals) {
        if (s.name == name)
            return s.label;
    }
    return {};
}

} // namespace fw

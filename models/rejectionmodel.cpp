#include "models/rejectionmodel.h"

#include <QLocale>

namespace fw {

RejectionModel::RejectionModel(QObject *parent) : QAbstractTableModel(parent) {}

int RejectionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RejectionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void RejectionModel::setCounts(const std::array<quint64, kRejectReasonCount> &counts)
{
    std::vector<std::pair<RejectReason, quint64>> rows;
    for (int i = 0; i < kRejectReasonCount; ++i) {
        if (counts[size_t(i)] > 0)
            rows.emplace_back(RejectReason(i), counts[size_t(i)]);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    bool sameReasons = rows.size() == m_rows.size();
    for (size_t i = 0; sameReasons && i < rows.size(); ++i)
        sameReasons = rows[i].first == m_rows[i].first;
    if (sameReasons) {
        m_rows = std::move(rows);
        if (!m_rows.empty())
            emit dataChanged(index(0, Count), index(rowCount() - 1, Count));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QVariant RejectionModel::data(const QModelIndex &idx, int role) const
{
    if (!checkIndex(idx, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &[reason, count] = m_rows[size_t(idx.row())];
    if (role == Qt::DisplayRole) {
        switch (idx.column()) {
        case Reason: return QString::fromLatin1(rejectReasonName(reason));
        case Description: return rejectReasonDescription(reason);
        case Count: return QLocale().toString(count);
        }
    }
    if (role == Qt::TextAlignmentRole && idx.column() == Count)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole && idx.column() == Count)
        return count;
    return {};
}

QVariant RejectionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Reason: return tr("Reason");
    case Description: return tr("Meaning");
    case Count: return tr("Messages");
    }
    return {};
}

} // namespace fw

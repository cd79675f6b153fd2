#pragma once
// RejectionModel: rejected messages by reason (reason, description, count), from IngestStats.
// Reasons with no rejection are hidden. GUI thread.

#include "core/fleet/fleetbatch.h"

#include <QAbstractTableModel>

namespace fw {

class RejectionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Reason, Description, Count, ColumnCount };

    explicit RejectionModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setCounts(const std::array<quint64, kRejectReasonCount> &counts);

private:
    std::vector<std::pair<RejectReason, quint64>> m_rows;
};

} // namespace fw

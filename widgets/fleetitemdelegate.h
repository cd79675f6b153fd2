#pragma once
// FleetItemDelegate: paints the fleet table's abnormal cells. The health column gets a bar (grey when
// normal, coloured when the state is abnormal) with the score as text; the state, link and alert
// columns get a coloured cell with a shape marker and text. Normal cells stay grey. Stale cells
// (FleetTableModel::StaleRole) get no alarm colour: the model's hatched grey, a grey bar, and the
// marker and state word kept ("◆ CRITICAL (last known)"). GUI thread.

#include <QStyledItemDelegate>

namespace fw {

class FleetItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace fw

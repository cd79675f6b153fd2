#include "widgets/alertitemdelegate.h"

#include "models/alertqueuemodel.h"
#include "widgets/hmipalette.h"

#include <QPainter>

namespace fw {

AlertItemDelegate::AlertItemDelegate(std::function<bool()> flashOn, QObject *parent)
    : QStyledItemDelegate(parent), m_flashOn(std::move(flashOn))
{
}

void AlertItemDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const bool attention = index.data(AlertQueueModel::NeedsAttentionRole).toBool();
    const auto priority = Priority(index.data(AlertQueueModel::PriorityRole).toInt());
    if (index.column() == AlertQueueModel::PriorityCol) {
        const QColor colour = hmi::priorityColor(priority);
        const QString text = hmi::priorityMarker(priority) + QLatin1Char(' ') + index.data().toString();
        const QRect r = option.rect.adjusted(1, 1, -1, -1);
        p->save();
        const bool filled = !attention || m_flashOn();
        if (filled) {
            p->fillRect(r, colour);
            p->setPen(hmi::textOn(colour));
        } else {
            p->fillRect(r, option.palette.base());
            p->setPen(QPen(colour, 2));
            p->drawRect(r.adjusted(1, 1, -1, -1));
            p->setPen(option.palette.text().color());
        }
        QFont f = option.font;
        f.setBold(true);
        p->setFont(f);
        p->drawText(r.adjusted(6, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
        p->restore();
        return;
    }
    QStyleOptionViewItem o = option;
    if (attention && index.column() == AlertQueueModel::StateCol)
        o.font.setBold(true);
    QStyledItemDelegate::paint(p, o, index);
}

} // namespace fw

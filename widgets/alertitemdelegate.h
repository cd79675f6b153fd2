#pragma once
// AlertItemDelegate: paints the alert queue's priority cell (colour plus a shape and the word) and
// makes unacknowledged alerts flash: the priority cell alternates filled / outlined and the state
// says UNACK in words, so the flash is never the only cue. GUI thread.

#include <QStyledItemDelegate>

#include <functional>

namespace fw {

class AlertItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // `flashOn` tells the current flash phase.
    AlertItemDelegate(std::function<bool()> flashOn, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    std::function<bool()> m_flashOn;
};

} // namespace fw

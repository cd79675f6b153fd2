#include "widgets/fleetitemdelegate.h"

#include "models/fleettablemodel.h"
#include "widgets/hmipalette.h"

#include <QPainter>

namespace fw {
namespace {

void paintFilled(QPainter *p, const QStyleOptionViewItem &option, const QColor &fill, const QString &text)
{
    p->save();
    p->fillRect(option.rect.adjusted(1, 1, -1, -1), fill);
    p->setPen(hmi::textOn(fill));
    QFont f = option.font;
    f.setBold(true);
    p->setFont(f);
    p->drawText(option.rect.adjusted(6, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
    p->restore();
}

const char *stateMarker(HealthState s)
{
    switch (s) {
    case HealthState::Critical: return "◆ ";
    case HealthState::Warning: return "▲ ";
    case HealthState::Watch: return "■ ";
    case HealthState::Ok: return "";
    }
    return "";
}

} // namespace

void FleetItemDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString text = index.data(Qt::DisplayRole).toString();
    switch (index.column()) {
    case FleetTableModel::Health: {
        const QVariant score = index.data(FleetTableModel::ScoreRole);
        if (!score.isValid())
            break;
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        option.widget->style()->drawControl(QStyle::CE_ItemViewItem, &background, p, option.widget);
        const QVariant state = index.data(FleetTableModel::HealthStateRole);
        const bool alarming = state.isValid() && HealthState(state.toInt()) != HealthState::Watch;
        const auto colour = alarming ? hmi::stateColor(HealthState(state.toInt())) : std::nullopt;
        const QRect bar = option.rect.adjusted(4, 5, -46, -5);
        p->save();
        p->setPen(hmi::scheme().grid);
        p->drawRect(bar);
        QRect filled = bar.adjusted(1, 1, 0, 0);
        filled.setWidth(int(filled.width() * std::clamp(score.toDouble(), 0.0, 1.0)));
        p->fillRect(filled, colour.value_or(hmi::scheme().normalBar));
        p->setPen(option.state & QStyle::State_Selected ? option.palette.highlightedText().color()
                                                        : option.palette.text().color());
        p->drawText(option.rect.adjusted(0, 0, -4, 0), Qt::AlignVCenter | Qt::AlignRight, text);
        p->restore();
        return;
    }
    case FleetTableModel::State: {
        const QVariant state = index.data(FleetTableModel::HealthStateRole);
        if (!state.isValid())
            break;
        const auto s = HealthState(state.toInt());
        // Watch is a notice, not an alarm: a marker only; colour is kept for warning and critical.
        if (s == HealthState::Watch) {
            QStyleOptionViewItem marked = option;
            initStyleOption(&marked, index);
            marked.text = QString::fromUtf8(stateMarker(s)) + text;
            option.widget->style()->drawControl(QStyle::CE_ItemViewItem, &marked, p, option.widget);
            return;
        }
        if (const auto colour = hmi::stateColor(s))
            return paintFilled(p, option, *colour, QString::fromUtf8(stateMarker(s)) + text);
        break;
    }
    case FleetTableModel::Online:
        if (index.data(FleetTableModel::OfflineRole).toBool())
            return paintFilled(p, option, hmi::kOffline, QStringLiteral("✕ ") + text);
        break;
    case FleetTableModel::OpenAlerts: {
        const QVariant worst = index.data(FleetTableModel::WorstPriorityRole);
        if (!worst.isValid())
            break;
        const auto pr = Priority(worst.toInt());
        return paintFilled(p, option, hmi::priorityColor(pr), hmi::priorityMarker(pr) + QLatin1Char(' ') + text);
    }
    default:
        break;
    }
    QStyledItemDelegate::paint(p, option, index);
}

} // namespace fw

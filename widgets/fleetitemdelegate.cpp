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

// A cell in the normal colours with the model's background (a stale cell's hatched grey,
// Qt::BackgroundRole) and a text that carries the marker: `option` is initialised from the index.
void paintMarked(QPainter *p, QStyleOptionViewItem option, const QString &text, bool bold)
{
    option.text = text;
    option.font.setBold(bold);
    option.widget->style()->drawControl(QStyle::CE_ItemViewItem, &option, p, option.widget);
}

} // namespace

void FleetItemDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString text = index.data(Qt::DisplayRole).toString();
    const bool stale = index.data(FleetTableModel::StaleRole).toBool();
    QStyleOptionViewItem initialised = option;
    initStyleOption(&initialised, index);
    switch (index.column()) {
    case FleetTableModel::Health: {
        const QVariant score = index.data(FleetTableModel::ScoreRole);
        if (!score.isValid())
            break;
        QStyleOptionViewItem background = initialised;
        background.text.clear();
        option.widget->style()->drawControl(QStyle::CE_ItemViewItem, &background, p, option.widget);
        const QVariant state = index.data(FleetTableModel::HealthStateRole);
        const bool alarming = !stale && state.isValid() && HealthState(state.toInt()) != HealthState::Watch;
        const auto colour = alarming ? hmi::stateColor(HealthState(state.toInt())) : std::nullopt;
        const QRect bar = option.rect.adjusted(4, 5, -46, -5);
        p->save();
        p->setPen(hmi::scheme().grid);
        p->drawRect(bar);
        QRect filled = bar.adjusted(1, 1, 0, 0);
        filled.setWidth(int(filled.width() * std::clamp(score.toDouble(), 0.0, 1.0)));
        p->fillRect(filled, colour.value_or(hmi::scheme().normalBar));
        if (stale)   // a grey bar, hatched like the cell: the score is not live
            p->fillRect(filled, FleetTableModel::staleBrush());
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
        const QString marked = QString::fromUtf8(stateMarker(s)) + text;
        // Not live: no alarm colour, but the marker and the state word stay (bold, as the alarm was).
        if (stale)
            return paintMarked(p, initialised, marked, s == HealthState::Warning || s == HealthState::Critical);
        // Watch is a notice, not an alarm: a marker only; colour is kept for warning and critical.
        if (s == HealthState::Watch)
            return paintMarked(p, initialised, marked, false);
        if (const auto colour = hmi::stateColor(s))
            return paintFilled(p, option, *colour, marked);
        break;
    }
    case FleetTableModel::Online: {
        const bool offline = index.data(FleetTableModel::OfflineRole).toBool();
        const auto freshness = DataFreshness::Status(index.data(FleetTableModel::FreshnessRole).toInt());
        // "OFFLINE" heard over a live session is live news; only the last known one is greyed.
        if (offline && freshness != DataFreshness::Status::LastKnown)
            return paintFilled(p, option, hmi::kOffline, QStringLiteral("✕ ") + text);
        if (stale)
            return paintMarked(p, initialised, offline ? QStringLiteral("✕ ") + text : text, false);
        break;
    }
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

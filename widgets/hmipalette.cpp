#include "widgets/hmipalette.h"

namespace fw::hmi {

QColor priorityColor(Priority p)
{
    switch (p) {
    case Priority::Critical: return kCritical;
    case Priority::High: return kHigh;
    case Priority::Medium: return kMedium;
    case Priority::Low: return kLow;
    }
    return kMutedText;
}

QString priorityMarker(Priority p)
{
    switch (p) {
    case Priority::Critical: return QStringLiteral("◆");
    case Priority::High: return QStringLiteral("▲");
    case Priority::Medium: return QStringLiteral("■");
    case Priority::Low: return QStringLiteral("●");
    }
    return {};
}

std::optional<QColor> stateColor(HealthState s)
{
    switch (s) {
    case HealthState::Critical: return kCritical;
    case HealthState::Warning: return kHigh;
    case HealthState::Watch: return kMedium;
    case HealthState::Ok: return std::nullopt;
    }
    return std::nullopt;
}

QColor textOn(const QColor &background)
{
    return background.lightnessF() > 0.55 ? QColor(Qt::black) : QColor(Qt::white);
}

QPalette palette()
{
    QPalette p;
    p.setColor(QPalette::Window, kBackground);
    p.setColor(QPalette::WindowText, kText);
    p.setColor(QPalette::Base, kPanel);
    p.setColor(QPalette::AlternateBase, QColor(0xE0, 0xE0, 0xE0));
    p.setColor(QPalette::Text, kText);
    p.setColor(QPalette::Button, QColor(0xD0, 0xD0, 0xD0));
    p.setColor(QPalette::ButtonText, kText);
    p.setColor(QPalette::Highlight, QColor(0x4A, 0x5A, 0x6A));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0xF4, 0xF4, 0xF4));
    p.setColor(QPalette::ToolTipText, kText);
    p.setColor(QPalette::PlaceholderText, kMutedText);
    return p;
}

} // namespace fw::hmi

#include "widgets/hmipalette.h"

#include <QApplication>
#include <QFont>

#include <cmath>

namespace fw::hmi {
namespace {

const Scheme kDay{
    .window = QColor(0xDD, 0xDD, 0xDD),
    .base = QColor(0xE8, 0xE8, 0xE8),
    .alternateBase = QColor(0xE0, 0xE0, 0xE0),
    .button = QColor(0xD0, 0xD0, 0xD0),
    .text = QColor(0x20, 0x20, 0x20),
    .mutedText = QColor(0x5A, 0x5A, 0x5A),
    .errorText = QColor(0xB0, 0x00, 0x00),
    .normalBar = QColor(0x80, 0x80, 0x80),
    .grid = QColor(0xC4, 0xC4, 0xC4),
    .trace = QColor(0x30, 0x30, 0x30),
    .towardAlert = QColor(0x40, 0x40, 0x40),
    .towardNormal = QColor(0xA8, 0xA8, 0xA8),
    .highlight = QColor(0x4A, 0x5A, 0x6A),
    .highlightedText = QColor(0xFF, 0xFF, 0xFF),
    .toolTip = QColor(0xF4, 0xF4, 0xF4),
};

// Night: dark greys, never black (no halo around bright text), text a soft grey, not white.
const Scheme kNight{
    .window = QColor(0x26, 0x28, 0x2A),
    .base = QColor(0x1E, 0x20, 0x22),
    .alternateBase = QColor(0x24, 0x26, 0x28),
    .button = QColor(0x33, 0x36, 0x39),
    .text = QColor(0xD0, 0xD2, 0xD4),
    .mutedText = QColor(0x9C, 0xA0, 0xA4),
    .errorText = QColor(0xFF, 0x78, 0x78),
    .normalBar = QColor(0x7C, 0x80, 0x84),
    .grid = QColor(0x3A, 0x3D, 0x40),
    .trace = QColor(0xC8, 0xCA, 0xCC),
    .towardAlert = QColor(0xB8, 0xBA, 0xBC),
    .towardNormal = QColor(0x5C, 0x60, 0x64),
    .highlight = QColor(0x4A, 0x5A, 0x6A),
    .highlightedText = QColor(0xF0, 0xF0, 0xF0),
    .toolTip = QColor(0x33, 0x36, 0x39),
};

Theme g_theme = Theme::Day;

double relativeLuminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

const Scheme &scheme(Theme theme)
{
    return theme == Theme::Night ? kNight : kDay;
}

const Scheme &scheme()
{
    return scheme(g_theme);
}

Theme currentTheme()
{
    return g_theme;
}

void setTheme(Theme theme)
{
    g_theme = theme;
    if (qobject_cast<QApplication *>(QCoreApplication::instance()))
        QApplication::setPalette(palette(theme));
}

void applyLanguageFont(const QString &language)
{
    static const QString cjk = QStringLiteral("Noto Sans CJK SC");
    QFont font = QApplication::font();
    QStringList families = font.families();
    if (families.isEmpty())
        families << font.family();
    families.removeAll(cjk);
    if (language == QLatin1String("zh_CN"))
        families.prepend(cjk);
    font.setFamilies(families);
    QApplication::setFont(font);
}

QString themeName(Theme theme)
{
    return theme == Theme::Night ? QStringLiteral("night") : QStringLiteral("day");
}

std::optional<Theme> themeFromName(const QString &name)
{
    if (name == QLatin1String("day"))
        return Theme::Day;
    if (name == QLatin1String("night"))
        return Theme::Night;
    return std::nullopt;
}

QColor priorityColor(Priority p)
{
    switch (p) {
    case Priority::Critical: return kCritical;
    case Priority::High: return kHigh;
    case Priority::Medium: return kMedium;
    case Priority::Low: return kLow;
    }
    return scheme().mutedText;
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

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor textOn(const QColor &background)
{
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    return contrastRatio(black, background) >= contrastRatio(white, background) ? black : white;
}

QPalette palette(Theme theme)
{
    const Scheme &s = scheme(theme);
    QPalette p;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Window, s.window);
        p.setColor(group, QPalette::WindowText, s.text);
        p.setColor(group, QPalette::Base, s.base);
        p.setColor(group, QPalette::AlternateBase, s.alternateBase);
        p.setColor(group, QPalette::Text, s.text);
        p.setColor(group, QPalette::Button, s.button);
        p.setColor(group, QPalette::ButtonText, s.text);
        p.setColor(group, QPalette::BrightText, s.highlightedText);
        p.setColor(group, QPalette::Highlight, s.highlight);
        p.setColor(group, QPalette::HighlightedText, s.highlightedText);
        p.setColor(group, QPalette::ToolTipBase, s.toolTip);
        p.setColor(group, QPalette::ToolTipText, s.text);
        p.setColor(group, QPalette::PlaceholderText, s.mutedText);
        p.setColor(group, QPalette::Link, s.text);
        p.setColor(group, QPalette::Light, s.button.lighter(130));
        p.setColor(group, QPalette::Midlight, s.button.lighter(115));
        p.setColor(group, QPalette::Mid, s.button.darker(130));
        p.setColor(group, QPalette::Dark, s.button.darker(160));
        p.setColor(group, QPalette::Shadow, s.button.darker(250));
    }
    // Disabled controls: readable (3:1 is enough for what cannot be used), still clearly dimmer.
    p.setColor(QPalette::Disabled, QPalette::Window, s.window);
    p.setColor(QPalette::Disabled, QPalette::Base, s.window);
    p.setColor(QPalette::Disabled, QPalette::Button, s.button);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, s.mutedText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, s.normalBar);
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, s.highlightedText);
    return p;
}

QPalette palette()
{
    return palette(g_theme);
}

} // namespace fw::hmi

#pragma once
// ISA-101 high-performance HMI colours: muted greys for the normal picture, colour only for abnormal
// states and alert priority, and always with a text or shape cue beside it (never colour alone).
// Two themes share the alarm colours: Day (light greys) and Night (dark greys, for a darkened control
// room). Every text/background pair of both reads at 4.5:1 or better (WCAG 2 contrast; tested).
// GUI thread: the current theme is application state, set once at start and from View ▸ Theme.

#include "core/fleet/fleetmessages.h"

#include <QColor>
#include <QPalette>
#include <QString>

#include <optional>

namespace fw::hmi {

inline const QColor kCritical{0xD0, 0x10, 0x10};     // red
inline const QColor kHigh{0xF0, 0x8C, 0x00};         // orange
inline const QColor kMedium{0xF2, 0xD0, 0x00};       // yellow
inline const QColor kLow{0x5E, 0x8F, 0xD8};          // blue
inline const QColor kOffline{0x9A, 0x3C, 0xB4};      // magenta: lost communication

enum class Theme { Day, Night };

// The greys of one theme.
struct Scheme
{
    QColor window;          // the background of the picture
    QColor base;            // tables, charts, input fields
    QColor alternateBase;
    QColor button;
    QColor text;
    QColor mutedText;       // secondary text, reference lines
    QColor errorText;       // an error message as text (the alarm red is too dark on Night)
    QColor normalBar;       // a health bar in the normal state
    QColor grid;
    QColor trace;           // a trend line
    QColor towardAlert;     // contribution bars: pushes toward the alert
    QColor towardNormal;    //                    pulls toward normal
    QColor highlight;
    QColor highlightedText;
    QColor toolTip;
};

const Scheme &scheme(Theme theme);
const Scheme &scheme();                 // the current theme's
Theme currentTheme();
// Makes `theme` current and, when a QApplication exists, its palette (every widget then gets a
// QEvent::PaletteChange and repaints; charts restyle themselves on it).
void setTheme(Theme theme);
QString themeName(Theme theme);         // "day", "night" (settings)
std::optional<Theme> themeFromName(const QString &name);

// The application font for an interface language (a UiLanguage code): Chinese is set in Noto Sans
// CJK SC (Simplified shapes, not the Japanese ones fontconfig might pick as a fallback, and line
// heights that fit Han characters: as a mere fallback behind a Latin font, Qt Charts elides vertical
// axis titles), with the platform's font behind it for anything Noto lacks. Other languages keep the
// platform's font. Call after UiLanguage::install(), before windows are built.
void applyLanguageFont(const QString &language);

// The colour for a priority, and a shape that says the same without colour.
QColor priorityColor(Priority p);
QString priorityMarker(Priority p);                  // "◆" critical, "▲" high, "■" medium, "●" low

// Colour for a health state; nullopt when normal (no colour).
std::optional<QColor> stateColor(HealthState s);
// Black or white, whichever contrasts more with `background`.
QColor textOn(const QColor &background);
// WCAG 2 contrast ratio of two colours, 1 (same) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);

// The application-wide palette of a theme (the current one by default).
QPalette palette(Theme theme);
QPalette palette();

} // namespace fw::hmi

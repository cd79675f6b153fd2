#pragma once
// ISA-101 high-performance HMI colours: muted greys for the normal picture, colour only for abnormal
// states and alert priority, and always with a text or shape cue beside it (never colour alone).

#include "core/fleet/fleetmessages.h"

#include <QColor>
#include <QPalette>
#include <QString>

#include <optional>

namespace fw::hmi {

inline const QColor kBackground{0xDD, 0xDD, 0xDD};
inline const QColor kPanel{0xE8, 0xE8, 0xE8};
inline const QColor kText{0x20, 0x20, 0x20};
inline const QColor kMutedText{0x5A, 0x5A, 0x5A};
inline const QColor kNormalBar{0x80, 0x80, 0x80};
inline const QColor kGrid{0xC4, 0xC4, 0xC4};

inline const QColor kCritical{0xD0, 0x10, 0x10};     // red
inline const QColor kHigh{0xF0, 0x8C, 0x00};         // orange
inline const QColor kMedium{0xF2, 0xD0, 0x00};       // yellow
inline const QColor kLow{0x5E, 0x8F, 0xD8};          // blue
inline const QColor kOffline{0x9A, 0x3C, 0xB4};      // magenta: lost communication

// The colour for a priority, and a shape that says the same without colour.
QColor priorityColor(Priority p);
QString priorityMarker(Priority p);                  // "◆" critical, "▲" high, "■" medium, "●" low

// Colour for a health state; nullopt when normal (no colour).
std::optional<QColor> stateColor(HealthState s);
// Black or white, whichever reads better on `background`.
QColor textOn(const QColor &background);

// The application-wide grey palette.
QPalette palette();

} // namespace fw::hmi

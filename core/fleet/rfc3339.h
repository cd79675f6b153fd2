#pragma once
// RFC 3339 timestamps as the fleet interface writes them. Hand-written (core/fleet/rfc3339.cpp)
// because every message carries at least one: no locale, no allocation, no QDateTime.

#include <QString>

#include <string_view>

namespace fw {

// "2026-11-22T08:15:30.250Z", "...+02:00"; false if malformed or, in UTC, outside the years
// 0000-9999. Result in ms since epoch (a fraction is truncated to ms).
bool parseRfc3339(std::string_view text, qint64 *msSinceEpoch);
QString formatRfc3339(qint64 msSinceEpoch);   // always UTC, millisecond precision, "Z"

} // namespace fw

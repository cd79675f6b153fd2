#include "core/fleet/rfc3339.h"

#include <algorithm>

namespace fw {
namespace {

constexpr qint64 kMsPerDay = 86'400'000;

// Howard Hinnant's days_from_civil / civil_from_days (proleptic Gregorian, day 0 = 1970-01-01).
constexpr qint64 daysFromCivil(int year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const int era = (year >= 0 ? year : year - 399) / 400;
    const int yearOfEra = year - era * 400;
    const int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return qint64(era) * 146097 + dayOfEra - 719468;
}

struct CivilDate
{
    int year;
    int month;
    int day;
};

constexpr CivilDate civilFromDays(qint64 days)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const int dayOfEra = int(days - era * 146097);
    const int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const int mp = (5 * dayOfYear + 2) / 153;
    const int day = dayOfYear - (153 * mp + 2) / 5 + 1;
    const int month = mp < 10 ? mp + 3 : mp - 9;
    return {int(era * 400 + yearOfEra + (month <= 2 ? 1 : 0)), month, day};
}

constexpr bool isLeapYear(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

constexpr int daysInMonth(int year, int month)
{
    constexpr int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : days[month - 1];
}

constexpr bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Two (or four) ASCII digits at p, or -1.
inline int twoDigits(const char *p)
{
    return isDigit(p[0]) && isDigit(p[1]) ? (p[0] - '0') * 10 + (p[1] - '0') : -1;
}

inline int fourDigits(const char *p)
{
    const int hi = twoDigits(p);
    const int lo = twoDigits(p + 2);
    return hi < 0 || lo < 0 ? -1 : hi * 100 + lo;
}

constexpr qint64 kMinFormattable = daysFromCivil(0, 1, 1) * kMsPerDay;
constexpr qint64 kMaxFormattable = daysFromCivil(9999, 12, 31) * kMsPerDay + kMsPerDay - 1;

static_assert(daysFromCivil(1970, 1, 1) == 0);
static_assert(daysFromCivil(2000, 3, 1) == 11017);
static_assert(civilFromDays(11017).month == 3);

} // namespace

bool parseRfc3339(std::string_view text, qint64 *msSinceEpoch)
{
    // YYYY-MM-DDTHH:MM:SS then [.fraction] then Z or +HH:MM: at least 20 characters.
    const char *p = text.data();
    const size_t n = text.size();
    if (n < 20 || p[4] != '-' || p[7] != '-' || p[13] != ':' || p[16] != ':')
        return false;
    if (p[10] != 'T' && p[10] != 't' && p[10] != ' ')
        return false;
    const int year = fourDigits(p);
    const int month = twoDigits(p + 5);
    const int day = twoDigits(p + 8);
    const int hour = twoDigits(p + 11);
    const int minute = twoDigits(p + 14);
    const int second = twoDigits(p + 17);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return false;
    // 60 is a leap second, which only ends a minute.
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60
        || (second == 60 && minute != 59))
        return false;

    size_t i = 19;
    int millis = 0;
    if (p[i] == '.') {
        ++i;
        const size_t fractionStart = i;
        int scale = 100;
        for (; i < n && isDigit(p[i]); ++i) {
            millis += (p[i] - '0') * scale;   // digits past the third add 0: truncated to ms
            scale /= 10;
        }
        if (i == fractionStart)
            return false;
    }
    if (i >= n)
        return false;

    int offsetSeconds = 0;
    if (p[i] == 'Z' || p[i] == 'z') {
        if (i + 1 != n)
            return false;
    } else if (p[i] == '+' || p[i] == '-') {
        if (i + 6 != n || p[i + 3] != ':')
            return false;
        const int offsetHours = twoDigits(p + i + 1);
        const int offsetMinutes = twoDigits(p + i + 4);
        if (offsetHours < 0 || offsetHours > 23 || offsetMinutes < 0 || offsetMinutes > 59)
            return false;
        offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (p[i] == '-' ? -1 : 1);
    } else {
        return false;
    }

    const qint64 seconds = daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60
                           + second - offsetSeconds;
    // An offset can carry 0000-01-01 or 9999-12-31 past what formatRfc3339() can write back.
    const qint64 ms = seconds * 1000 + millis;
    if (ms < kMinFormattable || ms > kMaxFormattable)
        return false;
    *msSinceEpoch = ms;
    return true;
}

QString formatRfc3339(qint64 msSinceEpoch)
{
    // Clamped to what four year digits can say, so that the result always parses again.
    const qint64 ms = std::clamp(msSinceEpoch, kMinFormattable, kMaxFormattable);
    qint64 days = ms / kMsPerDay;
    qint64 msOfDay = ms % kMsPerDay;
    if (msOfDay < 0) {
        msOfDay += kMsPerDay;
        --days;
    }
    const CivilDate date = civilFromDays(days);
    const int fields[] = {date.year / 100, date.year % 100, date.month, date.day,
                          int(msOfDay / 3'600'000), int(msOfDay / 60'000 % 60),
                          int(msOfDay / 1000 % 60)};
    // "YYYY-MM-DDTHH:MM:SS.mmmZ"
    char out[24] = {'0', '0', '0', '0', '-', '0', '0', '-', '0', '0', 'T', '0',
                    '0', ':', '0', '0', ':', '0', '0', '.', '0', '0', '0', 'Z'};
    constexpr int positions[] = {0, 2, 5, 8, 11, 14, 17};
    for (int f = 0; f < 7; ++f) {
        out[positions[f]] = char('0' + fields[f] / 10);
        out[positions[f] + 1] = char('0' + fields[f] % 10);
    }
    const int millis = int(msOfDay % 1000);
    out[20] = char('0' + millis / 100);
    out[21] = char('0' + millis / 10 % 10);
    out[22] = char('0' + millis % 10);
    return QString::fromLatin1(out, 24);
}

} // namespace fw

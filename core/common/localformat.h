#pragma once
// LocalFormat: dates and times as the operator's locale writes them (the default QLocale, which
// UiLanguage sets to match the chosen language). Dates always carry the full year; the C locale (no
// locale configured) gets ISO 8601. Exports (CSV) do not use this: they stay ISO.

#include <QDate>
#include <QString>

namespace fw {

class LocalFormat
{
public:
    static QString time(qint64 msSinceEpoch);              // "14:03:27", "2:03:27 PM"
    static QString shortTime(qint64 msSinceEpoch);         // "14:03", "2:03 PM"
    static QString dateTime(qint64 msSinceEpoch);          // "22.11.2026 14:03", "2026/11/22 14:03"
    static QString dateTimeWithSeconds(qint64 msSinceEpoch);
    static QString date(const QDate &date);                // "22.11.2026", "11/22/2026"
    static QString dayMonth(const QDate &date);            // "22.11.", "11/22"

    // Display formats for QDateEdit and QDateTimeEdit (the same patterns as above).
    static QString dateFormat();
    static QString dateTimeFormat();
};

} // namespace fw

#pragma once
// Report period and shift definitions for the plant manager's reports, and their parsing.
// Times are ms since the epoch; days, weeks and shifts are in local time (QDateTime, the process's
// time zone, so a day around a DST change is 23 or 25 hours long).
// Errors: parse functions return nullopt and set *error (may be null) to one translated sentence.

#include <QList>
#include <QString>
#include <QTime>

#include <optional>
#include <utility>
#include <vector>

namespace fw {

// A period [fromMs, toMs): an alert belongs to it by raised_at (the console's first receive time).
struct ReportPeriod
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    qint64 lengthMs() const { return toMs - fromMs; }
    bool isValid() const { return toMs > fromMs; }
};

enum class TrendBucket { Day, Week };   // a week starts on Monday 00:00 local time

// Shifts: the local start times of each shift in the day, sorted, e.g. 06:00, 14:00, 22:00. A shift
// runs to the next start; the last one runs past midnight to the first start of the next day. A time
// before the first start belongs to the last shift (of the previous day). One start: one 24 h shift.
class ShiftDefinition
{
public:
    ShiftDefinition();   // "06:00,14:00,22:00"
    // "HH:MM[,HH:MM...]": at least one start, distinct, any order.
    static std::optional<ShiftDefinition> parse(const QString &text, QString *error = nullptr);

    int count() const { return int(m_starts.size()); }
    // Index (0-based, in start order) of the shift that local time `ms` falls in.
    int shiftOf(qint64 ms) const;
    // "06:00-14:00"; the last one "22:00-06:00".
    QString name(int index) const;
    QString toString() const;   // as parse() takes it
    // The shift changes covering [fromMs, toMs): (start in ms, shift index), ascending; the first is
    // at or before fromMs. Lets a report place a million times without a local-time conversion each.
    std::vector<std::pair<qint64, int>> changes(qint64 fromMs, qint64 toMs) const;

private:
    QList<int> m_starts;   // minutes after local midnight, ascending
};

namespace ReportTime {
// "YYYY-MM-DD" (local midnight) or RFC 3339 ("2026-11-22T08:15:30Z", "...+02:00").
std::optional<qint64> parse(const QString &text, QString *error = nullptr);
// Local midnight of the day (or Monday of the week) that `ms` falls in.
qint64 bucketStart(qint64 ms, TrendBucket bucket);
// The start of the bucket after the one starting at `start`.
qint64 nextBucketStart(qint64 start, TrendBucket bucket);
} // namespace ReportTime

} // namespace fw

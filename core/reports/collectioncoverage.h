#pragma once
// CollectionCoverage: the part of a report period that the rates are over. The part that had passed
// when the report was made (a day report at 09:49 covers 00:00-09:49, not the hours still to come),
// and of that, the part the store was collecting: when the console was running on it, by its
// console_sessions rows (core/store/sessionrepository.h). Time outside every session does not count.
//
// A store keeps that record only from its first session on (schema version 4; older stores have
// none). For the part of the period before the first session (all of it for a store without any),
// the record is replaced by the span of the alerts raised there: from the start of the 10-minute
// interval of the first to the end of the interval of the last (capped at the end of that part);
// no alerts there, nothing counted. `basis` says which of the two was used.
// Times: ms since the epoch. Any thread.

#include "core/reports/reportperiod.h"

#include <optional>
#include <utility>
#include <vector>

namespace fw {

struct SessionSpan;

struct CollectionCoverage
{
    enum class Basis {
        Sessions,    // the whole elapsed part is after the store's first session: its record
        AlertSpan,   // no record in the elapsed part (an older store): the span of its alerts
        Mixed,       // the record from recordedSince on, the span of the alerts before it
    };
    using Span = std::pair<qint64, qint64>;   // [first, second)

    qint64 periodMs = 0;      // the period's length
    qint64 elapsedMs = 0;     // of the period, the part before the report's time
    qint64 collectedMs = 0;   // of that, the part collecting (the sum of spans): the rates' denominator
    Basis basis = Basis::Sessions;
    std::optional<qint64> recordedSince;   // the start of the store's first session; nullopt: none
    std::vector<Span> spans;               // collecting: disjoint, ascending, within the elapsed part

    // The end of the elapsed part: min(to, max(from, now)).
    static qint64 elapsedEnd(const ReportPeriod &period, qint64 now);
    // Where the record starts for this period: recordedSince, or "never" (max) without one.
    qint64 recordStart() const;
    // Whether [from, to) holds any collecting time.
    bool overlaps(qint64 from, qint64 to) const;

    // `sessions`: the store's sessions overlapping the period; `recordedSince`: its first session's
    // start; `unrecordedAlerts`: the first and last raised_at of the alerts raised in the period
    // before min(elapsedEnd, recordedSince) (nullopt: none); `intervalMs`: the grid from period.fromMs
    // the alert span is rounded to.
    static CollectionCoverage compute(const ReportPeriod &period, qint64 now, const std::vector<SessionSpan> &sessions,
                                      std::optional<qint64> recordedSince, std::optional<Span> unrecordedAlerts,
                                      qint64 intervalMs);
};

} // namespace fw

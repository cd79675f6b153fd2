#include "core/reports/collectioncoverage.h"

#include "core/store/sessionrepository.h"

#include <algorithm>
#include <limits>

namespace fw {

qint64 CollectionCoverage::elapsedEnd(const ReportPeriod &period, qint64 now)
{
    return std::min(period.toMs, std::max(period.fromMs, now));
}

qint64 CollectionCoverage::recordStart() const
{
    return recordedSince.value_or(std::numeric_limits<qint64>::max());
}

bool CollectionCoverage::overlaps(qint64 from, qint64 to) const
{
    // The first span ending after `from`; it overlaps when it starts before `to`.
    const auto it = std::upper_bound(spans.begin(), spans.end(), from,
                                     [](qint64 t, const Span &s) { return t < s.second; });
    return it != spans.end() && it->first < to;
}

CollectionCoverage CollectionCoverage::compute(const ReportPeriod &period, qint64 now,
                                               const std::vector<SessionSpan> &sessions,
                                               std::optional<qint64> recordedSince,
                                               std::optional<Span> unrecordedAlerts, qint64 intervalMs)
{
    CollectionCoverage c;
    c.periodMs = period.lengthMs();
    const qint64 from = period.fromMs;
    const qint64 end = elapsedEnd(period, now);
    c.elapsedMs = end - from;
    c.recordedSince = recordedSince;
    const qint64 recordFrom = std::clamp(c.recordStart(), from, end);
    if (!recordedSince || *recordedSince >= end)
        c.basis = Basis::AlertSpan;
    else
        c.basis = *recordedSince <= from ? Basis::Sessions : Basis::Mixed;

    std::vector<Span> raw;
    // Before the record: the alerts' 10-minute intervals, first to last.
    if (unrecordedAlerts && recordFrom > from && intervalMs > 0) {
        const qint64 first = std::clamp(unrecordedAlerts->first, from, recordFrom - 1);
        const qint64 last = std::clamp(unrecordedAlerts->second, first, recordFrom - 1);
        const qint64 start = from + (first - from) / intervalMs * intervalMs;
        const qint64 stop = std::min(recordFrom, from + ((last - from) / intervalMs + 1) * intervalMs);
        raw.emplace_back(start, stop);
    }
    for (const SessionSpan &s : sessions) {
        const qint64 a = std::max(s.startedAt, recordFrom);
        const qint64 b = std::min(s.endedAt, end);
        if (b > a)
            raw.emplace_back(a, b);
    }
    std::sort(raw.begin(), raw.end());
    for (const Span &s : raw) {
        if (!c.spans.empty() && s.first <= c.spans.back().second)
            c.spans.back().second = std::max(c.spans.back().second, s.second);
        else
            c.spans.push_back(s);
    }
    for (const Span &s : c.spans)
        c.collectedMs += s.second - s.first;
    return c;
}

} // namespace fw

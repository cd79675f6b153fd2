#pragma once
// FloodMonitor: an alarm flood (ISA-18.2 / EEMUA 191) is under way while this console has seen
// `threshold` or more NEW alerts within the last `window` (10 in 10 minutes by default). It also
// accumulates the time spent in flood for the alarm-system report.
//
// An alert noted at time t counts while now - t < window: it slides out at exactly t + window, and
// a flood ends at the exact moment the count falls below the threshold, however late the next call
// comes. Times are ms; pass a monotonic clock where there is one. A time earlier than one already
// seen (a wall clock stepped back) counts as no time passing: nothing slides out and nothing is
// lost, and later times are taken relative to it.
//
// Not thread-safe: owned and called by one thread (the ingest worker). Memory is bounded: alerts at
// the same millisecond share one entry, entries that slid out are dropped on every call, and at
// most kMaxEntries are kept (past that the oldest go; the flood state stays exact as long as the
// threshold is below the cap, only countInWindow() saturates).

#include <QtGlobal>

#include <deque>
#include <optional>

namespace fw {

class FloodMonitor
{
public:
    static constexpr int kDefaultThreshold = 10;
    static constexpr qint64 kDefaultWindowMs = 10 * 60 * 1000;
    static constexpr int kMaxEntries = 100'000;

    // threshold is clamped to 1..kMaxEntries, window to at least 1 ms.
    explicit FloodMonitor(int threshold = kDefaultThreshold, qint64 windowMs = kDefaultWindowMs);

    void noteNewAlert(qint64 nowMs);
    bool inFlood(qint64 nowMs);
    int countInWindow(qint64 nowMs);
    // Total time in flood up to now, the current flood included.
    qint64 floodMillis(qint64 nowMs);
    // When the current flood began (the time of the alert that reached the threshold), in the
    // caller's clock; nullopt when not in flood.
    std::optional<qint64> floodStart(qint64 nowMs);
    // How many floods have begun.
    int floodCount() const { return m_floodCount; }

    int threshold() const { return m_threshold; }
    qint64 windowMs() const { return m_windowMs; }
    // Forgets everything: alerts, flood time, the flood count.
    void reset();

private:
    struct Entry
    {
        qint64 at = 0;    // monotonic time (see advance())
        qint64 count = 0;
    };

    qint64 advance(qint64 nowMs);
    void endFloodIfBelow(qint64 at);

    int m_threshold;
    qint64 m_windowMs;
    std::deque<Entry> m_entries;
    qint64 m_count = 0;
    std::optional<qint64> m_floodStart;   // monotonic time
    qint64 m_closedFloodMillis = 0;
    int m_floodCount = 0;
    std::optional<qint64> m_last;         // monotonic time of the latest call
    qint64 m_offset = 0;                  // monotonic = caller's time + m_offset
};

} // namespace fw

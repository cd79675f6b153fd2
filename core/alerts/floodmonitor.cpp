#include "core/alerts/floodmonitor.h"

#include <algorithm>
#include <climits>

namespace fw {

FloodMonitor::FloodMonitor(int threshold, qint64 windowMs)
    : m_threshold(std::clamp(threshold, 1, kMaxEntries))
    , m_windowMs(std::max<qint64>(windowMs, 1))
{
}

void FloodMonitor::noteNewAlert(qint64 nowMs)
{
    const qint64 t = advance(nowMs);
    if (!m_entries.empty() && m_entries.back().at == t)
        ++m_entries.back().count;
    else
        m_entries.push_back({t, 1});
    ++m_count;
    // Past the cap the oldest go. The newest kMaxEntries entries hold at least m_threshold alerts,
    // so the flood neither ends here nor ends earlier than it would have.
    while (m_entries.size() > size_t(kMaxEntries)) {
        m_count -= m_entries.front().count;
        m_entries.pop_front();
    }
    if (!m_floodStart && m_count >= m_threshold) {
        m_floodStart = t;
        ++m_floodCount;
    }
}

bool FloodMonitor::inFlood(qint64 nowMs)
{
    advance(nowMs);
    return m_floodStart.has_value();
}

int FloodMonitor::countInWindow(qint64 nowMs)
{
    advance(nowMs);
    return int(std::min<qint64>(m_count, INT_MAX));
}

qint64 FloodMonitor::floodMillis(qint64 nowMs)
{
    const qint64 t = advance(nowMs);
    return m_closedFloodMillis + (m_floodStart ? t - *m_floodStart : 0);
}

std::optional<qint64> FloodMonitor::floodStart(qint64 nowMs)
{
    advance(nowMs);
    if (!m_floodStart)
        return std::nullopt;
    return *m_floodStart - m_offset;
}

void FloodMonitor::reset()
{
    m_entries.clear();
    m_count = 0;
    m_floodStart.reset();
    m_closedFloodMillis = 0;
    m_floodCount = 0;
    m_last.reset();
    m_offset = 0;
}

// Maps the caller's time onto a clock that never goes back, then lets every alert whose window has
// passed slide out, in order, ending the flood at the exact time the count fell below the threshold.
qint64 FloodMonitor::advance(qint64 nowMs)
{
    qint64 t = nowMs + m_offset;
    if (m_last && t < *m_last) {
        m_offset += *m_last - t;
        t = *m_last;
    }
    m_last = t;
    while (!m_entries.empty() && m_entries.front().at + m_windowMs <= t) {
        const Entry gone = m_entries.front();
        m_entries.pop_front();
        m_count -= gone.count;
        endFloodIfBelow(gone.at + m_windowMs);
    }
    return t;
}

void FloodMonitor::endFloodIfBelow(qint64 at)
{
    if (m_floodStart && m_count < m_threshold) {
        m_closedFloodMillis += at - *m_floodStart;
        m_floodStart.reset();
    }
}

} // namespace fw

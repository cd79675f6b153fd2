#include "core/fleet/datafreshness.h"

#include <algorithm>
#include <cmath>

namespace fw {

void DataFreshness::sampleArrived(qint64 receivedAtMs)
{
    if (m_lastSample > 0 && receivedAtMs >= m_lastSample) {
        const double gap = double(receivedAtMs - m_lastSample);
        if (m_usual <= 0.0)
            m_usual = gap;
        else
            m_usual += (std::min(gap, kMaxGapFactor * m_usual) - m_usual) / kSmoothing;
    }
    m_lastSample = receivedAtMs;
    dataArrived(receivedAtMs);
}

void DataFreshness::dataArrived(qint64 receivedAtMs)
{
    // The latest arrival, not the largest time: after the clock stepped back, a maximum would keep the
    // asset fresh until the clock caught up again.
    m_lastArrival = receivedAtMs;
}

std::optional<qint64> DataFreshness::usualIntervalMs() const
{
    if (m_usual <= 0.0)
        return std::nullopt;
    return qint64(std::llround(m_usual));
}

qint64 DataFreshness::staleAfterMs() const
{
    return std::max(kFloorMs, qint64(std::llround(kIntervalsBeforeStale * m_usual)));
}

DataFreshness::Status DataFreshness::status(qint64 nowMs, bool sessionConnected) const
{
    if (!sessionConnected)
        return Status::LastKnown;
    if (!hasData())
        return Status::NoData;
    return nowMs - m_lastArrival > staleAfterMs() ? Status::Stale : Status::Fresh;
}

} // namespace fw

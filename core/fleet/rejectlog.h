#pragma once
// RejectLog: counts rejected messages by reason and logs them at a limited rate (at most
// `burst` lines per `windowMs`, then one line saying how many were not logged). Not thread-safe.

#include "core/fleet/fleetmessages.h"

#include <QByteArray>

#include <array>

namespace fw {

class RejectLog
{
public:
    explicit RejectLog(int burst = 10, qint64 windowMs = 10000);

    // nowMs: a monotonic or wall clock in ms, the caller's choice (tests pass their own).
    void record(RejectReason reason, const QByteArray &topic, const QString &detail, qint64 nowMs);

    quint64 total() const { return m_total; }
    quint64 count(RejectReason reason) const { return m_counts[size_t(reason)]; }
    const std::array<quint64, kRejectReasonCount> &counts() const { return m_counts; }
    quint64 suppressedLines() const { return m_suppressedTotal; }

private:
    std::array<quint64, kRejectReasonCount> m_counts{};
    quint64 m_total = 0;
    int m_burst;
    qint64 m_windowMs;
    qint64 m_windowStart = 0;
    int m_linesInWindow = 0;
    quint64 m_suppressedInWindow = 0;
    quint64 m_suppressedTotal = 0;
};

} // namespace fw

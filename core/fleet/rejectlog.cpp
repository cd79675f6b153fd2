#include "core/fleet/rejectlog.h"

#include "core/common/logging.h"

namespace fw {

RejectLog::RejectLog(int burst, qint64 windowMs) : m_burst(burst), m_windowMs(windowMs) {}

void RejectLog::record(RejectReason reason, const QByteArray &topic, const QString &detail, qint64 nowMs)
{
    ++m_counts[size_t(reason)];
    ++m_total;
    auto log = logging::get("ingest");
    if (nowMs - m_windowStart >= m_windowMs) {
        if (m_suppressedInWindow > 0)
            log->warn("{} more rejected messages were not logged in the last {} s", m_suppressedInWindow,
                      m_windowMs / 1000);
        m_windowStart = nowMs;
        m_linesInWindow = 0;
        m_suppressedInWindow = 0;
    }
    if (m_linesInWindow < m_burst) {
        ++m_linesInWindow;
        log->warn("rejected message on \"{}\": {} ({})", logging::sanitize(topic, 160), rejectReasonName(reason),
                  logging::sanitize(detail));
    } else {
        ++m_suppressedInWindow;
        ++m_suppressedTotal;
    }
}

} // namespace fw

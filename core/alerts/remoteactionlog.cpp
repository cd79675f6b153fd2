#include "core/alerts/remoteactionlog.h"

#include "core/common/logging.h"

namespace fw {

const char *actionDropName(ActionDrop reason)
{
    switch (reason) {
    case ActionDrop::UnknownAlert: return "unknown_alert";
    case ActionDrop::RateLimited: return "rate_limited";
    case ActionDrop::RoleRefused: return "role_refused";
    case ActionDrop::Count_: break;
    }
    return "unknown";
}

RemoteActionLog::RemoteActionLog(int burst, qint64 windowMs) : m_burst(burst), m_windowMs(windowMs) {}

bool RemoteActionLog::mayLog(qint64 nowMs)
{
    if (nowMs - m_windowStart >= m_windowMs || nowMs < m_windowStart) {
        if (m_notLogged > 0)
            logging::get("alerts")->warn("{} more actions from other consoles dropped or with far claims were not "
                                         "logged in the last {} s", m_notLogged, m_windowMs / 1000);
        m_windowStart = nowMs;
        m_linesInWindow = 0;
        m_notLogged = 0;
    }
    if (m_linesInWindow < m_burst) {
        ++m_linesInWindow;
        return true;
    }
    ++m_notLogged;
    return false;
}

void RemoteActionLog::dropped(ActionDrop reason, const QString &action, const QString &alertKey,
                              const QString &console, qint64 nowMs)
{
    ++m_counts.dropped[size_t(reason)];
    if (mayLog(nowMs))
        logging::get("alerts")->warn("{} for {} from console {} dropped: {}", logging::sanitize(action),
                                     logging::sanitize(alertKey), logging::sanitize(console), actionDropName(reason));
}

void RemoteActionLog::farClaim(const QString &action, const QString &alertKey, const QString &console,
                               const QString &claim, qint64 nowMs)
{
    ++m_counts.farClaims;
    if (mayLog(nowMs))
        logging::get("alerts")->warn("{} for {} from console {}: {}; the receive time counts",
                                     logging::sanitize(action), logging::sanitize(alertKey),
                                     logging::sanitize(console), logging::sanitize(claim));
}

} // namespace fw

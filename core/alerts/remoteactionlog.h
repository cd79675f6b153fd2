#pragma once
// RemoteActionLog: what became of operators' actions from other consoles that were not applied, and
// of claimed times far from receipt: counted by reason (for --stats-json and the status figures) and
// logged at a limited rate (at most `burst` lines per `windowMs`, then one line saying how many were
// not logged). Not thread-safe (AlertCenter's alerts thread).

#include <QString>

#include <array>

namespace fw {

// Why a remote action was dropped. Keep in step with actionDropName().
enum class ActionDrop {
    UnknownAlert,   // held for an alert this console did not know, which did not come in time
    RateLimited,    // over its console's rate (ActionRateLimit)
    RoleRefused,    // the claimed role may not do it (out_of_service / return_to_service)
    Count_
};
constexpr int kActionDropCount = static_cast<int>(ActionDrop::Count_);

// Stable snake_case name ("unknown_alert", "rate_limited", "role_refused") for logs and --stats-json.
const char *actionDropName(ActionDrop reason);

struct RemoteActionCounts
{
    std::array<quint64, kActionDropCount> dropped{};
    quint64 farClaims = 0;   // applied, but their `ts` was far from the receive time (kept as a claim)
    int held = 0;            // waiting now for their alert
    quint64 droppedTotal() const
    {
        quint64 n = 0;
        for (quint64 c : dropped)
            n += c;
        return n;
    }
    quint64 count(ActionDrop reason) const { return dropped[size_t(reason)]; }
};

class RemoteActionLog
{
public:
    explicit RemoteActionLog(int burst = 10, qint64 windowMs = 10000);

    // nowMs: the caller's clock. alertKey and console are the sender's (sanitized before logging).
    void dropped(ActionDrop reason, const QString &action, const QString &alertKey, const QString &console,
                 qint64 nowMs);
    void farClaim(const QString &action, const QString &alertKey, const QString &console, const QString &claim,
                  qint64 nowMs);

    RemoteActionCounts counts() const { return m_counts; }
    void setHeld(int held) { m_counts.held = held; }

private:
    bool mayLog(qint64 nowMs);

    RemoteActionCounts m_counts;
    int m_burst;
    qint64 m_windowMs;
    qint64 m_windowStart = 0;
    int m_linesInWindow = 0;
    quint64 m_notLogged = 0;
};

} // namespace fw

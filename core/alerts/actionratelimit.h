#pragma once
// ActionRateLimit: a token bucket per sending console (the action's `console` value, a claim) for
// operators' actions from the network: at most kActionsPerSecond on average, kBurst at once. A
// console's own operators cannot act that fast; a flood (a broken or hostile client) is cut off here,
// before it costs the store anything, and the rest of the fleet keeps working.
//
// A plain value, not thread-safe (AlertCenter's alerts thread). Times are the caller's clock in ms
// (the receive time); a clock that steps back refills nothing.

#include <QHash>
#include <QString>

namespace fw {

class ActionRateLimit
{
public:
    static constexpr int kActionsPerSecond = 50;
    // An outbox after a broker outage sends what waited at once: let a few hundred through together.
    static constexpr int kBurst = 500;
    // Buckets remembered at most; idle (full) ones are forgotten first, then the whole table.
    static constexpr int kMaxConsoles = 10000;

    explicit ActionRateLimit(int perSecond = kActionsPerSecond, int burst = kBurst);

    // True when `console` may act once more at `nowMs` (one token taken); false: over its limit.
    bool admit(const QString &console, qint64 nowMs);

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 at = 0;
    };
    void refill(Bucket &b, qint64 nowMs) const;
    void forgetIdle(qint64 nowMs);

    double m_perMs;
    double m_burst;
    QHash<QString, Bucket> m_buckets;
};

} // namespace fw

#include "core/alerts/actionratelimit.h"

#include <algorithm>

namespace fw {

ActionRateLimit::ActionRateLimit(int perSecond, int burst) : m_perMs(perSecond / 1000.0), m_burst(burst) {}

void ActionRateLimit::refill(Bucket &b, qint64 nowMs) const
{
    if (nowMs > b.at) {
        b.tokens = std::min(m_burst, b.tokens + double(nowMs - b.at) * m_perMs);
        b.at = nowMs;
    }
}

void ActionRateLimit::forgetIdle(qint64 nowMs)
{
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        refill(it.value(), nowMs);
        it = it.value().tokens >= m_burst ? m_buckets.erase(it) : std::next(it);
    }
    if (m_buckets.size() >= kMaxConsoles)
        m_buckets.clear();   // thousands of consoles acting at once: a flood with made-up names
}

bool ActionRateLimit::admit(const QString &console, qint64 nowMs)
{
    auto it = m_buckets.find(console);
    if (it == m_buckets.end()) {
        if (m_buckets.size() >= kMaxConsoles)
            forgetIdle(nowMs);
        it = m_buckets.insert(console, Bucket{m_burst, nowMs});
    }
    Bucket &b = it.value();
    refill(b, nowMs);
    if (b.tokens < 1.0)
        return false;
    b.tokens -= 1.0;
    return true;
}

} // namespace fw

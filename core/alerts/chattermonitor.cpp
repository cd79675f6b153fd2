#include "core/alerts/chattermonitor.h"

#include <algorithm>

namespace fw {

ChatterMonitor::ChatterMonitor(int cycles, qint64 windowMs, int maxKeys)
    : m_cycles(std::clamp(cycles, 1, kMaxCyclesPerKey))
    , m_windowMs(std::max<qint64>(windowMs, 1))
    , m_maxKeys(std::max(maxKeys, 1))
{
}

bool ChatterMonitor::noteRaiseClear(const QString &key, qint64 nowMs, const QString &groupKey)
{
    const qint64 t = advance(nowMs);
    bool chattering = false;
    if (!key.isEmpty())
        chattering = noteOne(key, t);
    if (!groupKey.isEmpty() && groupKey != key)
        chattering = noteOne(groupKey, t) || chattering;
    return chattering;
}

bool ChatterMonitor::isChattering(const QString &key, qint64 nowMs)
{
    return cyclesInWindow(key, nowMs) >= m_cycles;
}

int ChatterMonitor::cyclesInWindow(const QString &key, qint64 nowMs)
{
    return countAt(key, advance(nowMs));
}

void ChatterMonitor::prune(qint64 nowMs)
{
    advance(nowMs);
}

qint64 ChatterMonitor::advance(qint64 nowMs)
{
    qint64 t = nowMs + m_offset;
    if (m_last && t < *m_last) {
        m_offset += *m_last - t;
        t = *m_last;
    }
    m_last = t;
    // The list is in order of each key's newest cycle, so the idle keys are all at the front.
    while (!m_lru.empty() && m_lru.front().times.back() + m_windowMs <= t) {
        m_keys.remove(m_lru.front().key);
        m_lru.pop_front();
    }
    return t;
}

bool ChatterMonitor::noteOne(const QString &key, qint64 t)
{
    auto found = m_keys.find(key);
    Lru::iterator it;
    if (found != m_keys.end()) {
        it = found.value();
        m_lru.splice(m_lru.end(), m_lru, it);   // iterators stay valid
    } else {
        if (int(m_lru.size()) >= m_maxKeys) {
            m_keys.remove(m_lru.front().key);
            m_lru.pop_front();
            ++m_evicted;
        }
        it = m_lru.insert(m_lru.end(), KeyCycles{key, {}});
        m_keys.insert(key, it);
    }
    std::deque<qint64> &times = it->times;
    times.push_back(t);
    while (times.front() + m_windowMs <= t || int(times.size()) > kMaxCyclesPerKey)
        times.pop_front();
    return int(times.size()) >= m_cycles;
}

int ChatterMonitor::countAt(const QString &key, qint64 t) const
{
    const auto found = m_keys.constFind(key);
    if (found == m_keys.constEnd())
        return 0;
    const std::deque<qint64> &times = found.value()->times;
    return int(std::count_if(times.begin(), times.end(),
                             [&](qint64 at) { return at + m_windowMs > t; }));
}

} // namespace fw

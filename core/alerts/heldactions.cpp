#include "core/alerts/heldactions.h"

namespace fw {

HeldActions::HeldActions(qint64 holdMs, int maxHeld) : m_holdMs(holdMs), m_maxHeld(maxHeld) {}

void HeldActions::forget(const QString &alertKey)
{
    auto it = m_perKey.find(alertKey);
    if (it != m_perKey.end() && --it.value() <= 0)
        m_perKey.erase(it);
}

std::vector<HeldActions::Held> HeldActions::hold(Held held)
{
    std::vector<Held> pushedOut;
    while (int(m_held.size()) >= m_maxHeld && !m_held.empty()) {
        forget(m_held.front().alertKey);
        pushedOut.push_back(std::move(m_held.front()));
        m_held.pop_front();
    }
    ++m_perKey[held.alertKey];
    m_held.push_back(std::move(held));
    return pushedOut;
}

std::vector<HeldActions::Held> HeldActions::take(const QString &alertKey)
{
    std::vector<Held> out;
    if (!m_perKey.contains(alertKey))
        return out;
    for (auto it = m_held.begin(); it != m_held.end();) {
        if (it->alertKey == alertKey) {
            out.push_back(std::move(*it));
            it = m_held.erase(it);
        } else {
            ++it;
        }
    }
    m_perKey.remove(alertKey);
    return out;
}

std::vector<HeldActions::Held> HeldActions::expire(qint64 nowMs)
{
    std::vector<Held> out;
    while (!m_held.empty() && nowMs - m_held.front().heldAt >= m_holdMs) {
        forget(m_held.front().alertKey);
        out.push_back(std::move(m_held.front()));
        m_held.pop_front();
    }
    return out;
}

} // namespace fw

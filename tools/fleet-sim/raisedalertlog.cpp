#include "tools/fleet-sim/raisedalertlog.h"

#include <algorithm>

namespace fw::sim {

RaisedAlertLog::RaisedAlertLog(int capacity)
    : m_capacity(std::max(1, capacity))
{
}

void RaisedAlertLog::record(const QString &alertId, const RaisedAlert &alert)
{
    const bool known = m_byId.contains(alertId);
    m_byId.insert(alertId, alert);
    if (known)
        return;
    m_order.push_back(alertId);
    while (int(m_order.size()) > m_capacity) {
        m_byId.remove(m_order.front());
        m_order.pop_front();
    }
}

std::optional<RaisedAlert> RaisedAlertLog::find(const QString &alertId) const
{
    const auto it = m_byId.constFind(alertId);
    if (it == m_byId.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace fw::sim

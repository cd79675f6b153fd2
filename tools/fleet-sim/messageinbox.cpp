#include "tools/fleet-sim/messageinbox.h"

namespace fw::sim {

void MessageInbox::push(RawMessage &&message)
{
    std::lock_guard lock(m_mutex);
    m_messages.push_back(std::move(message));
}

std::vector<RawMessage> MessageInbox::drain()
{
    std::vector<RawMessage> out;
    std::lock_guard lock(m_mutex);
    out.swap(m_messages);
    return out;
}

} // namespace fw::sim

#pragma once
// MessageInbox: the simulator's MessageSink. push() runs on an MQTT network thread and only appends
// under a mutex; the main thread takes everything with drain() on a timer.

#include "core/fleet/messagesink.h"

#include <mutex>
#include <vector>

namespace fw::sim {

class MessageInbox : public MessageSink
{
public:
    void push(RawMessage &&message) override;
    // Everything received since the last call, in arrival order.
    std::vector<RawMessage> drain();

private:
    std::mutex m_mutex;
    std::vector<RawMessage> m_messages;
};

} // namespace fw::sim

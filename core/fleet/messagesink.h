#pragma once
// Where the network thread puts received messages. Implementations must be thread-safe and fast:
// push() runs on the MQTT network thread for every message.

#include <QByteArray>

namespace fw {

struct RawMessage
{
    QByteArray topic;
    QByteArray payload;
    qint64 receivedAt = 0;   // ms since epoch, the console's clock
};

class MessageSink
{
public:
    virtual ~MessageSink() = default;
    virtual void push(RawMessage &&message) = 0;
};

} // namespace fw

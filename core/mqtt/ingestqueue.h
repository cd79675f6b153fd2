#pragma once
// IngestQueue: the staging buffer between the MQTT network thread and the ingest worker.
// push() runs on the network thread and only moves the message in; takeAll() swaps the whole buffer
// out. Bounded: when `capacity` messages wait, push() blocks until the worker drains (back-pressure
// through TCP to the broker, which queues or drops per its own limits) instead of dropping here.
// Thread-safe.

#include "core/fleet/messagesink.h"

#include <condition_variable>
#include <mutex>
#include <vector>

namespace fw {

class IngestQueue : public MessageSink
{
public:
    explicit IngestQueue(size_t capacity = 200000);

    void push(RawMessage &&message) override;

    // Moves every waiting message into `out` (which is cleared first). Returns the count.
    size_t takeAll(std::vector<RawMessage> &out);

    // Unblocks a waiting push() for good (shutdown); later pushes are dropped.
    void close();

    quint64 totalPushed() const;
    quint64 timesFull() const;     // how often push() had to wait

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_notFull;
    std::vector<RawMessage> m_items;
    size_t m_capacity;
    quint64 m_totalPushed = 0;
    quint64 m_timesFull = 0;
    bool m_closed = false;
};

} // namespace fw

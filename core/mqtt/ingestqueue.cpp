#include "core/mqtt/ingestqueue.h"

namespace fw {

IngestQueue::IngestQueue(size_t capacity) : m_capacity(capacity)
{
    m_items.reserve(std::min<size_t>(capacity, 4096));
}

void IngestQueue::push(RawMessage &&message)
{
    std::unique_lock lock(m_mutex);
    if (m_items.size() >= m_capacity && !m_closed) {
        ++m_timesFull;
        m_notFull.wait(lock, [this] { return m_items.size() < m_capacity || m_closed; });
    }
    if (m_closed)
        return;
    m_items.push_back(std::move(message));
    ++m_totalPushed;
}

size_t IngestQueue::takeAll(std::vector<RawMessage> &out)
{
    out.clear();
    {
        std::lock_guard lock(m_mutex);
        out.swap(m_items);
    }
    m_notFull.notify_all();
    return out.size();
}

void IngestQueue::close()
{
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
    }
    m_notFull.notify_all();
}

quint64 IngestQueue::totalPushed() const
{
    std::lock_guard lock(m_mutex);
    return m_totalPushed;
}

quint64 IngestQueue::timesFull() const
{
    std::lock_guard lock(m_mutex);
    return m_timesFull;
}

} // namespace fw

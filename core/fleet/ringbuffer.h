#pragma once
// RingBuffer: the newest `capacity` values, oldest dropped. Storage grows with use up to the
// capacity, so an asset that sends little costs little. Not thread-safe.

#include <cstddef>
#include <vector>

namespace fw {

template<typename T>
class RingBuffer
{
public:
    explicit RingBuffer(size_t capacity = 512) : m_capacity(capacity ? capacity : 1) {}

    void push(const T &value)
    {
        if (m_data.size() < m_capacity) {
            m_data.push_back(value);
            return;
        }
        m_data[m_head] = value;
        m_head = (m_head + 1) % m_capacity;
    }

    size_t size() const { return m_data.size(); }
    size_t capacity() const { return m_capacity; }
    bool empty() const { return m_data.empty(); }

    // i = 0 is the oldest kept value.
    const T &at(size_t i) const { return m_data[(m_head + i) % m_data.size()]; }
    const T &back() const { return at(size() - 1); }

    std::vector<T> toVector() const
    {
        std::vector<T> out;
        out.reserve(m_data.size());
        for (size_t i = 0; i < m_data.size(); ++i)
            out.push_back(at(i));
        return out;
    }

    void clear()
    {
        m_data.clear();
        m_head = 0;
    }

    size_t bytesReserved() const { return m_data.capacity() * sizeof(T); }

private:
    std::vector<T> m_data;
    size_t m_capacity;
    size_t m_head = 0;   // index of the oldest value once full
};

} // namespace fw

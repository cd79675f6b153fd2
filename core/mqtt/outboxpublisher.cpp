#include "core/mqtt/outboxpublisher.h"

#include "core/common/logging.h"
#include "core/store/outboxrepository.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>

namespace fw {

OutboxPublisher::OutboxPublisher(OutboxRepository *outbox, MqttSession *session, int maxInFlight, QObject *parent)
    : QObject(parent), m_outbox(outbox), m_session(session), m_maxInFlight(maxInFlight)
{
    m_connected = session && session->state() == ConnectionState::Connected;
}

// Delivered-unrecorded rows are still pending in the store, but the broker has them.
int OutboxPublisher::pendingCount() const
{
    return std::max(0, m_outbox->pendingCount() - unrecordedCount());
}

int OutboxPublisher::deliveredCount() const
{
    return m_outbox->deliveredCount() + unrecordedCount();
}

void OutboxPublisher::flush()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!m_unrecorded.isEmpty() && now >= m_nextRecordAt)
        recordUnrecorded(now);
    if (!m_session || !m_connected || int(m_inFlight.size()) >= m_maxInFlight)
        return;
    const int room = m_maxInFlight - int(m_inFlight.size());
    // Ask for more than the room: rows in flight or delivered-unrecorded come back too and are skipped.
    const std::vector<OutboxItem> items =
        m_outbox->pending(room + int(m_rowsInFlight.size() + m_rejected.size() + m_unrecorded.size()));
    int sent = 0;
    for (const OutboxItem &item : items) {
        if (sent >= room)
            break;
        if (m_rowsInFlight.contains(item.id) || m_rejected.contains(item.id) || m_unrecorded.contains(item.id))
            continue;
        const int mid = m_session->publish(item.topic, item.payload, item.qos, false);
        if (mid <= 0) {
            logging::get("outbox")->debug("outbox row {} not sent now (error {}): kept for later", item.id, -mid);
            break;
        }
        if (!m_outbox->noteAttempt(item.id, now))
            ++m_failedWrites;   // only the attempt counter: the row is in flight all the same
        m_inFlight.insert(mid, item.id);
        m_rowsInFlight.insert(item.id);
        ++sent;
    }
}

void OutboxPublisher::publishQueued()
{
    flush();
    emitCounts();
}

void OutboxPublisher::onPublishAcknowledged(int messageId)
{
    const auto it = m_inFlight.find(messageId);
    if (it == m_inFlight.end())
        return;   // not ours (a QoS 0 publish) or from before a reconnect
    const qint64 row = *it;
    m_inFlight.erase(it);
    m_rowsInFlight.remove(row);
    ++m_published;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_outbox->markDelivered(row, now)) {
        emit delivered(row);
    } else {
        ++m_failedWrites;
        if (m_unrecorded.isEmpty()) {
            m_recordBackoffMs = 1000;
            m_nextRecordAt = now + m_recordBackoffMs;
        }
        m_unrecorded.insert(row, now);
        logging::get("outbox")->warn("outbox row {} was delivered but that could not be written to the store: not sent "
                                     "again; the write is retried",
                                     row);
    }
    emitCounts();
    flush();
}

void OutboxPublisher::onPublishRejected(int messageId)
{
    const auto it = m_inFlight.find(messageId);
    if (it == m_inFlight.end())
        return;
    // Kept in the outbox (nothing saved is dropped); tried again after the next connect, when the
    // broker's rules may have changed. The slot is freed so that other rows keep flowing.
    m_rejected.insert(*it);
    m_rowsInFlight.remove(*it);
    m_inFlight.erase(it);
    flush();
}

void OutboxPublisher::onConnectionStateChanged(ConnectionState state)
{
    const bool connected = state == ConnectionState::Connected;
    if (!connected) {
        // Anything in flight may or may not have reached the broker: send it again after reconnecting.
        m_inFlight.clear();
        m_rowsInFlight.clear();
        m_rejected.clear();
    }
    m_connected = connected;
    if (connected)
        flush();
}

void OutboxPublisher::recordUnrecorded(qint64 now)
{
    for (auto it = m_unrecorded.begin(); it != m_unrecorded.end();) {
        if (!m_outbox->markDelivered(it.key(), it.value()))
            break;
        emit delivered(it.key());
        it = m_unrecorded.erase(it);
    }
    if (m_unrecorded.isEmpty()) {
        logging::get("outbox")->info("deliveries recorded in the store again");
        emitCounts();
        return;
    }
    ++m_failedWrites;
    m_recordBackoffMs = std::min<qint64>(m_recordBackoffMs * 2, 60'000);
    m_nextRecordAt = now + m_recordBackoffMs;
}

void OutboxPublisher::emitCounts()
{
    emit countsChanged(pendingCount(), deliveredCount());
}

} // namespace fw

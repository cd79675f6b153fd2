#include "core/store/outboxrepository.h"

#include "core/store/database.h"

namespace fw {

OutboxRepository::OutboxRepository(Database &db)
    : m_enqueue(db.handle(),
                "INSERT INTO outbox(kind, topic, payload, qos, created_at) VALUES (?1, ?2, ?3, ?4, ?5) "
                "RETURNING id")
    , m_pending(db.handle(),
                "SELECT id, kind, topic, payload, qos, created_at, delivered_at, attempts FROM outbox "
                "WHERE delivered_at IS NULL ORDER BY id LIMIT ?1")
    , m_markDelivered(db.handle(),
                      "UPDATE outbox SET delivered_at = ?2 WHERE id = ?1 AND delivered_at IS NULL")
    , m_noteAttempt(db.handle(),
                    "UPDATE outbox SET attempts = attempts + 1, last_attempt_at = ?2 WHERE id = ?1")
    , m_pendingCount(db.handle(), "SELECT count(*) FROM outbox WHERE delivered_at IS NULL")
    , m_deliveredCount(db.handle(), "SELECT count(*) FROM outbox WHERE delivered_at IS NOT NULL")
{
}

bool OutboxRepository::isValid() const
{
    return m_enqueue.isValid() && m_pending.isValid() && m_markDelivered.isValid()
           && m_noteAttempt.isValid() && m_pendingCount.isValid() && m_deliveredCount.isValid();
}

qint64 OutboxRepository::enqueue(const QString &kind, const QString &topic, const QByteArray &payload,
                                 int qos, qint64 createdAt)
{
    StatementReset reset(m_enqueue);
    m_enqueue.bind(1, kind);
    m_enqueue.bind(2, topic);
    m_enqueue.bind(3, payload);
    m_enqueue.bind(4, qos);
    m_enqueue.bind(5, createdAt);
    if (!m_enqueue.next())
        return 0;
    const qint64 id = m_enqueue.int64(0);
    while (m_enqueue.next()) {
    }
    return m_enqueue.failed() ? 0 : id;
}

std::vector<OutboxItem> OutboxRepository::pending(int limit, bool *ok)
{
    StatementReset reset(m_pending);
    m_pending.bind(1, limit);
    std::vector<OutboxItem> items;
    while (m_pending.next()) {
        OutboxItem item;
        item.id = m_pending.int64(0);
        item.kind = m_pending.text(1);
        item.topic = m_pending.text(2);
        item.payload = m_pending.blob(3);
        item.qos = int(m_pending.int64(4));
        item.createdAt = m_pending.int64(5);
        item.deliveredAt = m_pending.optionalInt64(6);
        item.attempts = int(m_pending.int64(7));
        items.push_back(std::move(item));
    }
    if (ok)
        *ok = !m_pending.failed();
    if (m_pending.failed())
        return {};
    return items;
}

bool OutboxRepository::markDelivered(qint64 id, qint64 atMs)
{
    m_markDelivered.bind(1, id);
    m_markDelivered.bind(2, atMs);
    return m_markDelivered.exec() && m_markDelivered.changes() == 1;
}

bool OutboxRepository::noteAttempt(qint64 id, qint64 atMs)
{
    m_noteAttempt.bind(1, id);
    m_noteAttempt.bind(2, atMs);
    return m_noteAttempt.exec() && m_noteAttempt.changes() == 1;
}

int OutboxRepository::pendingCount()
{
    return count(m_pendingCount);
}

int OutboxRepository::deliveredCount()
{
    return count(m_deliveredCount);
}

int OutboxRepository::count(SqlStatement &statement)
{
    StatementReset reset(statement);
    if (!statement.next())
        return -1;
    return int(statement.int64(0));
}

} // namespace fw

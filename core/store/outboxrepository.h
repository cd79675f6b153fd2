#pragma once
// OutboxRepository: the `outbox` table, messages waiting to be published at QoS 1 and acknowledged
// by the broker. Write the outbox row in the same durable transaction as what it reports (see
// Database::setDurable), so that a crash loses neither or both. Statements are prepared once.
// Thread affinity and lifetime: those of the Database it is bound to (destroy it first).
// Errors: logged on the "store" logger; reported as 0 / false / -1 / *ok false (ok may be null).

#include "core/alerts/alertrecord.h"
#include "core/store/sqlstatement.h"

#include <vector>

namespace fw {

class Database;

class OutboxRepository
{
public:
    explicit OutboxRepository(Database &db);
    bool isValid() const;

    // The new item's id (never reused, increasing), or 0 on error. createdAt: ms since the epoch.
    qint64 enqueue(const QString &kind, const QString &topic, const QByteArray &payload, int qos,
                   qint64 createdAt);
    // Undelivered items, oldest first (in the order they were enqueued), at most `limit`.
    std::vector<OutboxItem> pending(int limit, bool *ok = nullptr);
    // Records the broker's acknowledgement. True if this call marked the item; false if the id is
    // unknown, already delivered (the first time is kept) or on error.
    bool markDelivered(qint64 id, qint64 atMs);
    // Counts one publish attempt (attempts + 1, last_attempt_at). False if the id is unknown or on error.
    bool noteAttempt(qint64 id, qint64 atMs);
    int pendingCount();      // -1 on error
    int deliveredCount();    // -1 on error

private:
    int count(SqlStatement &statement);

    SqlStatement m_enqueue;
    SqlStatement m_pending;
    SqlStatement m_markDelivered;
    SqlStatement m_noteAttempt;
    SqlStatement m_pendingCount;
    SqlStatement m_deliveredCount;
};

} // namespace fw

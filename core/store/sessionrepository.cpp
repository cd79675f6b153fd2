#include "core/store/sessionrepository.h"

#include "core/store/database.h"

namespace fw {

namespace {

bool tableExists(Database &db)
{
    SqlStatement s(db.handle(), "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'console_sessions'");
    return s.next();
}

} // namespace

SessionRepository::SessionRepository(Database &db) : m_hasTable(tableExists(db))
{
    if (!m_hasTable)
        return;
    sqlite3 *h = db.handle();
    if (!db.isReadOnly()) {
        m_insert = SqlStatement(h, "INSERT INTO console_sessions(started_at, ended_at, console) VALUES (?1, ?1, ?2) "
                                   "RETURNING id");
        m_touch = SqlStatement(h, "UPDATE console_sessions SET ended_at = max(started_at, ?2) WHERE id = ?1");
        m_end = SqlStatement(h, "UPDATE console_sessions SET ended_at = max(started_at, ?2), clean_stop = 1 "
                                "WHERE id = ?1");
    }
    m_overlapping = SqlStatement(h, "SELECT started_at, ended_at, clean_stop FROM console_sessions "
                                    "WHERE started_at < ?2 AND ended_at > ?1 ORDER BY started_at, id");
    m_first = SqlStatement(h, "SELECT min(started_at) FROM console_sessions");
}

bool SessionRepository::isValid() const
{
    return m_hasTable && m_overlapping.isValid() && m_first.isValid();
}

std::optional<qint64> SessionRepository::begin(qint64 now, const QString &console)
{
    if (!m_insert.isValid())
        return std::nullopt;
    StatementReset reset(m_insert);
    m_insert.bind(1, now);
    m_insert.bind(2, console);
    if (!m_insert.next())
        return std::nullopt;
    const qint64 id = m_insert.int64(0);
    while (m_insert.next()) {
    }
    return m_insert.failed() ? std::nullopt : std::optional<qint64>(id);
}

bool SessionRepository::touch(qint64 id, qint64 now)
{
    if (!m_touch.isValid())
        return false;
    m_touch.bind(1, id);
    m_touch.bind(2, now);
    return m_touch.exec() && m_touch.changes() == 1;
}

bool SessionRepository::end(qint64 id, qint64 now)
{
    if (!m_end.isValid())
        return false;
    m_end.bind(1, id);
    m_end.bind(2, now);
    return m_end.exec() && m_end.changes() == 1;
}

std::vector<SessionSpan> SessionRepository::overlapping(qint64 from, qint64 to, bool *ok)
{
    std::vector<SessionSpan> spans;
    if (ok)
        *ok = !m_hasTable || m_overlapping.isValid();
    if (!m_overlapping.isValid())
        return spans;
    StatementReset reset(m_overlapping);
    m_overlapping.bind(1, from);
    m_overlapping.bind(2, to);
    while (m_overlapping.next())
        spans.push_back(SessionSpan{m_overlapping.int64(0), m_overlapping.int64(1), m_overlapping.boolean(2)});
    if (ok)
        *ok = !m_overlapping.failed();
    return spans;
}

std::optional<qint64> SessionRepository::firstStart(bool *ok)
{
    if (ok)
        *ok = !m_hasTable || m_first.isValid();
    if (!m_first.isValid())
        return std::nullopt;
    StatementReset reset(m_first);
    const bool row = m_first.next();
    if (ok)
        *ok = !m_first.failed();
    return row ? m_first.optionalInt64(0) : std::nullopt;
}

} // namespace fw

#include "core/audit/journalrepository.h"

#include "core/audit/journalchain.h"
#include "core/store/database.h"

#include <sqlite3.h>

namespace fw {

const char *const kJournalColumns =
    "id, at, claimed_at, user, role, console, what, subject, before, after, detail, prev_hash, hash";

JournalEntry readJournalEntry(const SqlStatement &s)
{
    JournalEntry e;
    e.id = s.int64(0);
    e.at = s.int64(1);
    e.claimedAt = s.optionalInt64(2);
    e.user = s.text(3);
    e.role = s.text(4);
    e.console = s.text(5);
    e.what = s.text(6);
    e.subject = s.text(7);
    e.before = s.text(8);
    e.after = s.text(9);
    e.detail = s.text(10);
    e.prevHash = s.blob(11);
    e.hash = s.blob(12);
    return e;
}

JournalRepository::JournalRepository(Database &db)
    : m_db(db)
    , m_head(db.handle(), "SELECT id, hash FROM journal ORDER BY id DESC LIMIT 1")
    , m_insert(db.handle(),
               "INSERT INTO journal(id, at, claimed_at, user, role, console, what, subject, before, after, detail, "
               "prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)")
    , m_range(db.handle(), (QByteArray("SELECT ") + kJournalColumns
                            + " FROM journal WHERE at >= ?1 AND at < ?2 ORDER BY at, id LIMIT ?3")
                               .constData())
{
}

bool JournalRepository::isValid() const
{
    return m_head.isValid() && m_insert.isValid() && m_range.isValid();
}

bool JournalRepository::append(JournalEntry &e)
{
    if (!sqlite3_get_autocommit(m_db.handle()))
        return appendInTransaction(e);
    Transaction tx(m_db);
    return tx.isActive() && appendInTransaction(e) && tx.commit();
}

bool JournalRepository::appendInTransaction(JournalEntry &e)
{
    qint64 lastId = 0;
    QByteArray prev = JournalChain::genesis();
    {
        StatementReset reset(m_head);
        if (m_head.next()) {
            lastId = m_head.int64(0);
            prev = m_head.blob(1);
        } else if (m_head.failed()) {
            return false;
        }
    }
    e.id = lastId + 1;
    e.prevHash = prev;
    e.hash = JournalChain::hashOf(prev, e);
    m_insert.bind(1, e.id);
    m_insert.bind(2, e.at);
    m_insert.bind(3, e.claimedAt);
    m_insert.bind(4, e.user);
    m_insert.bind(5, e.role);
    m_insert.bind(6, e.console);
    m_insert.bind(7, e.what);
    m_insert.bind(8, e.subject);
    m_insert.bind(9, e.before);
    m_insert.bind(10, e.after);
    m_insert.bind(11, e.detail);
    m_insert.bind(12, e.prevHash);
    m_insert.bind(13, e.hash);
    return m_insert.exec();
}

std::vector<JournalEntry> JournalRepository::range(qint64 from, qint64 to, int limit, bool *ok)
{
    std::vector<JournalEntry> out;
    StatementReset reset(m_range);
    m_range.bind(1, from);
    m_range.bind(2, to);
    m_range.bind(3, limit);
    while (m_range.next())
        out.push_back(readJournalEntry(m_range));
    if (ok)
        *ok = !m_range.failed();
    return out;
}

} // namespace fw

#pragma once
// JournalRepository: appends to the `journal` table (schema version 5) and reads it back.
// append() links the row into the hash chain (core/audit/journalchain.h): it reads the chain's head
// and inserts the new row with prev_hash = head and its hash. Call it inside the caller's Transaction
// (BEGIN IMMEDIATE: the write lock is held from the start, so no other connection can append between
// the head read and the insert) together with what it records, so that an action and its journal row
// are stored together or not at all. Without a transaction, append() opens one itself.
// Thread affinity and lifetime: those of the Database it is bound to (destroy it first).
// Errors: logged on the "store" logger; append() returns false.

#include "core/audit/journalentry.h"
#include "core/store/sqlstatement.h"

#include <vector>

namespace fw {

class Database;

// The journal's columns, in the order readJournalEntry() reads them: "id, at, claimed_at, ..., hash".
extern const char *const kJournalColumns;
// The current row of a statement that selected kJournalColumns.
JournalEntry readJournalEntry(const SqlStatement &row);

class JournalRepository
{
public:
    explicit JournalRepository(Database &db);
    bool isValid() const;

    // Sets e.id, e.prevHash and e.hash and stores the row. e.at must be set (this console's clock).
    bool append(JournalEntry &e);

    // Rows with from <= at < to, oldest first (then by id), at most `limit`.
    std::vector<JournalEntry> range(qint64 from, qint64 to, int limit, bool *ok = nullptr);

private:
    bool appendInTransaction(JournalEntry &e);

    Database &m_db;
    SqlStatement m_head;
    SqlStatement m_insert;
    SqlStatement m_range;
};

} // namespace fw

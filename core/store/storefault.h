#pragma once
// StoreFault: why the local store stopped saving, as SQLite reported it, in words an operator can
// act on. Every failed statement on a connection (execSql, SqlStatement) records its result code
// here when it is a fault of the store itself (full, read-only, I/O error, locked, damaged), not of
// the statement (a constraint); the connection's owner takes it after a piece of work
// (Database::takeFault()) and decides: a batch with a fault is rolled back whole.
//
// Threads: a connection belongs to one thread, and so does its record (thread-local).

#include <QCoreApplication>
#include <QString>

struct sqlite3;

namespace fw {

enum class StoreFault {
    None,
    Full,        // SQLITE_FULL: the disk (or the file system's quota) is full
    ReadOnly,    // SQLITE_READONLY, SQLITE_PERM, SQLITE_CANTOPEN: no write permission
    IoError,     // SQLITE_IOERR: the disk or file system failed a read or write
    Locked,      // SQLITE_BUSY, SQLITE_LOCKED: another process holds the store's write lock
    Damaged,     // SQLITE_CORRUPT, SQLITE_NOTADB
    Unavailable, // no store could be opened at all (the console runs without one)
};

// The fault a result code (primary or extended) stands for; None for codes that are not faults of
// the store (SQLITE_CONSTRAINT, ...).
StoreFault storeFaultOf(int sqliteCode);

// For execSql and SqlStatement: records `rc` against `db` when it is a store fault and none is
// recorded yet (the first is the cause; later failures are its consequences).
void noteStoreError(sqlite3 *db, int rc);
// The extended result code recorded for `db` since the last call, 0 if none; clears it.
int takeStoreError(sqlite3 *db);

class StoreFaultText
{
    Q_DECLARE_TR_FUNCTIONS(fw::StoreFault)
public:
    // "the disk is full", ... (lower case, for a sentence).
    static QString cause(StoreFault fault);
    // What the operator or their IT should do about it, one sentence; `path` is the store's file.
    static QString remedy(StoreFault fault, const QString &path);
};

} // namespace fw

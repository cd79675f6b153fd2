#pragma once
// Database: the console's local store, one SQLite connection (libsqlite3, WAL, foreign keys on).
//
// Thread affinity: a Database, its Transactions and the repositories bound to it belong to the
// thread that called open(); use them from that thread only (the connection is opened without
// SQLite's own mutex). Another thread that needs the store opens its own Database on the same file.
// Ownership: repositories keep a reference; destroy them before the Database.
// Errors: nothing throws. Every failure is logged on the "store" logger with SQLite's message and
// returned as false / nullopt / nullptr.

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

struct sqlite3;
class QThread;

namespace fw {

// What Database::open() did, for the log and for the operator.
struct OpenReport
{
    enum class Outcome {
        Created,     // no store (or an empty file) there: a new one was made
        Opened,      // an existing store at the current schema version
        Migrated,    // an existing store brought from fromVersion to toVersion
        Recreated,   // the file was damaged or not a database: moved to setAsidePath, a new store made
        Failed,      // nothing opened: see error
    };
    Outcome outcome = Outcome::Failed;
    int fromVersion = 0;       // schema version found in the file (0: none)
    int toVersion = 0;         // schema version of the open store
    QString setAsidePath;      // Recreated: "<path>.corrupt-YYYYMMDD-HHMMSS" (local time)
    QString message;           // one translated paragraph for the operator: what happened, what to do
    QString error;             // Recreated / Failed: the technical reason (SQLite's message, errno text)
    qint64 elapsedMs = 0;      // time open() took, integrity check and migrations included
};

class Database
{
public:
    // Opens or creates the store at `path`, creating missing parent directories. Sets WAL,
    // foreign_keys and a busy timeout, runs PRAGMA quick_check, then the migrations up to
    // schema::kCurrentVersion. A file that is corrupt or not a SQLite database is renamed (with its
    // -wal/-shm/-journal files) to "<path>.corrupt-YYYYMMDD-HHMMSS" and a fresh store is created.
    // A store written by a newer Fleetwatch, a SQLite file of another application, a path that
    // cannot be created or written: nullptr, nothing is moved. `report` may be null.
    static std::unique_ptr<Database> open(const QString &path, OpenReport *report);
    // A store in memory at the current schema (nothing reaches a disk; path() is empty): for a console
    // whose store cannot be opened, so that it still shows the fleet (read-only mode). nullptr on error.
    static std::unique_ptr<Database> openInMemory();

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // The connection, for repositories and SqlStatement. Owned by this object.
    sqlite3 *handle() const { return m_db; }
    const QString &path() const { return m_path; }
    bool isOwnerThread() const;

    // PRAGMA synchronous: FULL (durable: a committed row survives power loss; for acknowledgements,
    // labels and the outbox) or NORMAL (a commit may be lost on power loss, never corrupted; for bulk
    // alert events). In WAL mode a FULL commit also makes every earlier commit durable. Takes effect
    // for the next transaction; refused (false) inside a transaction. A new Database is durable.
    bool setDurable(bool durable);
    bool isDurable() const { return m_durable; }
    bool inTransaction() const;
    bool isInMemory() const { return m_path.isEmpty(); }

    // The store fault (SQLite's extended result code, see storefault.h) recorded on this connection
    // since the last call, 0 if none; clears it. Check it after a piece of work, before COMMIT.
    int takeFault();
    // How long a write waits for another process's lock before failing with SQLITE_BUSY.
    static constexpr int kDefaultBusyTimeoutMs = 5000;
    void setBusyTimeout(int ms);

    // Runs SQL without parameters (one or more statements).
    bool exec(const char *sql);
    // The first column of the first row of `sql` as an integer; nullopt on error or no row.
    std::optional<qint64> queryInt(const char *sql);
    // PRAGMA quick_check: empty when the store is sound, else SQLite's findings (or the error).
    QStringList integrityProblems();

    // meta_kv: small settings as text. metaValue() is nullopt for a missing key (or on error).
    std::optional<QString> metaValue(const QString &key);
    bool setMetaValue(const QString &key, const QString &value);
    // A UUID made when the store was created; empty on error.
    QString storeId();

private:
    Database(sqlite3 *db, const QString &path);

    sqlite3 *m_db = nullptr;
    QString m_path;
    QThread *m_owner = nullptr;
    bool m_durable = true;
};

// A write transaction: BEGIN IMMEDIATE in the constructor (takes the write lock at once, waiting up
// to the busy timeout), ROLLBACK in the destructor unless commit() succeeded. Check isActive()
// before writing: if BEGIN failed (logged), statements would run outside any transaction.
// Not nestable: a Transaction inside an active one is inactive. Same thread affinity as Database.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    // COMMIT; false if inactive or COMMIT failed (then the transaction is rolled back).
    bool commit();

private:
    void rollback();

    Database &m_db;
    bool m_active = false;
};

} // namespace fw

#pragma once
// Database: the console's local store, one SQLite connection (libsqlite3, WAL, foreign keys on).
//
// Thread affinity: a Database, its Transactions and the repositories bound to it belong to the
// thread that called open(); use them from that thread only (the connection is opened without
// SQLite's own mutex). Another thread that needs the store opens its own Database on the same file.
// Ownership: repositories keep a reference; destroy them before the Database.
// Opening (open(), openReadOnly()) is in databaseopen.cpp, the connection's members in database.cpp.
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
        Recreated,   // the Fleetwatch store was damaged: moved to setAsidePath, a new store made
        Failed,      // nothing opened: see error
        NotAStore,   // nothing opened: the file is not a Fleetwatch store (StoreIdentity), left untouched
    };
    Outcome outcome = Outcome::Failed;
    int fromVersion = 0;       // schema version found in the file (0: none)
    int toVersion = 0;         // schema version of the open store
    QString setAsidePath;      // Recreated: "<path>.corrupt-YYYYMMDD-HHMMSS" (local time)
    QString message;           // one translated paragraph for the operator: what happened, what to do
    QString error;             // Recreated / Failed / NotAStore: the reason (SQLite's message, errno text,
                               // StoreIdentity::reason())
    qint64 elapsedMs = 0;      // time open() took, integrity check and migrations included
};

class Database
{
public:
    // Opens or creates the store at `path`, creating missing parent directories. Sets WAL,
    // foreign_keys and a busy timeout, runs PRAGMA quick_check, then the migrations up to
    // schema::kCurrentVersion. Only a file that is a Fleetwatch store (StoreIdentity: a SQLite file
    // with Fleetwatch's application_id) and fails those checks (damaged, a migration refused as
    // corrupt) is renamed, with its -wal/-shm/-journal files, to "<path>.corrupt-YYYYMMDD-HHMMSS",
    // and a fresh store is created. Anything else at the path (a text file, another application's
    // SQLite database, a folder): nullptr with outcome NotAStore, the file left exactly as it was.
    // A missing or 0-byte file becomes a new store. A store written by a newer Fleetwatch, a path
    // that cannot be created or written: nullptr (Failed), nothing is moved. `report` may be null.
    static std::unique_ptr<Database> open(const QString &path, OpenReport *report);
    // A store in memory at the current schema (nothing reaches a disk; path() is empty): for a console
    // whose store cannot be opened, so that it still shows the fleet (read-only mode). nullptr on error.
    static std::unique_ptr<Database> openInMemory();

    // Opens an existing Fleetwatch store for reading only (reports): SQLITE_OPEN_READONLY through
    // StoreIdentity::readOnlyUri(), so a store in a read-only folder, or a read-only file, can be read;
    // nothing is created (no -wal, -shm or .open marker), checked, migrated or moved. The schema
    // stays as it is (report->fromVersion == toVersion: the file's version, at most
    // schema::kCurrentVersion). Errors: nullptr, Failed (no store there, newer version, unreadable;
    // a -wal holding changes that a read-only folder keeps from being read) or NotAStore.
    static std::unique_ptr<Database> openReadOnly(const QString &path, OpenReport *report);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // The connection, for repositories and SqlStatement. Owned by this object.
    sqlite3 *handle() const { return m_db; }
    const QString &path() const { return m_path; }
    bool isOwnerThread() const;
    bool isReadOnly() const { return m_readOnly; }
    // "<path>.open": present while a Database has the store open for writing (openReadOnly() leaves it
    // alone); one left behind by a crash or a kill makes the next open() check the whole store.
    static QString openMarker(const QString &path);

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
    Database(sqlite3 *db, const QString &path, bool readOnly);

    sqlite3 *m_db = nullptr;
    QString m_path;
    QThread *m_owner = nullptr;
    bool m_durable = true;
    bool m_readOnly = false;
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

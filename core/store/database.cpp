#include "core/store/database.h"

#include "core/common/logging.h"
#include "core/store/schema.h"
#include "core/store/sqlstatement.h"
#include "core/store/storefault.h"

#include <QFile>
#include <QThread>

#include <sqlite3.h>

namespace fw {

namespace {

QString sqliteError(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

} // namespace

QString Database::openMarker(const QString &path)
{
    return path + QLatin1String(".open");
}

std::unique_ptr<Database> Database::openInMemory()
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                              nullptr)
              == SQLITE_OK
              && execSql(db, "PRAGMA foreign_keys=ON");
    for (int version = 1; ok && version <= schema::kCurrentVersion; ++version)
        ok = schema::migrateTo(db, version);
    if (!ok) {
        logging::get("store")->error("cannot make a store in memory: {}", db ? sqlite3_errmsg(db) : "out of memory");
        sqlite3_close_v2(db);
        return nullptr;
    }
    return std::unique_ptr<Database>(new Database(db, QString(), false));
}

int Database::takeFault()
{
    return takeStoreError(m_db);
}

void Database::setBusyTimeout(int ms)
{
    sqlite3_busy_timeout(m_db, ms);
}

Database::Database(sqlite3 *db, const QString &path, bool readOnly)
    : m_db(db), m_path(path), m_owner(QThread::currentThread()), m_readOnly(readOnly)
{
    // A reader leaves the marker alone: it belongs to the console that has the store open. A store in
    // memory has no file.
    if (m_readOnly || path.isEmpty())
        return;
    QFile marker(openMarker(path));
    if (!marker.open(QIODevice::WriteOnly))
        logging::get("store")->warn("cannot write {}: the next start will check the whole store",
                                    logging::sanitize(marker.fileName()));
}

Database::~Database()
{
    takeStoreError(m_db);   // forget what is recorded for this connection
    if (!m_readOnly && !m_path.isEmpty())
        QFile::remove(openMarker(m_path));
    // close_v2: statements a repository still holds keep the connection until they are finalized.
    if (const int rc = sqlite3_close_v2(m_db); rc != SQLITE_OK)
        logging::get("store")->error("closing {} failed ({}): {}", logging::sanitize(m_path), rc,
                                     sqlite3_errstr(rc));
}

bool Database::isOwnerThread() const
{
    return QThread::currentThread() == m_owner;
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

bool Database::setDurable(bool durable)
{
    Q_ASSERT(isOwnerThread());
    if (durable == m_durable)
        return true;
    if (inTransaction()) {
        logging::get("store")->error("setDurable({}) refused inside a transaction", durable);
        return false;
    }
    if (!execSql(m_db, durable ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=NORMAL"))
        return false;
    m_durable = durable;
    return true;
}

bool Database::exec(const char *sql)
{
    Q_ASSERT(isOwnerThread());
    return execSql(m_db, sql);
}

std::optional<qint64> Database::queryInt(const char *sql)
{
    Q_ASSERT(isOwnerThread());
    SqlStatement statement(m_db, sql);
    if (!statement.isValid() || !statement.next())
        return std::nullopt;
    return statement.int64(0);
}

QStringList Database::integrityProblems()
{
    Q_ASSERT(isOwnerThread());
    SqlStatement check(m_db, "PRAGMA quick_check(20)");
    QStringList rows;
    while (check.next())
        rows << check.text(0);
    if (!check.isValid() || check.failed())
        return {sqliteError(m_db)};
    if (rows == QStringList{QStringLiteral("ok")})
        return {};
    return rows;
}

std::optional<QString> Database::metaValue(const QString &key)
{
    Q_ASSERT(isOwnerThread());
    SqlStatement select(m_db, "SELECT value FROM meta_kv WHERE key = ?1");
    select.bind(1, key);
    if (!select.next())
        return std::nullopt;
    return select.text(0);
}

bool Database::setMetaValue(const QString &key, const QString &value)
{
    Q_ASSERT(isOwnerThread());
    SqlStatement upsert(m_db, "INSERT INTO meta_kv(key, value) VALUES (?1, ?2)"
                              " ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    upsert.bind(1, key);
    upsert.bind(2, value);
    return upsert.exec();
}

QString Database::storeId()
{
    return metaValue(QStringLiteral("store_id")).value_or(QString());
}

Transaction::Transaction(Database &db) : m_db(db)
{
    Q_ASSERT(db.isOwnerThread());
    m_active = execSql(db.handle(), "BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::commit()
{
    if (!m_active) {
        logging::get("store")->error("commit without an active transaction");
        return false;
    }
    if (execSql(m_db.handle(), "COMMIT")) {
        m_active = false;
        return true;
    }
    rollback();
    return false;
}

void Transaction::rollback()
{
    m_active = false;
    // After some errors (SQLITE_FULL, SQLITE_IOERR, ...) SQLite has rolled back already.
    if (m_db.inTransaction())
        execSql(m_db.handle(), "ROLLBACK");
}

} // namespace fw

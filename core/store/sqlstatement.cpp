#include "core/store/sqlstatement.h"

#include "core/common/logging.h"
#include "core/store/storefault.h"

#include <sqlite3.h>

#include <utility>

namespace fw {

namespace {

// The statement text for log lines, on one line and short.
std::string statementText(sqlite3_stmt *stmt)
{
    const char *sql = stmt ? sqlite3_sql(stmt) : nullptr;
    return sql ? logging::sanitize(QByteArray(sql), 160) : std::string("?");
}

} // namespace

bool execSql(sqlite3 *db, const char *sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        noteStoreError(db, rc);
        logging::get("store")->error("exec failed ({}): {} in: {}", rc,
                                     message ? message : sqlite3_errstr(rc),
                                     logging::sanitize(QByteArray(sql), 160));
    }
    sqlite3_free(message);
    return rc == SQLITE_OK;
}

SqlStatement::SqlStatement(sqlite3 *db, const char *sql) : m_db(db)
{
    if (!db) {
        logging::get("store")->error("cannot prepare statement without a database: {}",
                                     logging::sanitize(QByteArray(sql), 160));
        return;
    }
    const int rc = sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        logging::get("store")->error("prepare failed ({}): {} in: {}", rc, sqlite3_errmsg(db),
                                     logging::sanitize(QByteArray(sql), 160));
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

SqlStatement::~SqlStatement()
{
    // sqlite3_finalize returns the error of the last step, already reported then.
    sqlite3_finalize(m_stmt);
}

SqlStatement::SqlStatement(SqlStatement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_failed(std::exchange(other.m_failed, false))
    , m_changes(std::exchange(other.m_changes, 0))
{
}

SqlStatement &SqlStatement::operator=(SqlStatement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_failed = std::exchange(other.m_failed, false);
        m_changes = std::exchange(other.m_changes, 0);
    }
    return *this;
}

void SqlStatement::noteError(const char *what, int rc)
{
    m_failed = true;
    noteStoreError(m_db, rc);
    logging::get("store")->error("{} failed ({}): {} in: {}", what, rc,
                                 m_db ? sqlite3_errmsg(m_db) : "no database", statementText(m_stmt));
}

void SqlStatement::bind(int index, qint64 value)
{
    if (!m_stmt)
        return noteError("bind", SQLITE_MISUSE);
    if (const int rc = sqlite3_bind_int64(m_stmt, index, value); rc != SQLITE_OK)
        noteError("bind", rc);
}

void SqlStatement::bind(int index, double value)
{
    if (!m_stmt)
        return noteError("bind", SQLITE_MISUSE);
    if (const int rc = sqlite3_bind_double(m_stmt, index, value); rc != SQLITE_OK)
        noteError("bind", rc);
}

void SqlStatement::bind(int index, const QString &value)
{
    if (!m_stmt)
        return noteError("bind", SQLITE_MISUSE);
    const QByteArray utf8 = value.toUtf8();
    // constData() is never null, so an empty string binds '' rather than NULL.
    if (const int rc = sqlite3_bind_text64(m_stmt, index, utf8.constData(), sqlite3_uint64(utf8.size()),
                                           SQLITE_TRANSIENT, SQLITE_UTF8);
        rc != SQLITE_OK)
        noteError("bind", rc);
}

void SqlStatement::bind(int index, const QByteArray &value)
{
    if (!m_stmt)
        return noteError("bind", SQLITE_MISUSE);
    if (const int rc = sqlite3_bind_blob64(m_stmt, index, value.constData(), sqlite3_uint64(value.size()),
                                           SQLITE_TRANSIENT);
        rc != SQLITE_OK)
        noteError("bind", rc);
}

void SqlStatement::bind(int index, const std::optional<qint64> &value)
{
    if (value)
        bind(index, *value);
    else
        bindNull(index);
}

void SqlStatement::bind(int index, const std::optional<double> &value)
{
    if (value)
        bind(index, *value);
    else
        bindNull(index);
}

void SqlStatement::bindNull(int index)
{
    if (!m_stmt)
        return noteError("bind", SQLITE_MISUSE);
    if (const int rc = sqlite3_bind_null(m_stmt, index); rc != SQLITE_OK)
        noteError("bind", rc);
}

bool SqlStatement::exec()
{
    bool ok = false;
    if (!m_stmt) {
        noteError("step", SQLITE_MISUSE);
    } else if (!m_failed) {
        int rc = sqlite3_step(m_stmt);
        while (rc == SQLITE_ROW)
            rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_DONE) {
            m_changes = sqlite3_changes(m_db);
            ok = true;
        } else {
            noteError("step", rc);
        }
    }
    reset();
    return ok;
}

bool SqlStatement::next()
{
    if (!m_stmt) {
        noteError("step", SQLITE_MISUSE);
        return false;
    }
    if (m_failed)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        noteError("step", rc);
    return false;
}

bool SqlStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 SqlStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double SqlStatement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString SqlStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray SqlStatement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

std::optional<qint64> SqlStatement::optionalInt64(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

std::optional<double> SqlStatement::optionalReal(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return real(column);
}

void SqlStatement::reset()
{
    m_failed = false;
    if (!m_stmt)
        return;
    // sqlite3_reset repeats the error of the last step, which step()/exec() reported already.
    sqlite3_reset(m_stmt);
    if (const int rc = sqlite3_clear_bindings(m_stmt); rc != SQLITE_OK)
        noteError("clear bindings", rc);
}

} // namespace fw

#pragma once
// SqlStatement: one prepared SQLite statement, prepared once and reused (RAII: finalized in the
// destructor). Thread affinity: that of the Database whose handle prepared it.
//
// Errors: every sqlite3 call is checked; a failure is logged on the "store" logger with
// sqlite3_errmsg and the statement text, and reported by the return value. A failed bind marks the
// current use as failed, so the following step() fails too: callers may bind without checking each
// call and look at step()/exec() only. Nothing throws.
//
// Use: bind with 1-based indexes, then exec() (no rows wanted) or next() repeatedly (rows), then
// let a StatementReset (or the next exec()) reset it, so that no statement holds a read snapshot
// or old bindings between uses.

#include <QByteArray>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace fw {

class SqlStatement
{
public:
    SqlStatement() = default;
    // Prepares `sql` (one statement) as a persistent statement. isValid() tells whether it worked.
    SqlStatement(sqlite3 *db, const char *sql);
    ~SqlStatement();
    SqlStatement(SqlStatement &&other) noexcept;
    SqlStatement &operator=(SqlStatement &&other) noexcept;
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }

    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, bool value) { bind(index, qint64(value ? 1 : 0)); }
    void bind(int index, double value);
    void bind(int index, const QString &value);          // UTF-8 text; never NULL
    void bind(int index, const QByteArray &value);       // blob; an empty array is a zero-length blob
    void bind(int index, const std::optional<qint64> &value);   // nullopt -> NULL
    void bind(int index, const std::optional<double> &value);   // nullopt -> NULL
    void bindNull(int index);
    // A string literal would otherwise convert to bool: say QStringLiteral or QByteArray.
    void bind(int index, const char *value) = delete;

    // Runs a statement that returns no rows (or whose rows are not wanted) and resets it.
    bool exec();
    // Steps once: true with a row to read; false when done or on error (then failed() is true).
    bool next();
    bool failed() const { return m_failed; }
    // Rows changed by the last exec() of this statement.
    int changes() const { return m_changes; }

    // Columns of the current row, 0-based.
    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    bool boolean(int column) const { return int64(column) != 0; }
    QString text(int column) const;
    QByteArray blob(int column) const;
    std::optional<qint64> optionalInt64(int column) const;
    std::optional<double> optionalReal(int column) const;

    // Ends the current use: resets the statement and clears its bindings.
    void reset();

private:
    void noteError(const char *what, int rc);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_failed = false;
    int m_changes = 0;
};

// Runs one or more SQL statements that take no parameters (DDL, PRAGMA, BEGIN/COMMIT); logs and
// returns false on the first failure.
bool execSql(sqlite3 *db, const char *sql);

// Resets a statement when the scope ends (early returns included).
class StatementReset
{
public:
    explicit StatementReset(SqlStatement &statement) : m_statement(statement) {}
    ~StatementReset() { m_statement.reset(); }
    StatementReset(const StatementReset &) = delete;
    StatementReset &operator=(const StatementReset &) = delete;

private:
    SqlStatement &m_statement;
};

} // namespace fw

#include "core/users/userrepository.h"

#include "core/store/database.h"

namespace fw {
namespace {

constexpr const char *kColumns =
    "name, display_name, role, password_hash, disabled, failed_signins, locked_until, created_at, changed_at";

QByteArray select(const char *tail)
{
    return QByteArray("SELECT ") + kColumns + " FROM users " + tail;
}

UserAccount readAccount(const SqlStatement &s)
{
    UserAccount u;
    u.name = s.text(0);
    u.displayName = s.text(1);
    u.role = roleFromName(s.text(2)).value_or(Role::Operator);
    u.passwordHash = s.text(3);
    u.disabled = s.boolean(4);
    u.failedSignIns = int(s.int64(5));
    u.lockedUntil = s.optionalInt64(6);
    u.createdAt = s.int64(7);
    u.changedAt = s.int64(8);
    return u;
}

void bindAccount(SqlStatement &s, const UserAccount &u)
{
    s.bind(1, u.name);
    s.bind(2, u.displayName);
    s.bind(3, roleName(u.role));
    s.bind(4, u.passwordHash);
    s.bind(5, u.disabled);
    s.bind(6, u.failedSignIns);
    s.bind(7, u.lockedUntil);
    s.bind(8, u.createdAt);
    s.bind(9, u.changedAt);
}

} // namespace

UserRepository::UserRepository(Database &db)
    : m_find(db.handle(), select("WHERE name = ?1").constData())
    , m_all(db.handle(), select("ORDER BY name").constData())
    , m_insert(db.handle(),
               (QByteArray("INSERT INTO users(") + kColumns + ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
                                                              "ON CONFLICT(name) DO NOTHING")
                   .constData())
    , m_update(db.handle(),
               "UPDATE users SET display_name = ?2, role = ?3, password_hash = ?4, disabled = ?5, "
               "failed_signins = ?6, locked_until = ?7, created_at = ?8, changed_at = ?9 WHERE name = ?1")
    , m_admins(db.handle(), "SELECT count(*) FROM users WHERE role = 'administrator' AND disabled = 0")
{
}

bool UserRepository::isValid() const
{
    return m_find.isValid() && m_all.isValid() && m_insert.isValid() && m_update.isValid() && m_admins.isValid();
}

std::optional<UserAccount> UserRepository::find(const QString &name, bool *ok)
{
    StatementReset reset(m_find);
    m_find.bind(1, name);
    std::optional<UserAccount> u;
    if (m_find.next())
        u = readAccount(m_find);
    if (ok)
        *ok = !m_find.failed();
    return u;
}

std::vector<UserAccount> UserRepository::all(bool *ok)
{
    StatementReset reset(m_all);
    std::vector<UserAccount> out;
    while (m_all.next())
        out.push_back(readAccount(m_all));
    if (ok)
        *ok = !m_all.failed();
    return out;
}

bool UserRepository::insert(const UserAccount &u)
{
    bindAccount(m_insert, u);
    return m_insert.exec() && m_insert.changes() == 1;
}

bool UserRepository::update(const UserAccount &u)
{
    bindAccount(m_update, u);
    return m_update.exec() && m_update.changes() == 1;
}

qint64 UserRepository::activeAdministrators()
{
    StatementReset reset(m_admins);
    return m_admins.next() ? m_admins.int64(0) : -1;
}

} // namespace fw

#include "core/users/accounts.h"

#include "core/common/logging.h"
#include "core/store/database.h"
#include "core/users/passwordhash.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QThread>

namespace fw {
namespace {

QString accountText(const UserAccount &u)
{
    return QStringLiteral("role=%1 disabled=%2").arg(roleName(u.role)).arg(u.disabled ? 1 : 0);
}

// A hash to verify against for unknown names, so that they take as long as a wrong password.
const QString &decoyHash()
{
    static const QString h = PasswordHash::hash(QStringLiteral("no such user, no such password"));
    return h;
}

} // namespace

QString userNameProblem(const QString &name)
{
    static const QRegularExpression ok(QStringLiteral("^[A-Za-z0-9._@-]{1,64}$"));
    if (!ok.match(name).hasMatch())
        return QCoreApplication::translate("fw::Accounts",
                                           "A user name has 1 to 64 letters, digits, dots, dashes, underscores or @.");
    return {};
}

Accounts::Accounts(Database &db, QString console) : m_db(db), m_console(std::move(console)), m_users(db), m_journal(db)
{
    decoyHash();   // made now, so that the first unknown name takes no longer than the next
}

bool Accounts::isValid() const
{
    return m_users.isValid() && m_journal.isValid();
}

bool Accounts::hasActiveAdministrator()
{
    return m_users.activeAdministrators() != 0;   // unreadable (-1) counts as "there is one": nothing opens up
}

std::vector<UserAccount> Accounts::list()
{
    return m_users.all();
}

std::optional<UserAccount> Accounts::find(const QString &name)
{
    return m_users.find(name);
}

bool Accounts::journal(const Actor &actor, const QString &what, const QString &subject, const QString &before,
                       const QString &after, const QString &detail, qint64 now)
{
    JournalEntry e;
    e.at = now;
    e.user = actor.user;
    e.role = actor.role ? roleName(*actor.role) : QString();
    e.console = actor.console.isEmpty() ? m_console : actor.console;
    e.what = what;
    e.subject = subject;
    e.before = before;
    e.after = after;
    e.detail = detail;
    return m_journal.append(e);
}

bool Accounts::record(const Actor &actor, const QString &what, const QString &subject, const QString &before,
                      const QString &after, const QString &detail, qint64 now)
{
    return journal(actor, what, subject, before, after, detail, now);
}

SignInResult Accounts::signIn(const QString &name, const QString &password, qint64 now)
{
    SignInResult r;
    const QString wrong = QCoreApplication::translate("fw::Accounts", "The user name or the password is wrong.");
    bool ok = false;
    std::optional<UserAccount> found = m_users.find(name, &ok);
    if (!ok) {
        r.message = QCoreApplication::translate("fw::Accounts", "The accounts could not be read from the store.");
        return r;
    }
    const Actor nobody{name, std::nullopt, m_console};
    if (!found) {
        // As long as a wrong password, and delayed by the same rule (failures in a row per name).
        PasswordHash::verify(decoyHash(), password);
        if (m_unknownFailures.size() > 10'000)
            m_unknownFailures.clear();
        const int failures = ++m_unknownFailures[name.toLower()];
        journal(nobody, QStringLiteral("sign_in_failed"), name, {}, {}, QStringLiteral("unknown user"), now);
        QThread::msleep(ulong(m_failureDelayMs * std::min(failures, 5)));
        r.outcome = SignInResult::Outcome::Refused;
        r.message = wrong;
        return r;
    }
    const bool matches = PasswordHash::verify(found->passwordHash, password);
    // The account again, inside the write transaction: a change made meanwhile by an administrator
    // (another process) is neither undone nor missed, and parallel attempts all count.
    Transaction tx(m_db);
    std::optional<UserAccount> current = tx.isActive() ? m_users.find(name, &ok) : std::nullopt;
    if (!current) {
        r.message = QCoreApplication::translate("fw::Accounts", "The accounts could not be read from the store.");
        return r;
    }
    UserAccount u = *current;
    const Actor them{u.name, u.role, m_console};
    if (u.disabled || (u.lockedUntil && *u.lockedUntil > now)) {
        const bool disabled = u.disabled;
        if (!(journal(them, QStringLiteral("sign_in_failed"), u.name, {}, {},
                      disabled ? QStringLiteral("disabled") : QStringLiteral("locked"), now)
              && tx.commit()))
            logging::get("users")->error("cannot record a refused sign-in of {}", logging::sanitize(u.name));
        r.outcome = disabled ? SignInResult::Outcome::Disabled : SignInResult::Outcome::Locked;
        r.failuresInARow = u.failedSignIns;
        r.message = disabled ? QCoreApplication::translate("fw::Accounts", "This account is disabled. An administrator can enable it.")
                             : QCoreApplication::translate("fw::Accounts", "This account is locked after %1 failed sign-ins, until %2. An administrator can unlock it "
                       "(fleetwatch users enable).")
                        .arg(u.failedSignIns)
                        .arg(QDateTime::fromMSecsSinceEpoch(*u.lockedUntil).toString(QStringLiteral("HH:mm")));
        return r;
    }
    if (!matches || u.passwordHash != found->passwordHash) {   // a password changed meanwhile: not this one
        u.failedSignIns += 1;
        const bool lock = u.failedSignIns >= kLockAfterFailures;
        if (lock)
            u.lockedUntil = now + qint64(kLockMinutes) * 60'000;
        const bool stored = m_users.update(u)
                         && journal(them, QStringLiteral("sign_in_failed"), u.name, {}, {},
                                    QStringLiteral("wrong password, %1 in a row").arg(u.failedSignIns), now)
                         && (!lock || journal(them, QStringLiteral("account_locked"), u.name, {}, {},
                                              QStringLiteral("%1 failed sign-ins").arg(u.failedSignIns), now))
                         && tx.commit();
        if (!stored)
            logging::get("users")->error("cannot record a failed sign-in of {}", logging::sanitize(u.name));
        QThread::msleep(ulong(m_failureDelayMs * std::min(u.failedSignIns, 5)));
        r.outcome = lock ? SignInResult::Outcome::Locked : SignInResult::Outcome::Refused;
        r.failuresInARow = u.failedSignIns;
        r.message = lock ? QCoreApplication::translate("fw::Accounts", "Too many failed sign-ins: the account is locked for %1 minutes.").arg(kLockMinutes)
                         : wrong;
        return r;
    }
    const bool accountChanged = u.failedSignIns != 0 || u.lockedUntil || PasswordHash::needsRehash(u.passwordHash);
    u.failedSignIns = 0;
    u.lockedUntil.reset();
    if (PasswordHash::needsRehash(u.passwordHash))
        u.passwordHash = PasswordHash::hash(password);
    const bool stored = (!accountChanged || m_users.update(u))
                     && journal(them, QStringLiteral("sign_in"), u.name, {}, accountText(u), {}, now) && tx.commit();
    if (!stored) {
        r.message = QCoreApplication::translate("fw::Accounts", "The sign-in could not be recorded in the store, so it was not accepted.");
        return r;
    }
    r.outcome = SignInResult::Outcome::SignedIn;
    r.account = u;
    return r;
}

QString Accounts::mayManage(const Actor &by)
{
    if (m_users.activeAdministrators() == 0)
        return {};   // the first administrator: nobody to ask yet (a failed count is -1: asked as usual)
    return refusalFor(by.role, Capability::ManageUsers);
}

QString Accounts::change(const Actor &by, const UserAccount &before, const UserAccount &after, const QString &what,
                         const QString &beforeText, const QString &afterText, qint64 now)
{
    // The last active administrator stays: otherwise nobody could manage users again.
    const bool wasAdmin = before.role == Role::Administrator && !before.disabled;
    const bool isAdmin = after.role == Role::Administrator && !after.disabled;
    Transaction tx(m_db);   // the count inside the write lock: two administrators cannot demote each other at once
    if (tx.isActive() && wasAdmin && !isAdmin && m_users.activeAdministrators() <= 1)
        return QCoreApplication::translate("fw::Accounts", "%1 is the only active administrator; make another administrator first.").arg(before.name);
    if (tx.isActive() && m_users.update(after) && journal(by, what, after.name, beforeText, afterText, {}, now)
        && tx.commit())
        return {};
    return QCoreApplication::translate("fw::Accounts", "The change could not be saved in the store.");
}

QString Accounts::addUser(const Actor &by, const QString &name, const QString &displayName, Role role,
                          const QString &password, qint64 now)
{
    const bool first = !hasActiveAdministrator();
    if (const QString why = mayManage(by); !why.isEmpty())
        return why;
    if (first && role != Role::Administrator)
        return QCoreApplication::translate("fw::Accounts", "The first account must be an administrator.");
    if (const QString why = userNameProblem(name); !why.isEmpty())
        return why;
    if (const QString why = PasswordHash::weakness(password, name); !why.isEmpty())
        return why;
    if (m_users.find(name))
        return QCoreApplication::translate("fw::Accounts", "There is already a user %1.").arg(name);
    UserAccount u;
    u.name = name;
    u.displayName = displayName.trimmed();
    u.role = role;
    u.passwordHash = PasswordHash::hash(password);
    u.createdAt = now;
    u.changedAt = now;
    if (u.passwordHash.isEmpty())
        return QCoreApplication::translate("fw::Accounts", "The password could not be hashed (out of memory).");
    const Actor actor = first && by.user.isEmpty() ? Actor{name, role, by.console} : by;
    Transaction tx(m_db);
    if (tx.isActive() && m_users.insert(u)
        && journal(actor, QStringLiteral("user_added"), name, {}, accountText(u), u.displayName, now) && tx.commit())
        return {};
    return QCoreApplication::translate("fw::Accounts", "The user could not be saved in the store.");
}

QString Accounts::setPassword(const Actor &by, const QString &name, const QString &password, qint64 now)
{
    const std::optional<UserAccount> u = m_users.find(name);
    if (!u)
        return QCoreApplication::translate("fw::Accounts", "There is no user %1.").arg(name);
    const bool self = by.role && by.user.compare(u->name, Qt::CaseInsensitive) == 0;
    if (!self)
        if (const QString why = mayManage(by); !why.isEmpty())
            return why;
    if (const QString why = PasswordHash::weakness(password, u->name); !why.isEmpty())
        return why;
    UserAccount after = *u;
    after.passwordHash = PasswordHash::hash(password);
    after.failedSignIns = 0;
    after.lockedUntil.reset();
    after.changedAt = now;
    return change(by, *u, after, QStringLiteral("password_changed"), {}, {}, now);
}

QString Accounts::setRole(const Actor &by, const QString &name, Role role, qint64 now)
{
    if (const QString why = mayManage(by); !why.isEmpty())
        return why;
    const std::optional<UserAccount> u = m_users.find(name);
    if (!u)
        return QCoreApplication::translate("fw::Accounts", "There is no user %1.").arg(name);
    UserAccount after = *u;
    after.role = role;
    after.changedAt = now;
    return change(by, *u, after, QStringLiteral("user_role_changed"), accountText(*u), accountText(after), now);
}

QString Accounts::setDisabled(const Actor &by, const QString &name, bool disabled, qint64 now)
{
    if (const QString why = mayManage(by); !why.isEmpty())
        return why;
    const std::optional<UserAccount> u = m_users.find(name);
    if (!u)
        return QCoreApplication::translate("fw::Accounts", "There is no user %1.").arg(name);
    UserAccount after = *u;
    after.disabled = disabled;
    after.failedSignIns = 0;
    after.lockedUntil.reset();
    after.changedAt = now;
    return change(by, *u, after, disabled ? QStringLiteral("user_disabled") : QStringLiteral("user_enabled"),
                  accountText(*u), accountText(after), now);
}

} // namespace fw

#pragma once
// Accounts: the local accounts' rules, over UserRepository and the journal. Sign-in (Argon2id,
// failures counted, delayed and, after kLockAfterFailures in a row, the account locked for
// kLockMinutes), and administration (add, password, role, disable / enable) with its journal rows:
// every change and every sign-in attempt is one hash-chained journal row written in the same
// transaction as the account change. The caller says who acts (Actor); Accounts checks that the
// actor may (core/users/role.h): an administrator for users, the user himself for his own password.
// The very first administrator may be added by nobody (a store without an active administrator).
//
// Thread affinity: that of the Database (one thread). signIn() and the password changes run Argon2id
// and, after a failure, wait (failureDelayMs per failure in a row, at most 5): call them off the GUI
// thread (AccountDesk does).

#include "core/audit/journalrepository.h"
#include "core/users/userrepository.h"

#include <QHash>

#include <optional>
#include <vector>

namespace fw {

class Database;

// Who acts: the signed-in user (role empty before anyone signs in), at which console.
struct Actor
{
    QString user;
    std::optional<Role> role;
    QString console;
};

struct SignInResult
{
    enum class Outcome { SignedIn, Refused, Locked, Disabled, Failed };
    Outcome outcome = Outcome::Failed;
    UserAccount account;       // SignedIn: the account (its role)
    QString message;           // not SignedIn: one translated sentence for the dialog
    int failuresInARow = 0;
};

class Accounts
{
public:
    static constexpr int kLockAfterFailures = 5;
    static constexpr int kLockMinutes = 15;

    Accounts(Database &db, QString console);
    bool isValid() const;

    // The delay after a failed sign-in, per failure in a row (at most 5 of them); 1 s by default.
    void setFailureDelayMs(int ms) { m_failureDelayMs = ms; }

    bool hasActiveAdministrator();
    std::vector<UserAccount> list();
    std::optional<UserAccount> find(const QString &name);

    // Checks name and password at `now` (ms), records the attempt (journal: sign_in, sign_in_failed,
    // account_locked) and the failure count. An unknown name costs the same time as a wrong password
    // and gets the same answer.
    SignInResult signIn(const QString &name, const QString &password, qint64 now);
    // A journal row for the session's own events: sign_out, lock, unlock, handover, settings, ...
    bool record(const Actor &actor, const QString &what, const QString &subject, const QString &before,
                const QString &after, const QString &detail, qint64 now);

    // Administration. Each returns an empty string when done, otherwise why not (translated).
    QString addUser(const Actor &by, const QString &name, const QString &displayName, Role role,
                    const QString &password, qint64 now);
    QString setPassword(const Actor &by, const QString &name, const QString &password, qint64 now);
    QString setRole(const Actor &by, const QString &name, Role role, qint64 now);
    // Disabling also ends a lock's count; enabling clears a lock after failed sign-ins.
    QString setDisabled(const Actor &by, const QString &name, bool disabled, qint64 now);

private:
    QString mayManage(const Actor &by);
    QString change(const Actor &by, const UserAccount &before, const UserAccount &after, const QString &what,
                   const QString &beforeText, const QString &afterText, qint64 now);
    bool journal(const Actor &actor, const QString &what, const QString &subject, const QString &before,
                 const QString &after, const QString &detail, qint64 now);

    Database &m_db;
    QString m_console;
    UserRepository m_users;
    JournalRepository m_journal;
    int m_failureDelayMs = 1000;
    QHash<QString, int> m_unknownFailures;   // failures in a row per unknown name (lower case), for the delay
};

// A name for an account: 1 to 64 characters of A-Z a-z 0-9 . _ - @ (it goes into actions and
// reports). Empty when acceptable, otherwise why not.
QString userNameProblem(const QString &name);

} // namespace fw

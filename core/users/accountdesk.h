#pragma once
// AccountDesk: Accounts for the console, on a thread of its own (Argon2id takes a few hundred ms and a
// failed sign-in waits on purpose: never on the GUI thread, never in the alerts thread that applies
// the fleet's traffic). It opens its own connection to the console's store (SQLite WAL: beside the
// alerts thread's). The GUI talks to it through queued slots and signals only.
//
// Lifetime: made by OperatorSession, moved to its thread; open() first, close() before the thread ends.

#include "core/users/accounts.h"

#include <QObject>

#include <memory>

namespace fw {

class AccountDesk : public QObject
{
    Q_OBJECT
public:
    AccountDesk(QString dbPath, QString console, QObject *parent = nullptr);
    ~AccountDesk() override;

public Q_SLOTS:
    // ready(hasActiveAdministrator) or unavailable(why).
    void open();
    void close();
    // signInFinished with the outcome (journalled by Accounts).
    void signIn(const QString &name, const QString &password);
    // The store's first administrator; administratorAdded(problem: empty when done), then, when done,
    // a sign-in as that administrator.
    void addFirstAdministrator(const QString &name, const QString &displayName, const QString &password);
    // A journal row for the session's events (sign_out, lock: subject the user) and settings changes.
    void record(const QString &user, const QString &role, const QString &what, const QString &subject,
                const QString &before, const QString &after, const QString &detail);

Q_SIGNALS:
    void ready(bool hasActiveAdministrator);
    void unavailable(const QString &why);
    void signInFinished(const fw::SignInResult &result);
    void administratorAdded(const QString &problem);

private:
    QString m_dbPath;
    QString m_console;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Accounts> m_accounts;
};

} // namespace fw

Q_DECLARE_METATYPE(fw::SignInResult)

#pragma once
// OperatorSession: who is signed in at this console, in the GUI thread. Nobody at first (the console
// still connects, stores and shows everything: view only); a sign-in (AccountDesk, on its own thread)
// gives a user and a role; after `lockMinutes` without keyboard or mouse input the session locks: the
// alarm view stays as it is, and the role is withheld (actions are refused) until the same user's
// password, or another user's sign-in (switch user at shift change, no restart), ends the lock.
// Sign out, lock and switch are journal rows (through the desk), sign-ins are journalled by Accounts.
//
// operatorChanged(user, role) carries what actions may use: role empty while nobody is signed in or
// while locked. The session never decides what a role may do: core/users/role.h does, where the action
// is carried out.

#include "core/users/accountdesk.h"

#include <QObject>
#include <QThread>
#include <QTimer>

namespace fw {

class OperatorSession : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Starting,      // the desk is opening the store
        NoAccounts,    // the store has no administrator yet: the first one is to be made
        SignedOut,
        SignedIn,
        Locked,
        Unavailable,   // the accounts cannot be read (the store cannot be opened)
    };
    Q_ENUM(State)

    OperatorSession(const QString &dbPath, const QString &console, int lockMinutes, QObject *parent = nullptr);
    ~OperatorSession() override;

    // Opens the accounts (once the console's own store is open, so that the two do not create it at once).
    void start();

    State state() const { return m_state; }
    const QString &user() const { return m_user; }   // signed in, or locked
    std::optional<Role> role() const { return m_role; }
    // The role actions may use now: the role while signed in, nothing otherwise.
    std::optional<Role> actingRole() const { return m_state == State::SignedIn ? m_role : std::nullopt; }
    const QString &unavailableReason() const { return m_unavailable; }
    bool isBusy() const { return m_busy; }
    int lockMinutes() const { return int(m_lockMs / 60'000); }
    // The idle time before the lock, in ms (settings give minutes; tests use seconds). 0: never.
    void setLockAfterMs(qint64 ms);

public Q_SLOTS:
    void signIn(const QString &name, const QString &password);
    void addFirstAdministrator(const QString &name, const QString &displayName, const QString &password);
    void lock();
    void signOut();
    // A journal row for a change the signed-in user made here (what "settings_changed", subject "connection").
    void recordChange(const QString &what, const QString &subject, const QString &before, const QString &after);

Q_SIGNALS:
    void stateChanged(fw::OperatorSession::State state);
    void operatorChanged(const QString &user, const QString &role);
    void busyChanged(bool busy);
    // A sign-in or the first administrator refused: why, for the dialog.
    void refused(const QString &why);
    void signedIn(const QString &user);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setState(State state);
    void setBusy(bool busy);
    void onSignIn(const fw::SignInResult &result);
    void publishOperator();

    QThread m_thread;
    AccountDesk *m_desk;   // lives in m_thread; deleted when it finishes
    QTimer m_idle;
    qint64 m_lockMs;
    qint64 m_lastInputAt = 0;
    State m_state = State::Starting;
    QString m_user;
    std::optional<Role> m_role;
    QString m_unavailable;
    bool m_busy = false;
    bool m_opening = false;
};

} // namespace fw

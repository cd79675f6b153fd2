#pragma once
// SessionControls: the console's sign-in on screen: the User menu (sign in Ctrl+L, lock Ctrl+Shift+L,
// sign out), the status bar's "who is signed in" button, and the sign-in / unlock / first
// administrator dialog, over an OperatorSession. GUI thread; owned by the main window.

#include "app/operatorsession.h"

#include <QObject>

class QMenuBar;
class QToolButton;
class QWidget;

namespace fw {

class SignInDialog;

class SessionControls : public QObject
{
    Q_OBJECT
public:
    SessionControls(const QString &dbPath, const QString &console, int lockMinutes, QWidget *window);

    OperatorSession *session() const { return m_session; }
    QToolButton *statusButton() const { return m_button; }
    SignInDialog *dialog() const { return m_dialog; }
    void addMenu(QMenuBar *bar);
    // At the first start (no administrator yet) open the form for the administrator by itself.
    void setAskForAdministrator(bool ask) { m_askForAdministrator = ask; }

public Q_SLOTS:
    // Sign in, unlock, or create the first administrator, as the state calls for.
    void openSignIn();

private:
    void showState();
    SignInDialog *ensureDialog();

    QWidget *m_window;
    OperatorSession *m_session;
    QToolButton *m_button;
    SignInDialog *m_dialog = nullptr;
    bool m_askForAdministrator = false;
};

} // namespace fw

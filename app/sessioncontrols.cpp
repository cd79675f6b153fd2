#include "app/sessioncontrols.h"

#include "widgets/hmipalette.h"
#include "widgets/signindialog.h"

#include <QMenu>
#include <QMenuBar>
#include <QToolButton>

namespace fw {

SessionControls::SessionControls(const QString &dbPath, const QString &console, int lockMinutes, QWidget *window)
    : QObject(window), m_window(window), m_session(new OperatorSession(dbPath, console, lockMinutes, this)),
      m_button(new QToolButton(window))
{
    m_button->setObjectName(QStringLiteral("sessionButton"));
    m_button->setAutoRaise(true);
    connect(m_button, &QToolButton::clicked, this, &SessionControls::openSignIn);
    connect(m_session, &OperatorSession::stateChanged, this, &SessionControls::showState);
    connect(m_session, &OperatorSession::signedIn, this, [this] {
        if (m_dialog)
            m_dialog->accept();
    });
    showState();
}

void SessionControls::addMenu(QMenuBar *bar)
{
    QMenu *menu = bar->addMenu(tr("&User"));
    menu->addAction(tr("&Sign in or switch user…"), QKeySequence(Qt::CTRL | Qt::Key_L), this, &SessionControls::openSignIn);
    menu->addAction(tr("&Lock"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), m_session, &OperatorSession::lock);
    menu->addAction(tr("Sign &out"), m_session, &OperatorSession::signOut);
}

SignInDialog *SessionControls::ensureDialog()
{
    if (!m_dialog) {
        m_dialog = new SignInDialog(m_window);
        connect(m_dialog, &SignInDialog::signInRequested, m_session, &OperatorSession::signIn);
        connect(m_dialog, &SignInDialog::administratorRequested, m_session, &OperatorSession::addFirstAdministrator);
        connect(m_session, &OperatorSession::busyChanged, m_dialog, &SignInDialog::setBusy);
        connect(m_session, &OperatorSession::refused, m_dialog, &SignInDialog::showRefusal);
    }
    return m_dialog;
}

void SessionControls::openSignIn()
{
    SignInDialog *d = ensureDialog();
    switch (m_session->state()) {
    case OperatorSession::State::NoAccounts: d->setMode(SignInDialog::Mode::FirstAdministrator); break;
    case OperatorSession::State::Locked: d->setMode(SignInDialog::Mode::Unlock, m_session->user()); break;
    default: d->setMode(SignInDialog::Mode::SignIn); break;
    }
    if (m_session->state() == OperatorSession::State::Unavailable)
        d->showRefusal(m_session->unavailableReason());
    d->setBusy(m_session->isBusy());
    d->show();
    d->raise();
    d->activateWindow();
}

void SessionControls::showState()
{
    QString text;
    QString tip = tr("Sign in, switch user or unlock (Ctrl+L); lock the console (Ctrl+Shift+L)");
    bool attention = false;
    switch (m_session->state()) {
    case OperatorSession::State::Starting: text = tr("Accounts: opening…"); break;
    case OperatorSession::State::NoAccounts:
        text = tr("No accounts yet: create the administrator");
        attention = true;
        break;
    case OperatorSession::State::SignedOut:
        text = tr("Not signed in: view only");
        attention = true;
        break;
    case OperatorSession::State::SignedIn:
        text = tr("%1 (%2)").arg(m_session->user(), roleTitle(*m_session->role()));
        break;
    case OperatorSession::State::Locked:
        text = tr("🔒 Locked: %1 — view only").arg(m_session->user());
        attention = true;
        break;
    case OperatorSession::State::Unavailable:
        text = tr("Sign-in unavailable");
        tip = m_session->unavailableReason();
        attention = true;
        break;
    }
    m_button->setText(text);
    m_button->setToolTip(tip);
    QFont f = m_button->font();
    f.setBold(attention);
    m_button->setFont(f);
    if (m_session->state() == OperatorSession::State::NoAccounts && m_askForAdministrator)
        openSignIn();
}

} // namespace fw

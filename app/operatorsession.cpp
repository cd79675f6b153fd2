#include "app/operatorsession.h"

#include "core/common/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>

#include <algorithm>

namespace fw {

OperatorSession::OperatorSession(const QString &dbPath, const QString &console, int lockMinutes, QObject *parent)
    : QObject(parent), m_desk(new AccountDesk(dbPath, console)), m_lockMs(qint64(lockMinutes) * 60'000)
{
    m_thread.setObjectName(QStringLiteral("accounts"));
    m_desk->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_desk, &QObject::deleteLater);
    connect(m_desk, &AccountDesk::ready, this, [this](bool hasAdministrator) {
        if (m_state == State::Starting)   // only the first answer: never over a sign-in
            setState(hasAdministrator ? State::SignedOut : State::NoAccounts);
    });
    connect(m_desk, &AccountDesk::unavailable, this, [this](const QString &why) {
        m_unavailable = why;
        setState(State::Unavailable);
    });
    connect(m_desk, &AccountDesk::signInFinished, this, &OperatorSession::onSignIn);
    connect(m_desk, &AccountDesk::administratorAdded, this, [this](const QString &problem) {
        if (!problem.isEmpty()) {
            setBusy(false);
            emit refused(problem);
        }   // done: the desk signs the administrator in next
    });
    // The idle lock: checked every few seconds against the last input (restarting a timer on every
    // mouse move would cost more than it saves).
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (m_state == State::SignedIn && m_lockMs > 0
            && QDateTime::currentMSecsSinceEpoch() - m_lastInputAt >= m_lockMs)
            lock();
    });
    QCoreApplication::instance()->installEventFilter(this);
    setLockAfterMs(m_lockMs);
    m_thread.start();
}

void OperatorSession::setLockAfterMs(qint64 ms)
{
    m_lockMs = ms;
    m_idle.setInterval(int(std::clamp<qint64>(ms / 4, 200, 5'000)));
    if (ms > 0)
        m_idle.start();
    else
        m_idle.stop();
}

OperatorSession::~OperatorSession()
{
    QMetaObject::invokeMethod(m_desk, &AccountDesk::close, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void OperatorSession::start()
{
    if (m_state == State::Starting && !m_opening) {
        m_opening = true;
        QMetaObject::invokeMethod(m_desk, &AccountDesk::open, Qt::QueuedConnection);
    }
}

bool OperatorSession::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        m_lastInputAt = QDateTime::currentMSecsSinceEpoch();
        break;
    default: break;
    }
    return QObject::eventFilter(watched, event);
}

void OperatorSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
    publishOperator();
}

void OperatorSession::setBusy(bool busy)
{
    if (m_busy != busy) {
        m_busy = busy;
        emit busyChanged(busy);
    }
}

void OperatorSession::publishOperator()
{
    const std::optional<Role> role = actingRole();
    emit operatorChanged(m_state == State::SignedIn ? m_user : QString(), role ? roleName(*role) : QString());
}

void OperatorSession::signIn(const QString &name, const QString &password)
{
    if (m_busy)
        return;
    setBusy(true);
    QMetaObject::invokeMethod(m_desk, [desk = m_desk, name, password] { desk->signIn(name, password); }, Qt::QueuedConnection);
}

void OperatorSession::addFirstAdministrator(const QString &name, const QString &displayName, const QString &password)
{
    if (m_busy)
        return;
    setBusy(true);
    QMetaObject::invokeMethod(
        m_desk, [desk = m_desk, name, displayName, password] { desk->addFirstAdministrator(name, displayName, password); },
        Qt::QueuedConnection);
}

void OperatorSession::onSignIn(const SignInResult &result)
{
    setBusy(false);
    if (result.outcome != SignInResult::Outcome::SignedIn) {
        emit refused(result.message);
        return;
    }
    const bool switching = !m_user.isEmpty() && m_user.compare(result.account.name, Qt::CaseInsensitive) != 0;
    if (switching)   // shift change: the previous user is signed out by the new sign-in
        QMetaObject::invokeMethod(m_desk, [desk = m_desk, user = m_user, role = m_role ? roleName(*m_role) : QString(),
                                           next = result.account.name] { desk->record(user, role, QStringLiteral("sign_out"), user, {}, {},
                                                                                      QStringLiteral("switched to %1").arg(next)); });
    m_user = result.account.name;
    m_role = result.account.role;
    m_lastInputAt = QDateTime::currentMSecsSinceEpoch();
    logging::get("users")->info("{} signed in as {}", logging::sanitize(m_user), roleName(*m_role).toStdString());
    m_state = State::Starting;   // so that setState below always announces the (new) user
    setState(State::SignedIn);
    emit signedIn(m_user);
}

void OperatorSession::lock()
{
    if (m_state != State::SignedIn)
        return;
    QMetaObject::invokeMethod(m_desk, [desk = m_desk, user = m_user, role = roleName(*m_role)] {
        desk->record(user, role, QStringLiteral("lock"), user, {}, {}, {});
    });
    logging::get("users")->info("session of {} locked", logging::sanitize(m_user));
    setState(State::Locked);
}

void OperatorSession::signOut()
{
    if (m_state != State::SignedIn && m_state != State::Locked)
        return;
    QMetaObject::invokeMethod(m_desk, [desk = m_desk, user = m_user, role = roleName(*m_role)] {
        desk->record(user, role, QStringLiteral("sign_out"), user, {}, {}, {});
    });
    logging::get("users")->info("{} signed out", logging::sanitize(m_user));
    m_user.clear();
    m_role.reset();
    setState(State::SignedOut);
}

} // namespace fw

namespace fw {

void OperatorSession::recordChange(const QString &what, const QString &subject, const QString &before, const QString &after)
{
    const std::optional<Role> role = actingRole();
    QMetaObject::invokeMethod(m_desk, [desk = m_desk, user = m_user, r = role ? roleName(*role) : QString(), what, subject,
                                       before, after] { desk->record(user, r, what, subject, before, after, {}); });
}

} // namespace fw

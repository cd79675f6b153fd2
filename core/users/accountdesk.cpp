#include "core/users/accountdesk.h"

#include "core/common/logging.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QDateTime>

namespace fw {
namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

AccountDesk::AccountDesk(QString dbPath, QString console, QObject *parent)
    : QObject(parent), m_dbPath(std::move(dbPath)), m_console(std::move(console))
{
    qRegisterMetaType<fw::SignInResult>();
}

AccountDesk::~AccountDesk()
{
    close();
}

void AccountDesk::open()
{
    OpenReport report;
    m_db = m_dbPath.isEmpty() ? nullptr : Database::open(m_dbPath, &report);
    if (m_db)
        m_accounts = std::make_unique<Accounts>(*m_db, m_console);
    if (!m_accounts || !m_accounts->isValid()) {
        m_accounts.reset();
        m_db.reset();
        const QString why = QCoreApplication::translate(
            "fw::AccountDesk", "The accounts are in the store, and the store cannot be opened: nobody can sign in. %1")
                                .arg(report.error);
        logging::get("users")->error("{}", logging::sanitize(why, 1000));
        emit unavailable(why);
        return;
    }
    emit ready(m_accounts->hasActiveAdministrator());
}

void AccountDesk::close()
{
    m_accounts.reset();
    m_db.reset();
}

void AccountDesk::signIn(const QString &name, const QString &password)
{
    if (!m_accounts) {
        SignInResult r;
        r.message = QCoreApplication::translate("fw::AccountDesk", "The store is not open: nobody can sign in.");
        emit signInFinished(r);
        return;
    }
    const SignInResult r = m_accounts->signIn(name, password, now());
    logging::get("users")->info("sign-in of {}: {}", logging::sanitize(name),
                                r.outcome == SignInResult::Outcome::SignedIn ? "signed in" : "refused");
    emit signInFinished(r);
}

void AccountDesk::addFirstAdministrator(const QString &name, const QString &displayName, const QString &password)
{
    if (!m_accounts) {
        emit administratorAdded(QCoreApplication::translate("fw::AccountDesk", "The store is not open."));
        return;
    }
    if (m_accounts->hasActiveAdministrator()) {
        emit administratorAdded(QCoreApplication::translate("fw::AccountDesk", "There is an administrator already: sign in."));
        return;
    }
    const QString problem =
        m_accounts->addUser(Actor{QString(), std::nullopt, m_console}, name, displayName, Role::Administrator, password, now());
    emit administratorAdded(problem);
    if (problem.isEmpty()) {
        logging::get("users")->info("first administrator {} added", logging::sanitize(name));
        signIn(name, password);
    }
}

void AccountDesk::record(const QString &user, const QString &role, const QString &what, const QString &subject,
                         const QString &before, const QString &after, const QString &detail)
{
    if (m_accounts && !m_accounts->record(Actor{user, roleFromName(role), m_console}, what, subject, before, after, detail, now()))
        logging::get("users")->error("cannot write the journal row {} of {}", what.toStdString(), logging::sanitize(user));
}

} // namespace fw

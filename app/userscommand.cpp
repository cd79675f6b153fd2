#include "app/userscommand.h"

#include "core/common/logging.h"
#include "core/store/database.h"
#include "core/users/accounts.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QSysInfo>
#include <QStandardPaths>
#include <QTextStream>

#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <string>

namespace fw {
namespace {

enum Exit { Done = 0, Refused = 1, Usage = 2, NoStore = 3 };

QString tr(const char *text)
{
    return QCoreApplication::translate("fw::UsersCommand", text);
}

// One password: from the terminal without echo (prompted on stderr), or the next line of stdin.
std::optional<QString> readPassword(const QString &prompt)
{
    const bool tty = isatty(STDIN_FILENO) != 0;
    termios saved{};
    if (tty) {
        std::fputs(qPrintable(prompt + QStringLiteral(": ")), stderr);
        std::fflush(stderr);
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string line;
    const bool got = bool(std::getline(std::cin, line));
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputs("\n", stderr);
    }
    if (!got)
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

// A new password: twice on a terminal, once from a pipe.
std::optional<QString> readNewPassword(const QString &user, QTextStream &err)
{
    const std::optional<QString> pw = readPassword(tr("New password for %1").arg(user));
    if (!pw) {
        err << tr("fleetwatch users: no password given (type it, or give it on standard input)") << '\n';
        return std::nullopt;
    }
    if (isatty(STDIN_FILENO)) {
        const std::optional<QString> again = readPassword(tr("The same password again"));
        if (!again || *again != *pw) {
            err << tr("fleetwatch users: the two passwords differ; nothing was changed") << '\n';
            return std::nullopt;
        }
    }
    return pw;
}

QString consoleName()
{
    return QStringLiteral("cli@%1").arg(QSysInfo::machineHostName());
}

} // namespace

int runUsersCommand(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    logging::setup(logging::Options{{}, spdlog::level::warn, true});   // the store's progress is not news here
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Local accounts of the console (Argon2id passwords in the store; every change in the journal).\n"
           "  users list                          the accounts, their roles and state\n"
           "  users add NAME --role ROLE          a new account (the first one: an administrator)\n"
           "  users passwd NAME                   a new password (yours, or anyone's as administrator)\n"
           "  users role NAME ROLE                another role\n"
           "  users disable NAME | enable NAME    no sign-in / sign-in again (enable also ends a lock)\n"
           "Roles: operator, technician, supervisor, manager, administrator.\n"
           "Passwords are never arguments: typed without echo, or one per line on standard input (with --as,\n"
           "the administrator's password first, then the new one)."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("users"), tr("the command"));
    p.addPositionalArgument(QStringLiteral("action"), tr("list, add, passwd, role, disable or enable"));
    const QCommandLineOption db(QStringLiteral("db"), tr("the console's store (default: the console's own)"), tr("FILE"));
    const QCommandLineOption as(QStringLiteral("as"), tr("the administrator who makes the change (asked for a password)"),
                                tr("NAME"));
    const QCommandLineOption role(QStringLiteral("role"), tr("the new account's role"), tr("ROLE"));
    const QCommandLineOption name(QStringLiteral("name"), tr("the new account's full name"), tr("TEXT"));
    p.addOptions({db, as, role, name});
    if (!p.parse(app.arguments())) {
        err << "fleetwatch users: " << p.errorText() << '\n';
        return Usage;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out << p.helpText();
        return Done;
    }
    const QStringList args = p.positionalArguments().mid(1);   // after "users"
    const QString action = args.value(0);
    const QHash<QString, int> arity{{QStringLiteral("list"), 1}, {QStringLiteral("add"), 2}, {QStringLiteral("passwd"), 2},
                                    {QStringLiteral("role"), 3}, {QStringLiteral("disable"), 2}, {QStringLiteral("enable"), 2}};
    if (!arity.contains(action) || args.size() != arity.value(action)) {
        err << tr("usage: fleetwatch users list|add NAME --role ROLE|passwd NAME|role NAME ROLE|disable NAME|enable NAME "
                  "[--db FILE] [--as ADMIN]  (see fleetwatch users --help)")
            << '\n';
        return Usage;
    }
    const QString dbPath = p.isSet(db) ? p.value(db)
                                       : QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                             .filePath(QStringLiteral("fleetwatch.sqlite"));
    OpenReport opened;
    const std::unique_ptr<Database> store = Database::open(dbPath, &opened);
    if (!store) {
        err << tr("fleetwatch users: cannot open the store %1: %2").arg(dbPath, opened.message.isEmpty() ? opened.error : opened.message)
            << '\n';
        return NoStore;
    }
    Accounts accounts(*store, consoleName());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    // Who acts: nobody while the store has no administrator; otherwise --as, with the password.
    Actor actor{QString(), std::nullopt, consoleName()};
    if (accounts.hasActiveAdministrator()) {
        if (!p.isSet(as)) {
            err << tr("fleetwatch users: say which administrator you are with --as NAME") << '\n';
            return Usage;
        }
        const std::optional<QString> pw = readPassword(tr("Password for %1").arg(p.value(as)));
        const SignInResult signedIn = pw ? accounts.signIn(p.value(as), *pw, now) : SignInResult{};
        if (signedIn.outcome != SignInResult::Outcome::SignedIn) {
            err << "fleetwatch users: " << (signedIn.message.isEmpty() ? tr("no password given") : signedIn.message) << '\n';
            return Refused;
        }
        actor = Actor{signedIn.account.name, signedIn.account.role, consoleName()};
    }

    const QString who = args.value(1);
    QString refusal;
    if (action == QStringLiteral("list")) {
        if (actor.role && !mayDo(*actor.role, Capability::ManageUsers)) {
            refusal = refusalFor(*actor.role, Capability::ManageUsers);
        } else {
            for (const UserAccount &u : accounts.list()) {
                QString state = u.disabled ? tr("disabled") : tr("active");
                if (!u.disabled && u.lockedUntil && *u.lockedUntil > now)
                    state = tr("locked until %1").arg(QDateTime::fromMSecsSinceEpoch(*u.lockedUntil).toString(Qt::ISODate));
                out << u.name << '\t' << roleName(u.role) << '\t' << state << '\t' << u.displayName << '\n';
            }
        }
    } else if (action == QStringLiteral("add")) {
        const std::optional<Role> r = roleFromName(p.value(role));
        if (!r) {
            err << tr("fleetwatch users: --role must be operator, technician, supervisor, manager or administrator") << '\n';
            return Usage;
        }
        const std::optional<QString> pw = readNewPassword(who, err);
        if (!pw)
            return Refused;
        refusal = accounts.addUser(actor, who, p.value(name), *r, *pw, now);
    } else if (action == QStringLiteral("passwd")) {
        const std::optional<QString> pw = readNewPassword(who, err);
        if (!pw)
            return Refused;
        refusal = accounts.setPassword(actor, who, *pw, now);
    } else if (action == QStringLiteral("role")) {
        const std::optional<Role> r = roleFromName(args.value(2));
        if (!r) {
            err << tr("fleetwatch users: the role must be operator, technician, supervisor, manager or administrator") << '\n';
            return Usage;
        }
        refusal = accounts.setRole(actor, who, *r, now);
    } else {
        refusal = accounts.setDisabled(actor, who, action == QStringLiteral("disable"), now);
    }
    if (!refusal.isEmpty()) {
        err << "fleetwatch users: " << refusal << '\n';
        return Refused;
    }
    if (action != QStringLiteral("list"))
        out << tr("done: %1 %2").arg(action, who) << '\n';
    return Done;
}

} // namespace fw

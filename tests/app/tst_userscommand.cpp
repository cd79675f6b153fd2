// `fleetwatch users`, the real executable on a real store: the first administrator made from standard
// input; an operator added by the administrator (--as, his password first on stdin); a wrong
// administrator password, an operator acting as administrator and a password given as an argument are
// refused with their exit codes; role, disable and enable change what sign-in allows; every change is
// in the journal, whose chain verifies, and no password or hash is in it.

#include "core/audit/journalchain.h"
#include "core/store/database.h"
#include "core/users/accounts.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

namespace {

const QByteArray kAdminPw = "admin-password-1";
const QByteArray kAlicePw = "alice-password-1";

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class TestUsersCommand : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;

    static QString executable()
    {
        return QDir(qEnvironmentVariable("FLEETWATCH_BINARY_DIR")).filePath(QStringLiteral("app/fleetwatch"));
    }

    Run users(const QStringList &args, const QByteArray &stdinText)
    {
        QProcess p;
        p.start(executable(), QStringList{QStringLiteral("users")} + args + QStringList{QStringLiteral("--db"), m_db});
        p.write(stdinText);
        p.closeWriteChannel();
        if (!p.waitForFinished(60'000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    SignInResult::Outcome signIn(const QString &name, const QByteArray &pw)
    {
        auto db = Database::open(m_db, nullptr);
        Accounts accounts(*db, QStringLiteral("test"));
        accounts.setFailureDelayMs(0);
        return accounts.signIn(name, QString::fromUtf8(pw), 1).outcome;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("store.sqlite"));
    }

    void administration()
    {
        // The first account: no --as needed, and it must be an administrator.
        Run r = users({QStringLiteral("add"), QStringLiteral("alice"), QStringLiteral("--role"), QStringLiteral("operator")},
                      kAlicePw + '\n');
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("first account must be an administrator")), qPrintable(r.err));
        r = users({QStringLiteral("add"), QStringLiteral("boss"), QStringLiteral("--role"), QStringLiteral("administrator"),
                   QStringLiteral("--name"), QStringLiteral("Site Admin")},
                  kAdminPw + '\n');
        QCOMPARE(r.code, 0);
        // Now --as is needed, with the right password.
        r = users({QStringLiteral("add"), QStringLiteral("alice"), QStringLiteral("--role"), QStringLiteral("operator")},
                  kAdminPw + '\n' + kAlicePw + '\n');
        QCOMPARE(r.code, 2);
        r = users({QStringLiteral("add"), QStringLiteral("alice"), QStringLiteral("--role"), QStringLiteral("operator"),
                   QStringLiteral("--as"), QStringLiteral("boss")},
                  "not-the-password\n" + kAlicePw + '\n');
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("password is wrong")), qPrintable(r.err));
        r = users({QStringLiteral("add"), QStringLiteral("alice"), QStringLiteral("--role"), QStringLiteral("operator"),
                   QStringLiteral("--as"), QStringLiteral("boss")},
                  kAdminPw + '\n' + kAlicePw + '\n');
        QCOMPARE(r.code, 0);
        QCOMPARE(signIn(QStringLiteral("alice"), kAlicePw), SignInResult::Outcome::SignedIn);
        // A password is never an argument.
        r = users({QStringLiteral("passwd"), QStringLiteral("alice"), QStringLiteral("--password"), QStringLiteral("x")}, {});
        QCOMPARE(r.code, 2);
        // An operator is not an administrator.
        r = users({QStringLiteral("role"), QStringLiteral("alice"), QStringLiteral("administrator"), QStringLiteral("--as"),
                   QStringLiteral("alice")},
                  kAlicePw + '\n');
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("may not manage users")), qPrintable(r.err));
        // Role, disable, enable.
        r = users({QStringLiteral("role"), QStringLiteral("alice"), QStringLiteral("supervisor"), QStringLiteral("--as"),
                   QStringLiteral("boss")},
                  kAdminPw + '\n');
        QCOMPARE(r.code, 0);
        r = users({QStringLiteral("disable"), QStringLiteral("alice"), QStringLiteral("--as"), QStringLiteral("boss")},
                  kAdminPw + '\n');
        QCOMPARE(r.code, 0);
        QCOMPARE(signIn(QStringLiteral("alice"), kAlicePw), SignInResult::Outcome::Disabled);
        r = users({QStringLiteral("list"), QStringLiteral("--as"), QStringLiteral("boss")}, kAdminPw + '\n');
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("alice\tsupervisor\tdisabled")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("boss\tadministrator\tactive\tSite Admin")), qPrintable(r.out));
        r = users({QStringLiteral("enable"), QStringLiteral("alice"), QStringLiteral("--as"), QStringLiteral("boss")},
                  kAdminPw + '\n');
        QCOMPARE(r.code, 0);
        QCOMPARE(signIn(QStringLiteral("alice"), kAlicePw), SignInResult::Outcome::SignedIn);
        // Her own password, as herself.
        r = users({QStringLiteral("passwd"), QStringLiteral("alice"), QStringLiteral("--as"), QStringLiteral("alice")},
                  kAlicePw + "\nanother-password-2\n");
        QCOMPARE(r.code, 0);
        QCOMPARE(signIn(QStringLiteral("alice"), "another-password-2"), SignInResult::Outcome::SignedIn);

        auto db = Database::openReadOnly(m_db, nullptr);
        QVERIFY(db);
        const auto v = JournalChain::verify(*db);
        QVERIFY(v.intact);
        for (const char *what : {"user_added", "user_role_changed", "user_disabled", "user_enabled", "password_changed",
                                 "sign_in", "sign_in_failed"})
            QVERIFY2(db->queryInt(QByteArray("SELECT count(*) FROM journal WHERE what = '").append(what).append("'").constData())
                         .value_or(0)
                         > 0,
                     what);
        QCOMPARE(db->queryInt("SELECT count(*) FROM journal WHERE console LIKE 'cli@%' AND what = 'user_disabled' AND user = 'boss'"),
                 std::optional<qint64>(1));
        QCOMPARE(db->queryInt("SELECT count(*) FROM journal WHERE detail LIKE '%password-%' OR after LIKE '%argon2%' "
                              "OR before LIKE '%argon2%'"),
                 std::optional<qint64>(0));
    }
};

QTEST_GUILESS_MAIN(TestUsersCommand)
#include "tst_userscommand.moc"

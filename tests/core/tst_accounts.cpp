// Accounts on a real store: the first administrator, sign-in with Argon2id (the stored hash is
// argon2id with the chosen parameters), failures counted, delayed and the account locked after five
// in a row, an unknown name answered like a wrong password, disabled accounts, who may manage users,
// the last administrator kept, a user's own password; every step a journal row and the chain intact.

#include "core/audit/journalchain.h"
#include "core/store/database.h"
#include "core/users/accounts.h"
#include "core/users/passwordhash.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

namespace {

const QString kAdminPw = QStringLiteral("correct horse battery");
const QString kAlicePw = QStringLiteral("alice-secret-42");

} // namespace

class TestAccounts : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Accounts> m_accounts;
    const Actor m_admin{QStringLiteral("root-admin"), Role::Administrator, QStringLiteral("ws-01")};

    qint64 journalRows(const char *what)
    {
        return m_db->queryInt(QByteArray("SELECT count(*) FROM journal WHERE what = '").append(what).append("'").constData())
            .value_or(-1);
    }

private Q_SLOTS:
    void init()
    {
        m_accounts.reset();
        m_db = Database::open(m_dir.filePath(QStringLiteral("a%1.sqlite").arg(++m_n)), nullptr);
        QVERIFY(m_db);
        m_accounts = std::make_unique<Accounts>(*m_db, QStringLiteral("ws-01"));
        QVERIFY(m_accounts->isValid());
        m_accounts->setFailureDelayMs(0);
        QVERIFY(!m_accounts->hasActiveAdministrator());
        QCOMPARE(m_accounts->addUser(Actor{}, QStringLiteral("root-admin"), QStringLiteral("Site admin"),
                                     Role::Administrator, kAdminPw, 1000),
                 QString());
        QCOMPARE(m_accounts->addUser(m_admin, QStringLiteral("alice"), QStringLiteral("Alice A."), Role::Operator, kAlicePw, 2000),
                 QString());
    }

    void cleanup()
    {
        if (m_db)
            QVERIFY(JournalChain::verify(*m_db).intact);
    }

    void firstAccountMustBeAnAdministrator()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("empty.sqlite")), nullptr);
        Accounts accounts(*db, QStringLiteral("ws"));
        QVERIFY(!accounts.addUser(Actor{}, QStringLiteral("bob"), {}, Role::Operator, kAlicePw, 1).isEmpty());
        QVERIFY(accounts.list().empty());
    }

    void passwordsAreArgon2id()
    {
        const auto alice = m_accounts->find(QStringLiteral("ALICE"));   // names ignore case
        QVERIFY(alice);
        QVERIFY2(alice->passwordHash.startsWith(QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$")), qPrintable(alice->passwordHash));
        QVERIFY(!alice->passwordHash.contains(kAlicePw));
        QVERIFY(!PasswordHash::needsRehash(alice->passwordHash));
        QVERIFY(PasswordHash::verify(alice->passwordHash, kAlicePw));
        QVERIFY(!PasswordHash::verify(alice->passwordHash, kAlicePw + QLatin1Char('x')));
        QCOMPARE(m_accounts->addUser(m_admin, QStringLiteral("bob"), {}, Role::Operator, QStringLiteral("short"), 3),
                 PasswordHash::weakness(QStringLiteral("short"), QStringLiteral("bob")));
        QVERIFY(!m_accounts->addUser(m_admin, QStringLiteral("bob smith"), {}, Role::Operator, kAlicePw, 3).isEmpty());
        QVERIFY(!m_accounts->addUser(m_admin, QStringLiteral("Alice"), {}, Role::Operator, kAlicePw, 3).isEmpty());
    }

    void signInAndTheJournal()
    {
        const SignInResult r = m_accounts->signIn(QStringLiteral("alice"), kAlicePw, 5000);
        QCOMPARE(r.outcome, SignInResult::Outcome::SignedIn);
        QCOMPARE(r.account.role, Role::Operator);
        QCOMPARE(journalRows("sign_in"), 1);
        QCOMPARE(journalRows("user_added"), 2);
        QCOMPARE(m_db->queryInt("SELECT at FROM journal WHERE what = 'sign_in'"), std::optional<qint64>(5000));
    }

    void failuresAreCountedAndLock()
    {
        for (int i = 1; i < Accounts::kLockAfterFailures; ++i) {
            const SignInResult r = m_accounts->signIn(QStringLiteral("alice"), QStringLiteral("guess-%1").arg(i), 10'000 + i);
            QCOMPARE(r.outcome, SignInResult::Outcome::Refused);
            QCOMPARE(r.failuresInARow, i);
        }
        SignInResult r = m_accounts->signIn(QStringLiteral("alice"), QStringLiteral("guess-5"), 10'005);
        QCOMPARE(r.outcome, SignInResult::Outcome::Locked);
        // Locked: even the right password is refused until the lock ends.
        r = m_accounts->signIn(QStringLiteral("alice"), kAlicePw, 10'006);
        QCOMPARE(r.outcome, SignInResult::Outcome::Locked);
        QVERIFY(r.message.contains(QStringLiteral("locked")));
        QCOMPARE(journalRows("account_locked"), 1);
        QCOMPARE(journalRows("sign_in_failed"), 6);
        // After the lock time the right password works and the count starts again.
        r = m_accounts->signIn(QStringLiteral("alice"), kAlicePw, 10'006 + Accounts::kLockMinutes * 60'000);
        QCOMPARE(r.outcome, SignInResult::Outcome::SignedIn);
        QCOMPARE(m_accounts->find(QStringLiteral("alice"))->failedSignIns, 0);
        // An administrator's enable ends a lock at once.
        for (int i = 0; i < Accounts::kLockAfterFailures; ++i)
            m_accounts->signIn(QStringLiteral("alice"), QStringLiteral("nope"), 20'000);
        QCOMPARE(m_accounts->signIn(QStringLiteral("alice"), kAlicePw, 20'001).outcome, SignInResult::Outcome::Locked);
        QCOMPARE(m_accounts->setDisabled(m_admin, QStringLiteral("alice"), false, 20'002), QString());
        QCOMPARE(m_accounts->signIn(QStringLiteral("alice"), kAlicePw, 20'003).outcome, SignInResult::Outcome::SignedIn);
    }

    void failedSignInsAreDelayed()
    {
        m_accounts->setFailureDelayMs(1000);
        QElapsedTimer t;
        t.start();
        QCOMPARE(m_accounts->signIn(QStringLiteral("alice"), QStringLiteral("wrong-one"), 1).outcome, SignInResult::Outcome::Refused);
        QVERIFY2(t.elapsed() >= 1000, qPrintable(QString::number(t.elapsed())));
        t.restart();
        QCOMPARE(m_accounts->signIn(QStringLiteral("alice"), QStringLiteral("wrong-two"), 2).outcome, SignInResult::Outcome::Refused);
        QVERIFY2(t.elapsed() >= 2000, qPrintable(QString::number(t.elapsed())));
    }

    void unknownNameLooksLikeAWrongPassword()
    {
        const SignInResult unknown = m_accounts->signIn(QStringLiteral("mallory"), QStringLiteral("whatever-long"), 1);
        const SignInResult wrong = m_accounts->signIn(QStringLiteral("alice"), QStringLiteral("whatever-long"), 2);
        QCOMPARE(unknown.outcome, SignInResult::Outcome::Refused);
        QCOMPARE(unknown.message, wrong.message);
        QCOMPARE(m_db->queryInt("SELECT count(*) FROM journal WHERE what = 'sign_in_failed' AND subject = 'mallory'"),
                 std::optional<qint64>(1));
        QCOMPARE(m_db->queryInt("SELECT count(*) FROM users"), std::optional<qint64>(2));
    }

    void whoMayManage()
    {
        const Actor alice{QStringLiteral("alice"), Role::Operator, QStringLiteral("ws-02")};
        const QString refused = m_accounts->addUser(alice, QStringLiteral("eve"), {}, Role::Administrator, kAlicePw, 1);
        QCOMPARE(refused, refusalFor(Role::Operator, Capability::ManageUsers));
        QVERIFY(!m_accounts->setRole(Actor{}, QStringLiteral("alice"), Role::Administrator, 1).isEmpty());
        QCOMPARE(m_accounts->find(QStringLiteral("alice"))->role, Role::Operator);
        // Her own password she may change; not someone else's.
        QCOMPARE(m_accounts->setPassword(alice, QStringLiteral("alice"), QStringLiteral("a-new-password"), 2), QString());
        QVERIFY(!m_accounts->setPassword(alice, QStringLiteral("root-admin"), QStringLiteral("a-new-password"), 2).isEmpty());
        QCOMPARE(m_accounts->signIn(QStringLiteral("alice"), QStringLiteral("a-new-password"), 3).outcome,
                 SignInResult::Outcome::SignedIn);
        QCOMPARE(journalRows("password_changed"), 1);
        QVERIFY(!m_db->queryInt("SELECT count(*) FROM journal WHERE before LIKE '%argon%' OR after LIKE '%argon%'").value_or(1));
    }

    void roleAndDisable()
    {
        QCOMPARE(m_accounts->setRole(m_admin, QStringLiteral("alice"), Role::Supervisor, 7), QString());
        QCOMPARE(m_db->queryInt("SELECT count(*) FROM journal WHERE what = 'user_role_changed' AND before = "
                                "'role=operator disabled=0' AND after = 'role=supervisor disabled=0'"),
                 std::optional<qint64>(1));
        QCOMPARE(m_accounts->setDisabled(m_admin, QStringLiteral("alice"), true, 8), QString());
        QCOMPARE(m_accounts->signIn(QStringLiteral("alice"), kAlicePw, 9).outcome, SignInResult::Outcome::Disabled);
    }

    void theLastAdministratorStays()
    {
        QVERIFY(m_accounts->setDisabled(m_admin, QStringLiteral("root-admin"), true, 1).contains(QStringLiteral("only active administrator")));
        QVERIFY(!m_accounts->setRole(m_admin, QStringLiteral("root-admin"), Role::Operator, 1).isEmpty());
        QCOMPARE(m_accounts->setRole(m_admin, QStringLiteral("alice"), Role::Administrator, 2), QString());
        QCOMPARE(m_accounts->setRole(m_admin, QStringLiteral("root-admin"), Role::Operator, 3), QString());
        QCOMPARE(m_db->queryInt("SELECT count(*) FROM users WHERE role = 'administrator'"), std::optional<qint64>(1));
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"

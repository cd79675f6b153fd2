// Signing in at the console, the real main window on a real store (offscreen): nobody signed in at
// first (view only: actions carry no role); Ctrl+L opens the sign-in form; a wrong password is
// refused in the form, the right one signs in and the status bar names the user and role; Ctrl+Shift+L
// locks (the role is withheld) and another user's sign-in takes over the shift (the first one's
// sign-out on record); the session locks by itself after the idle time; the connection settings are
// refused to an operator; a first start asks for the administrator and signs him in. Every step is in
// the journal, whose chain verifies.

#include "app/mainwindow.h"
#include "app/operatorsession.h"
#include "app/sessioncontrols.h"
#include "core/audit/journalchain.h"
#include "core/store/database.h"
#include "core/users/accounts.h"
#include "widgets/signindialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace fw;

namespace {

const QString kAlicePw = QStringLiteral("alice-password-1");
const QString kBossPw = QStringLiteral("boss-password-1");

ConsoleSettings offlineSettings()
{
    ConsoleSettings settings;
    settings.mqtt.setBrokerUrl(QStringLiteral("mqtt://127.0.0.1:1"));   // nothing listens: no broker needed
    settings.consoleId = QStringLiteral("ws-signin");
    return settings;
}

void type(SignInDialog *d, const QString &name, const QString &password)
{
    d->nameField()->setText(name);
    d->passwordField()->setText(password);
    QTest::keyClick(d->passwordField(), Qt::Key_Return);
}

} // namespace

class TestSignIn : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    qint64 journal(const QString &db, const char *sql)
    {
        auto store = Database::openReadOnly(db, nullptr);
        return store ? store->queryInt(sql).value_or(-1) : -1;
    }

private Q_SLOTS:
    void signInLockSwitchAndIdle()
    {
        const QString db = m_dir.filePath(QStringLiteral("store.sqlite"));
        {
            auto store = Database::open(db, nullptr);
            Accounts accounts(*store, QStringLiteral("setup"));
            QCOMPARE(accounts.addUser({}, QStringLiteral("boss"), {}, Role::Administrator, kBossPw, 1), QString());
            const Actor boss{QStringLiteral("boss"), Role::Administrator, {}};
            QCOMPARE(accounts.addUser(boss, QStringLiteral("alice"), {}, Role::Operator, kAlicePw, 2), QString());
        }
        MainWindow window(offlineSettings(), m_dir.filePath(QStringLiteral("fw.ini")), db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        OperatorSession *session = window.sessionControls()->session();
        QSignalSpy operators(session, &OperatorSession::operatorChanged);
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), OperatorSession::State::SignedOut, 10000);
        QToolButton *who = window.sessionControls()->statusButton();
        QVERIFY2(who->text().contains(QStringLiteral("Not signed in")), qPrintable(who->text()));
        QCOMPARE(session->actingRole(), std::optional<Role>());

        // Ctrl+L: the form; a wrong password is refused in it.
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        SignInDialog *dialog = window.sessionControls()->dialog();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->mode(), SignInDialog::Mode::SignIn);
        type(dialog, QStringLiteral("alice"), QStringLiteral("not-her-password"));
        auto *message = dialog->findChild<QLabel *>(QStringLiteral("signInMessage"));
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("wrong")), 15000);
        QCOMPARE(session->state(), OperatorSession::State::SignedOut);
        QVERIFY(dialog->passwordField()->text().isEmpty());

        type(dialog, QStringLiteral("alice"), kAlicePw);
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), OperatorSession::State::SignedIn, 15000);
        QVERIFY(!dialog->isVisible());
        QCOMPARE(session->actingRole(), std::optional<Role>(Role::Operator));
        QCOMPARE(who->text(), QStringLiteral("alice (Operator)"));
        QVERIFY(!operators.isEmpty());
        QCOMPARE(operators.last().at(0).toString(), QStringLiteral("alice"));
        QCOMPARE(operators.last().at(1).toString(), QStringLiteral("operator"));

        // An operator may not change the connection settings: the refusal says why (read, then closed here).
        QString refusal;
        QTimer::singleShot(500, [&refusal] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *box = qobject_cast<QMessageBox *>(modal))
                refusal = box->text();
            if (modal)
                modal->close();
        });
        QAction *settingsAction = nullptr;
        for (QAction *a : window.findChildren<QAction *>())
            if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Comma))
                settingsAction = a;
        QVERIFY(settingsAction);
        settingsAction->trigger();
        QCOMPARE(refusal, refusalFor(Role::Operator, Capability::ChangeSettings));

        // Ctrl+Shift+L locks: the role is withheld, the screen still shows everything.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(session->state(), OperatorSession::State::Locked);
        QCOMPARE(session->actingRole(), std::optional<Role>());
        QCOMPARE(operators.last().at(1).toString(), QString());
        QVERIFY2(who->text().contains(QStringLiteral("Locked")), qPrintable(who->text()));

        // Shift change: Ctrl+L offers the unlock with alice's name; boss signs in instead.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(dialog->mode(), SignInDialog::Mode::Unlock);
        QCOMPARE(dialog->nameField()->text(), QStringLiteral("alice"));
        type(dialog, QStringLiteral("boss"), kBossPw);
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), OperatorSession::State::SignedIn, 15000);
        QCOMPARE(session->user(), QStringLiteral("boss"));
        QCOMPARE(session->actingRole(), std::optional<Role>(Role::Administrator));

        // Idle: locked by itself, without a keystroke.
        session->setLockAfterMs(1500);
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), OperatorSession::State::Locked, 10000);
        window.shutdown();

        QTRY_COMPARE_WITH_TIMEOUT(journal(db, "SELECT count(*) FROM journal WHERE what = 'lock'"), qint64(2), 5000);
        QCOMPARE(journal(db, "SELECT count(*) FROM journal WHERE what = 'sign_in' AND console = 'ws-signin'"), qint64(2));
        QCOMPARE(journal(db, "SELECT count(*) FROM journal WHERE what = 'sign_in_failed' AND subject = 'alice'"), qint64(1));
        QCOMPARE(journal(db, "SELECT count(*) FROM journal WHERE what = 'sign_out' AND user = 'alice' "
                             "AND detail = 'switched to boss'"),
                 qint64(1));
        auto store = Database::openReadOnly(db, nullptr);
        QVERIFY(JournalChain::verify(*store).intact);
    }

    void firstStartAsksForTheAdministrator()
    {
        const QString db = m_dir.filePath(QStringLiteral("first.sqlite"));
        MainWindow window(offlineSettings(), m_dir.filePath(QStringLiteral("first.ini")), db);
        window.sessionControls()->setAskForAdministrator(true);
        window.show();
        OperatorSession *session = window.sessionControls()->session();
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), OperatorSession::State::NoAccounts, 10000);
        SignInDialog *dialog = window.sessionControls()->dialog();
        QTRY_VERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->mode(), SignInDialog::Mode::FirstAdministrator);
        dialog->nameField()->setText(QStringLiteral("chief"));
        dialog->passwordField()->setText(QStringLiteral("chief-password-1"));
        dialog->repeatField()->setText(QStringLiteral("chief-password-2"));
        QTest::keyClick(dialog->repeatField(), Qt::Key_Return);
        auto *message = dialog->findChild<QLabel *>(QStringLiteral("signInMessage"));
        QVERIFY2(message->text().contains(QStringLiteral("differ")), qPrintable(message->text()));
        dialog->passwordField()->setText(QStringLiteral("short"));
        dialog->repeatField()->setText(QStringLiteral("short"));
        QTest::keyClick(dialog->repeatField(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("at least")), 10000);
        dialog->passwordField()->setText(QStringLiteral("chief-password-1"));
        dialog->repeatField()->setText(QStringLiteral("chief-password-1"));
        QTest::keyClick(dialog->repeatField(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), OperatorSession::State::SignedIn, 15000);
        QCOMPARE(session->actingRole(), std::optional<Role>(Role::Administrator));
        window.shutdown();
        QCOMPARE(journal(db, "SELECT count(*) FROM journal WHERE what = 'user_added' AND subject = 'chief' "
                             "AND after = 'role=administrator disabled=0'"),
                 qint64(1));
        QCOMPARE(journal(db, "SELECT count(*) FROM users"), qint64(1));
    }
};

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"

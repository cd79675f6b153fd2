// OperatorActions at this console, through AlertCenter without a broker: what the signed-in role may
// do is decided by core/users/role.h (an operator may acknowledge, shelve and comment, not suppress
// or take out of service; a supervisor may; no role may do nothing); actions that other consoles would
// reject without a note are refused here; suppress / unsuppress, out of service until a time (cut to
// the longest allowed) / return to service, and comment change the alert as the lifecycle says; each
// action applied is stored with its outbox message and exactly ONE journal row, in one transaction.
// The store is a real SQLite file, read back after the center stops.

#include "core/alerts/alertcenter.h"
#include "core/alerts/alertlifecycle.h"
#include "core/alerts/operatoractions.h"
#include "core/audit/journalrepository.h"
#include "core/store/database.h"
#include "core/store/sqlstatement.h"
#include "core/users/role.h"
#include "support/actionfixtures.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;
using fw::test::batchOf;

namespace {

const QString kKey = QStringLiteral("plant-a/e1/a1");

using fw::test::journal;
using fw::test::scalar;

} // namespace

class TestOperatorActions : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QString m_db;
    std::unique_ptr<AlertCenter> make(const QString &role)
    {
        AlertCenter::Options o;
        m_db = m_dir.filePath(QStringLiteral("o%1.sqlite").arg(++m_n));
        o.dbPath = m_db;
        o.consoleId = QStringLiteral("ws-1");
        o.user = QStringLiteral("alice");
        o.role = role;
        auto c = std::make_unique<AlertCenter>(o, nullptr);
        c->start();
        c->applyMessages(batchOf({fw::test::alertEvent(QStringLiteral("e1"), QStringLiteral("a1"), AlertEventType::Raised, 1,
                                                       QDateTime::currentMSecsSinceEpoch() - 1000)}));
        return c;
    }

private Q_SLOTS:
    void rolesDecide_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("action");
        QTest::addColumn<bool>("allowed");
        const QStringList actions{QStringLiteral("acknowledge"), QStringLiteral("comment"), QStringLiteral("suppress"),
                                  QStringLiteral("out_of_service")};
        for (Role r : {Role::Operator, Role::Technician, Role::Supervisor, Role::Manager, Role::Administrator}) {
            const Capability caps[] = {Capability::Acknowledge, Capability::Comment, Capability::Suppress,
                                       Capability::OutOfService};
            for (int i = 0; i < 4; ++i)
                QTest::newRow(qPrintable(roleName(r) + QLatin1Char(' ') + actions[i]))
                    << roleName(r) << actions[i] << mayDo(r, caps[i]);
        }
        QTest::newRow("nobody acknowledge") << QString() << QStringLiteral("acknowledge") << false;
        QTest::newRow("unknown role comment") << QStringLiteral("ceo") << QStringLiteral("comment") << false;
    }

    void rolesDecide()
    {
        QFETCH(QString, role);
        QFETCH(QString, action);
        QFETCH(bool, allowed);
        auto c = make(role);
        OperatorActions *a = c->operatorActions();
        QSignalSpy rejected(a, &OperatorActions::actionRejected);
        if (action == QStringLiteral("acknowledge"))
            a->acknowledge({kKey}, {});
        else if (action == QStringLiteral("comment"))
            a->comment({kKey}, QStringLiteral("note"));
        else if (action == QStringLiteral("suppress"))
            a->suppress({kKey}, QStringLiteral("line stopped"));
        else
            a->outOfService({kKey}, {}, QStringLiteral("sensor broken"));
        QCOMPARE(rejected.isEmpty(), allowed);
        if (!allowed)
            QVERIFY(!rejected.first().at(1).toString().isEmpty());
        QCOMPARE(c->outboxPending(), allowed ? 1 : 0);
        c->stop();
        QCOMPARE(scalar(m_db, "SELECT count(*) FROM journal"), qint64(allowed ? 1 : 0));
    }

    void severalAlertsAtOnceAreASupervisors()
    {
        for (const QString &role : {QStringLiteral("operator"), QStringLiteral("supervisor")}) {
            auto c = make(role);
            c->applyMessages(batchOf({fw::test::alertEvent(QStringLiteral("e2"), QStringLiteral("a2"), AlertEventType::Raised,
                                                           1, QDateTime::currentMSecsSinceEpoch() - 500)}));
            OperatorActions *a = c->operatorActions();
            QSignalSpy rejected(a, &OperatorActions::actionRejected);
            a->acknowledge({kKey, QStringLiteral("plant-a/e2/a2")}, {});
            const bool supervisor = role == QStringLiteral("supervisor");
            QCOMPARE(rejected.size(), supervisor ? 0 : 1);
            if (!supervisor)
                QCOMPARE(rejected.first().at(1).toString(), refusalFor(Role::Operator, Capability::BulkActions));
            QCOMPARE(c->outboxPending(), supervisor ? 2 : 0);
            a->acknowledge({QStringLiteral("plant-a/e2/a2")}, {});   // one at a time: an operator's
            QCOMPARE(c->outboxPending(), supervisor ? 2 : 1);
            c->stop();
        }
    }

    void notesAreRequired_data()
    {
        QTest::addColumn<QString>("action");
        QTest::newRow("suppress") << QStringLiteral("suppress");
        QTest::newRow("unsuppress") << QStringLiteral("unsuppress");
        QTest::newRow("out of service") << QStringLiteral("oos");
        QTest::newRow("comment") << QStringLiteral("comment");
    }

    void notesAreRequired()
    {
        QFETCH(QString, action);
        auto c = make(QStringLiteral("supervisor"));
        OperatorActions *a = c->operatorActions();
        if (action == QStringLiteral("unsuppress"))
            a->suppress({kKey}, QStringLiteral("stopped"));
        QSignalSpy rejected(a, &OperatorActions::actionRejected);
        if (action == QStringLiteral("suppress"))
            a->suppress({kKey}, QStringLiteral("  "));
        else if (action == QStringLiteral("unsuppress"))
            a->unsuppress({kKey}, {});
        else if (action == QStringLiteral("oos"))
            a->outOfService({kKey}, {}, {});
        else
            a->comment({kKey}, {});
        QCOMPARE(rejected.count(), 1);
        QVERIFY(rejected.first().at(1).toString().contains(QStringLiteral("note")));
    }

    void supervisorWorksTheNewActions()
    {
        auto c = make(QStringLiteral("supervisor"));
        OperatorActions *a = c->operatorActions();
        QSignalSpy rejected(a, &OperatorActions::actionRejected);
        a->suppress({kKey}, QStringLiteral("line stopped"));
        QVERIFY(c->alert(kKey)->state.suppressed);
        a->comment({kKey}, QStringLiteral("first"));
        a->comment({kKey}, QStringLiteral("second"));   // the same millisecond is no re-delivery
        QCOMPARE(c->alert(kKey)->comments, 2);
        QCOMPARE(c->alert(kKey)->lastComment, QStringLiteral("second"));
        a->unsuppress({kKey}, QStringLiteral("line running"));
        QVERIFY(!c->alert(kKey)->state.suppressed);
        const QDateTime until = QDateTime::currentDateTime().addSecs(3600);
        a->outOfService({kKey}, until, QStringLiteral("pump swap"));
        QVERIFY(c->alert(kKey)->state.outOfService);
        QCOMPARE(*c->alert(kKey)->state.outOfServiceUntil, until.toMSecsSinceEpoch());
        a->acknowledge({kKey}, {});   // out of service: refused by the lifecycle
        QCOMPARE(rejected.count(), 1);
        a->returnToService({kKey}, QStringLiteral("pump fitted"));
        QVERIFY(!c->alert(kKey)->state.outOfService);
        QVERIFY(!c->alert(kKey)->state.outOfServiceUntil);
        QCOMPARE(c->outboxPending(), 6);
        c->stop();
        // One journal row per action applied, in order, with before and after.
        const auto rows = journal(m_db);
        QStringList what;
        for (const JournalEntry &e : rows)
            what << e.what;
        QCOMPARE(what, (QStringList{QStringLiteral("suppress"), QStringLiteral("comment"), QStringLiteral("comment"),
                                    QStringLiteral("unsuppress"), QStringLiteral("remove_from_service"),
                                    QStringLiteral("return_to_service")}));
        QCOMPARE(scalar(m_db, "SELECT count(*) FROM actions"), qint64(rows.size()));
        QCOMPARE(rows[4].before, QStringLiteral("active unacknowledged"));
        QVERIFY2(rows[4].after.startsWith(QStringLiteral("active unacknowledged out-of-service-until=")), qPrintable(rows[4].after));
        QVERIFY(rows[4].detail.startsWith(QStringLiteral("pump swap; until ")));
        QCOMPARE(rows[4].user, QStringLiteral("alice"));
        QCOMPARE(rows[4].role, QStringLiteral("supervisor"));
        QCOMPARE(rows[4].console, QStringLiteral("ws-1"));
        QVERIFY(!rows[4].claimedAt);   // local rows claim nothing
        QCOMPARE(scalar(m_db, "SELECT until_ts FROM actions WHERE event = 'remove_from_service'"), until.toMSecsSinceEpoch());
        // The outbox carries the spec's action names for other consoles.
        QCOMPARE(scalar(m_db, "SELECT count(*) FROM outbox WHERE CAST(payload AS TEXT) LIKE '%\"action\":\"out_of_service\"%' "
                              "AND CAST(payload AS TEXT) LIKE '%\"until\":%'"),
                 qint64(1));
    }

    void outOfServiceEndIsCutToTheLongest()
    {
        auto c = make(QStringLiteral("supervisor"));
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        c->operatorActions()->outOfService({kKey}, QDateTime::currentDateTime().addYears(5), QStringLiteral("mothballed"));
        const qint64 end = *c->alert(kKey)->state.outOfServiceUntil;
        QVERIFY(end >= before + AlertLifecycle::kMaxOutOfServiceMs);
        QVERIFY(end <= QDateTime::currentMSecsSinceEpoch() + AlertLifecycle::kMaxOutOfServiceMs);
        QSignalSpy rejected(c->operatorActions(), &OperatorActions::actionRejected);
        c->operatorActions()->returnToService({kKey}, QStringLiteral("back"));
        c->operatorActions()->outOfService({kKey}, QDateTime::currentDateTime().addSecs(-60), QStringLiteral("past"));
        QCOMPARE(rejected.count(), 1);   // an end in the past
    }
};

QTEST_GUILESS_MAIN(TestOperatorActions)
#include "tst_operatoractions.moc"

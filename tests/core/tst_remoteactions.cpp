// RemoteActions through AlertCenter, without a broker: other consoles' actions as the spec's
// "Console → consoles" says a receiving console takes them. Its own receive time counts (the first
// acknowledgement RECEIVED wins, a shelve ends at receive time + minutes, a far `ts` is kept as a claim
// in the journal); an action for an unknown alert is held, applied when the raise or the active list
// brings the alert, else dropped and counted, and never creates an alert; a console over its rate is
// cut off and counted; out_of_service claimed by an operator is refused; suppress, out of service
// (until a time, then back in service by itself) and comments are applied; every action stored has one
// journal row. The store is a real SQLite file, read back after the center stops.

#include "core/alerts/actionjournal.h"
#include "core/alerts/alertcenter.h"
#include "core/alerts/alertlifecycle.h"
#include "core/audit/journalrepository.h"
#include "core/store/database.h"
#include "core/store/sqlstatement.h"
#include "support/actionfixtures.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;
using fw::test::alertEvent;
using fw::test::batchOf;
using fw::test::remoteAction;

namespace {

constexpr qint64 kMinute = 60'000;
const qint64 kT = QDateTime::currentMSecsSinceEpoch();   // receive times near now: the clock checks use them

QString key(const QString &id)
{
    return QStringLiteral("plant-a/e1/") + id;
}

FleetMessage raise(const QString &id, qint64 seq, qint64 receivedAt)
{
    return alertEvent(QStringLiteral("e1"), id, AlertEventType::Raised, seq, receivedAt);
}

FleetMessage action(const QString &id, AckAction a, const QString &console, qint64 ts, qint64 receivedAt,
                    const QString &note = {}, const QString &role = QStringLiteral("operator"))
{
    return remoteAction(QStringLiteral("e1"), id, a, console, QStringLiteral("by-") + console, ts, receivedAt, note, role);
}

using fw::test::journal;
using fw::test::scalar;

} // namespace

class TestRemoteActions : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QString m_db;
    std::unique_ptr<AlertCenter> make(qint64 holdMs = HeldActions::kHoldMs)
    {
        AlertCenter::Options o;
        m_db = m_dir.filePath(QStringLiteral("r%1.sqlite").arg(++m_n));
        o.dbPath = m_db;
        o.consoleId = QStringLiteral("ws-1");
        o.user = QStringLiteral("alice");
        o.actionHoldMs = holdMs;
        auto c = std::make_unique<AlertCenter>(o, nullptr);
        c->start();
        return c;
    }

private Q_SLOTS:
    // The tester's forged ack: ts 1970, after a genuine one. Who and when stay the first received's.
    void earlierClaimedAckChangesNothing()
    {
        auto c = make();
        c->applyMessages(batchOf({raise(QStringLiteral("a1"), 1, kT)}));
        c->applyMessages(batchOf({action(QStringLiteral("a1"), AckAction::Ack, QStringLiteral("ws-7"), kT + 1000, kT + 1200,
                                         QStringLiteral("on it"))}));
        c->applyMessages(batchOf({action(QStringLiteral("a1"), AckAction::Ack, QStringLiteral("ws-x"), 1000, kT + 5000)}));
        const auto r = c->alert(key(QStringLiteral("a1")));
        QVERIFY(r->state.acknowledged);
        QCOMPARE(*r->ackedAt, kT + 1200);   // the receive time, not the claimed kT + 1000
        QCOMPARE(r->ackedConsole, QStringLiteral("ws-7"));
        QCOMPARE(r->ackedBy, QStringLiteral("by-ws-7"));
        QCOMPARE(r->ackNote, QStringLiteral("on it"));
        QCOMPARE(c->figures().remoteActions.farClaims, quint64(1));
        c->stop();
        QCOMPARE(scalar(m_db, "SELECT acked_at - raised_at FROM alerts"), qint64(1200));
        // Both actions are kept with their claims; the forged one's journal row shows the claim.
        QCOMPARE(scalar(m_db, "SELECT count(*) FROM actions"), qint64(2));
        QCOMPARE(scalar(m_db, "SELECT ts FROM actions WHERE console = 'ws-x'"), qint64(1000));
        const auto rows = journal(m_db);
        QCOMPARE(rows.size(), size_t(2));
        QCOMPARE(rows[1].what, QStringLiteral("acknowledge"));
        QCOMPARE(rows[1].at, kT + 5000);
        QCOMPARE(rows[1].claimedAt, std::optional<qint64>(1000));
        QCOMPARE(rows[1].console, QStringLiteral("ws-x"));
        QVERIFY2(rows[1].detail.contains(QStringLiteral("claimed 1970-01-01 00:00:01Z")), qPrintable(rows[1].detail));
        QVERIFY2(rows[1].detail.contains(QStringLiteral("not applied")), qPrintable(rows[1].detail));
        QCOMPARE(rows[0].before, QStringLiteral("active unacknowledged"));
        QCOMPARE(rows[0].after, QStringLiteral("active acknowledged"));
        QVERIFY(!rows[0].detail.contains(QStringLiteral("claimed")));   // 200 ms off is no claim
    }

    // A forged early ack received FIRST still counts from its receive time: never before the raise.
    void ackTimeIsNeverBeforeTheRaise()
    {
        auto c = make();
        c->applyMessages(batchOf({raise(QStringLiteral("a1"), 1, kT)}));
        c->applyMessages(batchOf({action(QStringLiteral("a1"), AckAction::Ack, QStringLiteral("ws-x"), 1000, kT + 300)}));
        QCOMPARE(*c->alert(key(QStringLiteral("a1")))->ackedAt, kT + 300);
        c->stop();
        QCOMPARE(scalar(m_db, "SELECT count(*) FROM alerts WHERE acked_at >= raised_at"), qint64(1));
    }

    void shelveEndsFromTheReceiveTime_data()
    {
        QTest::addColumn<qint64>("claimedTs");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<bool>("shelved");
        QTest::newRow("year 9999, 480 min") << qint64(253402214400000) << 480 << true;   // 9999-12-31
        QTest::newRow("1970, 30 min") << qint64(1000) << 30 << true;
        QTest::newRow("481 min") << kT << 481 << false;
        QTest::newRow("0 min") << kT << 0 << false;
    }

    void shelveEndsFromTheReceiveTime()
    {
        QFETCH(qint64, claimedTs);
        QFETCH(int, minutes);
        QFETCH(bool, shelved);
        auto c = make();
        c->applyMessages(batchOf({raise(QStringLiteral("a1"), 1, kT)}));
        FleetMessage m = action(QStringLiteral("a1"), AckAction::Shelve, QStringLiteral("ws-x"), claimedTs, kT + 100,
                                QStringLiteral("nuisance"));
        std::get<AckMsg>(m.payload).shelveMinutes = minutes;
        c->applyMessages(batchOf({m}));
        const auto r = c->alert(key(QStringLiteral("a1")));
        QCOMPARE(r->state.shelved(), shelved);
        if (shelved)
            QCOMPARE(*r->state.shelvedUntil, kT + 100 + minutes * kMinute);
    }

    void actionBeforeTheRaiseIsHeldAndApplied()
    {
        auto c = make();
        c->applyMessages(batchOf({action(QStringLiteral("a9"), AckAction::Ack, QStringLiteral("ws-9"), kT, kT)}));
        QVERIFY(!c->alert(key(QStringLiteral("a9"))));   // no alert made of it
        QCOMPARE(c->unresolvedCount(), 0);
        QCOMPARE(c->figures().remoteActions.held, 1);
        c->applyMessages(batchOf({raise(QStringLiteral("a9"), 1, kT + 400)}));
        const auto r = c->alert(key(QStringLiteral("a9")));
        QVERIFY(r && r->state.acknowledged);
        QCOMPARE(r->ackedConsole, QStringLiteral("ws-9"));
        QCOMPARE(*r->ackedAt, kT + 400);   // received before the raise: counts from the raise
        QVERIFY(!r->orphan);
        QCOMPARE(c->figures().remoteActions.held, 0);
        QCOMPARE(c->figures().remoteActions.droppedTotal(), quint64(0));
    }

    void actionBeforeTheActiveListIsApplied()
    {
        auto c = make();
        c->applyMessages(batchOf({action(QStringLiteral("b1"), AckAction::Comment, QStringLiteral("ws-9"), kT, kT,
                                         QStringLiteral("seen on camera"))}));
        FleetMessage list;
        list.topic = TopicRef{MessageKind::ActiveAlerts, QStringLiteral("plant-a"), QStringLiteral("e1"), {}, {}};
        list.receivedAt = kT + 50;
        ActiveAlertsMsg active;
        active.seq = 3;
        active.alerts.push_back(std::get<AlertMsg>(raise(QStringLiteral("b1"), 3, kT).payload));
        list.payload = active;
        c->applyMessages(batchOf({list}));
        const auto r = c->alert(key(QStringLiteral("b1")));
        QVERIFY(r && r->caughtUp);
        QCOMPARE(r->comments, 1);
        QCOMPARE(r->lastComment, QStringLiteral("seen on camera"));
    }

    void unknownAlertIsDroppedAfterTheHold()
    {
        auto c = make(200);
        for (int i = 0; i < 3; ++i)
            c->applyMessages(batchOf({action(QStringLiteral("ghost-%1").arg(i), AckAction::Ack, QStringLiteral("ws-x"), kT, kT)}));
        QTRY_COMPARE_WITH_TIMEOUT(c->figures().remoteActions.count(ActionDrop::UnknownAlert), quint64(3), 5000);
        QCOMPARE(c->figures().remoteActions.held, 0);
        // The raise after the hold finds nothing waiting: it needs an operator.
        c->applyMessages(batchOf({raise(QStringLiteral("ghost-0"), 1, kT + 5000)}));
        QVERIFY(!c->alert(key(QStringLiteral("ghost-0")))->state.acknowledged);
        c->stop();
        QCOMPARE(scalar(m_db, "SELECT count(*) FROM alerts"), qint64(1));
        QCOMPARE(scalar(m_db, "SELECT count(*) FROM actions"), qint64(0));
    }

    void consoleOverItsRateIsCutOff()
    {
        auto c = make();
        c->applyMessages(batchOf({raise(QStringLiteral("a1"), 1, kT)}));
        auto flood = std::make_shared<FleetMessages>();
        for (int i = 0; i < ActionRateLimit::kBurst + 100; ++i)
            flood->push_back(action(QStringLiteral("a1"), AckAction::Comment, QStringLiteral("ws-x"), kT + i, kT + 10,
                                    QStringLiteral("spam")));
        // Another console in the same moment is not affected.
        flood->push_back(action(QStringLiteral("a1"), AckAction::Ack, QStringLiteral("ws-7"), kT, kT + 10));
        c->applyMessages(flood);
        const RemoteActionCounts counts = c->figures().remoteActions;
        QCOMPARE(counts.count(ActionDrop::RateLimited), quint64(100));
        const auto r = c->alert(key(QStringLiteral("a1")));
        QCOMPARE(r->comments, ActionRateLimit::kBurst);
        QVERIFY(r->state.acknowledged);
        // One second of receive time later, 50 more get through.
        auto later = std::make_shared<FleetMessages>();
        for (int i = 0; i < 60; ++i)
            later->push_back(action(QStringLiteral("a1"), AckAction::Comment, QStringLiteral("ws-x"), kT + 10000 + i,
                                    kT + 1010, QStringLiteral("spam")));
        c->applyMessages(later);
        QCOMPARE(c->alert(key(QStringLiteral("a1")))->comments, ActionRateLimit::kBurst + ActionRateLimit::kActionsPerSecond);
        QCOMPARE(c->figures().remoteActions.count(ActionDrop::RateLimited), quint64(110));
    }

    void outOfServiceNeedsAClaimedSupervisor_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("applied");
        QTest::newRow("operator") << QStringLiteral("operator") << false;
        QTest::newRow("technician") << QStringLiteral("technician") << false;
        QTest::newRow("no role") << QString() << false;
        QTest::newRow("made-up role") << QStringLiteral("ceo") << false;
        QTest::newRow("supervisor") << QStringLiteral("supervisor") << true;
        QTest::newRow("administrator") << QStringLiteral("administrator") << true;
    }

    void outOfServiceNeedsAClaimedSupervisor()
    {
        QFETCH(QString, role);
        QFETCH(bool, applied);
        auto c = make();
        c->applyMessages(batchOf({raise(QStringLiteral("a1"), 1, kT)}));
        c->applyMessages(batchOf({action(QStringLiteral("a1"), AckAction::OutOfService, QStringLiteral("ws-7"), kT, kT + 1,
                                         QStringLiteral("sensor broken"), role)}));
        QCOMPARE(c->alert(key(QStringLiteral("a1")))->state.outOfService, applied);
        QCOMPARE(c->figures().remoteActions.count(ActionDrop::RoleRefused), quint64(applied ? 0 : 1));
    }

    void outOfServiceUntilReturnsByItself()
    {
        auto c = make();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        c->applyMessages(batchOf({raise(QStringLiteral("a1"), 1, now)}));
        FleetMessage m = action(QStringLiteral("a1"), AckAction::OutOfService, QStringLiteral("ws-7"), now, now,
                                QStringLiteral("pump swap"), QStringLiteral("supervisor"));
        std::get<AckMsg>(m.payload).until = now + 1500;
        c->applyMessages(batchOf({m}));
        auto r = c->alert(key(QStringLiteral("a1")));
        QVERIFY(r->state.outOfService);
        QCOMPARE(r->state.outOfServiceUntil, std::optional<qint64>(now + 1500));
        QTRY_VERIFY_WITH_TIMEOUT(!c->alert(key(QStringLiteral("a1")))->state.outOfService, 5000);
        QVERIFY(!c->alert(key(QStringLiteral("a1")))->state.outOfServiceUntil);
        c->stop();
        QCOMPARE(scalar(m_db, "SELECT until_ts FROM actions WHERE event = 'remove_from_service'"), now + 1500);
        QCOMPARE(scalar(m_db, "SELECT out_of_service FROM alerts"), qint64(0));
    }

    void outOfServiceUntilIsCapped()
    {
        auto c = make();
        c->applyMessages(batchOf({raise(QStringLiteral("a1"), 1, kT)}));
        FleetMessage m = action(QStringLiteral("a1"), AckAction::OutOfService, QStringLiteral("ws-7"), kT, kT + 5,
                                QStringLiteral("forever"), QStringLiteral("supervisor"));
        std::get<AckMsg>(m.payload).until = qint64(253402214400000);
        c->applyMessages(batchOf({m}));
        QCOMPARE(*c->alert(key(QStringLiteral("a1")))->state.outOfServiceUntil, kT + 5 + AlertLifecycle::kMaxOutOfServiceMs);
    }

    void suppressCommentAndReturnAreApplied()
    {
        auto c = make();
        c->applyMessages(batchOf({raise(QStringLiteral("a1"), 1, kT)}));
        c->applyMessages(batchOf({action(QStringLiteral("a1"), AckAction::Suppress, QStringLiteral("ws-7"), kT, kT + 1,
                                         QStringLiteral("line stopped"))}));
        auto r = c->alert(key(QStringLiteral("a1")));
        QVERIFY(r->state.suppressed);
        QVERIFY(!r->state.acknowledged);
        c->applyMessages(batchOf({action(QStringLiteral("a1"), AckAction::Comment, QStringLiteral("ws-7"), kT + 2, kT + 3,
                                         QStringLiteral("restart at 14:00"))}));
        r = c->alert(key(QStringLiteral("a1")));
        QCOMPARE(r->comments, 1);
        QVERIFY(r->state.suppressed && !r->state.acknowledged);   // a comment changes no state
        c->applyMessages(batchOf({action(QStringLiteral("a1"), AckAction::Unsuppress, QStringLiteral("ws-7"), kT + 4, kT + 5,
                                         QStringLiteral("line running"))}));
        QVERIFY(!c->alert(key(QStringLiteral("a1")))->state.suppressed);
        c->stop();
        const auto rows = journal(m_db);
        QCOMPARE(rows.size(), size_t(3));
        QCOMPARE(rows[0].what, QStringLiteral("suppress"));
        QCOMPARE(rows[0].after, QStringLiteral("active unacknowledged suppressed"));
        QCOMPARE(rows[1].what, QStringLiteral("comment"));
        QCOMPARE(rows[1].before, rows[1].after);
        QCOMPARE(rows[1].detail, QStringLiteral("restart at 14:00"));
        QCOMPARE(rows[2].what, QStringLiteral("unsuppress"));
        QCOMPARE(scalar(m_db, "SELECT count(*) FROM actions"), qint64(3));
    }

    // A re-delivery (same console, kind and claimed ts) is one action and one journal row.
    void repeatedDeliveryIsOneAction()
    {
        auto c = make();
        c->applyMessages(batchOf({raise(QStringLiteral("a1"), 1, kT)}));
        const FleetMessage m = action(QStringLiteral("a1"), AckAction::Comment, QStringLiteral("ws-7"), kT, kT + 1,
                                      QStringLiteral("once"));
        c->applyMessages(batchOf({m, m}));
        QCOMPARE(c->alert(key(QStringLiteral("a1")))->comments, 1);
        c->stop();
        QCOMPARE(scalar(m_db, "SELECT count(*) FROM actions"), qint64(1));
        QCOMPARE(journal(m_db).size(), size_t(1));
    }

    void restartRestoresCommentsAndServiceEnd()
    {
        qint64 until = 0;
        QString db;
        {
            auto c = make();
            db = m_db;
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            until = now + 3'600'000;
            c->applyMessages(batchOf({raise(QStringLiteral("a1"), 1, now)}));
            FleetMessage oos = action(QStringLiteral("a1"), AckAction::OutOfService, QStringLiteral("ws-7"), now, now + 1,
                                      QStringLiteral("pump swap"), QStringLiteral("supervisor"));
            std::get<AckMsg>(oos.payload).until = until;
            c->applyMessages(batchOf({oos, action(QStringLiteral("a1"), AckAction::Comment, QStringLiteral("ws-7"), now + 2,
                                                  now + 3, QStringLiteral("parts ordered"))}));
        }
        AlertCenter::Options o;
        o.dbPath = db;
        o.consoleId = QStringLiteral("ws-1");
        AlertCenter again(o, nullptr);
        again.start();
        const auto r = again.alert(key(QStringLiteral("a1")));
        QVERIFY(r && r->state.outOfService);
        QCOMPARE(r->state.outOfServiceUntil, std::optional<qint64>(until));
        QCOMPARE(r->comments, 1);
        QCOMPARE(r->lastComment, QStringLiteral("parts ordered"));
    }

    // A second out of service on an alert already out of service is refused: it is journalled, but its
    // own end (none, or the year 9999) never becomes the end restored after a restart.
    void refusedOutOfServiceDoesNotMoveTheEnd()
    {
        qint64 until = 0;
        QString db;
        {
            auto c = make();
            db = m_db;
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            until = now + 3'600'000;
            c->applyMessages(batchOf({raise(QStringLiteral("a1"), 1, now)}));
            FleetMessage first = action(QStringLiteral("a1"), AckAction::OutOfService, QStringLiteral("ws-7"), now, now + 1,
                                        QStringLiteral("pump swap"), QStringLiteral("supervisor"));
            std::get<AckMsg>(first.payload).until = until;
            FleetMessage forged = action(QStringLiteral("a1"), AckAction::OutOfService, QStringLiteral("ws-9"), now + 2,
                                         now + 3, QStringLiteral("forever"), QStringLiteral("supervisor"));
            c->applyMessages(batchOf({first, forged}));
            QCOMPARE(c->alert(key(QStringLiteral("a1")))->state.outOfServiceUntil, std::optional<qint64>(until));
        }
        QCOMPARE(scalar(db, "SELECT count(*) FROM actions WHERE event = 'remove_from_service'"), qint64(1));
        QCOMPARE(scalar(db, "SELECT count(*) FROM journal WHERE what = 'remove_from_service' AND console = 'ws-9' "
                            "AND detail LIKE '%not applied%'"),
                 qint64(1));
        AlertCenter::Options o;
        o.dbPath = db;
        o.consoleId = QStringLiteral("ws-1");
        AlertCenter again(o, nullptr);
        again.start();
        QCOMPARE(again.alert(key(QStringLiteral("a1")))->state.outOfServiceUntil, std::optional<qint64>(until));
    }

    // A new action naming this console is someone else's claim (this console's own comes back as a
    // repeat of its stored row): stored as remote, journalled with its claimed time.
    void actionClaimingThisConsoleIsRemote()
    {
        auto c = make();
        c->applyMessages(batchOf({raise(QStringLiteral("a1"), 1, kT)}));
        c->applyMessages(batchOf({action(QStringLiteral("a1"), AckAction::Comment, QStringLiteral("ws-1"), kT - 10, kT + 5,
                                         QStringLiteral("not from here"))}));
        c->stop();
        QCOMPARE(scalar(m_db, "SELECT local FROM actions WHERE event = 'comment'"), qint64(0));
        QCOMPARE(scalar(m_db, "SELECT claimed_at FROM journal WHERE what = 'comment'"), kT - 10);
    }
};

QTEST_GUILESS_MAIN(TestRemoteActions)
#include "tst_remoteactions.moc"

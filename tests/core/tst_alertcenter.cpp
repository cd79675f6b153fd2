// AlertCenter without a broker: fleet events, repeated deliveries, events for ids never raised,
// reconciliation with alerts/active (caught up / cleared while away), operator actions with their
// outbox rows, illegal actions rejected with a reason, remote acknowledgements (the first one received
// counts, from its receive time), an acknowledgement received before the raise (held, then applied:
// no alert is made of it), and a restart that restores the queue exactly. The store is a real SQLite
// file. tst_remoteactions has the rest of the rules for other consoles' actions.

#include "core/alerts/alertcenter.h"
#include "core/alerts/operatoractions.h"
#include "core/store/alertrepository.h"
#include "core/store/database.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

namespace {

FleetMessage alertMsg(const QString &asset, const QString &id, AlertEventType event, qint64 seq,
                      Priority priority = Priority::High, qint64 receivedAt = 1'000'000)
{
    FleetMessage m;
    m.topic = TopicRef{MessageKind::Alert, QStringLiteral("plant-a"), asset, {}, {}};
    m.receivedAt = receivedAt;
    AlertMsg a;
    a.id = id;
    a.event = event;
    a.ts = receivedAt - 10;
    a.seq = seq;
    if (event == AlertEventType::Raised) {
        a.priority = priority;
        a.score = 0.9;
        a.threshold = 0.4;
        a.model = ModelRef{QStringLiteral("hpc"), QStringLiteral("1.0.0")};
        a.title = QStringLiteral("HPC degradation suspected");
    }
    m.payload = a;
    return m;
}

FleetMessage activeMsg(const QString &asset, qint64 seq, const QStringList &ids)
{
    FleetMessage m;
    m.topic = TopicRef{MessageKind::ActiveAlerts, QStringLiteral("plant-a"), asset, {}, {}};
    m.receivedAt = 2'000'000;
    ActiveAlertsMsg list;
    list.seq = seq;
    for (const QString &id : ids)
        list.alerts.push_back(std::get<AlertMsg>(alertMsg(asset, id, AlertEventType::Raised, seq).payload));
    m.payload = list;
    return m;
}

FleetMessage ackMsg(const QString &asset, const QString &id, const QString &console, qint64 ts)
{
    FleetMessage m;
    m.topic = TopicRef{MessageKind::Ack, QStringLiteral("plant-a"), asset, {}, id};
    m.receivedAt = ts + 5;
    AckMsg a;
    a.alert = id;
    a.by = QStringLiteral("bob");
    a.role = QStringLiteral("operator");
    a.console = console;
    a.ts = ts;
    m.payload = a;
    return m;
}

FleetMessagesPtr batch(std::initializer_list<FleetMessage> messages)
{
    return std::make_shared<FleetMessages>(messages);
}

QString key(const QString &asset, const QString &id)
{
    return QStringLiteral("plant-a/") + asset + QLatin1Char('/') + id;
}

} // namespace

class TestAlertCenter : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<AlertCenter> make(const QString &db = {})
    {
        AlertCenter::Options o;
        o.dbPath = db.isEmpty() ? m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_n)) : db;
        o.consoleId = QStringLiteral("ws-1");
        o.user = QStringLiteral("alice");
        auto c = std::make_unique<AlertCenter>(o, nullptr);
        c->start();
        return c;
    }

private Q_SLOTS:
    void raiseIsStoredAndAnnouncedOnce()
    {
        auto c = make();
        QSignalSpy announced(c.get(), &AlertCenter::alertsAnnounced);
        c->applyMessages(batch({alertMsg(QStringLiteral("e1"), QStringLiteral("a1"), AlertEventType::Raised, 1)}));
        c->applyMessages(batch({alertMsg(QStringLiteral("e1"), QStringLiteral("a1"), AlertEventType::Raised, 1)}));   // QoS 1 repeat
        QTRY_COMPARE(announced.count(), 1);   // the batch timer hands it on
        QCOMPARE(announced.first().first().value<AlertRecordsPtr>()->size(), size_t(1));
        const auto r = c->alert(key(QStringLiteral("e1"), QStringLiteral("a1")));
        QVERIFY(r);
        QCOMPARE(r->priority, Priority::High);
        QVERIFY(r->state.active && !r->state.acknowledged);
        QVERIFY(!r->caughtUp && !r->orphan);
        QCOMPARE(r->raisedAt, qint64(1'000'000));
    }

    void alertKeepsTheAssetsLine()
    {
        auto c = make();
        FleetMessage meta;
        meta.topic = TopicRef{MessageKind::Meta, QStringLiteral("plant-a"), QStringLiteral("e1"), {}, {}};
        MetaMsg m;
        m.name = QStringLiteral("Turbofan 1");
        m.line = QStringLiteral("Line 2");
        meta.payload = m;
        c->applyMessages(batch({meta, alertMsg(QStringLiteral("e1"), QStringLiteral("a1"), AlertEventType::Raised, 1)}));
        QCOMPARE(c->alert(key(QStringLiteral("e1"), QStringLiteral("a1")))->line, QStringLiteral("Line 2"));
    }

    void eventForUnknownIdIsKept()
    {
        auto c = make();
        c->applyMessages(batch({alertMsg(QStringLiteral("e1"), QStringLiteral("ghost"), AlertEventType::Cleared, 5)}));
        const auto r = c->alert(key(QStringLiteral("e1"), QStringLiteral("ghost")));
        QVERIFY(r);
        QVERIFY(r->orphan);
        QVERIFY(!r->state.active);
        QVERIFY(!r->state.acknowledged);   // still needs an operator to see it
    }

    void reconcileAddsCaughtUpAndClearsTheGone()
    {
        auto c = make();
        c->applyMessages(batch({alertMsg(QStringLiteral("e1"), QStringLiteral("a1"), AlertEventType::Raised, 1),
                                alertMsg(QStringLiteral("e1"), QStringLiteral("a2"), AlertEventType::Raised, 2)}));
        QTest::qWait(150);   // the batch timer hands the live raises on
        QSignalSpy announced(c.get(), &AlertCenter::alertsAnnounced);
        // The fleet says: a2 and a3 are open as of seq 6. a1 was cleared while we were away, a3 never seen.
        c->applyMessages(batch({activeMsg(QStringLiteral("e1"), 6, {QStringLiteral("a2"), QStringLiteral("a3")})}));
        const auto a1 = c->alert(key(QStringLiteral("e1"), QStringLiteral("a1")));
        const auto a3 = c->alert(key(QStringLiteral("e1"), QStringLiteral("a3")));
        QVERIFY(a1 && !a1->state.active);
        QVERIFY(a3 && a3->state.active && a3->caughtUp);
        QVERIFY(c->alert(key(QStringLiteral("e1"), QStringLiteral("a2")))->state.active);
        c->stop();
        QCOMPARE(announced.count(), 0);   // caught up is not announced as new
        // A stale list (older seq) changes nothing.
        auto again = make(m_dir.filePath(QStringLiteral("s%1.sqlite").arg(m_n)));
        again->applyMessages(batch({activeMsg(QStringLiteral("e1"), 3, {})}));
        QVERIFY(again->alert(key(QStringLiteral("e1"), QStringLiteral("a3")))->state.active);
    }

    void operatorActions_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("acknowledge") << QStringLiteral("ack") << true;
        QTest::newRow("acknowledge twice") << QStringLiteral("ack-ack") << false;
        QTest::newRow("shelve") << QStringLiteral("shelve") << true;
        QTest::newRow("shelve without reason") << QStringLiteral("shelve-noreason") << false;
        QTest::newRow("shelve 9 hours") << QStringLiteral("shelve-long") << false;
        QTest::newRow("unshelve not shelved") << QStringLiteral("unshelve") << false;
        QTest::newRow("shelve then unshelve") << QStringLiteral("shelve-unshelve") << true;
    }

    void operatorActions()
    {
        QFETCH(QString, action);
        QFETCH(bool, accepted);
        auto c = make();
        c->applyMessages(batch({alertMsg(QStringLiteral("e1"), QStringLiteral("a1"), AlertEventType::Raised, 1)}));
        const QString k = key(QStringLiteral("e1"), QStringLiteral("a1"));
        QSignalSpy rejected(c->operatorActions(), &OperatorActions::actionRejected);
        if (action == QStringLiteral("ack"))
            c->operatorActions()->acknowledge({k}, QStringLiteral("crew sent"));
        else if (action == QStringLiteral("ack-ack")) {
            c->operatorActions()->acknowledge({k}, {});
            c->operatorActions()->acknowledge({k}, {});
        } else if (action == QStringLiteral("shelve"))
            c->operatorActions()->shelve({k}, 30, QStringLiteral("sensor under repair"));
        else if (action == QStringLiteral("shelve-noreason"))
            c->operatorActions()->shelve({k}, 30, {});
        else if (action == QStringLiteral("shelve-long"))
            c->operatorActions()->shelve({k}, 9 * 60, QStringLiteral("x"));
        else if (action == QStringLiteral("unshelve"))
            c->operatorActions()->unshelve({k});
        else if (action == QStringLiteral("shelve-unshelve")) {
            c->operatorActions()->shelve({k}, 30, QStringLiteral("x"));
            c->operatorActions()->unshelve({k});
        }
        QCOMPARE(rejected.isEmpty(), accepted);
        if (!accepted)
            QVERIFY(!rejected.first().at(1).toString().isEmpty());
        const auto r = c->alert(k);
        if (action == QStringLiteral("ack")) {
            QVERIFY(r->state.acknowledged);
            QCOMPARE(r->ackedBy, QStringLiteral("alice"));
            QCOMPARE(r->ackedConsole, QStringLiteral("ws-1"));
            QCOMPARE(r->ackNote, QStringLiteral("crew sent"));
            QCOMPARE(c->outboxPending(), 1);   // waiting for a broker
        }
        if (action == QStringLiteral("shelve"))
            QVERIFY(r->state.shelved());
        if (action == QStringLiteral("shelve-unshelve")) {
            QVERIFY(!r->state.shelved());
            QCOMPARE(c->outboxPending(), 2);
        }
    }

    void firstAcknowledgementCounts()
    {
        auto c = make();
        c->applyMessages(batch({alertMsg(QStringLiteral("e1"), QStringLiteral("a1"), AlertEventType::Raised, 1)}));
        const QString k = key(QStringLiteral("e1"), QStringLiteral("a1"));
        c->applyMessages(batch({ackMsg(QStringLiteral("e1"), QStringLiteral("a1"), QStringLiteral("ws-9"), 1'000'500)}));
        // A later one from another console and a repeat of the first change nothing.
        c->applyMessages(batch({ackMsg(QStringLiteral("e1"), QStringLiteral("a1"), QStringLiteral("ws-8"), 1'000'900),
                                ackMsg(QStringLiteral("e1"), QStringLiteral("a1"), QStringLiteral("ws-9"), 1'000'500)}));
        const auto r = c->alert(k);
        QVERIFY(r->state.acknowledged);
        QCOMPARE(*r->ackedAt, qint64(1'000'505));   // when it was received here, not its claimed ts
        QCOMPARE(r->ackedConsole, QStringLiteral("ws-9"));
        QCOMPARE(c->outboxPending(), 0);   // remote acks are not sent again
    }

    void activeListBringsMissedUpdates()
    {
        auto c = make();
        c->applyMessages(batch({alertMsg(QStringLiteral("e1"), QStringLiteral("a1"), AlertEventType::Raised, 1, Priority::Medium)}));
        // The "updated" event that made it critical (seq 2) never arrived; the list at seq 2 says so.
        FleetMessage list = activeMsg(QStringLiteral("e1"), 2, {QStringLiteral("a1")});
        std::get<ActiveAlertsMsg>(list.payload).alerts.front().priority = Priority::Critical;
        c->applyMessages(batch({list}));
        QCOMPARE(c->alert(key(QStringLiteral("e1"), QStringLiteral("a1")))->priority, Priority::Critical);
        // A late repeat of the old raise does not roll it back.
        c->applyMessages(batch({alertMsg(QStringLiteral("e1"), QStringLiteral("a1"), AlertEventType::Raised, 1, Priority::Medium)}));
        QCOMPARE(c->alert(key(QStringLiteral("e1"), QStringLiteral("a1")))->priority, Priority::Critical);
    }

    void acknowledgementBeforeTheRaiseIsKept()
    {
        auto c = make();
        c->applyMessages(batch({ackMsg(QStringLiteral("e1"), QStringLiteral("a9"), QStringLiteral("ws-9"), 1'000'500)}));
        QVERIFY(!c->alert(key(QStringLiteral("e1"), QStringLiteral("a9"))));   // held: it makes no alert
        QSignalSpy announced(c.get(), &AlertCenter::alertsAnnounced);
        c->applyMessages(batch({alertMsg(QStringLiteral("e1"), QStringLiteral("a9"), AlertEventType::Raised, 1)}));
        const auto r = c->alert(key(QStringLiteral("e1"), QStringLiteral("a9")));
        QVERIFY(r);
        QVERIFY(r->state.acknowledged);   // it does not flash here: another console took it
        QCOMPARE(r->ackedConsole, QStringLiteral("ws-9"));
        QCOMPARE(r->priority, Priority::High);
        QVERIFY(!r->orphan);
        c->stop();
        QCOMPARE(announced.count(), 0);
    }

    void reraisedAlertIsAnnouncedAgain()
    {
        auto c = make();
        const QString k = key(QStringLiteral("e1"), QStringLiteral("a1"));
        c->applyMessages(batch({alertMsg(QStringLiteral("e1"), QStringLiteral("a1"), AlertEventType::Raised, 1)}));
        c->operatorActions()->acknowledge({k}, {});
        c->applyMessages(batch({alertMsg(QStringLiteral("e1"), QStringLiteral("a1"), AlertEventType::Cleared, 2)}));
        QTest::qWait(150);   // flushed: resolved and forgotten
        QSignalSpy announced(c.get(), &AlertCenter::alertsAnnounced);
        c->applyMessages(batch({alertMsg(QStringLiteral("e1"), QStringLiteral("a1"), AlertEventType::Raised, 3)}));
        QTRY_COMPARE(announced.count(), 1);
        const auto r = c->alert(k);
        QVERIFY(r && r->state.active && !r->state.acknowledged);
    }

    void resolvedAlertsLeaveTheQueue()
    {
        auto c = make();
        c->applyMessages(batch({alertMsg(QStringLiteral("e1"), QStringLiteral("a1"), AlertEventType::Raised, 1)}));
        const QString k = key(QStringLiteral("e1"), QStringLiteral("a1"));
        c->operatorActions()->acknowledge({k}, {});
        QSignalSpy changed(c.get(), &AlertCenter::alertsChanged);
        c->applyMessages(batch({alertMsg(QStringLiteral("e1"), QStringLiteral("a1"), AlertEventType::Cleared, 2)}));
        c->stop();   // flushes
        QCOMPARE(changed.count(), 1);
        const auto records = changed.first().first().value<AlertRecordsPtr>();
        QVERIFY(records->front().state.isNormal());
        QCOMPARE(c->unresolvedCount(), 0);
    }

    void restartRestoresTheQueueExactly()
    {
        const QString db = m_dir.filePath(QStringLiteral("restart.sqlite"));
        std::vector<AlertRecord> before;
        {
            auto c = make(db);
            c->applyMessages(batch({alertMsg(QStringLiteral("e1"), QStringLiteral("a1"), AlertEventType::Raised, 1, Priority::Critical),
                                    alertMsg(QStringLiteral("e2"), QStringLiteral("b1"), AlertEventType::Raised, 1, Priority::Low),
                                    alertMsg(QStringLiteral("e2"), QStringLiteral("b2"), AlertEventType::Raised, 2, Priority::Medium),
                                    alertMsg(QStringLiteral("e3"), QStringLiteral("c1"), AlertEventType::Raised, 1)}));
            c->operatorActions()->acknowledge({key(QStringLiteral("e1"), QStringLiteral("a1"))}, QStringLiteral("seen"));
            c->operatorActions()->shelve({key(QStringLiteral("e2"), QStringLiteral("b1"))}, 60, QStringLiteral("nuisance"));
            c->applyMessages(batch({alertMsg(QStringLiteral("e3"), QStringLiteral("c1"), AlertEventType::Cleared, 2)}));
            for (const QString &k : {key(QStringLiteral("e1"), QStringLiteral("a1")), key(QStringLiteral("e2"), QStringLiteral("b1")),
                                     key(QStringLiteral("e2"), QStringLiteral("b2")), key(QStringLiteral("e3"), QStringLiteral("c1"))})
                before.push_back(*c->alert(k));
        }
        auto c = make(db);
        QCOMPARE(c->unresolvedCount(), 4);
        for (const AlertRecord &b : before) {
            const auto a = c->alert(b.key());
            QVERIFY2(a, qPrintable(b.key()));
            QCOMPARE(a->state, b.state);
            QCOMPARE(a->priority, b.priority);
            QCOMPARE(a->raisedAt, b.raisedAt);
            QCOMPARE(a->ackedAt, b.ackedAt);
            QCOMPARE(a->ackNote, b.ackNote);
            QCOMPARE(a->clearedAt, b.clearedAt);
            QCOMPARE(a->title, b.title);
            QCOMPARE(a->lastSeq, b.lastSeq);
        }
        QCOMPARE(c->outboxPending(), 2);   // the ack and the shelve still wait for a broker
    }
};

QTEST_GUILESS_MAIN(TestAlertCenter)
#include "tst_alertcenter.moc"

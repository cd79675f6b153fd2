// Operators' actions from the network cannot rewrite history (issue 10): on a real mosquitto on a free
// loopback port, a console core (its own store, session and alerts thread) and a second MQTT client
// that publishes exactly the independent tester's forged messages on the ack topics:
// (a) an ack claiming ts 1970-01-01T00:00:01Z after a genuine one: the first received keeps who and
//     when, and the store's acked_at is never before raised_at;
// (b) a shelve claiming ts 9999-12-31 for 480 minutes: shelved until receive time + 480 min, not 9999;
// (c) 5,000 acks for unknown ids within 2 s: no alert is made, every one is counted as dropped
//     (over the console's rate, or held and never claimed), and the console still shows a real raise
//     afterwards and acknowledges it;
// (d) two consoles sharing suppress, out of service until a time, comment and return to service.

#include "core/alerts/operatoractions.h"
#include "core/console/consolecore.h"
#include "core/fleet/payloadencoder.h"
#include "core/store/database.h"
#include "core/store/sqlstatement.h"
#include "support/alertfixtures.h"
#include "support/brokerprocess.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;
using fw::test::BrokerProcess;

namespace {

constexpr qint64 kMinute = 60'000;

struct QueueMirror : QObject
{
    QHash<QString, AlertRecord> alerts;
    explicit QueueMirror(AlertCenter *center)
    {
        auto take = [this](const AlertRecordsPtr &records) {
            for (const AlertRecord &r : *records)
                alerts.insert(r.key(), r);
        };
        connect(center, &AlertCenter::snapshotReady, this, take, Qt::QueuedConnection);
        connect(center, &AlertCenter::alertsChanged, this, take, Qt::QueuedConnection);
    }
};

ConsoleSettings settingsFor(const BrokerProcess &broker, const QString &console)
{
    ConsoleSettings s;
    s.mqtt.setBrokerUrl(broker.url());
    s.mqtt.clientId = QStringLiteral("tst-") + console;
    s.mqtt.reconnectMaxSeconds = 2;
    s.consoleId = console;
    return s;
}

// A client of its own on the broker (the fleet, or the tester's second client).
std::unique_ptr<MqttSession> client(const BrokerProcess &broker, const QString &id)
{
    MqttOptions o;
    o.setBrokerUrl(broker.url());
    o.clientId = id;
    auto s = std::make_unique<MqttSession>(o);
    s->start();
    return s;
}

QString ackTopic(const QString &asset, const QString &alert)
{
    return QStringLiteral("fleet/v1/plant-a/%1/alerts/%2/ack").arg(asset, alert);
}

void raise(MqttSession &fleet, const QString &asset, const QString &id, qint64 seq)
{
    const AlertMsg a = fw::test::raisedAlert(id, seq, Priority::High, QStringLiteral("test alert"));
    QVERIFY(fleet.publish(QStringLiteral("fleet/v1/plant-a/%1/alerts").arg(asset), PayloadEncoder::encode(a), 1, false) > 0);
}

AlertCenterFigures figuresOf(ConsoleCore &core)
{
    AlertCenterFigures f;
    AlertCenter *center = core.alerts();
    QMetaObject::invokeMethod(center, [center] { return center->figures(); }, Qt::BlockingQueuedConnection, &f);
    return f;
}

int unresolvedOf(ConsoleCore &core)
{
    int n = -1;
    AlertCenter *center = core.alerts();
    QMetaObject::invokeMethod(center, [center] { return center->unresolvedCount(); }, Qt::BlockingQueuedConnection, &n);
    return n;
}

template<typename F>
void act(ConsoleCore &core, F f)
{
    OperatorActions *a = core.alerts()->operatorActions();
    QMetaObject::invokeMethod(a, [a, f] { f(a); });
}

qint64 scalar(const QString &db, const QString &sql)
{
    auto d = Database::open(db, nullptr);
    SqlStatement s(d->handle(), sql.toUtf8().constData());
    return s.next() ? s.int64(0) : -1;
}

} // namespace

class TestForgedActions : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void forgedTimesDoNotMoveHistory()
    {
        BrokerProcess broker;
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));
        const QString dbA = m_dir.filePath(QStringLiteral("times.sqlite"));
        ConsoleCore a(settingsFor(broker, QStringLiteral("ws-a")), dbA, QStringLiteral("alice"));
        QueueMirror qa(a.alerts());
        a.start();
        QTRY_COMPARE_WITH_TIMEOUT(a.session()->state(), ConnectionState::Connected, 10000);
        auto fleet = client(broker, QStringLiteral("tst-fleet"));
        auto forger = client(broker, QStringLiteral("tst-forger"));
        QTRY_COMPARE_WITH_TIMEOUT(fleet->state(), ConnectionState::Connected, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(forger->state(), ConnectionState::Connected, 10000);

        // (a) A genuine ack from ws-7, then the forged one claiming 1970 from "ceo".
        raise(*fleet, QStringLiteral("e1"), QStringLiteral("a-1"), 1);
        const QString k1 = QStringLiteral("plant-a/e1/a-1");
        QTRY_VERIFY_WITH_TIMEOUT(qa.alerts.contains(k1), 10000);
        const qint64 genuineSent = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(forger->publish(ackTopic(QStringLiteral("e1"), QStringLiteral("a-1")),
                                QStringLiteral(R"({"alert":"a-1","action":"ack","by":"dave","role":"operator",)"
                                               R"("console":"ws-7","ts":"%1","note":"crew sent"})")
                                    .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
                                    .toUtf8(),
                                1, false) > 0);
        QTRY_VERIFY_WITH_TIMEOUT(qa.alerts[k1].state.acknowledged, 5000);
        const qint64 firstAckedAt = *qa.alerts[k1].ackedAt;
        QVERIFY(firstAckedAt >= genuineSent);
        QVERIFY(forger->publish(ackTopic(QStringLiteral("e1"), QStringLiteral("a-1")),
                                R"({"alert":"a-1","action":"ack","by":"ceo","role":"operator","console":"ws-ceo",)"
                                R"("ts":"1970-01-01T00:00:01Z","note":"I was first"})",
                                1, false) > 0);
        QTRY_COMPARE_WITH_TIMEOUT(figuresOf(a).remoteActions.farClaims, quint64(1), 5000);
        QCOMPARE(qa.alerts[k1].ackedBy, QStringLiteral("dave"));
        QCOMPARE(qa.alerts[k1].ackedConsole, QStringLiteral("ws-7"));
        QCOMPARE(*qa.alerts[k1].ackedAt, firstAckedAt);

        // (b) A shelve claiming the year 9999 for 480 minutes.
        raise(*fleet, QStringLiteral("e1"), QStringLiteral("a-2"), 2);
        const QString k2 = QStringLiteral("plant-a/e1/a-2");
        QTRY_VERIFY_WITH_TIMEOUT(qa.alerts.contains(k2), 10000);
        const qint64 shelveSent = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(forger->publish(ackTopic(QStringLiteral("e1"), QStringLiteral("a-2")),
                                R"({"alert":"a-2","action":"shelve","by":"ceo","role":"operator","console":"ws-ceo",)"
                                R"("ts":"9999-12-31T00:00:00Z","note":"later","shelve_minutes":480})",
                                1, false) > 0);
        QTRY_VERIFY_WITH_TIMEOUT(qa.alerts[k2].state.shelved(), 5000);
        const qint64 until = *qa.alerts[k2].state.shelvedUntil;
        QVERIFY2(until >= shelveSent + 480 * kMinute - 2000 && until <= shelveSent + 480 * kMinute + 2000,
                 qPrintable(QDateTime::fromMSecsSinceEpoch(until).toString(Qt::ISODate)));
        QCOMPARE(figuresOf(a).remoteActions.farClaims, quint64(2));

        a.stop();
        QCOMPARE(scalar(dbA, QStringLiteral("SELECT count(*) FROM alerts WHERE acked_at IS NOT NULL AND acked_at < raised_at")), 0);
        QCOMPARE(scalar(dbA, QStringLiteral("SELECT acked_at FROM alerts WHERE alert_id = 'a-1'")), firstAckedAt);
        QCOMPARE(scalar(dbA, QStringLiteral("SELECT shelved_until FROM alerts WHERE alert_id = 'a-2'")), until);
        // The claims are kept as claims: in the actions and the journal.
        QCOMPARE(scalar(dbA, QStringLiteral("SELECT ts FROM actions WHERE console = 'ws-ceo' AND event = 'acknowledge'")), 1000);
        QCOMPARE(scalar(dbA, QStringLiteral("SELECT count(*) FROM journal WHERE console = 'ws-ceo' AND claimed_at IS NOT NULL "
                                            "AND detail LIKE '%claimed %'")),
                 2);
        fleet->stop();
        forger->stop();
    }

    void floodOfUnknownAlertsMakesNoAlert()
    {
        // The broker queues everything for the console: every forged message reaches it.
        BrokerProcess broker(QStringLiteral("max_queued_messages 0\n"));
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));
        const QString db = m_dir.filePath(QStringLiteral("flood.sqlite"));
        ConsoleCore a(settingsFor(broker, QStringLiteral("ws-a")), db, QStringLiteral("alice"));
        QueueMirror qa(a.alerts());
        a.start();
        QTRY_COMPARE_WITH_TIMEOUT(a.session()->state(), ConnectionState::Connected, 10000);
        auto fleet = client(broker, QStringLiteral("tst-fleet"));
        auto forger = client(broker, QStringLiteral("tst-forger"));
        QTRY_COMPARE_WITH_TIMEOUT(fleet->state(), ConnectionState::Connected, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(forger->state(), ConnectionState::Connected, 10000);

        constexpr int kForged = 5000;
        QElapsedTimer sending;
        sending.start();
        for (int chunk = 0; chunk < 20; ++chunk) {
            for (int i = chunk * 250; i < (chunk + 1) * 250; ++i) {
                const QString id = QStringLiteral("forged-%1").arg(i);
                const QByteArray payload = QStringLiteral(R"({"alert":"%1","action":"ack","by":"ceo","role":"operator",)"
                                                          R"("console":"ws-ceo","ts":"%2"})")
                                               .arg(id, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
                                               .toUtf8();
                QVERIFY(forger->publish(ackTopic(QStringLiteral("e%1").arg(i % 50), id), payload, 1, false) > 0);
            }
            QTest::qWait(100);
        }
        qInfo("5000 forged acks published in %lld ms", sending.elapsed());
        // All of them arrive: over the rate (dropped at once) or held for their alert.
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     const RemoteActionCounts c = figuresOf(a).remoteActions;
                                     return c.droppedTotal() + quint64(c.held) == kForged;
                                 }()),
                                 30000);
        RemoteActionCounts counts = figuresOf(a).remoteActions;
        qInfo("rate limited %llu, held %d", counts.count(ActionDrop::RateLimited), counts.held);
        QVERIFY(counts.count(ActionDrop::RateLimited) >= quint64(kForged - 1000 - 2 * ActionRateLimit::kBurst));
        QVERIFY(counts.held <= HeldActions::kMaxHeld);
        QCOMPARE(unresolvedOf(a), 0);

        // The console keeps working: a real raise is shown and acknowledged.
        raise(*fleet, QStringLiteral("e1"), QStringLiteral("real-1"), 1);
        const QString real = QStringLiteral("plant-a/e1/real-1");
        QTRY_VERIFY_WITH_TIMEOUT(qa.alerts.contains(real), 10000);
        act(a, [real](OperatorActions *o) { o->acknowledge({real}, QStringLiteral("seen")); });
        QTRY_VERIFY_WITH_TIMEOUT(qa.alerts[real].state.acknowledged, 5000);
        QCOMPARE(qa.alerts[real].ackedBy, QStringLiteral("alice"));

        // The held ones are never claimed by a raise: dropped as unknown when their time is up.
        QTRY_COMPARE_WITH_TIMEOUT(figuresOf(a).remoteActions.droppedTotal(), quint64(kForged), HeldActions::kHoldMs + 10000);
        counts = figuresOf(a).remoteActions;
        QCOMPARE(counts.held, 0);
        QVERIFY(counts.count(ActionDrop::UnknownAlert) > 0);
        QCOMPARE(counts.count(ActionDrop::UnknownAlert) + counts.count(ActionDrop::RateLimited), quint64(kForged));
        a.stop();
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM alerts")), 1);   // the real one
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM alerts WHERE alert_id LIKE 'forged-%'")), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM actions WHERE console = 'ws-ceo'")), 0);
        fleet->stop();
        forger->stop();
    }

    void consolesShareTheNewActions()
    {
        BrokerProcess broker;
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));
        ConsoleCore a(settingsFor(broker, QStringLiteral("ws-a")), m_dir.filePath(QStringLiteral("a.sqlite")), QStringLiteral("sue"));
        const QString dbB = m_dir.filePath(QStringLiteral("b.sqlite"));
        ConsoleCore b(settingsFor(broker, QStringLiteral("ws-b")), dbB, QStringLiteral("bob"));
        QueueMirror qa(a.alerts()), qb(b.alerts());
        a.start();
        b.start();
        AlertCenter *centerA = a.alerts();
        QMetaObject::invokeMethod(centerA, [centerA] { centerA->setOperator(QStringLiteral("sue"), QStringLiteral("supervisor")); });
        QTRY_COMPARE_WITH_TIMEOUT(a.session()->state(), ConnectionState::Connected, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(b.session()->state(), ConnectionState::Connected, 10000);
        auto fleet = client(broker, QStringLiteral("tst-fleet"));
        QTRY_COMPARE_WITH_TIMEOUT(fleet->state(), ConnectionState::Connected, 10000);
        raise(*fleet, QStringLiteral("e1"), QStringLiteral("s-1"), 1);
        raise(*fleet, QStringLiteral("e1"), QStringLiteral("s-2"), 2);
        const QString k1 = QStringLiteral("plant-a/e1/s-1");
        const QString k2 = QStringLiteral("plant-a/e1/s-2");
        QTRY_VERIFY_WITH_TIMEOUT(qa.alerts.contains(k1) && qb.alerts.contains(k1) && qa.alerts.contains(k2) && qb.alerts.contains(k2),
                                 10000);

        act(a, [k1](OperatorActions *o) { o->suppress({k1}, QStringLiteral("line stopped for cleaning")); });
        QTRY_VERIFY_WITH_TIMEOUT(qb.alerts[k1].state.suppressed, 5000);
        act(a, [k1](OperatorActions *o) { o->comment({k1}, QStringLiteral("restart at 14:00")); });
        QTRY_COMPARE_WITH_TIMEOUT(qb.alerts[k1].comments, 1, 5000);
        QCOMPARE(qb.alerts[k1].lastComment, QStringLiteral("restart at 14:00"));
        QVERIFY(qb.alerts[k1].state.suppressed && !qb.alerts[k1].state.acknowledged);
        act(a, [k1](OperatorActions *o) { o->unsuppress({k1}, QStringLiteral("line running")); });
        QTRY_VERIFY_WITH_TIMEOUT(!qb.alerts[k1].state.suppressed, 5000);

        // Out of service until 3 s from now: at B too, and back in service by itself at both.
        const QDateTime until = QDateTime::currentDateTime().addSecs(3);
        act(a, [k2, until](OperatorActions *o) { o->outOfService({k2}, until, QStringLiteral("sensor replaced")); });
        QTRY_VERIFY_WITH_TIMEOUT(qb.alerts[k2].state.outOfService, 5000);
        QCOMPARE(qb.alerts[k2].state.outOfServiceUntil, std::optional<qint64>(until.toMSecsSinceEpoch()));
        QTRY_VERIFY_WITH_TIMEOUT(!qb.alerts[k2].state.outOfService && !qa.alerts[k2].state.outOfService, 10000);

        // Out of service open-ended, returned by hand.
        act(a, [k2](OperatorActions *o) { o->outOfService({k2}, {}, QStringLiteral("pump swap")); });
        QTRY_VERIFY_WITH_TIMEOUT(qb.alerts[k2].state.outOfService, 5000);
        QVERIFY(!qb.alerts[k2].state.outOfServiceUntil);
        act(a, [k2](OperatorActions *o) { o->returnToService({k2}, QStringLiteral("pump fitted")); });
        QTRY_VERIFY_WITH_TIMEOUT(!qb.alerts[k2].state.outOfService, 5000);

        // B's operator may comment, not take out of service.
        QSignalSpy refused(b.alerts()->operatorActions(), &OperatorActions::actionRejected);
        act(b, [k1](OperatorActions *o) { o->outOfService({k1}, {}, QStringLiteral("try")); });
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, 5000);
        act(b, [k1](OperatorActions *o) { o->comment({k1}, QStringLiteral("ok from B")); });
        QTRY_COMPARE_WITH_TIMEOUT(qa.alerts[k1].comments, 2, 5000);

        fleet->stop();
        a.stop();
        b.stop();
        // B journalled every one of A's actions as a claim from ws-a, and its own comment.
        QCOMPARE(scalar(dbB, QStringLiteral("SELECT count(*) FROM journal WHERE console = 'ws-a' AND claimed_at IS NOT NULL")), 6);
        QCOMPARE(scalar(dbB, QStringLiteral("SELECT count(*) FROM journal WHERE console = 'ws-b' AND claimed_at IS NULL")), 1);
        QCOMPARE(scalar(dbB, QStringLiteral("SELECT count(*) FROM actions WHERE until_ts = %1").arg(until.toMSecsSinceEpoch())), 1);
    }
};

QTEST_GUILESS_MAIN(TestForgedActions)
#include "tst_forgedactions.moc"

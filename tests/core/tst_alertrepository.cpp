// AlertRepository, AlertEventRepository, ActionRepository and AssetSeqRepository on a real SQLite
// store in a temporary directory: every field of an alert round-trips through insert and update;
// repeated deliveries of events and remote actions are ignored; the restart load leaves out alerts
// returned to normal and acknowledged; per-asset seq.

#include "core/store/actionrepository.h"
#include "core/store/alerteventrepository.h"
#include "core/store/alertrepository.h"
#include "core/store/assetseqrepository.h"
#include "core/store/database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fw;

namespace {

AlertRecord minimalAlert(const QString &alertId = QStringLiteral("a-1"), qint64 raisedAt = 1000)
{
    AlertRecord r;
    r.site = QStringLiteral("plant-a");
    r.asset = QStringLiteral("engine-017");
    r.alertId = alertId;
    r.raisedTs = raisedAt;
    r.raisedAt = raisedAt;
    r.lastEventAt = raisedAt;
    return r;
}

AlertRecord fullAlert()
{
    AlertRecord r = minimalAlert(QStringLiteral("a-7f3c2e"), 1'763'799'330'250);
    r.priority = Priority::Critical;
    r.title = QStringLiteral("HPC degradation suspected – T30 ↑ (Größe)");
    r.model = ModelRef{QStringLiteral("hpc-degradation"), QStringLiteral("3.2.0")};
    r.score = 0.93;
    r.threshold = 0.8;
    r.lastPayload = QByteArray("{\"id\":\"a-7f3c2e\"}\0\x01\xff binary tail", 33);
    r.raisedTs = 1'763'799'330'000;
    r.lastEventAt = 1'763'799'400'000;
    r.clearedAt = 1'763'799'500'000;
    r.state.active = false;
    r.state.acknowledged = true;
    r.state.shelvedUntil = 1'763'800'000'000;
    r.state.shelveReason = QStringLiteral("sensor being replaced");
    r.state.suppressed = true;
    r.state.outOfService = true;
    r.ackedAt = 1'763'799'360'000;
    r.ackedBy = QStringLiteral("alice");
    r.ackedConsole = QStringLiteral("ws-07");
    r.ackNote = QStringLiteral("crew dispatched\nline two");
    r.lastSeq = 4711;
    r.caughtUp = true;
    r.orphan = true;
    r.chattering = true;
    r.line = QStringLiteral("Line 2");
    return r;
}

// Every field, so that a failure names the field.
void compareRecords(const AlertRecord &actual, const AlertRecord &expected)
{
    QCOMPARE(actual.rowId, expected.rowId);
    QCOMPARE(actual.site, expected.site);
    QCOMPARE(actual.asset, expected.asset);
    QCOMPARE(actual.alertId, expected.alertId);
    QCOMPARE(actual.priority, expected.priority);
    QCOMPARE(actual.title, expected.title);
    QCOMPARE(actual.model.name, expected.model.name);
    QCOMPARE(actual.model.version, expected.model.version);
    QCOMPARE(actual.score, expected.score);
    QCOMPARE(actual.threshold, expected.threshold);
    QCOMPARE(actual.lastPayload, expected.lastPayload);
    QCOMPARE(actual.raisedTs, expected.raisedTs);
    QCOMPARE(actual.raisedAt, expected.raisedAt);
    QCOMPARE(actual.lastEventAt, expected.lastEventAt);
    QCOMPARE(actual.clearedAt, expected.clearedAt);
    QCOMPARE(actual.state.active, expected.state.active);
    QCOMPARE(actual.state.acknowledged, expected.state.acknowledged);
    QCOMPARE(actual.state.shelvedUntil, expected.state.shelvedUntil);
    QCOMPARE(actual.state.shelveReason, expected.state.shelveReason);
    QCOMPARE(actual.state.suppressed, expected.state.suppressed);
    QCOMPARE(actual.state.outOfService, expected.state.outOfService);
    QCOMPARE(actual.ackedAt, expected.ackedAt);
    QCOMPARE(actual.ackedBy, expected.ackedBy);
    QCOMPARE(actual.ackedConsole, expected.ackedConsole);
    QCOMPARE(actual.ackNote, expected.ackNote);
    QCOMPARE(actual.lastSeq, expected.lastSeq);
    QCOMPARE(actual.caughtUp, expected.caughtUp);
    QCOMPARE(actual.orphan, expected.orphan);
    QCOMPARE(actual.chattering, expected.chattering);
    QCOMPARE(actual.line, expected.line);
}

QStringList ids(const AlertRecords &records)
{
    QStringList out;
    for (const AlertRecord &r : records)
        out << r.alertId;
    return out;
}

AlertAction remoteAck(qint64 alertRow)
{
    AlertAction a;
    a.alertRow = alertRow;
    a.event = AlarmEvent::Acknowledge;
    a.by = QStringLiteral("bob");
    a.role = QStringLiteral("operator");
    a.console = QStringLiteral("ws-03");
    a.ts = 1'763'799'360'000;
    a.receivedAt = 1'763'799'360'420;
    a.note = QStringLiteral("seen");
    a.local = false;
    return a;
}

} // namespace

Q_DECLARE_METATYPE(fw::AlertRecord)

class TestAlertRepository : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        OpenReport report;
        m_db = Database::open(m_dir->filePath(QStringLiteral("store.sqlite")), &report);
        QVERIFY2(m_db, qPrintable(report.error));
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void upsertRoundTripsEveryField_data()
    {
        QTest::addColumn<AlertRecord>("record");
        QTest::newRow("defaults") << minimalAlert();
        QTest::newRow("every field set") << fullAlert();
        AlertRecord open = fullAlert();
        open.state = AlarmState{};
        open.clearedAt.reset();
        open.ackedAt.reset();
        open.score.reset();
        open.threshold = 0.0;
        open.priority = Priority::Low;
        QTest::newRow("open, unacknowledged, no score") << open;
    }

    void upsertRoundTripsEveryField()
    {
        QFETCH(AlertRecord, record);
        AlertRepository repo(*m_db);
        QVERIFY(repo.isValid());
        QVERIFY(repo.upsert(record));
        QVERIFY(record.rowId > 0);
        const auto found = repo.find(record.site, record.asset, record.alertId);
        QVERIFY(found);
        compareRecords(*found, record);
    }

    void upsertUpdatesEveryFieldInPlace()
    {
        AlertRepository repo(*m_db);
        AlertRecord first = minimalAlert(QStringLiteral("a-7f3c2e"));
        QVERIFY(repo.upsert(first));
        AlertRecord second = fullAlert();       // same site, asset and id; every other field differs
        QVERIFY(repo.upsert(second));
        QCOMPARE(second.rowId, first.rowId);
        QCOMPARE(m_db->queryInt("SELECT count(*) FROM alerts"), std::optional<qint64>(1));
        const auto found = repo.find(second.site, second.asset, second.alertId);
        QVERIFY(found);
        compareRecords(*found, second);

        AlertRecord back = minimalAlert(QStringLiteral("a-7f3c2e"));
        QVERIFY(repo.upsert(back));
        compareRecords(*repo.find(back.site, back.asset, back.alertId), back);
    }

    void findTellsSitesAndAssetsApart()
    {
        AlertRepository repo(*m_db);
        AlertRecord r = minimalAlert();
        QVERIFY(repo.upsert(r));
        QVERIFY(repo.find(r.site, r.asset, r.alertId));
        QVERIFY(!repo.find(QStringLiteral("plant-b"), r.asset, r.alertId));
        QVERIFY(!repo.find(r.site, QStringLiteral("engine-018"), r.alertId));
        QVERIFY(!repo.find(r.site, r.asset, QStringLiteral("a-2")));
        AlertRecord other = minimalAlert();
        other.site = QStringLiteral("plant-b");
        QVERIFY(repo.upsert(other));
        QVERIFY(other.rowId != r.rowId);
    }

    void duplicateEventsAreIgnored()
    {
        AlertRepository alerts(*m_db);
        AlertEventRepository events(*m_db);
        QVERIFY(events.isValid());
        AlertRecord r = minimalAlert();
        QVERIFY(alerts.upsert(r));
        const QByteArray payload("{\"event\":\"raised\"}\0tail", 23);
        bool ok = false;
        QVERIFY(events.insert(r.rowId, r.site, r.asset, QStringLiteral("raised"), 4711, 10, 11, payload, &ok));
        QVERIFY(ok);
        // The same delivery again, even with another receive time: not stored.
        QVERIFY(!events.insert(r.rowId, r.site, r.asset, QStringLiteral("raised"), 4711, 10, 99, payload, &ok));
        QVERIFY(ok);
        QVERIFY(events.insert(r.rowId, r.site, r.asset, QStringLiteral("cleared"), 4712, 20, 21, {}, &ok));
        QVERIFY(events.insert(r.rowId, r.site, r.asset, QStringLiteral("updated"), 4711, 10, 11, {}, &ok));

        const auto stored = events.forAlert(r.rowId, &ok);
        QVERIFY(ok);
        QCOMPARE(stored.size(), size_t(3));
        QCOMPARE(stored[0].event, QStringLiteral("raised"));
        QCOMPARE(stored[0].seq, qint64(4711));
        QCOMPARE(stored[0].ts, qint64(10));
        QCOMPARE(stored[0].receivedAt, qint64(11));
        QCOMPARE(stored[0].payload, payload);
        QCOMPARE(stored[0].site, r.site);
        QCOMPARE(stored[0].asset, r.asset);
        QCOMPARE(stored[0].alertRow, r.rowId);
        QCOMPARE(stored[2].event, QStringLiteral("cleared"));

        // An event for an alert that is not stored is an error, not a duplicate.
        QVERIFY(!events.insert(r.rowId + 100, r.site, r.asset, QStringLiteral("raised"), 1, 1, 1, {}, &ok));
        QVERIFY(!ok);
    }

    void duplicateRemoteActionsAreIgnored()
    {
        AlertRepository alerts(*m_db);
        ActionRepository actions(*m_db);
        QVERIFY(actions.isValid());
        AlertRecord r = minimalAlert();
        QVERIFY(alerts.upsert(r));

        AlertAction ack = remoteAck(r.rowId);
        bool ok = false;
        QVERIFY(actions.insert(ack, &ok));
        QVERIFY(ok);
        QVERIFY(ack.id > 0);
        AlertAction again = remoteAck(r.rowId);
        again.note = QStringLiteral("re-delivered");
        again.receivedAt += 5000;
        QVERIFY(!actions.insert(again, &ok));
        QVERIFY(ok);
        QCOMPARE(again.id, qint64(0));

        AlertAction shelve = remoteAck(r.rowId);
        shelve.event = AlarmEvent::Shelve;
        shelve.shelveMinutes = 30;
        shelve.local = true;
        shelve.ts += 1;
        QVERIFY(actions.insert(shelve, &ok));
        AlertAction otherConsole = remoteAck(r.rowId);
        otherConsole.console = QStringLiteral("ws-04");
        QVERIFY(actions.insert(otherConsole, &ok));

        const auto stored = actions.forAlert(r.rowId, &ok);
        QVERIFY(ok);
        QCOMPARE(stored.size(), size_t(3));
        QCOMPARE(stored[0].id, ack.id);
        QCOMPARE(stored[0].note, QStringLiteral("seen"));
        QCOMPARE(stored[0].event, AlarmEvent::Acknowledge);
        QCOMPARE(stored[0].by, ack.by);
        QCOMPARE(stored[0].role, ack.role);
        QCOMPARE(stored[0].console, ack.console);
        QCOMPARE(stored[0].ts, ack.ts);
        QCOMPARE(stored[0].receivedAt, ack.receivedAt);
        QCOMPARE(stored[0].local, false);
        // In the order received here (received_at, then as stored), not by the senders' claimed ts.
        QCOMPARE(stored[1].event, AlarmEvent::Shelve);
        QCOMPARE(stored[1].shelveMinutes, 30);
        QCOMPARE(stored[1].local, true);
        QCOMPARE(stored[2].console, QStringLiteral("ws-04"));
        QVERIFY(!stored[2].until);

        AlertAction outOfService = remoteAck(r.rowId);
        outOfService.event = AlarmEvent::RemoveFromService;
        outOfService.until = outOfService.receivedAt + 3'600'000;
        outOfService.receivedAt -= 1000;   // received before the others: first
        QVERIFY(actions.insert(outOfService, &ok));
        const auto withEnd = actions.forAlert(r.rowId, &ok);
        QCOMPARE(withEnd.front().event, AlarmEvent::RemoveFromService);
        QCOMPARE(withEnd.front().until, outOfService.until);
        QCOMPARE(actions.annotations().value(r.rowId).outOfServiceUntil, outOfService.until);

        AlertAction orphan = remoteAck(r.rowId + 100);
        QVERIFY(!actions.insert(orphan, &ok));
        QVERIFY(!ok);
    }

    void loadUnresolvedSelectsTheLiveQueue_data()
    {
        QTest::addColumn<bool>("active");
        QTest::addColumn<bool>("acknowledged");
        QTest::addColumn<bool>("shelved");
        QTest::addColumn<bool>("suppressed");
        QTest::addColumn<bool>("included");
        QTest::newRow("active, unacknowledged") << true << false << false << false << true;
        QTest::newRow("active, acknowledged") << true << true << false << false << true;
        QTest::newRow("returned to normal, unacknowledged") << false << false << false << false << true;
        QTest::newRow("returned to normal, acknowledged") << false << true << false << false << false;
        QTest::newRow("returned to normal, acknowledged, shelved") << false << true << true << false << true;
        QTest::newRow("returned to normal, acknowledged, suppressed") << false << true << false << true << false;
        QTest::newRow("active, acknowledged, shelved") << true << true << true << false << true;
    }

    void loadUnresolvedSelectsTheLiveQueue()
    {
        QFETCH(bool, active);
        QFETCH(bool, acknowledged);
        QFETCH(bool, shelved);
        QFETCH(bool, suppressed);
        QFETCH(bool, included);
        AlertRepository repo(*m_db);
        AlertRecord open = minimalAlert(QStringLiteral("open"), 500);
        QVERIFY(repo.upsert(open));
        AlertRecord probe = minimalAlert(QStringLiteral("probe"), 600);
        probe.state.active = active;
        probe.state.acknowledged = acknowledged;
        probe.state.suppressed = suppressed;
        if (shelved)
            probe.state.shelvedUntil = 9000;
        QVERIFY(repo.upsert(probe));
        bool ok = false;
        const AlertRecords loaded = repo.loadUnresolved(&ok);
        QVERIFY(ok);
        QCOMPARE(ids(loaded), (included ? QStringList{"open", "probe"} : QStringList{"open"}));
        if (included)
            compareRecords(loaded[1], probe);
    }

    void loadUnresolvedIsOldestFirst()
    {
        AlertRepository repo(*m_db);
        for (auto [id, at] : {std::pair{"c", 300}, {"a", 100}, {"d", 400}, {"b", 200}}) {
            AlertRecord r = minimalAlert(QString::fromLatin1(id), at);
            QVERIFY(repo.upsert(r));
        }
        QCOMPARE(ids(repo.loadUnresolved()), (QStringList{"a", "b", "c", "d"}));
    }

    void loadRangeIsHalfOpen()
    {
        AlertRepository repo(*m_db);
        for (auto [id, at] : {std::pair{"t300", 300}, {"t100", 100}, {"t99", 99}, {"t200", 200}}) {
            AlertRecord r = minimalAlert(QString::fromLatin1(id), at);
            r.state.active = false;
            r.state.acknowledged = true;      // resolved alerts are in the history too
            QVERIFY(repo.upsert(r));
        }
        bool ok = false;
        QCOMPARE(ids(repo.loadRange(100, 300, &ok)), (QStringList{"t100", "t200"}));
        QVERIFY(ok);
        QCOMPARE(ids(repo.loadRange(0, 1000)), (QStringList{"t99", "t100", "t200", "t300"}));
        QVERIFY(repo.loadRange(301, 400).empty());
    }

    void assetSeqIsKeptPerAsset()
    {
        AssetSeqRepository seqs(*m_db);
        QVERIFY(seqs.isValid());
        bool ok = false;
        QCOMPARE(seqs.lastSeq(QStringLiteral("plant-a"), QStringLiteral("e1"), &ok), std::optional<qint64>());
        QVERIFY(ok);
        QVERIFY(seqs.set(QStringLiteral("plant-a"), QStringLiteral("e1"), 4711));
        QVERIFY(seqs.set(QStringLiteral("plant-a"), QStringLiteral("e2"), 7));
        QVERIFY(seqs.set(QStringLiteral("plant-b"), QStringLiteral("e1"), 12));
        QCOMPARE(seqs.lastSeq(QStringLiteral("plant-a"), QStringLiteral("e1")), std::optional<qint64>(4711));
        QCOMPARE(seqs.lastSeq(QStringLiteral("plant-a"), QStringLiteral("e2")), std::optional<qint64>(7));
        QCOMPARE(seqs.lastSeq(QStringLiteral("plant-b"), QStringLiteral("e1")), std::optional<qint64>(12));
        // A fleet restart may start again from 1: the newest value is kept, whatever it is.
        QVERIFY(seqs.set(QStringLiteral("plant-a"), QStringLiteral("e1"), 1));
        QCOMPARE(seqs.lastSeq(QStringLiteral("plant-a"), QStringLiteral("e1")), std::optional<qint64>(1));
        QCOMPARE(m_db->queryInt("SELECT count(*) FROM asset_seq"), std::optional<qint64>(3));
    }
};

QTEST_GUILESS_MAIN(TestAlertRepository)
#include "tst_alertrepository.moc"

// AlertQueueModel under QAbstractItemModelTester: a snapshot, then batches that insert (one insert),
// update (one ranged dataChanged) and remove resolved alerts; counts; the texts shown for states and
// times. The operator's order and the filters are AlertQueueProxy's: tst_alertqueueproxy.

#include "models/alertqueuemodel.h"

#include "support/alertfixtures.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace fw;

Q_DECLARE_METATYPE(fw::AlarmState)

namespace {

using fw::test::alert;
using fw::test::kT0;

AlarmState activeUnack() { return {}; }
AlarmState activeAck()
{
    AlarmState s;
    s.acknowledged = true;
    return s;
}
AlarmState clearedUnack()
{
    AlarmState s;
    s.active = false;
    return s;
}
AlarmState clearedAck()
{
    AlarmState s;
    s.active = false;
    s.acknowledged = true;
    return s;
}
AlarmState shelved(AlarmState s, qint64 until, const QString &reason = QStringLiteral("sensor swap"))
{
    s.shelvedUntil = until;
    s.shelveReason = reason;
    return s;
}
AlarmState suppressed()
{
    AlarmState s;
    s.suppressed = true;
    return s;
}
AlarmState outOfService(AlarmState s = {})
{
    s.outOfService = true;
    return s;
}

AlertRecord withState(AlertRecord r, const AlarmState &s)
{
    r.state = s;
    return r;
}

QStringList keysInOrder(const QAbstractItemModel &m)
{
    QStringList keys;
    for (int row = 0; row < m.rowCount(); ++row)
        keys << m.index(row, 0).data(AlertQueueModel::KeyRole).toString();
    return keys;
}

QStringList idsInOrder(const QAbstractItemModel &m)
{
    QStringList ids;
    for (const QString &key : keysInOrder(m))
        ids << key.section(QLatin1Char('/'), 2);
    return ids;
}

// Every row's key is where rowOf() says, and record() agrees.
void verifyIndexConsistent(const AlertQueueModel &model)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const AlertRecord *r = model.record(row);
        QVERIFY(r);
        QCOMPARE(model.rowOf(r->key()), row);
        QCOMPARE(model.index(row, 0).data(AlertQueueModel::KeyRole).toString(), r->key());
    }
    QVERIFY(!model.record(model.rowCount()));
    QVERIFY(!model.record(-1));
}

// One alert per state kind, on two sites.
AlertRecords filterFixture()
{
    const qint64 until = kT0 + 3600'000;
    return {
        alert(QStringLiteral("plant-a"), QStringLiteral("engine-001"), QStringLiteral("a"), Priority::Critical, kT0, activeUnack()),
        alert(QStringLiteral("plant-a"), QStringLiteral("engine-002"), QStringLiteral("b"), Priority::High, kT0, activeAck()),
        alert(QStringLiteral("plant-b"), QStringLiteral("pump-7"), QStringLiteral("c"), Priority::Medium, kT0, clearedUnack()),
        alert(QStringLiteral("plant-b"), QStringLiteral("pump-8"), QStringLiteral("d"), Priority::Low, kT0,
              shelved(activeUnack(), until)),
        alert(QStringLiteral("plant-a"), QStringLiteral("engine-003"), QStringLiteral("e"), Priority::High, kT0,
              shelved(clearedAck(), until)),
        alert(QStringLiteral("plant-b"), QStringLiteral("pump-9"), QStringLiteral("f"), Priority::Low, kT0, suppressed()),
        alert(QStringLiteral("plant-a"), QStringLiteral("engine-004"), QStringLiteral("g"), Priority::Medium, kT0,
              outOfService()),
    };
}

} // namespace

class TestAlertQueueModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Times and numbers follow the default locale; the C locale writes them as these tests expect
    // (24-hour times, ISO dates), whatever the machine's locale.
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void snapshotLeavesOutResolved()
    {
        AlertQueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy counts(&model, &AlertQueueModel::countsChanged);
        model.setSnapshot({alert(QStringLiteral("a")), withState(alert(QStringLiteral("b")), clearedAck()),
                           withState(alert(QStringLiteral("c")), clearedUnack()),
                           withState(alert(QStringLiteral("d")), shelved(clearedAck(), kT0 + 60'000))});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(counts.count(), 1);
        QCOMPARE(idsInOrder(model), QStringList({QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("d")}));
        QCOMPARE(model.rowOf(QStringLiteral("plant-a/engine-b/b")), -1);
        verifyIndexConsistent(model);

        // A second snapshot replaces the first.
        model.setSnapshot({alert(QStringLiteral("x"))});
        QCOMPARE(idsInOrder(model), QStringList({QStringLiteral("x")}));
        QCOMPARE(model.rowOf(QStringLiteral("plant-a/engine-a/a")), -1);
        verifyIndexConsistent(model);
    }

    void batchInsertsOnceAtTheEnd()
    {
        AlertQueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot({alert(QStringLiteral("a"))});
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.applyChanges({alert(QStringLiteral("b")), alert(QStringLiteral("c")),
                            withState(alert(QStringLiteral("never-seen")), clearedAck())});
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 1);
        QCOMPARE(inserted.at(0).at(2).toInt(), 2);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(idsInOrder(model), QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        verifyIndexConsistent(model);
    }

    void batchUpdatesWithOneRangedDataChanged()
    {
        AlertQueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot({alert(QStringLiteral("a")), alert(QStringLiteral("b")), alert(QStringLiteral("c")),
                           alert(QStringLiteral("d")), alert(QStringLiteral("e"))});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        AlertRecord d = withState(alert(QStringLiteral("d")), activeAck());
        d.ackedAt = kT0 + 5000;
        d.ackedBy = QStringLiteral("olivia");
        d.ackedConsole = QStringLiteral("console-2");
        AlertRecord b = alert(QStringLiteral("b"), Priority::Critical);
        model.applyChanges({d, b});
        QCOMPARE(changed.count(), 1);
        const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
        const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
        QCOMPARE(topLeft.row(), 1);
        QCOMPARE(topLeft.column(), 0);
        QCOMPARE(bottomRight.row(), 3);
        QCOMPARE(bottomRight.column(), AlertQueueModel::ColumnCount - 1);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(model.index(1, AlertQueueModel::PriorityCol).data().toString(), QStringLiteral("CRITICAL"));
        QCOMPARE(model.index(3, AlertQueueModel::AckedByCol).data().toString(), QStringLiteral("olivia @ console-2"));
        QCOMPARE(model.index(3, 0).data(AlertQueueModel::StateCodeRole).toString(), QStringLiteral("ack"));
        QCOMPARE(model.index(3, 0).data(AlertQueueModel::NeedsAttentionRole).toBool(), false);
        QCOMPARE(model.index(2, 0).data(AlertQueueModel::NeedsAttentionRole).toBool(), true);
        verifyIndexConsistent(model);
    }

    void batchRemovesOnlyResolved_data()
    {
        QTest::addColumn<AlarmState>("state");
        QTest::addColumn<bool>("stays");
        QTest::newRow("returned to normal, acknowledged") << clearedAck() << false;
        QTest::newRow("returned to normal, unacknowledged") << clearedUnack() << true;
        QTest::newRow("active, acknowledged") << activeAck() << true;
        QTest::newRow("returned to normal, acknowledged, shelved") << shelved(clearedAck(), kT0 + 60'000) << true;
        QTest::newRow("active, unacknowledged, shelved") << shelved(activeUnack(), kT0 + 60'000) << true;
        QTest::newRow("returned to normal, acknowledged, suppressed") << [] {
            AlarmState s = clearedAck();
            s.suppressed = true;
            return s;
        }() << false;
    }

    void batchRemovesOnlyResolved()
    {
        QFETCH(AlarmState, state);
        QFETCH(bool, stays);
        AlertQueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot({alert(QStringLiteral("a")), alert(QStringLiteral("b")), alert(QStringLiteral("c"))});
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.applyChanges({withState(alert(QStringLiteral("b")), state)});
        QCOMPARE(removed.count(), stays ? 0 : 1);
        QCOMPARE(model.rowCount(), stays ? 3 : 2);
        QCOMPARE(model.rowOf(QStringLiteral("plant-a/engine-b/b")) >= 0, stays);
        if (stays)
            QCOMPARE(model.record(model.rowOf(QStringLiteral("plant-a/engine-b/b")))->state, state);
        verifyIndexConsistent(model);
    }

    void batchRemovesSeveralUpdatesAndInserts()
    {
        AlertQueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot({alert(QStringLiteral("a")), alert(QStringLiteral("b")), alert(QStringLiteral("c")),
                           alert(QStringLiteral("d")), alert(QStringLiteral("e")), alert(QStringLiteral("f"))});
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        // Out of row order on purpose: e (row 4), a (row 0), c (row 2) resolve; d changes; g is new.
        model.applyChanges({withState(alert(QStringLiteral("e")), clearedAck()),
                            withState(alert(QStringLiteral("a")), clearedAck()),
                            alert(QStringLiteral("g"), Priority::High),
                            alert(QStringLiteral("d"), Priority::Low),
                            withState(alert(QStringLiteral("c")), clearedAck())});
        QCOMPARE(removed.count(), 3);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(idsInOrder(model), QStringList({QStringLiteral("b"), QStringLiteral("d"), QStringLiteral("f"),
                                                 QStringLiteral("g")}));
        QCOMPARE(model.record(model.rowOf(QStringLiteral("plant-a/engine-d/d")))->priority, Priority::Low);
        QCOMPARE(model.record(model.rowOf(QStringLiteral("plant-a/engine-g/g")))->priority, Priority::High);
        verifyIndexConsistent(model);

        // The index is right afterwards: later updates land on the right rows.
        model.applyChanges({alert(QStringLiteral("f"), Priority::Critical), alert(QStringLiteral("g"), Priority::Low)});
        QCOMPARE(model.index(2, AlertQueueModel::PriorityCol).data().toString(), QStringLiteral("CRITICAL"));
        QCOMPARE(model.index(3, AlertQueueModel::PriorityCol).data().toString(), QStringLiteral("LOW"));
        QCOMPARE(model.index(1, AlertQueueModel::PriorityCol).data().toString(), QStringLiteral("LOW"));
        QCOMPARE(model.index(0, AlertQueueModel::PriorityCol).data().toString(), QStringLiteral("MEDIUM"));

        // Everything resolves at once.
        model.applyChanges({withState(alert(QStringLiteral("b")), clearedAck()), withState(alert(QStringLiteral("d")), clearedAck()),
                            withState(alert(QStringLiteral("f")), clearedAck()), withState(alert(QStringLiteral("g")), clearedAck())});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.counts().total, 0);
    }

    void countsPerPriorityUnacknowledgedAndShelved()
    {
        AlertQueueModel model;
        QSignalSpy countsChanged(&model, &AlertQueueModel::countsChanged);
        model.setSnapshot(filterFixture());
        QCOMPARE(countsChanged.count(), 1);
        AlertQueueModel::Counts c = model.counts();
        QCOMPARE(c.total, 7);
        QCOMPARE(c.byPriority[size_t(Priority::Critical)], 1);
        QCOMPARE(c.byPriority[size_t(Priority::High)], 2);
        QCOMPARE(c.byPriority[size_t(Priority::Medium)], 2);
        QCOMPARE(c.byPriority[size_t(Priority::Low)], 2);
        QCOMPARE(c.unacknowledged, 5);   // a, c, d (shelved), f, g
        QCOMPARE(c.shelved, 2);          // d, e

        // Acknowledge a, raise a new critical, resolve b.
        AlertRecords fixture = filterFixture();
        AlertRecord a = fixture[0];
        a.state.acknowledged = true;
        AlertRecord b = fixture[1];
        b.state = clearedAck();
        model.applyChanges({a, b, alert(QStringLiteral("plant-a"), QStringLiteral("engine-005"), QStringLiteral("h"),
                                        Priority::Critical)});
        QCOMPARE(countsChanged.count(), 2);
        c = model.counts();
        QCOMPARE(c.total, 7);
        QCOMPARE(c.byPriority[size_t(Priority::Critical)], 2);
        QCOMPARE(c.byPriority[size_t(Priority::High)], 1);
        QCOMPARE(c.unacknowledged, 5);   // c, d, f, g, h
        QCOMPARE(c.shelved, 2);
    }

    void formatDuration_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("negative") << qint64(-5000) << QStringLiteral("0 s");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0 s");
        QTest::newRow("under a second") << qint64(999) << QStringLiteral("0 s");
        QTest::newRow("59 s") << qint64(59'999) << QStringLiteral("59 s");
        QTest::newRow("1 min") << qint64(60'000) << QStringLiteral("1 min 00 s");
        QTest::newRow("2 min 05 s") << qint64(125'000) << QStringLiteral("2 min 05 s");
        QTest::newRow("59 min 59 s") << qint64(3'599'000) << QStringLiteral("59 min 59 s");
        QTest::newRow("1 h") << qint64(3'600'000) << QStringLiteral("1 h 00 min");
        QTest::newRow("1 h 12 min") << qint64(4'320'000 + 59'000) << QStringLiteral("1 h 12 min");
        QTest::newRow("23 h 59 min") << qint64(86'399'000) << QStringLiteral("23 h 59 min");
        QTest::newRow("1 d") << qint64(86'400'000) << QStringLiteral("1 d 0 h");
        QTest::newRow("3 d 5 h") << qint64(3 * 86'400'000LL + 5 * 3'600'000LL + 1) << QStringLiteral("3 d 5 h");
    }

    void formatDuration()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(AlertQueueModel::formatDuration(ms), text);
    }

    void stateTextAndCode_data()
    {
        QTest::addColumn<AlarmState>("state");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("text");
        const qint64 until = QDateTime(QDate(2024, 5, 1), QTime(14, 5)).toMSecsSinceEpoch();
        QTest::newRow("active, unack") << activeUnack() << QStringLiteral("unack") << QStringLiteral("ACTIVE, UNACK");
        QTest::newRow("active, ack") << activeAck() << QStringLiteral("ack") << QStringLiteral("Active, ack'd");
        QTest::newRow("cleared, unack") << clearedUnack() << QStringLiteral("rtn-unack") << QStringLiteral("CLEARED, UNACK");
        QTest::newRow("cleared, ack") << clearedAck() << QStringLiteral("rtn-ack") << QStringLiteral("Cleared, ack'd");
        QTest::newRow("shelved") << shelved(activeUnack(), until) << QStringLiteral("shelved")
                                 << QStringLiteral("Shelved until 14:05");
        QTest::newRow("shelved, cleared, ack") << shelved(clearedAck(), until) << QStringLiteral("shelved")
                                               << QStringLiteral("Shelved until 14:05");
        QTest::newRow("suppressed") << suppressed() << QStringLiteral("suppressed") << QStringLiteral("Suppressed");
        QTest::newRow("out of service") << outOfService() << QStringLiteral("out-of-service")
                                        << QStringLiteral("Out of service");
        QTest::newRow("out of service beats shelved") << outOfService(shelved(activeUnack(), until))
                                                      << QStringLiteral("out-of-service") << QStringLiteral("Out of service");
        QTest::newRow("shelved beats suppressed") << [until] {
            AlarmState s = shelved(activeUnack(), until);
            s.suppressed = true;
            return s;
        }() << QStringLiteral("shelved") << QStringLiteral("Shelved until 14:05");
    }

    void stateTextAndCode()
    {
        QFETCH(AlarmState, state);
        QFETCH(QString, code);
        QFETCH(QString, text);
        QCOMPARE(AlertQueueModel::stateCode(state), code);
        QCOMPARE(AlertQueueModel::stateText(state), text);

        // The row shows the same, in text (never colour alone).
        AlertQueueModel model;
        model.setSnapshot({withState(alert(QStringLiteral("a")), state)});
        if (model.rowCount() == 1) {
            QCOMPARE(model.index(0, AlertQueueModel::StateCol).data().toString(), text);
            QCOMPARE(model.index(0, 0).data(AlertQueueModel::StateCodeRole).toString(), code);
            QCOMPARE(model.index(0, 0).data(AlertQueueModel::NeedsAttentionRole).toBool(), state.needsAttention());
        } else {
            QCOMPARE(code, QStringLiteral("rtn-ack"));   // the only state that leaves the queue
        }
    }

    void ackTimeColumn()
    {
        AlertQueueModel model;
        model.setNow(kT0 + 125'000);
        AlertRecord r = alert(QStringLiteral("a"), Priority::High, kT0);
        model.setSnapshot({r});
        const QModelIndex cell = model.index(0, AlertQueueModel::AckTimeCol);
        QCOMPARE(cell.data().toString(), QStringLiteral("waiting 2 min 05 s"));
        QCOMPARE(cell.data(AlertQueueModel::SortRole).toLongLong(), 125'000);
        model.setNow(kT0 + 4'380'000);
        QCOMPARE(cell.data().toString(), QStringLiteral("waiting 1 h 13 min"));
        QCOMPARE(model.index(0, AlertQueueModel::AckedByCol).data().toString(), QString());

        r.state = activeAck();
        r.ackedAt = kT0 + 42'000;
        r.ackedBy = QStringLiteral("olivia");
        r.ackedConsole = QStringLiteral("console-1");
        model.applyChanges({r});
        QCOMPARE(cell.data().toString(), QStringLiteral("ack 42 s"));
        QCOMPARE(cell.data(AlertQueueModel::SortRole).toLongLong(), 42'000);
        model.setNow(kT0 + 9'000'000);   // the time to ack no longer moves
        QCOMPARE(cell.data().toString(), QStringLiteral("ack 42 s"));
        QCOMPARE(model.index(0, AlertQueueModel::AckedByCol).data().toString(), QStringLiteral("olivia @ console-1"));
    }

    void otherColumns()
    {
        AlertQueueModel model;
        AlertRecord r = alert(QStringLiteral("plant-a"), QStringLiteral("engine-001"), QStringLiteral("hpc-degradation"),
                              Priority::Critical, QDateTime(QDate(2024, 5, 1), QTime(9, 8, 7)).toMSecsSinceEpoch());
        r.score = 0.125;
        r.threshold = 0.3;
        r.model.name = QStringLiteral("rul-gbm");
        r.model.version = QStringLiteral("1.4.0");
        r.chattering = true;
        r.caughtUp = true;
        r.ackNote = QStringLiteral("seen");
        r.state = shelved(activeAck(), kT0, QStringLiteral("sensor swap"));
        AlertRecord untitled = alert(QStringLiteral("b"));
        untitled.title.clear();
        model.setSnapshot({r, untitled});
        QCOMPARE(model.index(0, AlertQueueModel::PriorityCol).data().toString(), QStringLiteral("CRITICAL"));
        QCOMPARE(model.index(0, AlertQueueModel::RaisedCol).data().toString(), QStringLiteral("09:08:07"));
        QCOMPARE(model.index(0, AlertQueueModel::SiteCol).data().toString(), QStringLiteral("plant-a"));
        QCOMPARE(model.index(0, AlertQueueModel::AssetCol).data().toString(), QStringLiteral("engine-001"));
        QCOMPARE(model.index(0, AlertQueueModel::ScoreCol).data().toString(),
                 QLocale().toString(0.125, 'f', 2) + QStringLiteral(" / ") + QLocale().toString(0.3, 'f', 2));
        QCOMPARE(model.index(0, AlertQueueModel::ModelCol).data().toString(), QStringLiteral("rul-gbm 1.4.0"));
        QCOMPARE(model.index(0, AlertQueueModel::NotesCol).data().toString(),
                 QStringLiteral("chattering; caught up; seen; shelved: sensor swap"));
        QCOMPARE(model.index(0, 0).data(AlertQueueModel::AssetKeyRole).toString(), QStringLiteral("plant-a/engine-001"));
        QCOMPARE(model.index(0, 0).data(AlertQueueModel::KeyRole).toString(),
                 QStringLiteral("plant-a/engine-001/hpc-degradation"));
        QCOMPARE(model.index(1, AlertQueueModel::TitleCol).data().toString(), QStringLiteral("b"));
        QCOMPARE(model.index(1, AlertQueueModel::ScoreCol).data().toString(), QString());
        QCOMPARE(model.headerData(AlertQueueModel::AckTimeCol, Qt::Horizontal).toString(), QStringLiteral("Time to ack"));
    }
};

QTEST_GUILESS_MAIN(TestAlertQueueModel)
#include "tst_alertqueuemodel.moc"

// OutboxRepository on a real SQLite store in a temporary directory: items come out oldest first,
// leave the pending list when delivered, count their attempts, survive closing and reopening the
// store, and their ids are never reused.

#include "core/store/database.h"
#include "core/store/outboxrepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fw;

namespace {

QByteArray payloadFor(int i)
{
    // Binary-safe: a NUL and high bytes in every payload.
    return QByteArray("{\"n\":") + QByteArray::number(i) + QByteArray("}\0\xfe", 3);
}

} // namespace

class TestOutboxRepository : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString storePath() const { return m_dir->filePath(QStringLiteral("store.sqlite")); }

    std::unique_ptr<Database> openStore()
    {
        OpenReport report;
        auto db = Database::open(storePath(), &report);
        if (!db)
            qWarning("%s", qPrintable(report.error));
        return db;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void pendingIsOldestFirst_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("expected");
        QTest::newRow("all") << 10 << 5;
        QTest::newRow("limited") << 2 << 2;
        QTest::newRow("exactly") << 5 << 5;
        QTest::newRow("none") << 0 << 0;
    }

    void pendingIsOldestFirst()
    {
        QFETCH(int, limit);
        QFETCH(int, expected);
        auto db = openStore();
        QVERIFY(db);
        OutboxRepository outbox(*db);
        QVERIFY(outbox.isValid());
        std::vector<qint64> ids;
        for (int i = 0; i < 5; ++i) {
            // The clock went backwards: enqueue order wins, not created_at.
            const qint64 id = outbox.enqueue(i % 2 ? QStringLiteral("label") : QStringLiteral("ack"),
                                             QStringLiteral("fleet/v1/plant-a/e%1/labels").arg(i), payloadFor(i),
                                             i == 4 ? 0 : 1, 10'000 - i);
            QVERIFY(id > 0);
            if (!ids.empty())
                QVERIFY(id > ids.back());
            ids.push_back(id);
        }
        bool ok = false;
        const auto items = outbox.pending(limit, &ok);
        QVERIFY(ok);
        QCOMPARE(int(items.size()), expected);
        for (int i = 0; i < expected; ++i) {
            QCOMPARE(items[i].id, ids[i]);
            QCOMPARE(items[i].kind, i % 2 ? QStringLiteral("label") : QStringLiteral("ack"));
            QCOMPARE(items[i].topic, QStringLiteral("fleet/v1/plant-a/e%1/labels").arg(i));
            QCOMPARE(items[i].payload, payloadFor(i));
            QCOMPARE(items[i].qos, i == 4 ? 0 : 1);
            QCOMPARE(items[i].createdAt, qint64(10'000 - i));
            QCOMPARE(items[i].attempts, 0);
            QVERIFY(!items[i].deliveredAt);
        }
        QCOMPARE(outbox.pendingCount(), 5);
        QCOMPARE(outbox.deliveredCount(), 0);
    }

    void deliveredItemsLeaveThePendingList()
    {
        auto db = openStore();
        QVERIFY(db);
        OutboxRepository outbox(*db);
        std::vector<qint64> ids;
        for (int i = 0; i < 4; ++i)
            ids.push_back(outbox.enqueue(QStringLiteral("ack"), QStringLiteral("t"), payloadFor(i), 1, i));
        QVERIFY(outbox.markDelivered(ids[1], 500));
        QVERIFY(!outbox.markDelivered(ids[1], 900));     // already delivered: the first time stays
        QVERIFY(!outbox.markDelivered(ids.back() + 1, 500));
        QVERIFY(outbox.markDelivered(ids[0], 600));
        QCOMPARE(outbox.pendingCount(), 2);
        QCOMPARE(outbox.deliveredCount(), 2);
        const auto items = outbox.pending(10);
        QCOMPARE(items.size(), size_t(2));
        QCOMPARE(items[0].id, ids[2]);
        QCOMPARE(items[1].id, ids[3]);
        QCOMPARE(db->queryInt(qPrintable(QStringLiteral("SELECT delivered_at FROM outbox WHERE id = %1").arg(ids[1]))),
                 std::optional<qint64>(500));
    }

    void attemptsAreCounted()
    {
        auto db = openStore();
        QVERIFY(db);
        OutboxRepository outbox(*db);
        const qint64 id = outbox.enqueue(QStringLiteral("label"), QStringLiteral("t"), payloadFor(0), 1, 1);
        QVERIFY(outbox.noteAttempt(id, 100));
        QVERIFY(outbox.noteAttempt(id, 200));
        QVERIFY(!outbox.noteAttempt(id + 1, 200));
        const auto items = outbox.pending(1);
        QCOMPARE(items.size(), size_t(1));
        QCOMPARE(items[0].attempts, 2);
        QCOMPARE(db->queryInt("SELECT last_attempt_at FROM outbox"), std::optional<qint64>(200));
    }

    void survivesReopen()
    {
        std::vector<OutboxItem> before;
        qint64 lastId = 0;
        {
            auto db = openStore();
            QVERIFY(db);
            OutboxRepository outbox(*db);
            for (int i = 0; i < 6; ++i)
                lastId = outbox.enqueue(QStringLiteral("label"), QStringLiteral("t/%1").arg(i), payloadFor(i), 1, i);
            QVERIFY(outbox.markDelivered(lastId - 2, 77));
            QVERIFY(outbox.noteAttempt(lastId, 78));
            before = outbox.pending(100);
            QCOMPARE(before.size(), size_t(5));
        }
        OpenReport report;
        auto db = Database::open(storePath(), &report);
        QVERIFY(db);
        QCOMPARE(report.outcome, OpenReport::Outcome::Opened);
        OutboxRepository outbox(*db);
        QCOMPARE(outbox.pendingCount(), 5);
        QCOMPARE(outbox.deliveredCount(), 1);
        const auto after = outbox.pending(100);
        QCOMPARE(after.size(), before.size());
        for (size_t i = 0; i < after.size(); ++i) {
            QCOMPARE(after[i].id, before[i].id);
            QCOMPARE(after[i].topic, before[i].topic);
            QCOMPARE(after[i].payload, before[i].payload);
            QCOMPARE(after[i].attempts, before[i].attempts);
        }
        QVERIFY(outbox.enqueue(QStringLiteral("ack"), QStringLiteral("t"), payloadFor(9), 1, 9) > lastId);
    }

    void idsAreNeverReused()
    {
        auto db = openStore();
        QVERIFY(db);
        OutboxRepository outbox(*db);
        outbox.enqueue(QStringLiteral("ack"), QStringLiteral("t"), payloadFor(1), 1, 1);
        const qint64 last = outbox.enqueue(QStringLiteral("ack"), QStringLiteral("t"), payloadFor(2), 1, 2);
        QVERIFY(outbox.markDelivered(last, 3));
        // A later purge of delivered items must not let a new message take a used id.
        QVERIFY(db->exec("DELETE FROM outbox WHERE delivered_at IS NOT NULL"));
        QVERIFY(outbox.enqueue(QStringLiteral("ack"), QStringLiteral("t"), payloadFor(3), 1, 4) > last);
    }
};

QTEST_GUILESS_MAIN(TestOutboxRepository)
#include "tst_outboxrepository.moc"

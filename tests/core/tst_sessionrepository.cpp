// SessionRepository: console_sessions on a real store: a run begun, moved on and ended; the runs
// overlapping a period (the edges: a run that ends exactly at the period's start is not in it); the
// first start; a store without the table (schema version 3, opened read-only) answers "none".

#include "core/store/database.h"
#include "core/store/schema.h"
#include "core/store/sessionrepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fw;

class TestSessionRepository : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void runIsBegunMovedOnAndEnded()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("a.sqlite")), nullptr);
        QVERIFY(db);
        SessionRepository repo(*db);
        QVERIFY(repo.hasTable());
        QVERIFY(repo.isValid());
        QCOMPARE(repo.firstStart(), std::optional<qint64>());
        const auto id = repo.begin(10'000, QStringLiteral("ws-07"));
        QVERIFY(id);
        QCOMPARE(db->queryInt("SELECT ended_at FROM console_sessions"), std::optional<qint64>(10'000));
        QVERIFY(repo.touch(*id, 70'000));
        QCOMPARE(db->queryInt("SELECT ended_at FROM console_sessions"), std::optional<qint64>(70'000));
        QVERIFY(repo.touch(*id, 5'000));   // the clock went back: the end stays at the start at least
        QCOMPARE(db->queryInt("SELECT ended_at FROM console_sessions"), std::optional<qint64>(10'000));
        QCOMPARE(db->queryInt("SELECT clean_stop FROM console_sessions"), std::optional<qint64>(0));
        QVERIFY(repo.end(*id, 90'000));
        QCOMPARE(db->queryInt("SELECT ended_at FROM console_sessions"), std::optional<qint64>(90'000));
        QCOMPARE(db->queryInt("SELECT clean_stop FROM console_sessions"), std::optional<qint64>(1));
        QVERIFY(!repo.touch(*id + 1, 1));   // no such run
        QCOMPARE(repo.firstStart(), std::optional<qint64>(10'000));
    }

    void overlapping_data()
    {
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<QList<qint64>>("starts");
        // Runs [100, 200), [300, 400), [350, 500).
        QTest::newRow("all") << qint64(0) << qint64(1000) << QList<qint64>{100, 300, 350};
        QTest::newRow("ends at the period's start: out") << qint64(200) << qint64(300) << QList<qint64>{};
        QTest::newRow("starts at the period's end: out") << qint64(250) << qint64(300) << QList<qint64>{};
        QTest::newRow("inside one run") << qint64(120) << qint64(130) << QList<qint64>{100};
        QTest::newRow("two overlapping runs") << qint64(360) << qint64(370) << QList<qint64>{300, 350};
    }

    void overlapping()
    {
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(QList<qint64>, starts);
        auto db = Database::open(m_dir.filePath(QStringLiteral("b.sqlite")), nullptr);
        QVERIFY(db);
        QVERIFY(db->exec("DELETE FROM console_sessions; INSERT INTO console_sessions(started_at, ended_at) VALUES "
                         "(300, 400), (100, 200), (350, 500)"));
        SessionRepository repo(*db);
        bool ok = false;
        QList<qint64> found;
        for (const SessionSpan &s : repo.overlapping(from, to, &ok))
            found << s.startedAt;
        QVERIFY(ok);
        QCOMPARE(found, starts);
    }

    void storeWithoutTheTableAnswersNone()
    {
        const QString file = m_dir.filePath(QStringLiteral("v3.sqlite"));
        {
            auto db = Database::open(file, nullptr);
            QVERIFY(db);
            QVERIFY(db->exec("DROP TABLE console_sessions; PRAGMA user_version=3"));
        }
        auto db = Database::openReadOnly(file, nullptr);
        QVERIFY(db);
        SessionRepository repo(*db);
        QVERIFY(!repo.hasTable());
        QVERIFY(!repo.isValid());
        bool ok = false;
        QCOMPARE(repo.firstStart(&ok), std::optional<qint64>());
        QVERIFY(ok);
        QVERIFY(repo.overlapping(0, 1000, &ok).empty());
        QVERIFY(ok);
        QCOMPARE(repo.begin(1, QString()), std::optional<qint64>());
    }
};

QTEST_GUILESS_MAIN(TestSessionRepository)
#include "tst_sessionrepository.moc"

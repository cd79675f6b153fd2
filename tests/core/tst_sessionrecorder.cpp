// SessionRecorder on a real store: a row at start, its end moved on by the heartbeat while the
// console runs (what a crash leaves as the end), the clean stop written once; a store it cannot write
// to leaves it without a row, nothing else failing.

#include "core/store/database.h"
#include "core/store/sessionrecorder.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

class TestSessionRecorder : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void recordsTheRun()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("store.sqlite")), nullptr);
        QVERIFY(db);
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        auto recorder = std::make_unique<SessionRecorder>(*db, QStringLiteral("ws-07"), 40);
        QVERIFY(recorder->sessionId());
        QCOMPARE(db->queryInt("SELECT count(*) FROM console_sessions"), std::optional<qint64>(1));
        const qint64 started = db->queryInt("SELECT started_at FROM console_sessions").value_or(0);
        QVERIFY(started >= before);
        QCOMPARE(db->queryInt("SELECT ended_at - started_at FROM console_sessions"), std::optional<qint64>(0));
        QCOMPARE(db->queryInt("SELECT console = 'ws-07' FROM console_sessions"), std::optional<qint64>(1));

        // The heartbeat moves the end on; until the stop, that is what a crash would leave.
        QTRY_VERIFY_WITH_TIMEOUT(db->queryInt("SELECT ended_at - started_at FROM console_sessions").value_or(0) >= 100,
                                 5000);
        QCOMPARE(db->queryInt("SELECT clean_stop FROM console_sessions"), std::optional<qint64>(0));

        QTest::qWait(50);
        const qint64 stopAt = QDateTime::currentMSecsSinceEpoch();
        recorder->stop();
        QCOMPARE(db->queryInt("SELECT clean_stop FROM console_sessions"), std::optional<qint64>(1));
        const qint64 ended = db->queryInt("SELECT ended_at FROM console_sessions").value_or(0);
        QVERIFY(ended >= stopAt);
        QTest::qWait(120);   // no heartbeat after the stop
        QCOMPARE(db->queryInt("SELECT ended_at FROM console_sessions"), std::optional<qint64>(ended));
        recorder.reset();
        QCOMPARE(db->queryInt("SELECT ended_at FROM console_sessions"), std::optional<qint64>(ended));
    }

    void destructorStopsCleanly()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("second.sqlite")), nullptr);
        QVERIFY(db);
        {
            SessionRecorder first(*db, QStringLiteral("ws-07"));
        }
        {
            SessionRecorder second(*db, QStringLiteral("ws-07"));
        }
        QCOMPARE(db->queryInt("SELECT count(*) FROM console_sessions WHERE clean_stop = 1"), std::optional<qint64>(2));
    }

    void storeWithoutTheTableRecordsNothing()
    {
        const QString file = m_dir.filePath(QStringLiteral("v3.sqlite"));
        {
            auto db = Database::open(file, nullptr);
            QVERIFY(db);
            QVERIFY(db->exec("DROP TABLE console_sessions"));
            SessionRecorder recorder(*db, QStringLiteral("ws-07"), 10);
            QVERIFY(!recorder.sessionId());
            QTest::qWait(30);
        }
        auto db = Database::openReadOnly(file, nullptr);
        QVERIFY(db);
        QCOMPARE(db->queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'console_sessions'"),
                 std::optional<qint64>(0));
    }
};

QTEST_GUILESS_MAIN(TestSessionRecorder)
#include "tst_sessionrecorder.moc"

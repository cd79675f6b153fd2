// The store under SIGKILL. A child process (this executable started again with
// FW_STORECRASH_CHILD=<store path>) acknowledges an alert in a loop, the way the console does: one
// durable transaction holding the action and its outbox message, then a separate durable
// transaction marking the previous message delivered. After each commit it prints what it committed
// ("C <action id> <outbox id>", "D <outbox id>"). The parent kills it at a random moment, reopens
// the store and checks: it opens cleanly (no recovery, quick_check ok), everything the child
// reported is there, no action is doubled (a re-delivered one is refused), every action has exactly
// one outbox message and the other way round, and at most the one commit the child could not
// report yet is there besides. Ten rounds, about 10 s. FW_STORECRASH_SEED repeats a run.
// SIGKILL tests process death, not power loss: the OS still writes what SQLite handed it.

#include "core/store/actionrepository.h"
#include "core/store/alertrepository.h"
#include "core/store/database.h"
#include "core/common/logging.h"
#include "core/store/outboxrepository.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace fw;

namespace {

constexpr int kRounds = 10;
constexpr qint64 kRoundStride = 1'000'000'000;   // action ts = round * stride + i: unique per round

void say(const QByteArray &line)
{
    const QByteArray out = line + '\n';
    // One write per line, no stdio buffer: what was printed is what the parent reads.
    if (::write(STDOUT_FILENO, out.constData(), size_t(out.size())) != out.size())
        ::_exit(10);
}

AlertAction ackFor(qint64 alertRow, qint64 ts)
{
    AlertAction a;
    a.alertRow = alertRow;
    a.event = AlarmEvent::Acknowledge;
    a.by = QStringLiteral("crash-child");
    a.role = QStringLiteral("operator");
    a.console = QStringLiteral("ws-crash");
    a.ts = ts;
    a.receivedAt = ts;
    return a;
}

int runChild(const QString &path, int round)
{
    logging::setup({QString(), spdlog::level::warn, false});
    auto db = Database::open(path, nullptr);
    if (!db)
        return 2;
    AlertRepository alerts(*db);
    ActionRepository actions(*db);
    OutboxRepository outbox(*db);
    AlertRecord alert;
    alert.site = QStringLiteral("plant-a");
    alert.asset = QStringLiteral("engine-017");
    alert.alertId = QStringLiteral("a-crash");
    if (!alerts.upsert(alert))
        return 3;
    say("READY");
    std::optional<AlertAction> previous;
    qint64 previousOutbox = 0;
    for (qint64 i = 0;; ++i) {
        AlertAction a = ackFor(alert.rowId, round * kRoundStride + i);
        {
            Transaction tx(*db);
            if (!tx.isActive() || !actions.insert(a))
                return 4;
            const qint64 outboxId = outbox.enqueue(QStringLiteral("ack"), QStringLiteral("fleet/v1/plant-a/engine-017/alerts/a-crash/ack"),
                                                   "action:" + QByteArray::number(a.id), 1, a.ts);
            if (outboxId <= 0 || !tx.commit())
                return 5;
            say("C " + QByteArray::number(a.id) + ' ' + QByteArray::number(outboxId));
            if (previousOutbox > 0) {
                Transaction delivered(*db);
                if (!delivered.isActive() || !outbox.markDelivered(previousOutbox, a.ts) || !delivered.commit())
                    return 6;
                say("D " + QByteArray::number(previousOutbox));
            }
            previousOutbox = outboxId;
        }
        if (previous) {
            // A re-delivery of an action already stored must change nothing.
            bool ok = false;
            if (actions.insert(*previous, &ok) || !ok)
                return 7;
        }
        previous = a;
    }
}

struct Reported
{
    QHash<qint64, qint64> outboxOfAction;
    QSet<qint64> delivered;
};

void parse(const QByteArray &output, Reported *reported, int *lines)
{
    // Only whole lines: a line cut by the kill says nothing.
    const qsizetype end = output.lastIndexOf('\n');
    for (const QByteArray &line : output.left(end + 1).split('\n')) {
        const QList<QByteArray> words = line.split(' ');
        if (words.value(0) == "C" && words.size() == 3)
            reported->outboxOfAction.insert(words[1].toLongLong(), words[2].toLongLong());
        else if (words.value(0) == "D" && words.size() == 2)
            reported->delivered.insert(words[1].toLongLong());
        else
            continue;
        ++*lines;
    }
}

} // namespace

class TestStoreCrash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedWriterLosesNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString store = dir.filePath(QStringLiteral("store.sqlite"));
        const quint32 seed = qEnvironmentVariableIsSet("FW_STORECRASH_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("FW_STORECRASH_SEED"))
                                 : QRandomGenerator::global()->generate();
        qInfo("seed %u (set FW_STORECRASH_SEED to repeat)", seed);
        QRandomGenerator random(seed);
        Reported reported;
        QElapsedTimer total;
        total.start();
        for (int round = 0; round < kRounds && total.elapsed() < 30'000; ++round) {
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("FW_STORECRASH_CHILD"), store);
            env.insert(QStringLiteral("FW_STORECRASH_ROUND"), QString::number(round));
            child.setProcessEnvironment(env);
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            child.start(QCoreApplication::applicationFilePath(), {});
            QVERIFY2(child.waitForStarted(5000), qPrintable(child.errorString()));
            QByteArray output;
            while (!output.contains("READY\n") && child.waitForReadyRead(10'000))
                output += child.readAllStandardOutput();
            QVERIFY2(output.contains("READY\n"), "the child did not start writing");

            // Let it write for a random while, reading all along so that it never blocks on the pipe.
            const int lifeMs = random.bounded(20, 800);
            QElapsedTimer life;
            life.start();
            while (life.elapsed() < lifeMs && child.state() == QProcess::Running) {
                child.waitForReadyRead(int(std::max<qint64>(1, lifeMs - life.elapsed())));
                output += child.readAllStandardOutput();
            }
            QCOMPARE(child.state(), QProcess::Running);   // it stopped by itself: an error (exit code)
            child.kill();
            QVERIFY(child.waitForFinished(5000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            output += child.readAllStandardOutput();
            int lines = 0;
            Reported thisRound;
            parse(output, &thisRound, &lines);
            reported.outboxOfAction.insert(thisRound.outboxOfAction);
            reported.delivered.unite(thisRound.delivered);

            checkStore(store, reported, round, thisRound.outboxOfAction.size());
            if (QTest::currentTestFailed()) {
                qWarning("round %d after %d ms (seed %u)", round, lifeMs, seed);
                return;
            }
        }
        qInfo("%lld acknowledgements and %lld deliveries committed and found after %d kills in %lld ms",
              qint64(reported.outboxOfAction.size()), qint64(reported.delivered.size()), kRounds, total.elapsed());
        QVERIFY2(!reported.outboxOfAction.isEmpty(), "the child never committed: nothing was tested");
    }

private:
    void checkStore(const QString &store, const Reported &reported, int round, qsizetype reportedThisRound)
    {
        OpenReport report;
        auto db = Database::open(store, &report);
        QVERIFY2(db, qPrintable(report.error));
        QCOMPARE(report.outcome, OpenReport::Outcome::Opened);
        QCOMPARE(db->integrityProblems(), QStringList());
        QCOMPARE(db->queryInt("PRAGMA foreign_key_check") , std::optional<qint64>());

        AlertRepository alerts(*db);
        const auto alert = alerts.find(QStringLiteral("plant-a"), QStringLiteral("engine-017"), QStringLiteral("a-crash"));
        QVERIFY(alert);
        ActionRepository actions(*db);
        const std::vector<AlertAction> stored = actions.forAlert(alert->rowId);
        QSet<qint64> storedIds;
        qsizetype storedThisRound = 0;
        for (const AlertAction &a : stored) {
            QVERIFY2(!storedIds.contains(a.id), "an action is stored twice");
            storedIds.insert(a.id);
            storedThisRound += a.ts / kRoundStride == round ? 1 : 0;
        }
        for (auto it = reported.outboxOfAction.cbegin(); it != reported.outboxOfAction.cend(); ++it)
            QVERIFY2(storedIds.contains(it.key()), qPrintable(QStringLiteral("action %1 lost").arg(it.key())));
        // The child may have committed one more than it could report before the kill.
        QVERIFY2(storedThisRound == reportedThisRound || storedThisRound == reportedThisRound + 1,
                 qPrintable(QStringLiteral("%1 stored, %2 reported").arg(storedThisRound).arg(reportedThisRound)));

        // Each action has exactly its one outbox message, committed in the same transaction.
        QCOMPARE(db->queryInt("SELECT count(*) FROM outbox"), std::optional<qint64>(qint64(stored.size())));
        QCOMPARE(db->queryInt("SELECT count(*) FROM actions a JOIN outbox o "
                              "ON o.payload = CAST('action:' || a.id AS BLOB)"),
                 std::optional<qint64>(qint64(stored.size())));
        for (auto it = reported.outboxOfAction.cbegin(); it != reported.outboxOfAction.cend(); ++it) {
            const QByteArray sql = "SELECT count(*) FROM outbox WHERE id = " + QByteArray::number(it.value())
                                   + " AND payload = CAST('action:" + QByteArray::number(it.key()) + "' AS BLOB)";
            QCOMPARE(db->queryInt(sql.constData()), std::optional<qint64>(1));
        }
        for (const qint64 id : reported.delivered) {
            const QByteArray sql = "SELECT delivered_at IS NOT NULL FROM outbox WHERE id = " + QByteArray::number(id);
            QCOMPARE(db->queryInt(sql.constData()), std::optional<qint64>(1));
        }
    }
};

int main(int argc, char *argv[])
{
    const QByteArray childStore = qgetenv("FW_STORECRASH_CHILD");
    if (!childStore.isEmpty())
        return runChild(QFile::decodeName(childStore), qEnvironmentVariableIntValue("FW_STORECRASH_ROUND"));
    QCoreApplication app(argc, argv);
    TestStoreCrash test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_storecrash.moc"

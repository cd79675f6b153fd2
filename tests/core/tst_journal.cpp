// The journal on a real store: rows appended are chained and verify() finds the chain intact; the
// console cannot update or delete a row (triggers); a row changed, removed or two rows swapped by
// another program (the triggers dropped with the sqlite3 library, as an attacker would) are each found,
// naming the first bad row; appends inside a rolled-back transaction leave nothing behind; a second
// connection appending in turn keeps one chain.

#include "core/audit/journalchain.h"
#include "core/audit/journalrepository.h"
#include "core/store/database.h"
#include "core/store/sqlstatement.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace fw;

namespace {

JournalEntry entry(qint64 at, const QString &what, const QString &subject)
{
    JournalEntry e;
    e.at = at;
    e.user = QStringLiteral("alice");
    e.role = QStringLiteral("operator");
    e.console = QStringLiteral("ws-07");
    e.what = what;
    e.subject = subject;
    e.before = QStringLiteral("unacknowledged");
    e.after = QStringLiteral("acknowledged");
    e.detail = QStringLiteral("crew dispatched");
    return e;
}

// Runs SQL with the journal's triggers out of the way, as another program could.
void tamper(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, "DROP TRIGGER journal_no_update; DROP TRIGGER journal_no_delete;", nullptr, nullptr, nullptr),
             SQLITE_OK);
    char *err = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &err);
    QVERIFY2(rc == SQLITE_OK, err);
    sqlite3_close(db);
}

} // namespace

class TestJournal : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;

    QString fill(int rows)
    {
        const QString path = m_dir.filePath(QStringLiteral("j%1.sqlite").arg(++m_n));
        auto db = Database::open(path, nullptr);
        JournalRepository journal(*db);
        for (int i = 0; i < rows; ++i) {
            JournalEntry e = entry(1000 + i, QStringLiteral("acknowledge"), QStringLiteral("plant-a/engine-%1/a-%2").arg(i % 7).arg(i));
            if (!journal.append(e))
                return {};
        }
        return path;
    }

    JournalChain::Verdict verifyFile(const QString &path)
    {
        auto db = Database::openReadOnly(path, nullptr);
        return db ? JournalChain::verify(*db) : JournalChain::Verdict{};
    }

private Q_SLOTS:
    void appendedRowsAreChained()
    {
        const QString path = m_dir.filePath(QStringLiteral("chain.sqlite"));
        auto db = Database::open(path, nullptr);
        JournalRepository journal(*db);
        QVERIFY(journal.isValid());
        JournalEntry a = entry(5, QStringLiteral("sign_in"), QStringLiteral("alice"));
        JournalEntry b = entry(6, QStringLiteral("acknowledge"), QStringLiteral("plant-a/engine-1/a-1"));
        b.claimedAt = 1;   // a remote action's claim, kept beside the receive time
        QVERIFY(journal.append(a));
        QVERIFY(journal.append(b));
        QCOMPARE(a.id, 1);
        QCOMPARE(b.id, 2);
        QCOMPARE(a.prevHash, JournalChain::genesis());
        QCOMPARE(b.prevHash, a.hash);
        QCOMPARE(a.hash.size(), JournalChain::kHashBytes);
        bool ok = false;
        const auto rows = journal.range(0, 100, 10, &ok);
        QVERIFY(ok);
        QCOMPARE(rows.size(), size_t(2));
        QCOMPARE(rows[1].claimedAt, std::optional<qint64>(1));
        QCOMPARE(rows[1].hash, b.hash);
        const auto v = JournalChain::verify(*db);
        QVERIFY(v.intact);
        QCOMPARE(v.rows, 2);
        QCOMPARE(v.headId, 2);
        QCOMPARE(v.headHash, QString::fromLatin1(b.hash.toHex()));
    }

    void theConsoleCannotRewriteIt()
    {
        const QString path = fill(3);
        auto db = Database::open(path, nullptr);
        QVERIFY(!execSql(db->handle(), "UPDATE journal SET user = 'mallory' WHERE id = 2"));
        QVERIFY(!execSql(db->handle(), "DELETE FROM journal WHERE id = 3"));
        QCOMPARE(db->queryInt("SELECT count(*) FROM journal WHERE user = 'alice'"), std::optional<qint64>(3));
    }

    void tamperingIsFound_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<qint64>("firstBad");
        QTest::newRow("a field changed") << QByteArray("UPDATE journal SET user = 'mallory' WHERE id = 40") << qint64(40);
        QTest::newRow("a time changed") << QByteArray("UPDATE journal SET at = at - 1 WHERE id = 7") << qint64(7);
        QTest::newRow("a row removed") << QByteArray("DELETE FROM journal WHERE id = 50") << qint64(51);
        QTest::newRow("the first row removed") << QByteArray("DELETE FROM journal WHERE id = 1") << qint64(2);
        QTest::newRow("two rows swapped")
            << QByteArray("UPDATE journal SET id = -1 WHERE id = 20; UPDATE journal SET id = 20 WHERE id = 21; "
                          "UPDATE journal SET id = 21 WHERE id = -1")
            << qint64(20);
    }

    void tamperingIsFound()
    {
        QFETCH(QByteArray, sql);
        QFETCH(qint64, firstBad);
        const QString path = fill(100);
        QVERIFY(verifyFile(path).intact);
        tamper(path, sql.constData());
        const auto v = verifyFile(path);
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadId, firstBad);
        QVERIFY(!v.problem.isEmpty());
    }

    void rolledBackAppendsLeaveNothing()
    {
        const QString path = fill(2);
        auto db = Database::open(path, nullptr);
        JournalRepository journal(*db);
        {
            Transaction tx(*db);
            JournalEntry e = entry(9, QStringLiteral("shelve"), QStringLiteral("x"));
            QVERIFY(journal.append(e));
            QCOMPARE(e.id, 3);
        }   // not committed
        JournalEntry next = entry(10, QStringLiteral("comment"), QStringLiteral("x"));
        QVERIFY(journal.append(next));
        QCOMPARE(next.id, 3);
        QVERIFY(JournalChain::verify(*db).intact);
    }

    void twoConnectionsKeepOneChain()
    {
        const QString path = fill(1);
        auto a = Database::open(path, nullptr);
        auto b = Database::open(path, nullptr);
        JournalRepository ja(*a);
        JournalRepository jb(*b);
        for (int i = 0; i < 20; ++i) {
            JournalEntry e = entry(100 + i, QStringLiteral("comment"), QStringLiteral("s"));
            QVERIFY((i % 2 ? ja : jb).append(e));
        }
        const auto v = JournalChain::verify(*a);
        QVERIFY(v.intact);
        QCOMPARE(v.rows, 21);
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"

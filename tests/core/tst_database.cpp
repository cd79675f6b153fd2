// Database: opening, creating and migrating the store on real SQLite files in a temporary
// directory; damaged files moved aside; paths that cannot be used; transactions and durability.

#include "core/store/alertrepository.h"
#include "core/store/database.h"
#include "core/store/schema.h"
#include "core/store/sqlstatement.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sqlite3.h>
#include <unistd.h>

using namespace fw;

namespace {

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(generator.bounded(256));
    return bytes;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

AlertRecord sampleAlert(const QString &alertId, qint64 raisedAt)
{
    AlertRecord r;
    r.site = QStringLiteral("plant-a");
    r.asset = QStringLiteral("engine-017");
    r.alertId = alertId;
    r.title = QStringLiteral("HPC degradation suspected");
    r.raisedTs = raisedAt - 5;
    r.raisedAt = raisedAt;
    r.lastEventAt = raisedAt;
    r.lastPayload = randomBytes(3000, quint32(raisedAt));   // spills into overflow pages
    return r;
}

// The bytes of a closed, checkpointed store holding `alerts` alerts (several pages of data).
QByteArray realStoreBytes(const QString &dir, int alerts)
{
    const QString path = dir + QStringLiteral("/template.sqlite");
    {
        auto db = Database::open(path, nullptr);
        if (!db)
            return {};
        AlertRepository repo(*db);
        Transaction tx(*db);
        for (int i = 0; i < alerts; ++i) {
            AlertRecord r = sampleAlert(QStringLiteral("a-%1").arg(i), 1000 + i);
            repo.upsert(r);
        }
        tx.commit();
    }
    const QByteArray bytes = readFile(path);
    QFile::remove(path);
    return bytes;
}

int fileCount(const QString &dir) { return int(QDir(dir).entryList(QDir::Files | QDir::Hidden).size()); }

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const QString &name = QStringLiteral("store.sqlite")) const { return m_dir->filePath(name); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void createsCurrentSchemaAndParentFolders()
    {
        const QString file = path(QStringLiteral("a/b/c/store.sqlite"));
        OpenReport report;
        auto db = Database::open(file, &report);
        QVERIFY2(db, qPrintable(report.error));
        QCOMPARE(report.outcome, OpenReport::Outcome::Created);
        QCOMPARE(report.fromVersion, 0);
        QCOMPARE(report.toVersion, schema::kCurrentVersion);
        QVERIFY(report.message.contains(QDir::toNativeSeparators(file)));
        QCOMPARE(db->queryInt("PRAGMA user_version"), std::optional<qint64>(schema::kCurrentVersion));
        QCOMPARE(db->queryInt("PRAGMA application_id"), std::optional<qint64>(schema::kApplicationId));
        QCOMPARE(db->queryInt("PRAGMA foreign_keys"), std::optional<qint64>(1));
        QCOMPARE(db->queryInt("PRAGMA synchronous"), std::optional<qint64>(2));
        QCOMPARE(db->queryInt("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN "
                              "('alerts', 'alert_events', 'actions', 'outbox', 'asset_seq', 'meta_kv')"),
                 std::optional<qint64>(6));
        QVERIFY(db->integrityProblems().isEmpty());
        QVERIFY(db->setMetaValue(QStringLiteral("k"), QStringLiteral("v")));
        QVERIFY2(QFileInfo::exists(file + QStringLiteral("-wal")), "journal mode is not WAL");
        QVERIFY(!QUuid::fromString(db->storeId()).isNull());
    }

    void reopenKeepsData()
    {
        QString storeId;
        {
            auto db = Database::open(path(), nullptr);
            QVERIFY(db);
            storeId = db->storeId();
            QVERIFY(db->setMetaValue(QStringLiteral("console"), QStringLiteral("ws-07")));
            AlertRepository repo(*db);
            AlertRecord r = sampleAlert(QStringLiteral("a-1"), 5000);
            QVERIFY(repo.upsert(r));
        }
        OpenReport report;
        auto db = Database::open(path(), &report);
        QVERIFY2(db, qPrintable(report.error));
        QCOMPARE(report.outcome, OpenReport::Outcome::Opened);
        QCOMPARE(report.fromVersion, schema::kCurrentVersion);
        QCOMPARE(db->storeId(), storeId);
        QCOMPARE(db->metaValue(QStringLiteral("console")), std::optional<QString>(QStringLiteral("ws-07")));
        QCOMPARE(db->metaValue(QStringLiteral("absent")), std::optional<QString>());
        AlertRepository repo(*db);
        const auto found = repo.find(QStringLiteral("plant-a"), QStringLiteral("engine-017"), QStringLiteral("a-1"));
        QVERIFY(found);
        QCOMPARE(found->raisedAt, qint64(5000));
    }

    void versionZeroFileIsMigrated_data()
    {
        QTest::addColumn<bool>("sqliteHeader");
        QTest::addColumn<OpenReport::Outcome>("outcome");
        QTest::newRow("zero bytes") << false << OpenReport::Outcome::Created;
        QTest::newRow("SQLite file at version 0") << true << OpenReport::Outcome::Migrated;
    }

    void versionZeroFileIsMigrated()
    {
        QFETCH(bool, sqliteHeader);
        QFETCH(OpenReport::Outcome, outcome);
        QVERIFY(writeFile(path(), {}));
        if (sqliteHeader) {
            sqlite3 *raw = nullptr;
            QCOMPARE(sqlite3_open(QFile::encodeName(path()).constData(), &raw), SQLITE_OK);
            QCOMPARE(sqlite3_exec(raw, "CREATE TABLE t(x); DROP TABLE t;", nullptr, nullptr, nullptr), SQLITE_OK);
            sqlite3_close(raw);
            QVERIFY(QFileInfo(path()).size() > 0);
        }
        OpenReport report;
        auto db = Database::open(path(), &report);
        QVERIFY2(db, qPrintable(report.error));
        QCOMPARE(report.outcome, outcome);
        QCOMPARE(report.fromVersion, 0);
        QCOMPARE(db->queryInt("PRAGMA user_version"), std::optional<qint64>(schema::kCurrentVersion));
        AlertRepository repo(*db);
        AlertRecord r = sampleAlert(QStringLiteral("a-1"), 1);
        QVERIFY(repo.upsert(r));
    }

    void damagedFileIsSetAside_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTemporaryDir scratch;
        const QByteArray real = realStoreBytes(scratch.path(), 300);
        QVERIFY(real.size() > 100 * 1024);
        QByteArray damagedPage = real;
        damagedPage.replace(real.size() / 2, 4096, randomBytes(4096, 7));
        QTest::newRow("random bytes, 4 KiB") << randomBytes(4096, 1);
        QTest::newRow("random bytes, 256 KiB") << randomBytes(256 * 1024, 2);
        QTest::newRow("a text file") << QByteArray("operator notes\nnot a database\n").repeated(50);
        QTest::newRow("SQLite header, then garbage") << real.left(100) + randomBytes(64 * 1024, 3);
        QTest::newRow("truncated store (40%)") << real.left(real.size() * 2 / 5);
        QTest::newRow("truncated store (mid-page)") << real.left(real.size() / 2 + 1234);
        QTest::newRow("store with a page overwritten") << damagedPage;
    }

    void damagedFileIsSetAside()
    {
        QFETCH(QByteArray, content);
        QVERIFY(writeFile(path(), content));
        OpenReport report;
        auto db = Database::open(path(), &report);
        QVERIFY2(db, qPrintable(report.error));
        QCOMPARE(report.outcome, OpenReport::Outcome::Recreated);
        QVERIFY(!report.error.isEmpty());
        const QRegularExpression asideName(QRegularExpression::anchoredPattern(
            QRegularExpression::escape(path()) + QStringLiteral("\\.corrupt-\\d{8}-\\d{6}(-\\d+)?")));
        QVERIFY2(asideName.match(report.setAsidePath).hasMatch(), qPrintable(report.setAsidePath));
        QCOMPARE(readFile(report.setAsidePath), content);
        QVERIFY2(report.message.contains(QDir::toNativeSeparators(report.setAsidePath)), qPrintable(report.message));

        // The fresh store is complete and usable.
        QCOMPARE(db->queryInt("PRAGMA user_version"), std::optional<qint64>(schema::kCurrentVersion));
        QVERIFY(db->integrityProblems().isEmpty());
        AlertRepository repo(*db);
        AlertRecord r = sampleAlert(QStringLiteral("a-new"), 42);
        QVERIFY(repo.upsert(r));
        QVERIFY(repo.find(r.site, r.asset, r.alertId));
        db.reset();
        OpenReport again;
        QVERIFY(Database::open(path(), &again));
        QCOMPARE(again.outcome, OpenReport::Outcome::Opened);
    }

    void unusableStoreIsLeftAlone_data()
    {
        QTest::addColumn<int>("userVersion");
        QTest::addColumn<QString>("reason");
        QTest::newRow("written by a newer Fleetwatch") << schema::kCurrentVersion + 1 << QStringLiteral("newer");
        QTest::newRow("another application's database") << -1 << QStringLiteral("another application");
    }

    void unusableStoreIsLeftAlone()
    {
        QFETCH(int, userVersion);
        QFETCH(QString, reason);
        if (userVersion > 0) {
            auto db = Database::open(path(), nullptr);
            QVERIFY(db);
            QVERIFY(db->exec(QByteArray("PRAGMA user_version=" + QByteArray::number(userVersion)).constData()));
        } else {
            sqlite3 *raw = nullptr;
            QCOMPARE(sqlite3_open(QFile::encodeName(path()).constData(), &raw), SQLITE_OK);
            QCOMPARE(sqlite3_exec(raw, "CREATE TABLE invoices(n); INSERT INTO invoices VALUES (1);", nullptr,
                                  nullptr, nullptr), SQLITE_OK);
            sqlite3_close(raw);
        }
        const QByteArray before = readFile(path());
        const int filesBefore = fileCount(m_dir->path());
        OpenReport report;
        auto db = Database::open(path(), &report);
        QVERIFY(!db);
        QCOMPARE(report.outcome, OpenReport::Outcome::Failed);
        QVERIFY2(report.error.contains(reason), qPrintable(report.error));
        QVERIFY(report.message.contains(report.error));
        QCOMPARE(readFile(path()), before);
        QCOMPARE(fileCount(m_dir->path()), filesBefore);
    }

    void unopenablePathGivesAClearError_data()
    {
        QTest::addColumn<QString>("relativePath");
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("reason");
        QTest::newRow("parent is a file") << "blocker/sub/store.sqlite" << "file blocker" << "cannot be created";
        QTest::newRow("path is a folder") << "folder" << "folder folder" << "is a folder";
        QTest::newRow("empty path") << "" << "" << "no file name";
        QTest::newRow("read-only folder") << "ro/store.sqlite" << "readonly ro" << "not writable";
        QTest::newRow("read-only file") << "ro/store.sqlite" << "readonly-file ro" << "not writable";
    }

    void unopenablePathGivesAClearError()
    {
        QFETCH(QString, relativePath);
        QFETCH(QString, setup);
        QFETCH(QString, reason);
        const QStringList step = setup.split(QLatin1Char(' '));
        const QString target = step.size() > 1 ? path(step[1]) : QString();
        if (step[0].startsWith(QLatin1String("readonly")) && geteuid() == 0)
            QSKIP("running as root: file permissions do not apply");
        if (step[0] == QLatin1String("file"))
            QVERIFY(writeFile(target, "x"));
        else if (step[0] == QLatin1String("folder"))
            QVERIFY(QDir().mkpath(target));
        else if (step[0].startsWith(QLatin1String("readonly"))) {
            QVERIFY(QDir().mkpath(target));
            if (step[0] == QLatin1String("readonly-file")) {     // a store made before, then locked
                QVERIFY(Database::open(path(relativePath), nullptr));
                QVERIFY(QFile::setPermissions(path(relativePath), QFile::ReadOwner));
            }
            QVERIFY(QFile::setPermissions(target, QFile::ReadOwner | QFile::ExeOwner));
        }
        const QString file = relativePath.isEmpty() ? QString() : path(relativePath);
        OpenReport report;
        auto db = Database::open(file, &report);
        if (!target.isEmpty())
            QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!db);
        QCOMPARE(report.outcome, OpenReport::Outcome::Failed);
        QVERIFY2(report.error.contains(reason), qPrintable(report.error));
        QVERIFY(report.message.contains(report.error));
        QVERIFY(report.setAsidePath.isEmpty());
    }

    void transactionRollsBackUnlessCommitted()
    {
        auto db = Database::open(path(), nullptr);
        QVERIFY(db);
        AlertRepository repo(*db);
        {
            Transaction tx(*db);
            QVERIFY(tx.isActive());
            QVERIFY(db->inTransaction());
            AlertRecord r = sampleAlert(QStringLiteral("rolled-back"), 1);
            QVERIFY(repo.upsert(r));
            QVERIFY(db->setMetaValue(QStringLiteral("k"), QStringLiteral("rolled back")));
        }
        QVERIFY(!db->inTransaction());
        QVERIFY(!repo.find(QStringLiteral("plant-a"), QStringLiteral("engine-017"), QStringLiteral("rolled-back")));
        QCOMPARE(db->metaValue(QStringLiteral("k")), std::optional<QString>());
        {
            Transaction tx(*db);
            QVERIFY(db->setMetaValue(QStringLiteral("k"), QStringLiteral("kept")));
            Transaction nested(*db);
            QVERIFY(!nested.isActive());
            QVERIFY(!nested.commit());
            QVERIFY(tx.commit());
            QVERIFY(!tx.commit());
        }
        QCOMPARE(db->metaValue(QStringLiteral("k")), std::optional<QString>(QStringLiteral("kept")));
    }

    void durabilityIsSwitchedBetweenTransactions()
    {
        auto db = Database::open(path(), nullptr);
        QVERIFY(db);
        QVERIFY(db->isDurable());
        QVERIFY(db->setDurable(false));
        QCOMPARE(db->queryInt("PRAGMA synchronous"), std::optional<qint64>(1));
        {
            Transaction tx(*db);
            QVERIFY(!db->setDurable(true));
            QVERIFY(!db->isDurable());
            QVERIFY(tx.commit());
        }
        QCOMPARE(db->queryInt("PRAGMA synchronous"), std::optional<qint64>(1));
        QVERIFY(db->setDurable(true));
        QCOMPARE(db->queryInt("PRAGMA synchronous"), std::optional<qint64>(2));
    }

    // The restart load and the reports must stay index lookups however long the history.
    void queriesUseTheirIndexes_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<QString>("index");
        QTest::newRow("restart load (AlertRepository::loadUnresolved)")
            << QByteArray("SELECT * FROM alerts WHERE active = 1 OR acknowledged = 0 OR shelved_until IS NOT NULL "
                          "ORDER BY raised_at, id")
            << "INDEX alerts_open";
        QTest::newRow("period (AlertRepository::loadRange)")
            << QByteArray("SELECT * FROM alerts WHERE raised_at >= 1 AND raised_at < 2 ORDER BY raised_at, id")
            << "INDEX alerts_report";
        QTest::newRow("time to acknowledge by priority, operator")
            << QByteArray("SELECT priority, acked_by, avg(acked_at - raised_at) FROM alerts "
                          "WHERE raised_at >= 1 AND raised_at < 2 GROUP BY priority, acked_by")
            << "COVERING INDEX alerts_report";
        QTest::newRow("one asset")
            << QByteArray("SELECT avg(acked_at - raised_at) FROM alerts WHERE site = 's' AND asset = 'a' "
                          "AND raised_at >= 1 AND raised_at < 2")
            << "COVERING INDEX alerts_asset_raised";
        QTest::newRow("one site")
            << QByteArray("SELECT count(*) FROM alerts WHERE site = 's' AND raised_at >= 1 AND raised_at < 2")
            << "INDEX alerts_site_raised";
        QTest::newRow("one priority")
            << QByteArray("SELECT count(*) FROM alerts WHERE priority = 3 AND raised_at >= 1 AND raised_at < 2")
            << "INDEX alerts_priority_raised";
        QTest::newRow("pending outbox (OutboxRepository::pending)")
            << QByteArray("SELECT * FROM outbox WHERE delivered_at IS NULL ORDER BY id LIMIT 20")
            << "INDEX outbox_pending";
        QTest::newRow("actions of one operator")
            << QByteArray("SELECT * FROM actions WHERE by_user = 'alice' AND ts >= 1") << "INDEX actions_user";
    }

    void queriesUseTheirIndexes()
    {
        QFETCH(QByteArray, sql);
        QFETCH(QString, index);
        auto db = Database::open(path(), nullptr);
        QVERIFY(db);
        SqlStatement plan(db->handle(), ("EXPLAIN QUERY PLAN " + sql).constData());
        QVERIFY(plan.isValid());
        QStringList steps;
        while (plan.next())
            steps << plan.text(3);
        QVERIFY2(steps.join(QLatin1Char('\n')).contains(index), qPrintable(steps.join(QLatin1String(" | "))));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"

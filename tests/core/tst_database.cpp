// Database: opening, creating and migrating the store on real SQLite files in a temporary
// directory; a damaged Fleetwatch store moved aside; anything else at the path (a text file, another
// application's SQLite database, a folder) refused and left byte for byte as it was; paths that cannot
// be used (read-only ones made read-only for real, also as root: support/readonlyfolder.h); the
// read-only open of reports; transactions and durability.

#include "core/store/alertrepository.h"
#include "core/store/database.h"
#include "core/store/schema.h"
#include "core/store/sqlstatement.h"
#include "support/readonlyfolder.h"
#include "support/storefiles.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sqlite3.h>

using namespace fw;

using namespace fw::test;

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
        const QByteArray rootDamaged = storeWithRootPageDamaged(scratch.path(), 300);
        QVERIFY(!rootDamaged.isEmpty());
        QTest::newRow("store with its alerts root page damaged") << rootDamaged;
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
    }

    void unusableStoreIsLeftAlone()
    {
        QFETCH(int, userVersion);
        QFETCH(QString, reason);
        {
            auto db = Database::open(path(), nullptr);
            QVERIFY(db);
            QVERIFY(db->exec(QByteArray("PRAGMA user_version=" + QByteArray::number(userVersion)).constData()));
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

    // `fleetwatch --db notes.txt` must not rename the user's file: only Fleetwatch's own store is ever
    // set aside. Everything else is refused, byte for byte and name for name as it was.
    void notAStoreIsRefusedAndLeftUntouched_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("a text file") << "text" << "not a SQLite database";
        QTest::newRow("a text file that starts like SQLite") << "text-sqlite" << "not a SQLite database";
        QTest::newRow("random bytes, 4 KiB") << "random4" << "not a SQLite database";
        QTest::newRow("random bytes, 256 KiB") << "random256" << "not a SQLite database";
        QTest::newRow("another program's SQLite database (no application_id)") << "foreign" << "another application";
        QTest::newRow("another program's SQLite database in WAL mode, open") << "foreign-wal" << "another application";
        QTest::newRow("another program's SQLite database (its own application_id)") << "foreign-id"
                                                                                  << "another application";
        QTest::newRow("another program's damaged SQLite database") << "foreign-damaged" << "cannot be read";
        QTest::newRow("a folder") << "folder" << "folder";
    }

    void notAStoreIsRefusedAndLeftUntouched()
    {
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        const QString file = path(QStringLiteral("notes.txt"));
        sqlite3 *holder = nullptr;   // "foreign-wal": the other program still has it open
        if (kind == QLatin1String("text")) {
            QVERIFY(writeFile(file, QByteArray("operator notes\nnot a database\n").repeated(50)));
        } else if (kind == QLatin1String("text-sqlite")) {
            QVERIFY(writeFile(file, QByteArray("SQLite format 3 is what this note is about.\n").repeated(10)));
        } else if (kind.startsWith(QLatin1String("random"))) {
            QVERIFY(writeFile(file, randomBytes(kind == QLatin1String("random4") ? 4096 : 256 * 1024, 1)));
        } else if (kind == QLatin1String("foreign")) {
            QVERIFY(makeForeignDatabase(file, "CREATE TABLE invoices(n); INSERT INTO invoices VALUES (1);"));
        } else if (kind == QLatin1String("foreign-wal")) {
            QCOMPARE(sqlite3_open(QFile::encodeName(file).constData(), &holder), SQLITE_OK);
            QCOMPARE(sqlite3_exec(holder, "PRAGMA journal_mode=WAL; CREATE TABLE invoices(n); "
                                          "INSERT INTO invoices VALUES (1);", nullptr, nullptr, nullptr), SQLITE_OK);
            QVERIFY(QFileInfo(file + QStringLiteral("-wal")).size() > 0);
        } else if (kind == QLatin1String("foreign-id")) {
            QVERIFY(makeForeignDatabase(file, "PRAGMA application_id=1234; CREATE TABLE t(x);"));
        } else if (kind == QLatin1String("foreign-damaged")) {
            QVERIFY(makeForeignDatabase(file, "PRAGMA page_size=1024; CREATE TABLE invoices(n, text);"));
            {
                sqlite3 *raw = nullptr;
                QCOMPARE(sqlite3_open(QFile::encodeName(file).constData(), &raw), SQLITE_OK);
                for (int i = 0; i < 200; ++i)
                    sqlite3_exec(raw, "INSERT INTO invoices VALUES (1, hex(randomblob(200)))", nullptr, nullptr, nullptr);
                sqlite3_close(raw);
            }
            QByteArray bytes = readFile(file);
            QVERIFY(bytes.size() > 8 * 1024);
            bytes.replace(100, bytes.size() - 100, randomBytes(bytes.size() - 100, 5));   // the header kept
            QVERIFY(writeFile(file, bytes));
        } else if (kind == QLatin1String("folder")) {
            QVERIFY(QDir().mkpath(file));
            QVERIFY(writeFile(file + QStringLiteral("/inside.txt"), "kept"));
        }
        const QStringList before = snapshot(m_dir->path());
        OpenReport report;
        auto db = Database::open(file, &report);
        QVERIFY(!db);
        QCOMPARE(report.outcome, OpenReport::Outcome::NotAStore);
        QVERIFY2(report.error.contains(reason), qPrintable(report.error));
        QVERIFY2(report.message.contains(QDir::toNativeSeparators(file)), qPrintable(report.message));
        QVERIFY2(report.message.contains(QLatin1String("not a Fleetwatch store")), qPrintable(report.message));
        QVERIFY2(report.message.contains(QLatin1String("left untouched")), qPrintable(report.message));
        QVERIFY(report.setAsidePath.isEmpty());
        // Nothing renamed, written, created (no -wal, -shm, .open, .corrupt-...) or removed.
        QCOMPARE(snapshot(m_dir->path()), before);

        // The read-only open of reports refuses it the same way.
        OpenReport read;
        QVERIFY(!Database::openReadOnly(file, &read));
        QCOMPARE(read.outcome, OpenReport::Outcome::NotAStore);
        QCOMPARE(snapshot(m_dir->path()), before);
        sqlite3_close(holder);
    }

    void unopenablePathGivesAClearError_data()
    {
        QTest::addColumn<QString>("relativePath");
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("reason");
        QTest::newRow("parent is a file") << "blocker/sub/store.sqlite" << "file blocker" << "cannot be created";
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
        std::unique_ptr<test::ReadOnlyFolder> readOnly;
        if (step[0] == QLatin1String("file"))
            QVERIFY(writeFile(target, "x"));
        else if (step[0].startsWith(QLatin1String("readonly"))) {
            QVERIFY(QDir().mkpath(target));
            if (step[0] == QLatin1String("readonly-file"))     // a store made before, then locked
                QVERIFY(Database::open(path(relativePath), nullptr));
            // Permissions, and as root (whom they do not stop) a read-only bind mount.
            readOnly = std::make_unique<test::ReadOnlyFolder>(target);
            QVERIFY2(readOnly->errorString().isEmpty(), qPrintable(readOnly->errorString()));
            QVERIFY(readOnly->isReadOnly());
        }
        const QString file = relativePath.isEmpty() ? QString() : path(relativePath);
        OpenReport report;
        auto db = Database::open(file, &report);
        readOnly.reset();
        QVERIFY(!db);
        QCOMPARE(report.outcome, OpenReport::Outcome::Failed);
        QVERIFY2(report.error.contains(reason), qPrintable(report.error));
        QVERIFY(report.message.contains(report.error));
        QVERIFY(report.setAsidePath.isEmpty());
    }

    // Reports open the store read-only, also while the console writes to it.
    void readOnlyOpenReadsALiveStore()
    {
        auto writer = Database::open(path(), nullptr);
        QVERIFY(writer);
        AlertRepository repo(*writer);
        AlertRecord first = sampleAlert(QStringLiteral("a-1"), 1000);
        QVERIFY(repo.upsert(first));
        QVERIFY(QFileInfo(path() + QStringLiteral("-wal")).size() > 0);   // the row is in the WAL only
        QVERIFY(QFileInfo::exists(Database::openMarker(path())));

        OpenReport report;
        auto reader = Database::openReadOnly(path(), &report);
        QVERIFY2(reader, qPrintable(report.error));
        QCOMPARE(report.outcome, OpenReport::Outcome::Opened);
        QCOMPARE(report.fromVersion, schema::kCurrentVersion);
        QVERIFY(reader->isReadOnly());
        QCOMPARE(reader->queryInt("SELECT count(*) FROM alerts"), std::optional<qint64>(1));
        QVERIFY(!reader->exec("INSERT INTO meta_kv(key, value) VALUES ('x', 'y')"));
        AlertRecord second = sampleAlert(QStringLiteral("a-2"), 2000);
        QVERIFY(repo.upsert(second));
        QCOMPARE(reader->queryInt("SELECT count(*) FROM alerts"), std::optional<qint64>(2));
        reader.reset();
        // The console's marker is the console's: a reader neither writes nor removes it.
        QVERIFY(QFileInfo::exists(Database::openMarker(path())));
        writer.reset();
        QVERIFY(!QFileInfo::exists(Database::openMarker(path())));
    }

    // A store closed cleanly (no -wal) is read with immutable=1: not a file is created or changed, and
    // an older schema is read as it is (a report never migrates).
    void readOnlyOpenChangesNothing_data()
    {
        QTest::addColumn<bool>("readOnlyFolder");
        QTest::addColumn<bool>("olderSchema");
        QTest::newRow("writable folder") << false << false;
        QTest::newRow("read-only folder (permissions; as root a read-only mount)") << true << false;
        QTest::newRow("schema version 3, not migrated") << false << true;
    }

    void readOnlyOpenChangesNothing()
    {
        QFETCH(bool, readOnlyFolder);
        QFETCH(bool, olderSchema);
        const QString file = path(QStringLiteral("ro/store.sqlite"));
        {
            auto db = Database::open(file, nullptr);
            QVERIFY(db);
            AlertRepository repo(*db);
            AlertRecord r = sampleAlert(QStringLiteral("a-1"), 1000);
            QVERIFY(repo.upsert(r));
            if (olderSchema)
                QVERIFY(db->exec("DROP TABLE console_sessions; PRAGMA user_version=3"));
        }
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
        const QStringList before = snapshot(m_dir->path());
        std::unique_ptr<test::ReadOnlyFolder> readOnly;
        if (readOnlyFolder) {
            readOnly = std::make_unique<test::ReadOnlyFolder>(path(QStringLiteral("ro")));
            QVERIFY2(readOnly->errorString().isEmpty(), qPrintable(readOnly->errorString()));
            QVERIFY(readOnly->isReadOnly());
        }
        OpenReport report;
        auto db = Database::openReadOnly(file, &report);
        QVERIFY2(db, qPrintable(report.error));
        QCOMPARE(report.fromVersion, olderSchema ? 3 : schema::kCurrentVersion);
        QCOMPARE(report.toVersion, report.fromVersion);
        QCOMPARE(db->queryInt("SELECT count(*) FROM alerts"), std::optional<qint64>(1));
        QCOMPARE(db->queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'console_sessions'"),
                 std::optional<qint64>(olderSchema ? 0 : 1));
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-shm")));
        QVERIFY(!QFileInfo::exists(Database::openMarker(file)));
        db.reset();
        readOnly.reset();
        QCOMPARE(snapshot(m_dir->path()), before);
    }

    // A damaged store opened for a report is read as far as it goes and never moved aside.
    void readOnlyOpenOfADamagedStoreMovesNothing()
    {
        QTemporaryDir scratch;
        const QByteArray damaged = storeWithRootPageDamaged(scratch.path(), 300);
        QVERIFY(!damaged.isEmpty());
        QVERIFY(writeFile(path(), damaged));
        const QStringList before = snapshot(m_dir->path());
        OpenReport report;
        auto db = Database::openReadOnly(path(), &report);
        QVERIFY2(db, qPrintable(report.error));
        QCOMPARE(db->queryInt("SELECT count(*) FROM alerts NOT INDEXED"), std::optional<qint64>());   // the damage shows
        db.reset();
        QVERIFY(report.setAsidePath.isEmpty());
        QCOMPARE(snapshot(m_dir->path()), before);
    }

    // Every version stamped application_id with its user_version, so a store of an earlier version is
    // known by its id; one that lost the header's id but has the tables and a user_version is known
    // by those, and gets the id back.
    void storeWithoutApplicationIdIsRecognised()
    {
        {
            auto db = Database::open(path(), nullptr);
            QVERIFY(db);
            QVERIFY(db->exec("PRAGMA application_id=0"));
        }
        QCOMPARE(readFile(path()).mid(68, 4), QByteArray(4, '\0'));
        OpenReport report;
        auto db = Database::open(path(), &report);
        QVERIFY2(db, qPrintable(report.error));
        QCOMPARE(report.outcome, OpenReport::Outcome::Opened);
        QCOMPARE(db->queryInt("PRAGMA application_id"), std::optional<qint64>(schema::kApplicationId));
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

// StoreIdentity: what a file given as the store is, on real files in a temporary directory, and that
// finding out writes nothing. A Fleetwatch store is known by its application_id, also when that is
// only in its -wal (a console that crashed before the first checkpoint: the main file's header is
// still blank), and by its tables without the id; a text file, another program's SQLite database or a
// folder is refused.

#include "core/store/database.h"
#include "core/store/schema.h"
#include "core/store/storeidentity.h"
#include "support/storefiles.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <sys/fsuid.h>
#include <unistd.h>

using namespace fw;
using namespace fw::test;

Q_DECLARE_METATYPE(fw::StoreIdentity::Kind)

class TestStoreIdentity : public QObject
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

    void kinds_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<StoreIdentity::Kind>("kind");
        QTest::newRow("nothing there") << "missing" << StoreIdentity::Kind::Missing;
        QTest::newRow("0 bytes") << "empty" << StoreIdentity::Kind::Empty;
        QTest::newRow("a SQLite file with nothing in it") << "blank-sqlite" << StoreIdentity::Kind::Empty;
        QTest::newRow("a Fleetwatch store") << "store" << StoreIdentity::Kind::Fleetwatch;
        QTest::newRow("a Fleetwatch store, damaged past its header") << "damaged-store"
                                                                      << StoreIdentity::Kind::Fleetwatch;
        QTest::newRow("a folder") << "folder" << StoreIdentity::Kind::Folder;
        QTest::newRow("a text file") << "text" << StoreIdentity::Kind::NotSqlite;
        QTest::newRow("shorter than a SQLite header") << "short" << StoreIdentity::Kind::NotSqlite;
        QTest::newRow("another program's database") << "foreign" << StoreIdentity::Kind::ForeignSqlite;
        QTest::newRow("another program's database with its id") << "foreign-id" << StoreIdentity::Kind::ForeignSqlite;
        QTest::newRow("Fleetwatch-like tables, no user_version") << "lookalike" << StoreIdentity::Kind::ForeignSqlite;
    }

    void kinds()
    {
        QFETCH(QString, setup);
        QFETCH(StoreIdentity::Kind, kind);
        const QString file = path();
        if (setup == QLatin1String("empty")) {
            QVERIFY(writeFile(file, {}));
        } else if (setup == QLatin1String("blank-sqlite")) {
            QVERIFY(makeForeignDatabase(file, "CREATE TABLE t(x); DROP TABLE t;"));
        } else if (setup == QLatin1String("store")) {
            QVERIFY(Database::open(file, nullptr));
        } else if (setup == QLatin1String("damaged-store")) {
            const QByteArray damaged = storeWithRootPageDamaged(m_dir->path(), 300);
            QVERIFY(!damaged.isEmpty());
            QVERIFY(writeFile(file, damaged));
        } else if (setup == QLatin1String("folder")) {
            QVERIFY(QDir().mkpath(file));
        } else if (setup == QLatin1String("text")) {
            QVERIFY(writeFile(file, QByteArray("a,b,c\n1,2,3\n").repeated(40)));
        } else if (setup == QLatin1String("short")) {
            QVERIFY(writeFile(file, QByteArray("SQLite format 3\0", 16)));
        } else if (setup == QLatin1String("foreign")) {
            QVERIFY(makeForeignDatabase(file, "CREATE TABLE invoices(n);"));
        } else if (setup == QLatin1String("foreign-id")) {
            QVERIFY(makeForeignDatabase(file, "PRAGMA application_id=77; CREATE TABLE invoices(n);"));
        } else if (setup == QLatin1String("lookalike")) {
            QVERIFY(makeForeignDatabase(file, "CREATE TABLE meta_kv(key, value); INSERT INTO meta_kv VALUES "
                                              "('store_id', 'x'); CREATE TABLE alerts(x); CREATE TABLE alert_events(x); "
                                              "CREATE TABLE actions(x); CREATE TABLE outbox(x); CREATE TABLE asset_seq(x);"));
        }
        const QStringList before = snapshot(m_dir->path());
        const StoreIdentity id = StoreIdentity::of(file);
        QCOMPARE(id.kind(), kind);
        QCOMPARE(id.isStore(), kind == StoreIdentity::Kind::Fleetwatch);
        QCOMPARE(id.isRefused(), kind != StoreIdentity::Kind::Missing && kind != StoreIdentity::Kind::Empty
                                     && kind != StoreIdentity::Kind::Fleetwatch);
        QCOMPARE(id.reason().isEmpty(), !id.isRefused());
        if (id.isRefused()) {
            QVERIFY(id.refusal(file).contains(file));
            QVERIFY(id.refusal(file).contains(id.reason()));
        }
        QCOMPARE(snapshot(m_dir->path()), before);   // looking wrote nothing
    }

    // The console crashed before the first checkpoint: the main file has a blank header (application
    // id 0, user_version 0), everything else is in the -wal.
    void storeOnlyInItsWalIsRecognised()
    {
        const QString live = path(QStringLiteral("live.sqlite"));
        const QString crashed = path(QStringLiteral("crashed.sqlite"));
        {
            auto db = Database::open(live, nullptr);
            QVERIFY(db);
            // While it is open, its main file and -wal are what a crash would leave.
            QVERIFY(QFile::copy(live, crashed));
            QVERIFY(QFile::copy(live + QStringLiteral("-wal"), crashed + QStringLiteral("-wal")));
        }
        QCOMPARE(readFile(crashed).mid(68, 4), QByteArray(4, '\0'));   // the header knows nothing yet
        QVERIFY(QFileInfo(crashed + QStringLiteral("-wal")).size() > 0);
        QVERIFY(StoreIdentity::of(crashed).isStore());
        OpenReport report;
        auto db = Database::open(crashed, &report);
        QVERIFY2(db, qPrintable(report.error));
        QCOMPARE(report.outcome, OpenReport::Outcome::Opened);
        QVERIFY(!db->storeId().isEmpty());
    }

    void storeWithoutApplicationIdIsKnownByItsTables()
    {
        {
            auto db = Database::open(path(), nullptr);
            QVERIFY(db);
            QVERIFY(db->exec("PRAGMA application_id=0"));
        }
        const StoreIdentity id = StoreIdentity::of(path());
        QVERIFY(id.isStore());
        QVERIFY(id.lacksApplicationId());
        QVERIFY(!StoreIdentity::of(path()).isRefused());
    }

    // A store this user may not read is not called "not a Fleetwatch store": opening it fails with
    // the reason, and nothing is refused as foreign or moved. (As root, whom permissions do not
    // stop, the check runs with the file-system uid of nobody: setfsuid(2).)
    void unreadableFileIsNotCalledForeign()
    {
        QVERIFY(Database::open(path(), nullptr));
        QVERIFY(QFile::setPermissions(path(), QFileDevice::Permissions()));
        // The folder open to all, so that the file is found and only its own permissions stop the read.
        QVERIFY(QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                         | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                                                         | QFileDevice::ReadOther | QFileDevice::ExeOther));
        const QStringList before = snapshot(m_dir->path());
        const bool root = ::geteuid() == 0;
        if (root)
            ::setfsuid(65534);
        const StoreIdentity id = StoreIdentity::of(path());
        OpenReport report;
        const bool opened = Database::open(path(), &report) != nullptr;
        if (root)
            ::setfsuid(0);
        QVERIFY(QFile::setPermissions(path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QCOMPARE(id.kind(), StoreIdentity::Kind::Unreadable);
        QVERIFY(!id.isRefused());
        QVERIFY(!opened);
        QCOMPARE(report.outcome, OpenReport::Outcome::Failed);
        QVERIFY2(report.error.contains(QLatin1String("cannot be read by this user")), qPrintable(report.error));
        QVERIFY(report.setAsidePath.isEmpty());
        QCOMPARE(snapshot(m_dir->path()), before);
    }

    void readOnlyUri_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("plain") << "store.sqlite";
        QTest::newRow("URI syntax in the name") << "a?b#c%20d.sqlite";
        QTest::newRow("space and umlaut") << "Störe 1.sqlite";
    }

    // The URI opens the right file whatever its name holds; without a -wal it is immutable.
    void readOnlyUri()
    {
        QFETCH(QString, name);
        const QString file = path(name);
        QVERIFY(Database::open(file, nullptr));
        const QByteArray uri = StoreIdentity::readOnlyUri(file);
        QVERIFY2(uri.endsWith("?mode=ro&immutable=1"), uri.constData());
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open_v2(uri.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr), SQLITE_OK);
        sqlite3_stmt *st = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db, "PRAGMA application_id", -1, &st, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_step(st), SQLITE_ROW);
        QCOMPARE(sqlite3_column_int(st, 0), schema::kApplicationId);
        sqlite3_finalize(st);
        sqlite3_close(db);
        QVERIFY(!QFile::exists(file + QStringLiteral("-shm")));
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(path(QStringLiteral("a"))));   // not cut at the '?'
    }
};

QTEST_GUILESS_MAIN(TestStoreIdentity)
#include "tst_storeidentity.moc"

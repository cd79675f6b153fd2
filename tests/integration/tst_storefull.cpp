// A full disk under a running console, for real: the store on a 4 MiB tmpfs mounted by the test, a
// real mosquitto, a fleet publishing alerts and a real subscriber counting what goes out.
//  1. Acknowledgements saved while the broker is away wait in the outbox. The disk is then filled to
//     the last byte (after the store's WAL was truncated, so that any write needs new space) and the
//     broker comes back: each acknowledgement is published once and not again, although its delivery
//     cannot be written (the old outbox sent such a row again at once, 22,000 times in 15 s).
//  2. Alerts arriving on the full disk are shown, marked unsaved, the store reports "not saving: the
//     disk is full" with the count, and acknowledging one of them is refused with that reason (not a
//     foreign-key error).
//  3. Space freed: within seconds the store saves again, the waiting alerts are written (they get
//     their rows), the deliveries are recorded, and after a restart the store has every alert.
// A read-only store folder (a read-only bind mount: chmod does not stop root) starts the console in
// read-only mode: alerts shown, actions refused with the reason. A second process holding the store's
// exclusive lock (this test executable, started with --hold-lock) stops the saving too; when it ends,
// the alerts that came meanwhile are written.
// Mounting needs root (CI runs as root); as another user the test says so and skips.

#include "core/alerts/operatoractions.h"
#include "core/console/consolecore.h"
#include "core/fleet/payloadencoder.h"
#include "core/store/database.h"
#include "support/alertfixtures.h"
#include "support/brokerprocess.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <cstdio>
#include <cstring>
#include <unistd.h>

using namespace fw;
using fw::test::BrokerProcess;

namespace {

bool run(const QString &program, const QStringList &args, QString *output = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    const bool ok = p.waitForFinished(20000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (output)
        *output = QString::fromLocal8Bit(p.readAll());
    return ok;
}

// A mount that is undone when the test ends, whatever happens.
struct Mount
{
    QString point;
    bool mounted = false;
    ~Mount()
    {
        if (mounted && !run(QStringLiteral("umount"), {point}))
            run(QStringLiteral("umount"), {QStringLiteral("-l"), point});
    }
};

// The newest record of every alert and the store's status as the console handed them out.
struct Mirror : QObject
{
    QHash<QString, AlertRecord> alerts;
    StoreStatus status;
    int pending = -1;
    QStringList rejections;
    explicit Mirror(AlertCenter *center)
    {
        auto take = [this](const AlertRecordsPtr &records) {
            for (const AlertRecord &r : *records)
                alerts.insert(r.key(), r);
        };
        connect(center, &AlertCenter::snapshotReady, this, take, Qt::QueuedConnection);
        connect(center, &AlertCenter::alertsChanged, this, take, Qt::QueuedConnection);
        connect(center, &AlertCenter::storeStatusChanged, this, [this](const StoreStatus &s) { status = s; },
                Qt::QueuedConnection);
        connect(center, &AlertCenter::outboxCountsChanged, this, [this](int p, int) { pending = p; }, Qt::QueuedConnection);
        connect(center->operatorActions(), &OperatorActions::actionRejected, this,
                [this](const QString &, const QString &why) { rejections << why; }, Qt::QueuedConnection);
    }
    int unsaved() const
    {
        int n = 0;
        for (const AlertRecord &r : alerts)
            n += r.unsaved ? 1 : 0;
        return n;
    }
};

ConsoleSettings settingsFor(const BrokerProcess &broker)
{
    ConsoleSettings s;
    s.mqtt.setBrokerUrl(broker.url());
    s.mqtt.clientId = QStringLiteral("tst-storefull");
    s.mqtt.reconnectMaxSeconds = 1;
    s.consoleId = QStringLiteral("ws-full");
    return s;
}

void raise(MqttSession &fleet, const QString &id, qint64 seq)
{
    const AlertMsg a = fw::test::raisedAlert(id, seq, Priority::High,
                                             QStringLiteral("bearing temperature rising ") + QString(200, QLatin1Char('x')));
    QVERIFY(fleet.publish(QStringLiteral("fleet/v1/plant-a/e1/alerts"), PayloadEncoder::encode(a), 1, false) > 0);
}

// Fills the file system holding `dir` to the last byte; the file's path.
QString fillDisk(const QString &dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("filler"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    const QByteArray block(64 * 1024, '\0');
    for (int i = 0; i < 100'000 && f.write(block) == block.size(); ++i) {
    }
    for (int i = 0; i < 100'000 && f.write(block.left(512)) == 512; ++i) {   // the last partial blocks
    }
    f.close();
    return path;
}

qint64 count(const QString &dbPath, const char *sql)
{
    sqlite3 *db = nullptr;
    qint64 n = -1;
    if (sqlite3_open_v2(QFile::encodeName(dbPath).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
            n = sqlite3_column_int64(stmt, 0);
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return n;
}

// The second process: holds an exclusive lock on the store until its standard input closes.
int holdLock(const char *dbPath)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(dbPath, &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK
        || sqlite3_busy_timeout(db, 10000) != SQLITE_OK
        || sqlite3_exec(db, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "cannot lock %s: %s\n", dbPath, sqlite3_errmsg(db));
        return 1;
    }
    std::printf("locked\n");
    std::fflush(stdout);
    char c;
    while (std::fread(&c, 1, 1, stdin) == 1) {
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return 0;
}

bool truncateWal(const QString &dbPath)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open_v2(QFile::encodeName(dbPath).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK
              && sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

} // namespace

class TestStoreFull : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (geteuid() != 0)
            QSKIP("mounting a tmpfs and a read-only bind needs root (CI runs as root)");
    }

    void fullDiskLosesNothingAndFloodsNobody()
    {
        QTemporaryDir dir;
        Mount disk{dir.filePath(QStringLiteral("disk"))};
        QVERIFY(QDir().mkpath(disk.point));
        QString out;
        QVERIFY2(run(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                               QStringLiteral("size=4m"), QStringLiteral("tmpfs"), disk.point},
                     &out),
                 qPrintable(out));
        disk.mounted = true;
        const QString dbPath = QDir(disk.point).filePath(QStringLiteral("store.sqlite"));

        BrokerProcess broker;
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));
        QProcess subscriber;   // every message the fleet and other consoles get
        subscriber.start(QStringLiteral("mosquitto_sub"),
                         {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                          QString::number(broker.port()), QStringLiteral("-t"), QStringLiteral("fleet/v1/+/+/alerts/+/ack"),
                          QStringLiteral("-q"), QStringLiteral("1"), QStringLiteral("-c"), QStringLiteral("-i"),
                          QStringLiteral("tst-counter"), QStringLiteral("-v")});
        QVERIFY(subscriber.waitForStarted(5000));
        const auto stopSubscriber = qScopeGuard([&] {
            subscriber.kill();
            subscriber.waitForFinished(5000);
        });
        QByteArray received;
        const auto acksSeen = [&] {
            received += subscriber.readAllStandardOutput();
            return int(received.count("/ack "));
        };

        auto core = std::make_unique<ConsoleCore>(settingsFor(broker), dbPath, QStringLiteral("alice"));
        auto mirror = std::make_unique<Mirror>(core->alerts());
        core->start();
        QTRY_COMPARE_WITH_TIMEOUT(core->session()->state(), ConnectionState::Connected, 10000);
        MqttOptions fleetOptions;
        fleetOptions.setBrokerUrl(broker.url());
        fleetOptions.clientId = QStringLiteral("tst-fleet");
        fleetOptions.reconnectMaxSeconds = 1;
        MqttSession fleet(fleetOptions);
        fleet.start();
        QTRY_COMPARE_WITH_TIMEOUT(fleet.state(), ConnectionState::Connected, 10000);

        // 1. Three alerts stored; acknowledged while the broker is away: saved in the outbox.
        QStringList before;
        for (int i = 0; i < 3; ++i) {
            raise(fleet, QStringLiteral("pre-%1").arg(i), i + 1);
            before << QStringLiteral("plant-a/e1/pre-%1").arg(i);
        }
        for (const QString &k : before)
            QTRY_VERIFY_WITH_TIMEOUT(mirror->alerts.contains(k) && mirror->alerts[k].rowId > 0, 10000);
        QTest::qWait(1500);   // mosquitto keeps the counter's persistent session over the outage
        broker.kill();
        QTRY_VERIFY_WITH_TIMEOUT(core->session()->state() != ConnectionState::Connected, 10000);
        QMetaObject::invokeMethod(core->alerts()->operatorActions(),
                                  [a = core->alerts()->operatorActions(), before] {
                                      for (const QString &k : before)   // one by one: an operator's (no bulk action)
                                          a->acknowledge({k}, {});
                                  });
        QTRY_COMPARE_WITH_TIMEOUT(mirror->pending, 3, 5000);

        // The disk filled to the last byte, with the WAL emptied first: any write needs new space.
        QVERIFY(truncateWal(dbPath));
        const QString filler = fillDisk(disk.point);
        QVERIFY(!filler.isEmpty());

        // The broker back: each acknowledgement goes out once, and not again while the disk stays full.
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));
        subscriber.kill();   // it lost its broker: the same persistent session again
        subscriber.waitForFinished(5000);
        subscriber.start(subscriber.program(), subscriber.arguments());
        QVERIFY(subscriber.waitForStarted(5000));
        QTRY_COMPARE_WITH_TIMEOUT(core->session()->state(), ConnectionState::Connected, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(acksSeen(), 3, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(mirror->status.state, StoreStatus::State::NotSaving, 10000);
        QCOMPARE(mirror->status.fault, StoreFault::Full);
        QTest::qWait(8000);
        QCOMPARE(acksSeen(), 3);
        qInfo("acknowledgements published while the disk was full: %d for 3 actions", acksSeen());

        // 2. New alerts on the full disk: shown, unsaved, counted; acting on one is refused with the reason.
        QTRY_COMPARE_WITH_TIMEOUT(fleet.state(), ConnectionState::Connected, 15000);
        QStringList during;
        for (int i = 0; i < 30; ++i) {
            raise(fleet, QStringLiteral("full-%1").arg(i), 4 + i);
            during << QStringLiteral("plant-a/e1/full-%1").arg(i);
        }
        for (const QString &k : during)
            QTRY_VERIFY_WITH_TIMEOUT(mirror->alerts.contains(k), 10000);
        for (const QString &k : during) {
            QVERIFY2(mirror->alerts[k].unsaved, qPrintable(k));
            QCOMPARE(mirror->alerts[k].rowId, 0);
        }
        QTRY_COMPARE_WITH_TIMEOUT(mirror->status.unsavedAlerts, 30, 5000);
        QMetaObject::invokeMethod(core->alerts()->operatorActions(),
                                  [a = core->alerts()->operatorActions(), k = during.first()] { a->acknowledge({k}, {}); });
        QTRY_COMPARE_WITH_TIMEOUT(mirror->rejections.size(), 1, 5000);
        QVERIFY2(mirror->rejections.first().contains(QStringLiteral("not saving")), qPrintable(mirror->rejections.first()));
        QVERIFY(!mirror->rejections.first().contains(QStringLiteral("FOREIGN"), Qt::CaseInsensitive));
        QVERIFY(!mirror->alerts[during.first()].state.acknowledged);

        // 3. Space freed: saving again within seconds; the waiting alerts and the deliveries written.
        QVERIFY(QFile::remove(filler));
        QTRY_COMPARE_WITH_TIMEOUT(mirror->status.state, StoreStatus::State::Saving, 15000);
        for (const QString &k : during)
            QTRY_VERIFY_WITH_TIMEOUT(!mirror->alerts[k].unsaved && mirror->alerts[k].rowId > 0, 5000);
        // The deliveries written (the retry's backoff is at most 60 s), read from the store itself.
        QTRY_COMPARE_WITH_TIMEOUT(count(dbPath, "SELECT count(*) FROM outbox WHERE delivered_at IS NULL"), 0, 70000);
        QCOMPARE(mirror->pending, 0);
        QCOMPARE(acksSeen(), 3);
        fleet.stop();
        core->stop();
        const AlertCenterFigures final = core->alerts()->figures();
        QCOMPARE(final.store.state, StoreStatus::State::Saving);
        QVERIFY(final.store.failedWrites > 0);
        QCOMPARE(final.outboxPublished, 3);
        QCOMPARE(final.outboxUnrecorded, 0);
        mirror.reset();
        core.reset();

        QCOMPARE(count(dbPath, "SELECT count(*) FROM alerts"), 33);
        QCOMPARE(count(dbPath, "SELECT count(*) FROM outbox WHERE delivered_at IS NULL"), 0);
    }

    void anotherProcessHoldingTheLock()
    {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("store.sqlite"));
        BrokerProcess broker;
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));
        auto core = std::make_unique<ConsoleCore>(settingsFor(broker), dbPath, QStringLiteral("alice"));
        auto mirror = std::make_unique<Mirror>(core->alerts());
        core->start();
        QTRY_COMPARE_WITH_TIMEOUT(core->session()->state(), ConnectionState::Connected, 10000);
        MqttOptions fleetOptions;
        fleetOptions.setBrokerUrl(broker.url());
        fleetOptions.clientId = QStringLiteral("tst-fleet-lock");
        MqttSession fleet(fleetOptions);
        fleet.start();
        QTRY_COMPARE_WITH_TIMEOUT(fleet.state(), ConnectionState::Connected, 10000);
        raise(fleet, QStringLiteral("l-0"), 1);
        QTRY_VERIFY_WITH_TIMEOUT(mirror->alerts.value(QStringLiteral("plant-a/e1/l-0")).rowId > 0, 10000);

        QProcess locker;
        locker.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--hold-lock"), dbPath});
        QVERIFY(locker.waitForStarted(5000));
        QByteArray said;
        QTRY_VERIFY2_WITH_TIMEOUT((said += locker.readAllStandardOutput()).contains("locked"),
                                  (said + locker.readAllStandardError()).constData(), 15000);
        for (int i = 1; i <= 10; ++i)
            raise(fleet, QStringLiteral("l-%1").arg(i), i + 1);
        QTRY_COMPARE_WITH_TIMEOUT(mirror->status.state, StoreStatus::State::NotSaving, 15000);
        QCOMPARE(mirror->status.fault, StoreFault::Locked);
        QTRY_COMPARE_WITH_TIMEOUT(mirror->unsaved(), 10, 10000);

        locker.closeWriteChannel();   // the other process lets go
        QVERIFY(locker.waitForFinished(10000));
        QCOMPARE(locker.exitCode(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(mirror->status.state, StoreStatus::State::Saving, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(mirror->unsaved(), 0, 5000);
        fleet.stop();
        core->stop();
        mirror.reset();
        core.reset();
        QCOMPARE(count(dbPath, "SELECT count(*) FROM alerts"), 11);
    }

    void readOnlyFolderStartsInReadOnlyMode()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(folder));
        Mount ro{folder};
        QString out;
        QVERIFY2(run(QStringLiteral("mount"), {QStringLiteral("--bind"), folder, folder}, &out), qPrintable(out));
        ro.mounted = true;
        QVERIFY2(run(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro,bind"), folder}, &out),
                 qPrintable(out));

        BrokerProcess broker;
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));
        ConsoleCore core(settingsFor(broker), QDir(folder).filePath(QStringLiteral("store.sqlite")), QStringLiteral("alice"));
        Mirror mirror(core.alerts());
        core.start();
        QTRY_COMPARE_WITH_TIMEOUT(mirror.status.state, StoreStatus::State::ReadOnlyMode, 10000);
        QCOMPARE(mirror.status.fault, StoreFault::Unavailable);
        QVERIFY(!mirror.status.detail.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(core.session()->state(), ConnectionState::Connected, 10000);

        MqttOptions fleetOptions;
        fleetOptions.setBrokerUrl(broker.url());
        fleetOptions.clientId = QStringLiteral("tst-fleet-ro");
        MqttSession fleet(fleetOptions);
        fleet.start();
        QTRY_COMPARE_WITH_TIMEOUT(fleet.state(), ConnectionState::Connected, 10000);
        raise(fleet, QStringLiteral("ro-1"), 1);
        const QString key = QStringLiteral("plant-a/e1/ro-1");
        QTRY_VERIFY_WITH_TIMEOUT(mirror.alerts.contains(key), 10000);   // the queue is live
        QMetaObject::invokeMethod(core.alerts()->operatorActions(),
                                  [a = core.alerts()->operatorActions(), key] { a->acknowledge({key}, {}); });
        QTRY_COMPARE_WITH_TIMEOUT(mirror.rejections.size(), 1, 5000);
        QVERIFY2(mirror.rejections.first().contains(QStringLiteral("read-only mode")), qPrintable(mirror.rejections.first()));
        QVERIFY(QDir(folder).entryList(QDir::Files).isEmpty());   // nothing written there
        fleet.stop();
        core.stop();
    }
};

int main(int argc, char *argv[])
{
    if (argc == 3 && std::strcmp(argv[1], "--hold-lock") == 0)
        return holdLock(argv[2]);
    QCoreApplication app(argc, argv);
    TestStoreFull test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_storefull.moc"

// The fleetwatch executable as a process (offscreen, a temporary --db, --stats-json, --log-file,
// --config and HOME, a broker that is not there: the console runs without one).
//  - SIGTERM, SIGINT and SIGHUP, sent once it is up, stop it in order (core/common/signalquit.h): exit
//    code 0, the statistics file written and readable, the store closed (no .open marker left, its
//    console_sessions row ended as a clean stop), and the log's last line says which signal stopped it.
//  - --db naming something that is not a Fleetwatch store (a text file, another program's SQLite
//    database) ends it at once with exit code 3 and a message naming the file, which is left as it was.

#include "core/store/database.h"
#include "core/store/sqlstatement.h"
#include "support/brokerprocess.h"
#include "support/storefiles.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <signal.h>

using namespace fw;
using namespace fw::test;

class TestConsoleProcess : public QObject
{
    Q_OBJECT
private:
    static QString exe()
    {
        return QDir(qEnvironmentVariable("FLEETWATCH_BINARY_DIR")).filePath(QStringLiteral("app/fleetwatch"));
    }

    // The console on `db` in `dir`, its HOME and configuration there too.
    static void prepare(QProcess &console, const QTemporaryDir &dir, const QString &db)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("home/.config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("home/.local/share")));
        env.remove(QStringLiteral("FLEETWATCH_MQTT_PASSWORD"));
        console.setProcessEnvironment(env);
        console.setProgram(exe());
        console.setArguments({"--db", db, "--stats-json", dir.filePath(QStringLiteral("stats.json")), "--log-file",
                              dir.filePath(QStringLiteral("fleetwatch.log")), "--config",
                              dir.filePath(QStringLiteral("fleetwatch.ini")), "--broker",
                              QStringLiteral("mqtt://127.0.0.1:%1").arg(BrokerProcess::freePort()), "--lang", "en"});
    }

private Q_SLOTS:
    void signalStopsInOrder_data()
    {
        QTest::addColumn<int>("signal");
        QTest::addColumn<QString>("name");
        QTest::newRow("SIGTERM") << int(SIGTERM) << "SIGTERM";
        QTest::newRow("SIGINT") << int(SIGINT) << "SIGINT";
        QTest::newRow("SIGHUP") << int(SIGHUP) << "SIGHUP";
    }

    void signalStopsInOrder()
    {
        QFETCH(int, signal);
        QFETCH(QString, name);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(QStringLiteral("store.sqlite"));
        QProcess console;
        prepare(console, dir, db);
        console.start();
        QVERIFY2(console.waitForStarted(10000), qPrintable(console.errorString()));

        // Up: the alerts thread has opened the store and restored the queue (stderr is not buffered).
        QByteArray err;
        QDeadlineTimer deadline(60000);
        while (!err.contains("alert queue restored") && console.state() == QProcess::Running && !deadline.hasExpired()) {
            console.waitForReadyRead(200);
            err += console.readAllStandardError();
        }
        QVERIFY2(err.contains("alert queue restored"), err.constData());
        QVERIFY(QFile::exists(Database::openMarker(db)));

        QCOMPARE(::kill(pid_t(console.processId()), signal), 0);
        QVERIFY2(console.waitForFinished(60000), "the console did not stop");
        err += console.readAllStandardError();
        QCOMPARE(console.exitStatus(), QProcess::NormalExit);
        QVERIFY2(console.exitCode() == 0, err.constData());
        QVERIFY2(err.contains(QStringLiteral("%1 received").arg(name).toUtf8()), err.constData());

        // The statistics, as at any clean exit.
        QFile stats(dir.filePath(QStringLiteral("stats.json")));
        QVERIFY(stats.open(QIODevice::ReadOnly));
        QJsonParseError parse;
        const QJsonDocument json = QJsonDocument::fromJson(stats.readAll(), &parse);
        QVERIFY2(parse.error == QJsonParseError::NoError, qPrintable(parse.errorString()));
        QVERIFY(json.object().contains(QStringLiteral("messages_received")));
        QVERIFY(json.object().contains(QStringLiteral("alerts_open")));

        // The store closed: no marker for the next start to take for a crash; the run ended cleanly.
        QVERIFY(!QFile::exists(Database::openMarker(db)));
        auto store = Database::openReadOnly(db, nullptr);
        QVERIFY(store);
        QCOMPARE(store->queryInt("SELECT count(*) FROM console_sessions"), std::optional<qint64>(1));
        QCOMPARE(store->queryInt("SELECT clean_stop FROM console_sessions"), std::optional<qint64>(1));
        QVERIFY(store->queryInt("SELECT ended_at > started_at FROM console_sessions").value_or(0) == 1);

        // The log, flushed to its last line: the stop and its signal.
        const QList<QByteArray> lines = readFile(dir.filePath(QStringLiteral("fleetwatch.log"))).trimmed().split('\n');
        QVERIFY(lines.size() > 2);
        QVERIFY2(lines.last().endsWith(QStringLiteral("fleetwatch stopped by %1").arg(name).toUtf8()),
                 lines.last().constData());
    }

    void storeThatIsNotOneEndsTheConsole_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("a text file") << "text";
        QTest::newRow("another program's SQLite database") << "foreign";
    }

    // `fleetwatch --db notes.txt`: refused before any window, the file as it was.
    void storeThatIsNotOneEndsTheConsole()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.filePath(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(folder));
        const QString notes = folder + QStringLiteral("/notes.txt");
        if (kind == QLatin1String("text"))
            QVERIFY(writeFile(notes, "Pump 3 bearing noisy since Monday.\n"));
        else
            QVERIFY(makeForeignDatabase(notes, "CREATE TABLE invoices(n); INSERT INTO invoices VALUES (7);"));
        const QStringList before = snapshot(folder);
        QProcess console;
        prepare(console, dir, notes);
        console.start();
        QVERIFY2(console.waitForFinished(60000), "the console did not end");
        const QByteArray err = console.readAllStandardError();
        QCOMPARE(console.exitStatus(), QProcess::NormalExit);
        QVERIFY2(console.exitCode() == 3, err.constData());
        QVERIFY2(err.contains(notes.toUtf8()), err.constData());
        QVERIFY2(err.contains("is not a Fleetwatch store"), err.constData());
        QVERIFY2(err.contains("left untouched"), err.constData());
        QCOMPARE(snapshot(folder), before);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("stats.json"))));
    }
};

QTEST_GUILESS_MAIN(TestConsoleProcess)
#include "tst_consoleprocess.moc"

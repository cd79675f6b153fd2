// `fleetwatch audit` run as the real executable (QProcess) on stores made by the test in a temporary
// directory: verify on an intact journal (exit 0, the rows checked, the head id and hash, the time);
// on a journal changed by another program (the sqlite3 library, the triggers dropped: exit 4 naming
// the changed row, its time, what and who); on what is not a journal (no file: 2, another program's
// database: 3, a store of schema version 4: 5, each with its message); export of a period (header,
// the period's rows only, RFC 3339 times, a text cell "=cmd" written as "'=cmd", --output written
// whole, standard output); bad arguments (1); `fleetwatch --help` lists audit. The store is only
// read: the tests open it in a read-only folder too.

#include "core/audit/journalrepository.h"
#include "core/fleet/rfc3339.h"
#include "core/store/database.h"
#include "core/store/sqlstatement.h"
#include "reports/auditcommand.h"
#include "support/readonlyfolder.h"
#include "support/storefiles.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace fw;

namespace {

// 2026-03-02 08:00:00 UTC, and one row a minute after it.
constexpr qint64 kStart = 1772438400000;

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

QString exe()
{
    return QDir(qEnvironmentVariable("FLEETWATCH_BINARY_DIR")).filePath(QStringLiteral("app/fleetwatch"));
}

Run audit(const QStringList &args)
{
    QProcess p;
    p.start(exe(), QStringList{QStringLiteral("audit")} + args);
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// `rows` journal rows a minute apart; row 3's detail is a formula.
bool fillJournal(const QString &path, int rows)
{
    auto db = Database::open(path, nullptr);
    if (!db)
        return false;
    JournalRepository journal(*db);
    for (int i = 1; i <= rows; ++i) {
        JournalEntry e;
        e.at = kStart + (i - 1) * 60000;
        e.user = i == 5 ? QStringLiteral("bob") : QStringLiteral("alice");
        e.role = QStringLiteral("operator");
        e.console = QStringLiteral("ws-07");
        e.what = QStringLiteral("acknowledge");
        e.subject = QStringLiteral("plant-a/engine-%1/a-%1").arg(i);
        e.before = QStringLiteral("unacknowledged");
        e.after = QStringLiteral("acknowledged");
        e.detail = i == 3 ? QStringLiteral("=cmd|' /C calc'!A0") : QStringLiteral("crew, dispatched");
        if (i == 4)
            e.claimedAt = e.at - 1500;
        if (!journal.append(e))
            return false;
    }
    return true;
}

} // namespace

class TestAuditCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFileInfo::exists(exe()));
        m_store = m_dir.filePath(QStringLiteral("store.sqlite"));
        QVERIFY(fillJournal(m_store, 6));
    }

    void helpListsBothCommands()
    {
        const Run r = audit({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("fleetwatch audit verify --db FILE")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("fleetwatch audit export --db FILE --from DATE --to DATE")));
        QVERIFY(r.out.contains(QLatin1String("4 the journal is broken")));
        QProcess p;
        p.start(exe(), {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(30000));
        QVERIFY(p.readAllStandardOutput().contains("fleetwatch audit"));
    }

    void verifyIntact()
    {
        const Run r = audit({QStringLiteral("verify"), QStringLiteral("--db"), m_store});
        QVERIFY2(r.code == AuditOk, qPrintable(r.err));
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("intact: 6 rows checked in \\d+\\.\\d{3} s"))),
                 qPrintable(r.out));
        auto db = Database::openReadOnly(m_store, nullptr);
        QVERIFY(db);
        SqlStatement head(db->handle(), "SELECT hex(hash) FROM journal WHERE id = 6");
        QVERIFY(head.next());
        QVERIFY2(r.out.contains(QStringLiteral("Head: row 6, hash %1").arg(head.text(0).toLower())), qPrintable(r.out));
    }

    // The store in a read-only folder (as root: a read-only bind mount), as a copy an auditor was given.
    void verifyReadsWithoutWriting()
    {
        const QString folder = m_dir.filePath(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(folder));
        const QString copy = folder + QStringLiteral("/copy.sqlite");
        QVERIFY(QFile::copy(m_store, copy));
        test::ReadOnlyFolder readOnly(folder);
        QVERIFY2(readOnly.errorString().isEmpty(), qPrintable(readOnly.errorString()));
        QVERIFY(readOnly.isReadOnly());
        const Run r = audit({QStringLiteral("verify"), QStringLiteral("--db=") + copy});
        QVERIFY2(r.code == AuditOk, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("6 rows checked")));
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{QStringLiteral("copy.sqlite")});
    }

    void verifyNamesTheChangedRow()
    {
        const QString path = m_dir.filePath(QStringLiteral("tampered.sqlite"));
        QVERIFY(fillJournal(path, 6));
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db,
                              "DROP TRIGGER journal_no_update; DROP TRIGGER journal_no_delete; "
                              "UPDATE journal SET user = 'mallory' WHERE id = 4;",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
        const Run r = audit({QStringLiteral("verify"), QStringLiteral("--db"), path});
        QCOMPARE(r.code, int(AuditBroken));
        QVERIFY2(r.err.startsWith(QLatin1String("fleetwatch audit: the journal is NOT intact")), qPrintable(r.err));
        const QString when = formatRfc3339(kStart + 3 * 60000);
        QVERIFY2(r.err.contains(QStringLiteral("row 4 (%1, acknowledge by mallory, plant-a/engine-4/a-4)").arg(when)),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("changed after it was written")));
        QVERIFY(r.err.contains(QLatin1String("The 3 rows before it are intact")));
        QVERIFY(r.out.isEmpty());
    }

    void verifyRefusesWhatHasNoJournal_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("no file") << "missing" << int(AuditNoStore) << "no Fleetwatch store at";
        QTest::newRow("a folder") << "folder" << int(AuditNoStore) << "is a folder";
        QTest::newRow("another program's database") << "foreign" << int(AuditNotAStore) << "is not a Fleetwatch store";
        QTest::newRow("a text file") << "text" << int(AuditNotAStore) << "is not a Fleetwatch store";
        QTest::newRow("schema version 4") << "v4" << int(AuditNoJournal) << "has no journal: it has schema version 4";
    }

    void verifyRefusesWhatHasNoJournal()
    {
        QFETCH(QString, kind);
        QFETCH(int, code);
        QFETCH(QString, message);
        const QString path = m_dir.filePath(kind + QStringLiteral(".sqlite"));
        if (kind == QLatin1String("folder")) {
            QVERIFY(QDir().mkpath(path));
        } else if (kind == QLatin1String("text")) {
            QVERIFY(test::writeFile(path, "id,name\n1,pump\n"));
        } else if (kind == QLatin1String("foreign")) {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
            QCOMPARE(sqlite3_exec(db, "CREATE TABLE notes(x); INSERT INTO notes VALUES (1);", nullptr, nullptr, nullptr),
                     SQLITE_OK);
            sqlite3_close(db);
        } else if (kind == QLatin1String("v4")) {
            auto db = Database::open(path, nullptr);
            QVERIFY(db);
            // What a store of schema version 4 lacks: the journal and the users.
            QVERIFY(db->exec("DROP TABLE journal; DROP TABLE users; PRAGMA user_version=4"));
        }
        const QByteArray before = test::readFile(path);
        const Run r = audit({QStringLiteral("verify"), QStringLiteral("--db"), path});
        QCOMPARE(r.code, code);
        // The store's own log line may come first (Database logs a refusal); the command's sentence ends it.
        const QString last = r.err.trimmed().split(QLatin1Char('\n')).last();
        QVERIFY2(last.startsWith(QLatin1String("fleetwatch audit: ")), qPrintable(r.err));
        QVERIFY2(last.contains(message), qPrintable(r.err));
        QCOMPARE(test::readFile(path), before);   // left as it was
        if (kind == QLatin1String("missing"))
            QVERIFY(!QFileInfo::exists(path));   // never created
    }

    void exportWritesThePeriod()
    {
        const QString out = m_dir.filePath(QStringLiteral("journal.csv"));
        // Rows 2..5: [08:01, 08:05).
        const Run r = audit({QStringLiteral("export"), QStringLiteral("--db"), m_store, QStringLiteral("--from"),
                             QStringLiteral("2026-03-02T08:01:00Z"), QStringLiteral("--to"),
                             QStringLiteral("2026-03-02T09:05:00+01:00"), QStringLiteral("--format"), QStringLiteral("csv"),
                             QStringLiteral("--output"), out});
        QVERIFY2(r.code == AuditOk, qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("4 journal rows written")), qPrintable(r.err));
        const QStringList lines = QString::fromUtf8(test::readFile(out)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines[0], QStringLiteral("id,at,claimed_at,user,role,console,what,subject,before,after,detail,hash"));
        QVERIFY2(lines[1].startsWith(QLatin1String("2,2026-03-02T08:01:00.000Z,,alice,operator,ws-07,acknowledge,"
                                                   "plant-a/engine-2/a-2,unacknowledged,acknowledged,\"crew, dispatched\",")),
                 qPrintable(lines[1]));
        // The formula is text: a leading ' (and not quoted: it holds no comma, quote or line end).
        QVERIFY2(lines[2].contains(QLatin1String(",'=cmd|' /C calc'!A0,")), qPrintable(lines[2]));
        QVERIFY2(lines[3].startsWith(QLatin1String("4,2026-03-02T08:03:00.000Z,2026-03-02T08:02:58.500Z,")),
                 qPrintable(lines[3]));
        QVERIFY(lines[4].startsWith(QLatin1String("5,")));
        QVERIFY(lines[4].contains(QLatin1String(",bob,")));
        QVERIFY(lines[4].contains(QRegularExpression(QStringLiteral(",[0-9a-f]{64}$"))));
    }

    void exportToStandardOutput()
    {
        const Run r = audit({QStringLiteral("export"), QStringLiteral("--db=") + m_store, QStringLiteral("--from=2026-03-01"),
                             QStringLiteral("--to=2026-03-03")});
        QVERIFY2(r.code == AuditOk, qPrintable(r.err));
        QCOMPARE(r.out.count(QStringLiteral("\r\n")), 7);   // header and six rows
        QVERIFY(r.out.startsWith(QLatin1String("id,at,")));
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("nothing") << QStringList{} << int(AuditBadArguments) << "verify or export";
        QTest::newRow("unknown command") << QStringList{"repair"} << int(AuditBadArguments) << "unknown command";
        QTest::newRow("no --db") << QStringList{"verify"} << int(AuditBadArguments) << "--db is required";
        QTest::newRow("unknown option") << QStringList{"verify", "--db", "x", "--fix", "1"} << int(AuditBadArguments)
                                        << "unknown option --fix";
        QTest::newRow("no period") << QStringList{"export", "--db", "x"} << int(AuditBadArguments) << "--from is required";
        QTest::newRow("bad date") << QStringList{"export", "--db", "x", "--from", "2026-02-30", "--to", "2026-03-01"}
                                  << int(AuditBadArguments) << "--from:";
        QTest::newRow("empty period") << QStringList{"export", "--db", "x", "--from", "2026-03-01", "--to", "2026-03-01"}
                                      << int(AuditBadArguments) << "the period is empty";
        QTest::newRow("pdf") << QStringList{"export", "--db", "x", "--from", "2026-03-01", "--to", "2026-03-02", "--format",
                                            "pdf"}
                             << int(AuditBadArguments) << "unknown format";
    }

    void badArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Run r = audit(args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void exportCannotWrite()
    {
        const Run r = audit({QStringLiteral("export"), QStringLiteral("--db"), m_store, QStringLiteral("--from"),
                             QStringLiteral("2026-03-01"), QStringLiteral("--to"), QStringLiteral("2026-03-03"),
                             QStringLiteral("--output"), m_dir.filePath(QStringLiteral("missing/dir/j.csv"))});
        QCOMPARE(r.code, int(AuditWriteError));
        QVERIFY2(r.err.contains(QLatin1String("cannot write")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestAuditCommand)
#include "tst_auditcommand.moc"

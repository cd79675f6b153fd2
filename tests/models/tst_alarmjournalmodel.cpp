// AlarmJournalModel on a real store filled by the test (alerts and their events with SQL, journal rows
// through JournalRepository), under QAbstractItemModelTester: newest first across both sources; the
// search field's words and its asset:, alert: and user: prefixes; the priority, kind and time filters;
// "N of M" (totalCount) and paging with fetchMore until every row is loaded once; a store that is
// not there; the CSV export of every matching row, not only those loaded, neutralised.

#include "core/audit/journalrepository.h"
#include "core/store/database.h"
#include "core/store/sqlstatement.h"
#include "models/alarmjournalmodel.h"
#include "support/storefiles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

namespace {

constexpr qint64 kT = 1'772'438'400'000;   // 2026-03-02 08:00 UTC
constexpr qint64 kMin = 60'000;

// Alert ids a-1 (pump-1, critical), a-2 (pump-2, high), a-3 (fan-9, low); events and journal rows
// interleaved in time, one a minute:
//   t+0  a-1 raised        t+1  a-2 raised        t+2  alice acknowledges a-1 ("crew dispatched")
//   t+3  bob signs in      t+4  a-3 raised        t+5  carol shelves a-2 ("=cmd|' /C calc'!A0")
//   t+6  a-1 cleared       t+7  a-2 updated
bool fill(const QString &path)
{
    auto db = Database::open(path, nullptr);
    if (!db)
        return false;
    const struct
    {
        const char *asset;
        const char *id;
        int priority;
        const char *title;
    } alerts[] = {{"pump-1", "a-1", 3, "Bearing overheating"}, {"pump-2", "a-2", 2, "Seal leak suspected"},
                  {"fan-9", "a-3", 0, "Vibration drift"}};
    SqlStatement insertAlert(db->handle(), "INSERT INTO alerts(site, asset, alert_id, priority, title, raised_ts, "
                                           "raised_at, last_event_at) VALUES ('plant-a', ?1, ?2, ?3, ?4, 0, 0, 0)");
    for (const auto &a : alerts) {
        insertAlert.bind(1, QString::fromLatin1(a.asset));
        insertAlert.bind(2, QString::fromLatin1(a.id));
        insertAlert.bind(3, a.priority);
        insertAlert.bind(4, QString::fromLatin1(a.title));
        if (!insertAlert.exec())
            return false;
    }
    SqlStatement event(db->handle(), "INSERT INTO alert_events(alert_row, site, asset, event, seq, ts, received_at) "
                                     "SELECT id, site, asset, ?2, ?3, ?4, ?4 FROM alerts WHERE alert_id = ?1");
    const struct
    {
        const char *id;
        const char *event;
        int minute;
    } events[] = {{"a-1", "raised", 0}, {"a-2", "raised", 1}, {"a-3", "raised", 4}, {"a-1", "cleared", 6},
                  {"a-2", "updated", 7}};
    int seq = 0;
    for (const auto &e : events) {
        event.bind(1, QString::fromLatin1(e.id));
        event.bind(2, QString::fromLatin1(e.event));
        event.bind(3, ++seq);
        event.bind(4, kT + e.minute * kMin);
        if (!event.exec())
            return false;
    }
    JournalRepository journal(*db);
    const auto append = [&](int minute, const char *user, const char *what, const char *subject, const char *detail) {
        JournalEntry e;
        e.at = kT + minute * kMin;
        e.user = QString::fromLatin1(user);
        e.role = QStringLiteral("operator");
        e.console = QStringLiteral("ws-07");
        e.what = QString::fromLatin1(what);
        e.subject = QString::fromLatin1(subject);
        e.detail = QString::fromLatin1(detail);
        return journal.append(e);
    };
    return append(2, "alice", "acknowledge", "plant-a/pump-1/a-1", "crew dispatched")
        && append(3, "bob", "sign_in", "bob", "")
        && append(5, "carol", "shelve", "plant-a/pump-2/a-2", "=cmd|' /C calc'!A0");
}

} // namespace

class TestAlarmJournalModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;

    // Sets the filter and waits for the first page and the count.
    static bool load(AlarmJournalModel &model, const AlarmJournalFilter &filter)
    {
        QSignalSpy counted(&model, &AlarmJournalModel::totalCountChanged);
        model.setFilter(filter);
        return QTest::qWaitFor([&] { return !model.isLoading() && model.totalCount() >= 0; }, 10000);
    }

    static QStringList column(const AlarmJournalModel &model, int column)
    {
        QStringList out;
        for (int r = 0; r < model.rowCount(); ++r)
            out << model.index(r, column).data().toString();
        return out;
    }

    // "what@minute" per row, the order in which the model shows them.
    static QStringList rows(const AlarmJournalModel &model)
    {
        QStringList out;
        for (int r = 0; r < model.rowCount(); ++r) {
            const AlarmJournalRow &row = model.journalRow(r);
            out << QStringLiteral("%1@%2").arg(row.what).arg((row.at - kT) / kMin);
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(QStringLiteral("store.sqlite"));
        QVERIFY(fill(m_store));
    }

    void everythingNewestFirst()
    {
        AlarmJournalModel model(m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(load(model, {}));
        QCOMPARE(model.totalCount(), 8);
        QCOMPARE(rows(model), (QStringList{"updated@7", "cleared@6", "shelve@5", "raised@4", "sign_in@3",
                                           "acknowledge@2", "raised@1", "raised@0"}));
        QCOMPARE(model.columnCount(), int(AlarmJournalModel::ColumnCount));
        // The shelve row: its alert's asset and priority (through the subject), the user, console and detail.
        QCOMPARE(model.index(2, AlarmJournalModel::AssetColumn).data().toString(), QStringLiteral("plant-a/pump-2"));
        QCOMPARE(model.index(2, AlarmJournalModel::AlertColumn).data().toString(), QStringLiteral("a-2"));
        QCOMPARE(model.index(2, AlarmJournalModel::PriorityColumn).data(AlarmJournalModel::PriorityRole).toInt(), 2);
        QCOMPARE(model.index(2, AlarmJournalModel::UserColumn).data().toString(), QStringLiteral("carol"));
        QCOMPARE(model.index(2, AlarmJournalModel::ConsoleColumn).data().toString(), QStringLiteral("ws-07"));
        QCOMPARE(model.index(2, AlarmJournalModel::TextColumn).data().toString(), QStringLiteral("=cmd|' /C calc'!A0"));
        // An alert event: the alert's title as text, no user.
        QCOMPARE(model.index(0, AlarmJournalModel::TextColumn).data().toString(), QStringLiteral("Seal leak suspected"));
        QVERIFY(model.index(0, AlarmJournalModel::UserColumn).data().toString().isEmpty());
        // The sign-in names no alert: no asset, no priority.
        QCOMPARE(model.index(4, AlarmJournalModel::PriorityColumn).data(AlarmJournalModel::PriorityRole).toInt(), -1);
        QVERIFY(model.index(4, AlarmJournalModel::AssetColumn).data().toString().isEmpty());
        QVERIFY(!model.canFetchMore({}));   // all 8 of 8 loaded
    }

    void search_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("asset: prefix") << "asset:pump-1" << QStringList{"cleared@6", "acknowledge@2", "raised@0"};
        QTest::newRow("asset: part, any case") << "ASSET:PUMP" << QStringList{"updated@7", "cleared@6", "shelve@5",
                                                                              "acknowledge@2", "raised@1", "raised@0"};
        QTest::newRow("alert: prefix") << "alert:a-3" << QStringList{"raised@4"};
        QTest::newRow("user: prefix") << "user:alice" << QStringList{"acknowledge@2"};
        QTest::newRow("user: leaves out alert events") << "user:o" << QStringList{"shelve@5", "sign_in@3"};
        QTest::newRow("a word in an alert's title") << "seal" << QStringList{"updated@7", "raised@1"};
        QTest::newRow("a word in a note") << "dispatched" << QStringList{"acknowledge@2"};
        QTest::newRow("quoted words") << "\"crew dispatched\"" << QStringList{"acknowledge@2"};
        QTest::newRow("a user without prefix") << "carol" << QStringList{"shelve@5"};
        QTest::newRow("every word must match") << "asset:pump-2 user:carol" << QStringList{"shelve@5"};
        QTest::newRow("wildcards are literal") << "%" << QStringList{};
        QTest::newRow("an empty prefix is ignored") << "user: alert:a-3" << QStringList{"raised@4"};
    }

    void search()
    {
        QFETCH(QString, search);
        QFETCH(QStringList, expected);
        AlarmJournalModel model(m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        AlarmJournalFilter filter;
        filter.search = search;
        QVERIFY(load(model, filter));
        QCOMPARE(rows(model), expected);
        QCOMPARE(model.totalCount(), qint64(expected.size()));
    }

    void filters_data()
    {
        QTest::addColumn<int>("priority");
        QTest::addColumn<QString>("what");
        QTest::addColumn<int>("fromMinute");
        QTest::addColumn<int>("toMinute");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("critical: the alert's events and the action on it")
            << 3 << "" << -1 << -1 << QStringList{"cleared@6", "acknowledge@2", "raised@0"};
        QTest::newRow("raised") << -1 << "raised" << -1 << -1 << QStringList{"raised@4", "raised@1", "raised@0"};
        QTest::newRow("alert events") << -1 << "alert_events" << -1 << -1
                                      << QStringList{"updated@7", "cleared@6", "raised@4", "raised@1", "raised@0"};
        QTest::newRow("journal") << -1 << "journal" << -1 << -1 << QStringList{"shelve@5", "sign_in@3", "acknowledge@2"};
        QTest::newRow("one kind of journal row") << -1 << "sign_in" << -1 << -1 << QStringList{"sign_in@3"};
        QTest::newRow("from minute 3 to minute 6 (excluded)") << -1 << "" << 3 << 6
                                                             << QStringList{"shelve@5", "raised@4", "sign_in@3"};
        QTest::newRow("high priority, journal only") << 2 << "journal" << -1 << -1 << QStringList{"shelve@5"};
    }

    void filters()
    {
        QFETCH(int, priority);
        QFETCH(QString, what);
        QFETCH(int, fromMinute);
        QFETCH(int, toMinute);
        QFETCH(QStringList, expected);
        AlarmJournalModel model(m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        AlarmJournalFilter filter;
        filter.priority = priority;
        filter.what = what;
        if (fromMinute >= 0)
            filter.from = kT + fromMinute * kMin;
        if (toMinute >= 0)
            filter.to = kT + toMinute * kMin;
        QVERIFY(load(model, filter));
        QCOMPARE(rows(model), expected);
        QCOMPARE(model.totalCount(), qint64(expected.size()));
    }

    // Pages of 3: "3 of 8", then more on request until all 8 are loaded, each once, in order.
    void pagesUntilEverythingIsLoaded()
    {
        AlarmJournalModel model(m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(3);
        QVERIFY(load(model, {}));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.totalCount(), 8);
        QVERIFY(model.canFetchMore({}));
        QSignalSpy pages(&model, &AlarmJournalModel::pageLoaded);
        model.fetchMore({});
        QVERIFY(model.isLoading());
        QVERIFY(!model.canFetchMore({}));   // one request at a time
        QVERIFY(pages.wait(10000));
        QCOMPARE(model.rowCount(), 6);
        model.fetchMore({});
        QVERIFY(pages.wait(10000));
        QCOMPARE(model.rowCount(), 8);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(rows(model), (QStringList{"updated@7", "cleared@6", "shelve@5", "raised@4", "sign_in@3",
                                           "acknowledge@2", "raised@1", "raised@0"}));
    }

    // Two rows at the same millisecond on a page boundary: neither lost nor repeated.
    void pagingKeepsRowsOfTheSameTime()
    {
        const QString path = m_dir.filePath(QStringLiteral("same-time.sqlite"));
        QVERIFY(fill(path));
        {
            auto db = Database::open(path, nullptr);
            JournalRepository journal(*db);
            for (int i = 0; i < 5; ++i) {
                JournalEntry e;
                e.at = kT + 7 * kMin;   // the same time as a-2's update
                e.user = QStringLiteral("dave");
                e.what = QStringLiteral("comment");
                e.subject = QStringLiteral("plant-a/pump-2/a-2");
                e.detail = QStringLiteral("note %1").arg(i);
                QVERIFY(journal.append(e));
            }
        }
        AlarmJournalModel model(path);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(2);
        QVERIFY(load(model, {}));
        QCOMPARE(model.totalCount(), 13);
        while (model.canFetchMore({})) {
            QSignalSpy pages(&model, &AlarmJournalModel::pageLoaded);
            model.fetchMore({});
            QVERIFY(pages.wait(10000));
        }
        QCOMPARE(model.rowCount(), 13);
        QStringList notes = column(model, AlarmJournalModel::TextColumn).mid(0, 6);
        QCOMPARE(notes, (QStringList{"note 4", "note 3", "note 2", "note 1", "note 0", "Seal leak suspected"}));
    }

    void noStore()
    {
        AlarmJournalModel model(m_dir.filePath(QStringLiteral("missing.sqlite")));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy failed(&model, &AlarmJournalModel::loadFailed);
        model.setFilter({});
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().first().toString().contains(QLatin1String("no store")));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("missing.sqlite"))));
    }

    // Every matching row, not only the page on screen; a formula in a note is written as text.
    void exportsEveryMatchingRow()
    {
        AlarmJournalModel model(m_store);
        model.setPageSize(2);
        AlarmJournalFilter filter;
        filter.search = QStringLiteral("asset:pump");
        QVERIFY(load(model, filter));
        QCOMPARE(model.rowCount(), 2);
        const QString path = m_dir.filePath(QStringLiteral("journal.csv"));
        QSignalSpy exported(&model, &AlarmJournalModel::exportFinished);
        model.exportCsv(path);
        QVERIFY(exported.wait(10000));
        QCOMPARE(exported.first().at(1).toLongLong(), 6);
        QVERIFY2(exported.first().at(2).toString().isEmpty(), qPrintable(exported.first().at(2).toString()));
        const QStringList lines = QString::fromUtf8(test::readFile(path)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 7);
        QCOMPARE(lines[0], QStringLiteral("at,source,site,asset,alert,priority,what,user,console,text"));
        QCOMPARE(lines[1], QStringLiteral("2026-03-02T08:07:00.000Z,alert_event,plant-a,pump-2,a-2,high,updated,,,"
                                          "Seal leak suspected"));
        QCOMPARE(lines[3], QStringLiteral("2026-03-02T08:05:00.000Z,journal,plant-a,pump-2,a-2,high,shelve,carol,ws-07,"
                                          "'=cmd|' /C calc'!A0"));
    }
};

QTEST_MAIN(TestAlarmJournalModel)
#include "tst_alarmjournalmodel.moc"

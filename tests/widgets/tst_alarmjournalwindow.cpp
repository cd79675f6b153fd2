// AlarmJournalWindow on a real store filled by the test (the last two hours of a shift: alerts and
// their events, operators' acknowledgements, shelving and sign-ins): it shows the newest page and
// "200 of N rows", loads more; typing in the search field (a word, or user:) filters the table after
// the typing pause; the period and priority controls filter; Export CSV writes every matching row
// with formulas neutralised. Also saves the window at 1920x1080 to <build>/docs/alarm-journal.png
// (the README's picture is that file).

#include "core/audit/journalrepository.h"
#include "core/store/database.h"
#include "core/store/sqlstatement.h"
#include "models/alarmjournalmodel.h"
#include "support/storefiles.h"
#include "widgets/alarmjournalwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

namespace {

constexpr qint64 kMin = 60'000;
constexpr int kAlerts = 120;

const char *const kAssets[] = {"engine-017", "engine-042", "pump-P101", "compressor-C3", "fan-F12", "engine-008"};
const char *const kTitles[] = {"HPC degradation suspected", "Bearing temperature rising", "Seal leak suspected",
                               "Vibration above baseline", "Fuel flow drift", "Exhaust gas temperature high"};
const char *const kUsers[] = {"alice", "bob", "chen.wei"};

// Every alert raised `i` * 80 s before now, an update for some, a clear for most; actions by the
// operators; sign-ins. Plus one alert and one action two hours back (outside "last hour").
bool fill(const QString &path, qint64 now)
{
    auto db = Database::open(path, nullptr);
    if (!db)
        return false;
    SqlStatement alert(db->handle(), "INSERT INTO alerts(site, asset, alert_id, priority, title, raised_ts, raised_at, "
                                     "last_event_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?6)");
    SqlStatement event(db->handle(), "INSERT INTO alert_events(alert_row, site, asset, event, seq, ts, received_at) "
                                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)");
    JournalRepository journal(*db);
    const auto act = [&](qint64 at, const QString &user, const QString &what, const QString &subject,
                         const QString &detail, const QString &before = {}, const QString &after = {}) {
        JournalEntry e;
        e.at = at;
        e.user = user;
        e.role = QStringLiteral("operator");
        e.console = user == QLatin1String("chen.wei") ? QStringLiteral("ws-02") : QStringLiteral("ws-07");
        e.what = what;
        e.subject = subject;
        e.detail = detail;
        e.before = before;
        e.after = after;
        return journal.append(e);
    };
    for (const char *user : kUsers) {
        if (!act(now - 2 * 3600 * 1000 + 5 * kMin, QString::fromLatin1(user), QStringLiteral("sign_in"),
                 QString::fromLatin1(user), {}))
            return false;
    }
    for (int i = 0; i <= kAlerts; ++i) {
        const bool old = i == kAlerts;   // the one from two hours back
        const qint64 raised = old ? now - 2 * 3600 * 1000 : now - (i + 1) * 40'000;
        const QString site = i % 4 == 0 ? QStringLiteral("plant-b") : QStringLiteral("plant-a");
        const QString asset = QString::fromLatin1(kAssets[i % 6]);
        const QString id = QStringLiteral("A-%1").arg(1000 + i);
        const int priority = (i % 9 == 0) ? 3 : (i % 4 == 1) ? 2 : (i % 3);
        alert.bind(1, site);
        alert.bind(2, asset);
        alert.bind(3, id);
        alert.bind(4, priority);
        alert.bind(5, QString::fromLatin1(kTitles[i % 6]));
        alert.bind(6, raised);
        if (!alert.exec())
            return false;
        const qint64 row = *db->queryInt("SELECT max(id) FROM alerts");
        int seq = 0;
        const auto emitEvent = [&](const char *kind, qint64 at) {
            event.bind(1, row);
            event.bind(2, site);
            event.bind(3, asset);
            event.bind(4, QString::fromLatin1(kind));
            event.bind(5, ++seq);
            event.bind(6, at);
            return event.exec();
        };
        const QString subject = site + QLatin1Char('/') + asset + QLatin1Char('/') + id;
        const QString user = QString::fromLatin1(kUsers[i % 3]);
        if (!emitEvent("raised", raised))
            return false;
        if (i % 5 == 2 && !emitEvent("updated", raised + 12'000))
            return false;
        if (i % 3 != 0 && !act(raised + 25'000, user, QStringLiteral("acknowledge"), subject,
                               i % 2 ? QStringLiteral("crew dispatched to %1").arg(asset) : QString(),
                               QStringLiteral("unacknowledged"), QStringLiteral("acknowledged")))
            return false;
        if (i % 7 == 3 && !act(raised + 31'000, user, QStringLiteral("shelve"), subject,
                               QStringLiteral("sensor under maintenance, 60 min"), QStringLiteral("active"),
                               QStringLiteral("shelved")))
            return false;
        if (i % 3 == 1 && !emitEvent("cleared", raised + 35'000))
            return false;
    }
    // A note a spreadsheet would run as a formula.
    return act(now - 10'000, QStringLiteral("bob"), QStringLiteral("comment"), QStringLiteral("plant-b/engine-017/A-1000"),
               QStringLiteral("=HYPERLINK(\"http://x\",\"see\")"));
}

} // namespace

class TestAlarmJournalWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;

    static bool loaded(AlarmJournalWindow &w)
    {
        return QTest::qWaitFor([&] { return !w.model()->isLoading() && w.model()->totalCount() >= 0; }, 10000);
    }

    static bool everyRow(const AlarmJournalModel *m, int column, const std::function<bool(const QString &)> &check)
    {
        for (int r = 0; r < m->rowCount(); ++r) {
            if (!check(m->index(r, column).data().toString()))
                return false;
        }
        return m->rowCount() > 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(QStringLiteral("store.sqlite"));
        QVERIFY(fill(m_store, QDateTime::currentMSecsSinceEpoch()));
    }

    void showsPagesAndCounts()
    {
        AlarmJournalWindow w(m_store);
        w.show();
        QVERIFY(loaded(w));
        const qint64 total = w.model()->totalCount();
        QVERIFY2(total > 250, qPrintable(QString::number(total)));
        QCOMPARE(w.model()->rowCount(), 200);
        QCOMPARE(w.countText(), QStringLiteral("200 of %1 rows").arg(QLocale().toString(total)));
        // The newest row first: the comment made 10 s ago.
        QCOMPARE(w.model()->index(0, AlarmJournalModel::WhatColumn).data().toString(), QStringLiteral("comment"));
        // Scrolled to the end, the view asks for more.
        w.table()->scrollToBottom();
        QTRY_VERIFY_WITH_TIMEOUT(w.model()->rowCount() > 200, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(w.countText(), QStringLiteral("%1 of %2 rows")
                                                     .arg(QLocale().toString(w.model()->rowCount()), QLocale().toString(total)),
                                  10000);
    }

    void searchFieldFilters()
    {
        AlarmJournalWindow w(m_store);
        w.show();
        QVERIFY(loaded(w));
        const qint64 everything = w.model()->totalCount();
        QTest::keyClicks(w.searchField(), QStringLiteral("user:chen"));
        // Not at every key: after the pause.
        QTRY_VERIFY_WITH_TIMEOUT(w.model()->totalCount() >= 0 && w.model()->totalCount() < everything, 10000);
        QVERIFY(loaded(w));
        QVERIFY(everyRow(w.model(), AlarmJournalModel::UserColumn, [](const QString &u) { return u == QLatin1String("chen.wei"); }));
        QCOMPARE(w.countText(), QStringLiteral("%1 of %1 rows").arg(w.model()->rowCount()));

        w.searchField()->clear();
        QTest::keyClicks(w.searchField(), QStringLiteral("asset:pump-P101 seal"));
        QTest::keyClick(w.searchField(), Qt::Key_Return);
        QVERIFY(loaded(w));
        QVERIFY(everyRow(w.model(), AlarmJournalModel::AssetColumn, [](const QString &a) { return a.endsWith(QLatin1String("/pump-P101")); }));
        QVERIFY(everyRow(w.model(), AlarmJournalModel::TextColumn, [](const QString &t) { return t.contains(QLatin1String("Seal"), Qt::CaseInsensitive); }));
    }

    void periodAndPriorityFilter()
    {
        AlarmJournalWindow w(m_store);
        QVERIFY(loaded(w));
        const qint64 day = w.model()->totalCount();
        const qint64 hourAgo = QDateTime::currentMSecsSinceEpoch() - 3600 * 1000;
        w.setPeriod(AlarmJournalWindow::Period::LastHour);
        QVERIFY(loaded(w));
        // Rows of the last 80 minutes less those before the last hour: the alert and the sign-ins of two
        // hours ago among them.
        QVERIFY2(w.model()->totalCount() > 0 && w.model()->totalCount() < day - 4, qPrintable(QString::number(day)));
        while (w.model()->canFetchMore({})) {
            w.model()->fetchMore({});
            QVERIFY(loaded(w));
        }
        QCOMPARE(w.model()->rowCount(), w.model()->totalCount());
        for (int r = 0; r < w.model()->rowCount(); ++r)
            QVERIFY(w.model()->index(r, 0).data(AlarmJournalModel::AtRole).toLongLong() >= hourAgo);
        auto *priority = w.findChild<QComboBox *>(QStringLiteral("priority"));
        QVERIFY(priority);
        priority->setCurrentIndex(1);   // critical
        emit priority->activated(1);
        QVERIFY(loaded(w));
        QVERIFY(everyRow(w.model(), AlarmJournalModel::PriorityColumn, [](const QString &p) { return p == QLatin1String("critical"); }));
    }

    void exportWritesEveryMatchingRow()
    {
        AlarmJournalWindow w(m_store);
        QVERIFY(loaded(w));
        const qint64 total = w.model()->totalCount();
        const QString path = m_dir.filePath(QStringLiteral("journal.csv"));
        QSignalSpy done(&w, &AlarmJournalWindow::exportFinished);
        w.exportCsvTo(path);
        QVERIFY(done.wait(10000));
        QVERIFY2(done.first().at(1).toString().isEmpty(), qPrintable(done.first().at(1).toString()));
        const QStringList lines = QString::fromUtf8(test::readFile(path)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), total + 1);   // not only the 200 on screen
        QCOMPARE(lines[0], QStringLiteral("at,source,site,asset,alert,priority,what,user,console,text"));
        QVERIFY2(lines[1].endsWith(QLatin1String(",comment,bob,ws-07,\"'=HYPERLINK(\"\"http://x\"\",\"\"see\"\")\"")),
                 qPrintable(lines[1]));
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("status"))->text().contains(path));
    }

    void screenshot()
    {
        AlarmJournalWindow w(m_store);
        w.resize(1920, 1080);
        w.show();
        QVERIFY(loaded(w));
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QString dir = QDir(qEnvironmentVariable("FLEETWATCH_BINARY_DIR")).filePath(QStringLiteral("docs"));
        QVERIFY(QDir().mkpath(dir));
        const QImage image = w.grab().toImage();
        QCOMPARE(image.size(), QSize(1920, 1080));
        QVERIFY(image.save(dir + QStringLiteral("/alarm-journal.png")));
    }
};

QTEST_MAIN(TestAlarmJournalWindow)
#include "tst_alarmjournalwindow.moc"

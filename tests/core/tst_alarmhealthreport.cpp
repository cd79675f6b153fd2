// Alarm-system health over a period: figures worked out by hand from a small store (UTC).
//
// Period [T0, T0 + 2 d), T0 = 2026-03-02 00:00: 288 ten-minute intervals; standing cut T0 + 1 d.
//   12 x S1/P1 "Vibration high" low, T0 + 01:00 + i * 30 s, acked, cleared; 3 of them chattering
//    9 x S1/P2 "Temperature high" medium, T0 + 03:00 + i min, acked, cleared
//   10 x S2/P3 "Pressure low" low, T0 + 1 d + 05:00 + i min, acked, cleared (exactly 10: a flood)
//   St1 S2/P4 "Leak" critical, T0 - 2 d, never acked, active            standing (before the period)
//   St2 S2/P4 "Leak2" high, T0 + 2 h, acked T0 + 1 d + 20 h, active      standing (active)
//   St3 S1/P5 "Noise" high, T0 + 4 h, acked T0 + 2 d + 1 h (after to), cleared T0 + 5 h,
//       chattering                                                        standing (unacked at to)
//   Y4  S1/P5 "Noise" high, T0 + 1 d + 2 h, never acked, active          too young to stand
//   N5  S1/P6 "Old" low, T0 - 3 d, acked, cleared T0 + 1 d               not standing
//   St6 S1/P6 "Old2" low, T0 - 3 d, acked, cleared T0 + 2 d + 1 h        standing (active at to)
// In the period: 12 + 9 + 10 + St2, St3, Y4 = 34 alerts. Floods: 01:00 (12) and d2 05:00 (10).
// Shelves: St2 by ann (c1) T0 + 3 h 60 min, St2 by bob (c2) T0 + 1 d + 1 h 120 min, Y4 T0 + 1 d + 3 h
// 30 min; St1 at T0 - 1 h 480 min is before the period. Acks in actions are not shelves.
// The console ran from T0 - 5 d to T0 + 4 d (one console_sessions row); reports are made at T0 + 10 d.
// So the rates are over the whole period here; what they are over when it did not run, or the period
// has not passed yet, or the store has no record: coverage*() on stores of their own.

#include "core/reports/alarmhealthreport.h"
#include "core/store/database.h"
#include "core/store/sessionrepository.h"
#include "core/store/sqlstatement.h"

#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(fw::CollectionCoverage::Basis)

#include <ctime>

using namespace fw;

namespace {

constexpr qint64 kMin = 60 * 1000;
constexpr qint64 kHour = 60 * kMin;
constexpr qint64 kDay = 24 * kHour;
const qint64 T0 = QDateTime(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();

struct FixtureAlert
{
    QString site, asset, id, title;
    int priority;
    qint64 raisedAt;
    std::optional<qint64> ackedAt;
    std::optional<qint64> clearedAt;   // nullopt: still active
    bool chattering = false;
};

qint64 insertAlert(Database &db, const FixtureAlert &a)
{
    SqlStatement s(db.handle(),
                   "INSERT INTO alerts(site, asset, alert_id, title, priority, raised_ts, raised_at, last_event_at, "
                   "cleared_at, active, acknowledged, acked_at, acked_by, chattering) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?6, ?7, ?8, ?9, ?10, 'op', ?11)");
    s.bind(1, a.site);
    s.bind(2, a.asset);
    s.bind(3, a.id);
    s.bind(4, a.title);
    s.bind(5, a.priority);
    s.bind(6, a.raisedAt);
    s.bind(7, a.clearedAt);
    s.bind(8, !a.clearedAt.has_value());
    s.bind(9, a.ackedAt.has_value());
    s.bind(10, a.ackedAt);
    s.bind(11, a.chattering);
    if (!s.exec())
        return 0;
    return db.queryInt("SELECT last_insert_rowid()").value_or(0);
}

bool insertSession(Database &db, qint64 from, qint64 to)
{
    SqlStatement s(db.handle(), "INSERT INTO console_sessions(started_at, ended_at) VALUES (?1, ?2)");
    s.bind(1, from);
    s.bind(2, to);
    return s.exec();
}

// n low alerts of their own (site "C"), one every `step` from `from`.
bool insertAlerts(Database &db, qint64 from, int n, qint64 step = kMin)
{
    for (int i = 0; i < n; ++i) {
        const qint64 t = from + i * step;
        if (insertAlert(db, {"C", "A", QStringLiteral("c%1-%2").arg(t).arg(i), "Coverage", 0, t, t + kMin,
                             t + 2 * kMin}) <= 0)
            return false;
    }
    return true;
}

bool insertAction(Database &db, qint64 row, const char *event, const char *console, qint64 ts, int minutes)
{
    SqlStatement s(db.handle(), "INSERT INTO actions(alert_row, event, by_user, console, ts, received_at, "
                                "shelve_minutes) VALUES (?1, ?2, 'op', ?3, ?4, ?4, ?5)");
    s.bind(1, row);
    s.bind(2, QString::fromLatin1(event));
    s.bind(3, QString::fromLatin1(console));
    s.bind(4, ts);
    s.bind(5, minutes);
    return s.exec();
}

// Another console's action: claimed at `ts`, received here at `receivedAt` (the time that counts).
bool insertRemoteAction(Database &db, qint64 row, const char *event, qint64 ts, qint64 receivedAt, int minutes)
{
    SqlStatement s(db.handle(), "INSERT INTO actions(alert_row, event, by_user, console, ts, received_at, "
                                "shelve_minutes, local) VALUES (?1, ?2, 'x', 'ws-x', ?3, ?4, ?5, 0)");
    s.bind(1, row);
    s.bind(2, QString::fromLatin1(event));
    s.bind(3, ts);
    s.bind(4, receivedAt);
    s.bind(5, minutes);
    return s.exec();
}

} // namespace

class TestAlarmHealthReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rates();
    void priorityMix_data();
    void priorityMix();
    void mostFrequent();
    void standing();
    void chattering();
    void shelved();
    void floodThreshold_data();
    void floodThreshold();
    void coverage_data();
    void coverage();
    void coverageOfAStoreWithoutTheTable();
    void priorityMixVerdict_data();
    void priorityMixVerdict();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::optional<AlarmHealthReport> m_report;
};

void TestAlarmHealthReport::initTestCase()
{
    qputenv("TZ", "UTC");
    tzset();
    QVERIFY(m_dir.isValid());
    m_db = Database::open(m_dir.filePath(QStringLiteral("store.db")), nullptr);
    QVERIFY(m_db);
    auto add = [this](const FixtureAlert &a) {
        const qint64 row = insertAlert(*m_db, a);
        if (row <= 0)
            qFatal("insert failed");
        return row;
    };
    for (int i = 0; i < 12; ++i) {
        const qint64 t = T0 + kHour + i * 30 * 1000;
        add({"S1", "P1", QStringLiteral("v%1").arg(i), "Vibration high", 0, t, t + kMin, t + 2 * kMin, i < 3});
    }
    for (int i = 0; i < 9; ++i) {
        const qint64 t = T0 + 3 * kHour + i * kMin;
        add({"S1", "P2", QStringLiteral("t%1").arg(i), "Temperature high", 1, t, t + kMin, t + 2 * kMin});
    }
    for (int i = 0; i < 10; ++i) {
        const qint64 t = T0 + kDay + 5 * kHour + i * kMin;
        add({"S2", "P3", QStringLiteral("p%1").arg(i), "Pressure low", 0, t, t + kMin, t + 2 * kMin});
    }
    const qint64 st1 = add({"S2", "P4", "st1", "Leak", 3, T0 - 2 * kDay, std::nullopt, std::nullopt});
    const qint64 st2 = add({"S2", "P4", "st2", "Leak2", 2, T0 + 2 * kHour, T0 + kDay + 20 * kHour, std::nullopt});
    add({"S1", "P5", "st3", "Noise", 2, T0 + 4 * kHour, T0 + 2 * kDay + kHour, T0 + 5 * kHour, true});
    const qint64 y4 = add({"S1", "P5", "y4", "Noise", 2, T0 + kDay + 2 * kHour, std::nullopt, std::nullopt});
    add({"S1", "P6", "n5", "Old", 0, T0 - 3 * kDay, T0 - 3 * kDay + kHour, T0 + kDay});
    add({"S1", "P6", "st6", "Old2", 0, T0 - 3 * kDay, T0 - 3 * kDay + kHour, T0 + 2 * kDay + kHour});
    QVERIFY(insertAction(*m_db, st2, "shelve", "c1", T0 + 3 * kHour, 60));
    QVERIFY(insertAction(*m_db, st2, "shelve", "c2", T0 + kDay + kHour, 120));
    QVERIFY(insertAction(*m_db, y4, "shelve", "c1", T0 + kDay + 3 * kHour, 30));
    QVERIFY(insertAction(*m_db, st1, "shelve", "c1", T0 - kHour, 480));
    QVERIFY(insertAction(*m_db, st2, "ack", "c1", T0 + kDay + 20 * kHour, 0));
    // Remote shelves count by when they were received: a claim inside the period received before it
    // does not count; one claiming 1970 received inside it does.
    QVERIFY(insertRemoteAction(*m_db, y4, "shelve", T0 + 2 * kHour, T0 - 2 * kHour, 400));
    QVERIFY(insertRemoteAction(*m_db, y4, "shelve", 1000, T0 + 5 * kHour, 15));
    QVERIFY(insertSession(*m_db, T0 - 5 * kDay, T0 + 4 * kDay));
    QString error;
    m_report = buildAlarmHealthReport(*m_db, ReportPeriod{T0, T0 + 2 * kDay}, T0 + 10 * kDay, &error);
    QVERIFY2(m_report, qPrintable(error));
}

void TestAlarmHealthReport::rates()
{
    QCOMPARE(m_report->alerts, 34);
    QCOMPARE(m_report->perDay, 17.0);
    QVERIFY(qAbs(m_report->perTenMinutes - 34.0 / 288.0) < 1e-12);
    QCOMPARE(m_report->intervals, 288);
    QCOMPARE(m_report->floodIntervals, 2);
    QCOMPARE(m_report->floodShare(), 2.0 / 288.0);
    QCOMPARE(m_report->peakPerTenMinutes, 12);
    QCOMPARE(m_report->coverage.collectedMs, 2 * kDay);
    QCOMPARE(m_report->coverage.elapsedMs, 2 * kDay);
    QCOMPARE(m_report->coverage.basis, CollectionCoverage::Basis::Sessions);
}

void TestAlarmHealthReport::priorityMix_data()
{
    QTest::addColumn<int>("priority");
    QTest::addColumn<int>("count");
    QTest::newRow("low") << 0 << 22;
    QTest::newRow("medium") << 1 << 9;
    QTest::newRow("high") << 2 << 3;
    QTest::newRow("critical: St1 is before the period") << 3 << 0;
}

void TestAlarmHealthReport::priorityMix()
{
    QFETCH(int, priority);
    QFETCH(int, count);
    QCOMPARE(m_report->priorityCounts[size_t(priority)], count);
    QCOMPARE(m_report->share(priority), count / 34.0);
}

void TestAlarmHealthReport::mostFrequent()
{
    const auto &top = m_report->mostFrequent;
    QCOMPARE(top.size(), size_t(5));
    const QStringList expected = {"S1/P1/Vibration high/12", "S2/P3/Pressure low/10", "S1/P2/Temperature high/9",
                                  "S1/P5/Noise/2", "S2/P4/Leak2/1"};
    for (size_t i = 0; i < top.size(); ++i)
        QCOMPARE(QStringLiteral("%1/%2/%3/%4").arg(top[i].site, top[i].asset, top[i].title).arg(top[i].count),
                 expected[qsizetype(i)]);
}

void TestAlarmHealthReport::standing()
{
    QCOMPARE(m_report->standingCount, 4);
    const auto &s = m_report->standing;
    QCOMPARE(s.size(), size_t(4));
    // Oldest first: St6 and N5 share T0 - 3 d (N5 is not standing), then St1, St2, St3.
    QCOMPARE(s[0].alertId, QStringLiteral("st6"));
    QVERIFY(s[0].acknowledged && s[0].active);
    QCOMPARE(s[1].alertId, QStringLiteral("st1"));
    QVERIFY(!s[1].acknowledged && s[1].active);
    QCOMPARE(s[2].alertId, QStringLiteral("st2"));
    QVERIFY(s[2].acknowledged && s[2].active);
    QCOMPARE(s[3].alertId, QStringLiteral("st3"));
    QVERIFY(!s[3].acknowledged && !s[3].active);
    QCOMPARE(s[3].priority, 2);
    QCOMPARE(s[3].raisedAt, T0 + 4 * kHour);
}

void TestAlarmHealthReport::chattering()
{
    QCOMPARE(m_report->chatteringCount, 4);
    QCOMPARE(m_report->chattering.size(), size_t(2));
    QCOMPARE(m_report->chattering[0].title, QStringLiteral("Vibration high"));
    QCOMPARE(m_report->chattering[0].count, 3);
    QCOMPARE(m_report->chattering[1].title, QStringLiteral("Noise"));
    QCOMPARE(m_report->chattering[1].count, 1);
}

void TestAlarmHealthReport::shelved()
{
    QCOMPARE(m_report->shelveActions, 4);
    QCOMPARE(m_report->shelvedMinutes, qint64(225));
    QCOMPARE(m_report->shelved.size(), size_t(2));
    const ShelvedAlert &leak = m_report->shelved[0];
    QCOMPARE(leak.title, QStringLiteral("Leak2"));
    QCOMPARE(leak.shelves, 2);
    QCOMPARE(leak.minutes, qint64(180));
    QCOMPARE(leak.longestMinutes, 120);
    const ShelvedAlert &noise = m_report->shelved[1];
    QCOMPARE(noise.title, QStringLiteral("Noise"));
    QCOMPARE(noise.shelves, 2);
    QCOMPARE(noise.minutes, qint64(45));
}

void TestAlarmHealthReport::floodThreshold_data()
{
    // Periods that cut the two bursts differently.
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<int>("alerts");
    QTest::addColumn<int>("intervals");
    QTest::addColumn<int>("floods");
    QTest::newRow("first day: bursts, St2, St3") << T0 << T0 + kDay << 23 << 144 << 1;
    // From 01:05: the 12-burst is cut: 01:05-01:15 holds i = 10, 11 (01:05, 01:05:30): 2; no flood.
    QTest::newRow("cut through the 12-burst") << T0 + kHour + 5 * kMin << T0 + 2 * kHour << 2 << 6 << 0;
    // A 15-minute period: two intervals, the second 5 minutes long.
    // Most of the history: read by a table scan instead of alerts_report; St1, N5, St6 count too.
    QTest::newRow("whole history (table scan)") << T0 - 4 * kDay << T0 + 3 * kDay << 37 << 1008 << 2;
    QTest::newRow("partial last interval") << T0 + 55 * kMin << T0 + 70 * kMin << 12 << 2 << 1;
}

void TestAlarmHealthReport::floodThreshold()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    const auto r = buildAlarmHealthReport(*m_db, ReportPeriod{from, to}, T0 + 10 * kDay);
    QVERIFY(r);
    QTEST(r->alerts, "alerts");
    QTEST(r->intervals, "intervals");
    QTEST(r->floodIntervals, "floods");
}

// One day, D = T0 + 10 d, on a store of its own: the rates divide by the time collected of the time
// passed. Alerts: 60 low ones a minute apart from D + 01:00 (so 01:00-02:00 is a flood of 6 intervals
// with 10 each), and `late` more from D + 08:00, 3 minutes apart (no flood).
void TestAlarmHealthReport::coverage_data()
{
    QTest::addColumn<qint64>("now");
    QTest::addColumn<QList<qint64>>("sessions");   // start, end pairs, from D
    QTest::addColumn<int>("late");
    QTest::addColumn<qint64>("collected");
    QTest::addColumn<int>("intervals");
    QTest::addColumn<CollectionCoverage::Basis>("basis");
    QTest::newRow("whole day collected, report the day after")
        << 2 * kDay << QList<qint64>{-kHour, kDay + kHour} << 0 << kDay << 144 << CollectionCoverage::Basis::Sessions;
    // 09:49: 58 whole intervals and the one running (09:40-09:50) have passed; the rest has not.
    QTest::newRow("day report at 09:49")
        << 9 * kHour + 49 * kMin << QList<qint64>{-kHour, 9 * kHour + 49 * kMin} << 9 << 9 * kHour + 49 * kMin << 59
        << CollectionCoverage::Basis::Sessions;
    // Not running 03:00-08:00 (30 intervals without collecting, none with alerts) and after 20:00.
    QTest::newRow("off 03:00-08:00 and from 20:00")
        << 2 * kDay << QList<qint64>{0, 3 * kHour, 8 * kHour, 20 * kHour} << 30 << 15 * kHour << 90
        << CollectionCoverage::Basis::Sessions;
    // No console_sessions row at all (a store made before version 4): first to last alert, 01:00 to
    // 10:00 (the end of the interval of the last of 40 late alerts, 09:57).
    QTest::newRow("no record: span of the alerts")
        << 2 * kDay << QList<qint64>{} << 40 << 9 * kHour << 54 << CollectionCoverage::Basis::AlertSpan;
}

void TestAlarmHealthReport::coverage()
{
    QFETCH(qint64, now);
    QFETCH(QList<qint64>, sessions);
    QFETCH(int, late);
    QFETCH(qint64, collected);
    QFETCH(int, intervals);
    QFETCH(CollectionCoverage::Basis, basis);
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("coverage.db")), nullptr);
    QVERIFY(db);
    const qint64 d = T0 + 10 * kDay;
    QVERIFY(insertAlerts(*db, d + kHour, 60));
    QVERIFY(insertAlerts(*db, d + 8 * kHour, late, 3 * kMin));
    for (qsizetype i = 0; i + 1 < sessions.size(); i += 2)
        QVERIFY(insertSession(*db, d + sessions[i], d + sessions[i + 1]));
    QString error;
    const auto r = buildAlarmHealthReport(*db, ReportPeriod{d, d + kDay}, d + now, &error);
    QVERIFY2(r, qPrintable(error));
    const int alerts = 60 + late;
    QCOMPARE(r->alerts, alerts);
    QCOMPARE(r->coverage.basis, basis);
    QCOMPARE(r->coverage.collectedMs, collected);
    QCOMPARE(r->coverage.elapsedMs, std::min(now, kDay));
    QCOMPARE(r->intervals, intervals);
    QCOMPARE(r->floodIntervals, 6);
    QCOMPARE(r->floodShare(), 6.0 / intervals);
    QCOMPARE(r->peakPerTenMinutes, 10);
    QVERIFY(qAbs(r->perDay - alerts * double(kDay) / double(collected)) < 1e-9);
    QVERIFY(qAbs(r->perTenMinutes - alerts * 10.0 * double(kMin) / double(collected)) < 1e-9);
}

// A store of schema version 3, read as it is (a report never migrates): no record, the alerts' span.
void TestAlarmHealthReport::coverageOfAStoreWithoutTheTable()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.db"));
    const qint64 d = T0 + 20 * kDay;
    {
        auto db = Database::open(path, nullptr);
        QVERIFY(db);
        QVERIFY(insertAlerts(*db, d + 2 * kHour, 30));
        QVERIFY(db->exec("DROP TABLE console_sessions; PRAGMA user_version=3"));
    }
    auto db = Database::openReadOnly(path, nullptr);
    QVERIFY(db);
    const auto r = buildAlarmHealthReport(*db, ReportPeriod{d, d + kDay}, d + 2 * kDay);
    QVERIFY(r);
    QCOMPARE(r->coverage.basis, CollectionCoverage::Basis::AlertSpan);
    QCOMPARE(r->coverage.recordedSince, std::optional<qint64>());
    QCOMPARE(r->coverage.collectedMs, 30 * kMin);   // 02:00 to the end of 02:20-02:30
    QCOMPARE(r->intervals, 3);
    QCOMPARE(r->perDay, 30.0 * 48);
}

void TestAlarmHealthReport::priorityMixVerdict_data()
{
    QTest::addColumn<QList<int>>("counts");     // low, medium, high, critical
    QTest::addColumn<QStringList>("verdicts");  // low+medium, high, critical: within, above, below, none
    QTest::newRow("the guide") << QList<int>{70, 10, 15, 5} << QStringList{"within", "within", "within"};
    QTest::newRow("critical 10 %: within the tolerance") << QList<int>{60, 5, 25, 10}
                                                         << QStringList{"within", "within", "within"};
    QTest::newRow("critical 11 %") << QList<int>{64, 5, 20, 11} << QStringList{"within", "within", "above"};
    QTest::newRow("high 26 %, low 64 %") << QList<int>{60, 4, 26, 10} << QStringList{"below", "above", "within"};
    QTest::newRow("all critical") << QList<int>{0, 0, 0, 3} << QStringList{"below", "within", "above"};
    QTest::newRow("no alerts: no verdict") << QList<int>{0, 0, 0, 0} << QStringList{"none", "none", "none"};
}

void TestAlarmHealthReport::priorityMixVerdict()
{
    QFETCH(QList<int>, counts);
    QFETCH(QStringList, verdicts);
    AlarmHealthReport h;
    for (int p = 0; p < 4; ++p) {
        h.priorityCounts[size_t(p)] = counts[p];
        h.alerts += counts[p];
    }
    const auto mix = h.priorityMix();
    QCOMPARE(QString::fromLatin1(mix[0].name), QStringLiteral("low+medium"));
    QCOMPARE(mix[0].count, counts[0] + counts[1]);
    QCOMPARE(mix[2].guide, 0.05);
    QCOMPARE(mix[2].limit, 0.10);
    for (size_t i = 0; i < mix.size(); ++i) {
        const PriorityMixGroup &g = mix[i];
        const QString verdict = !g.within ? QStringLiteral("none")
                                          : (*g.within ? QStringLiteral("within")
                                                       : (g.atLeast ? QStringLiteral("below") : QStringLiteral("above")));
        QCOMPARE(verdict, verdicts[qsizetype(i)]);
    }
}

QTEST_GUILESS_MAIN(TestAlarmHealthReport)
#include "tst_alarmhealthreport.moc"

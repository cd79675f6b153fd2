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

#include "core/reports/alarmhealthreport.h"
#include "core/store/database.h"
#include "core/store/sqlstatement.h"

#include <QTemporaryDir>
#include <QTest>

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
    QString error;
    m_report = buildAlarmHealthReport(*m_db, ReportPeriod{T0, T0 + 2 * kDay}, &error);
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
    QCOMPARE(m_report->shelveActions, 3);
    QCOMPARE(m_report->shelvedMinutes, qint64(210));
    QCOMPARE(m_report->shelved.size(), size_t(2));
    const ShelvedAlert &leak = m_report->shelved[0];
    QCOMPARE(leak.title, QStringLiteral("Leak2"));
    QCOMPARE(leak.shelves, 2);
    QCOMPARE(leak.minutes, qint64(180));
    QCOMPARE(leak.longestMinutes, 120);
    const ShelvedAlert &noise = m_report->shelved[1];
    QCOMPARE(noise.title, QStringLiteral("Noise"));
    QCOMPARE(noise.shelves, 1);
    QCOMPARE(noise.minutes, qint64(30));
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
    const auto r = buildAlarmHealthReport(*m_db, ReportPeriod{from, to});
    QVERIFY(r);
    QTEST(r->alerts, "alerts");
    QTEST(r->intervals, "intervals");
    QTEST(r->floodIntervals, "floods");
}

QTEST_GUILESS_MAIN(TestAlarmHealthReport)
#include "tst_alarmhealthreport.moc"

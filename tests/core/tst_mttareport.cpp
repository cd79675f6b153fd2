// Time to acknowledge over a period, and shifts: figures worked out by hand from a small store.
// Times are in UTC (TZ is set to UTC before anything reads the time zone), so local time = UTC.
//
// Period [T0, T0 + 2 d), T0 = 2026-03-02 00:00; shifts 06:00, 14:00, 22:00.
//   A1 S1/P1 line L1 low      06:30         acked +120 s by ann            shift 06-14, day 1
//   A2 S1/P1 line L1 high     23:00         acked +600 s by bob (console c1); cy on c2 at +900 s
//                                           is in actions only (the store keeps the first)  22-06, day 1
//   A3 S1/P2 line L2 medium   d2 02:00      acked +240 s by ann            22-06 (crossed midnight)
//   A4 S2/P9 line L1 critical d2 10:00      never acked                    06-14
//   A5 S2/P9 line L1 low      d2 23:50      acked at T0 + 2 d + 20 min by bob: after `to`, so
//                                           unacknowledged at the end of the period   22-06
//   A6 S1/P1 low              T0 - 1 h      before the period: not counted
//   A7 S1/P1 low              T0 + 2 d      at `to`: not counted
//   A8 S1/P1 line L1 low      13:59         acked +60 s by cy, chattering  06-14, day 1
// Acknowledged: 60, 120, 240, 600 s; unacknowledged: A4, A5.
// median of 60,120,240,600 = 120 + 0.5 * 120 = 180; p90 = 240 + 0.7 * 360 = 492.

#include "core/store/database.h"
#include "core/reports/mttareport.h"
#include "core/store/sqlstatement.h"

#include <QTemporaryDir>
#include <QTest>

#include <climits>
#include <ctime>

using namespace fw;

namespace {

constexpr qint64 kMin = 60 * 1000;
constexpr qint64 kHour = 60 * kMin;
constexpr qint64 kDay = 24 * kHour;
const qint64 T0 = QDateTime(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();

struct FixtureAlert
{
    const char *site, *asset, *id, *line;
    int priority;
    qint64 raisedAt;
    std::optional<qint64> ackedAt;
    const char *ackedBy;
    bool chattering;
};

qint64 insertAlert(Database &db, const FixtureAlert &a)
{
    SqlStatement s(db.handle(),
                   "INSERT INTO alerts(site, asset, alert_id, line, priority, title, raised_ts, raised_at, "
                   "last_event_at, acknowledged, acked_at, acked_by, acked_console, chattering) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, 'title', ?6, ?6, ?6, ?7, ?8, ?9, 'c1', ?10)");
    s.bind(1, QString::fromLatin1(a.site));
    s.bind(2, QString::fromLatin1(a.asset));
    s.bind(3, QString::fromLatin1(a.id));
    s.bind(4, QString::fromLatin1(a.line));
    s.bind(5, a.priority);
    s.bind(6, a.raisedAt);
    s.bind(7, a.ackedAt.has_value());
    s.bind(8, a.ackedAt);
    s.bind(9, QString::fromLatin1(a.ackedBy));
    s.bind(10, a.chattering);
    if (!s.exec())
        return 0;
    return db.queryInt("SELECT last_insert_rowid()").value_or(0);
}

bool insertAck(Database &db, qint64 row, const char *user, const char *console, qint64 ts)
{
    SqlStatement s(db.handle(), "INSERT INTO actions(alert_row, event, by_user, console, ts, received_at, local) "
                                "VALUES (?1, 'ack', ?2, ?3, ?4, ?4, 0)");
    s.bind(1, row);
    s.bind(2, QString::fromLatin1(user));
    s.bind(3, QString::fromLatin1(console));
    s.bind(4, ts);
    return s.exec();
}

} // namespace

class TestMttaReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void groups_data();
    void groups();
    void overallAndBoundaries();
    void trendAndHistogram();
    void weekTrend();
    void percentile_data();
    void percentile();
    void shiftOf_data();
    void shiftOf();
    void badShifts_data();
    void badShifts();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::optional<MttaReport> m_report;
};

void TestMttaReport::initTestCase()
{
    qputenv("TZ", "UTC");
    tzset();
    QVERIFY(m_dir.isValid());
    m_db = Database::open(m_dir.filePath(QStringLiteral("store.db")), nullptr);
    QVERIFY(m_db);
    const std::vector<FixtureAlert> alerts = {
        {"S1", "P1", "a1", "L1", 0, T0 + 6 * kHour + 30 * kMin, T0 + 6 * kHour + 32 * kMin, "ann", false},
        {"S1", "P1", "a2", "L1", 2, T0 + 23 * kHour, T0 + 23 * kHour + 10 * kMin, "bob", false},
        {"S1", "P2", "a3", "L2", 1, T0 + kDay + 2 * kHour, T0 + kDay + 2 * kHour + 4 * kMin, "ann", false},
        {"S2", "P9", "a4", "L1", 3, T0 + kDay + 10 * kHour, std::nullopt, "", false},
        {"S2", "P9", "a5", "L1", 0, T0 + kDay + 23 * kHour + 50 * kMin, T0 + 2 * kDay + 20 * kMin, "bob", false},
        {"S1", "P1", "a6", "L1", 0, T0 - kHour, T0 - kHour + kMin, "ann", false},
        {"S1", "P1", "a7", "L1", 0, T0 + 2 * kDay, std::nullopt, "", false},
        {"S1", "P1", "a8", "L1", 0, T0 + 13 * kHour + 59 * kMin, T0 + 14 * kHour, "cy", true},
    };
    std::vector<qint64> rows;
    for (const FixtureAlert &a : alerts) {
        rows.push_back(insertAlert(*m_db, a));
        QVERIFY(rows.back() > 0);
    }
    QVERIFY(insertAck(*m_db, rows[1], "bob", "c1", T0 + 23 * kHour + 10 * kMin));
    QVERIFY(insertAck(*m_db, rows[1], "cy", "c2", T0 + 23 * kHour + 15 * kMin));
    QString error;
    m_report = buildMttaReport(*m_db, ReportPeriod{T0, T0 + 2 * kDay}, ShiftDefinition(), TrendBucket::Day, &error);
    QVERIFY2(m_report, qPrintable(error));
}

void TestMttaReport::groups_data()
{
    QTest::addColumn<int>("dimension");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("acked");
    QTest::addColumn<int>("unacked");
    QTest::addColumn<double>("meanS");
    QTest::addColumn<double>("medianS");
    QTest::addColumn<double>("p90S");
    const int site = int(MttaDimension::Site), line = int(MttaDimension::Line), asset = int(MttaDimension::Asset);
    const int prio = int(MttaDimension::Priority), shift = int(MttaDimension::Shift), op = int(MttaDimension::Operator);
    QTest::newRow("site S1") << site << "S1" << 4 << 0 << 255.0 << 180.0 << 492.0;
    QTest::newRow("site S2") << site << "S2" << 0 << 2 << 0.0 << 0.0 << 0.0;
    QTest::newRow("line S1/L1") << line << "S1/L1" << 3 << 0 << 260.0 << 120.0 << 504.0;
    QTest::newRow("line S1/L2") << line << "S1/L2" << 1 << 0 << 240.0 << 240.0 << 240.0;
    QTest::newRow("line S2/L1") << line << "S2/L1" << 0 << 2 << 0.0 << 0.0 << 0.0;
    QTest::newRow("asset S1/P1") << asset << "S1/P1" << 3 << 0 << 260.0 << 120.0 << 504.0;
    QTest::newRow("asset S2/P9") << asset << "S2/P9" << 0 << 2 << 0.0 << 0.0 << 0.0;
    QTest::newRow("low") << prio << "low" << 2 << 1 << 90.0 << 90.0 << 114.0;
    QTest::newRow("medium") << prio << "medium" << 1 << 0 << 240.0 << 240.0 << 240.0;
    QTest::newRow("high") << prio << "high" << 1 << 0 << 600.0 << 600.0 << 600.0;
    QTest::newRow("critical") << prio << "critical" << 0 << 1 << 0.0 << 0.0 << 0.0;
    QTest::newRow("day shift") << shift << "06:00-14:00" << 2 << 1 << 90.0 << 90.0 << 114.0;
    QTest::newRow("night shift crosses midnight") << shift << "22:00-06:00" << 2 << 1 << 420.0 << 420.0 << 564.0;
    QTest::newRow("ann") << op << "ann" << 2 << 0 << 180.0 << 180.0 << 228.0;
    QTest::newRow("bob: first ack only, A5 after to") << op << "bob" << 1 << 0 << 600.0 << 600.0 << 600.0;
    QTest::newRow("cy: later ack on A2 not counted") << op << "cy" << 1 << 0 << 60.0 << 60.0 << 60.0;
    QTest::newRow("unacknowledged: no operator") << op << "" << 0 << 2 << 0.0 << 0.0 << 0.0;
}

void TestMttaReport::groups()
{
    QFETCH(int, dimension);
    QFETCH(QString, key);
    QVERIFY(m_report);
    const MttaGroup &group = m_report->groups.at(size_t(dimension));
    QCOMPARE(int(group.dimension), dimension);
    const auto it = std::find_if(group.rows.cbegin(), group.rows.cend(), [&](const AckStats &s) { return s.key == key; });
    QVERIFY2(it != group.rows.cend(), qPrintable(key));
    QTEST(it->acknowledged, "acked");
    QTEST(it->unacknowledged, "unacked");
    QTEST(it->meanMs / 1000.0, "meanS");
    QTEST(it->medianMs / 1000.0, "medianS");
    QTEST(it->p90Ms / 1000.0, "p90S");
}

void TestMttaReport::overallAndBoundaries()
{
    QVERIFY(m_report);
    QCOMPARE(m_report->overall.acknowledged, 4);
    QCOMPARE(m_report->overall.unacknowledged, 2);
    QCOMPARE(m_report->overall.meanMs, 255000.0);
    QCOMPARE(m_report->overall.medianMs, 180000.0);
    QCOMPARE(m_report->overall.p90Ms, 492000.0);
    // No shift 14:00-22:00 row: nothing was raised then. Every dimension accounts for all 6 alerts.
    for (const MttaGroup &g : m_report->groups) {
        int total = 0;
        for (const AckStats &s : g.rows) {
            QVERIFY(s.key != QLatin1String("14:00-22:00"));
            total += s.total();
        }
        QCOMPARE(total, 6);
    }
}

void TestMttaReport::trendAndHistogram()
{
    QVERIFY(m_report);
    QCOMPARE(m_report->trend.size(), size_t(2));
    QCOMPARE(m_report->trend[0].stats.key, QStringLiteral("2026-03-02"));
    QCOMPARE(m_report->trend[0].startMs, T0);
    QCOMPARE(m_report->trend[0].stats.acknowledged, 3);
    QCOMPARE(m_report->trend[0].stats.unacknowledged, 0);
    QCOMPARE(m_report->trend[0].stats.meanMs, 260000.0);
    QCOMPARE(m_report->trend[1].stats.key, QStringLiteral("2026-03-03"));
    QCOMPARE(m_report->trend[1].stats.acknowledged, 1);
    QCOMPARE(m_report->trend[1].stats.unacknowledged, 2);
    QCOMPARE(m_report->trend[1].stats.meanMs, 240000.0);
    const std::vector<int> expected = {0, 3, 1, 0, 0, 0, 0, 0};   // <1m, 1-5m, 5-15m, ...
    QCOMPARE(m_report->histogram.size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i)
        QCOMPARE(m_report->histogram[i].count, expected[i]);
    QCOMPARE(m_report->histogram[1].fromMs, kMin);
    QVERIFY(!m_report->histogram.back().toMs);
}

void TestMttaReport::weekTrend()
{
    // 2026-03-02 is a Monday: one week bucket holds everything.
    const auto report = buildMttaReport(*m_db, ReportPeriod{T0, T0 + 2 * kDay}, ShiftDefinition(), TrendBucket::Week);
    QVERIFY(report);
    QCOMPARE(report->trend.size(), size_t(1));
    QCOMPARE(report->trend[0].stats.total(), 6);
}

void TestMttaReport::percentile_data()
{
    QTest::addColumn<QList<qint64>>("values");
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("expected");
    QTest::newRow("none") << QList<qint64>{} << 0.5 << 0.0;
    QTest::newRow("one") << QList<qint64>{7} << 0.9 << 7.0;
    QTest::newRow("median even") << QList<qint64>{1, 3} << 0.5 << 2.0;
    QTest::newRow("median odd") << QList<qint64>{1, 3, 10} << 0.5 << 3.0;
    QTest::newRow("p90 of 1..10") << QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10} << 0.9 << 9.1;
    QTest::newRow("p100") << QList<qint64>{1, 2, 3} << 1.0 << 3.0;
}

void TestMttaReport::percentile()
{
    QFETCH(QList<qint64>, values);
    QFETCH(double, p);
    QFETCH(double, expected);
    const std::vector<qint64> sorted(values.cbegin(), values.cend());
    QVERIFY(qAbs(percentileOfSorted(sorted, p) - expected) < 1e-9);
}

void TestMttaReport::shiftOf_data()
{
    QTest::addColumn<QString>("shifts");
    QTest::addColumn<QTime>("time");
    QTest::addColumn<QString>("expected");
    const QString three = QStringLiteral("22:00,06:00,14:00");   // any order
    QTest::newRow("05:59 belongs to last night's shift") << three << QTime(5, 59) << "22:00-06:00";
    QTest::newRow("06:00") << three << QTime(6, 0) << "06:00-14:00";
    QTest::newRow("13:59") << three << QTime(13, 59) << "06:00-14:00";
    QTest::newRow("14:00") << three << QTime(14, 0) << "14:00-22:00";
    QTest::newRow("23:30") << three << QTime(23, 30) << "22:00-06:00";
    QTest::newRow("00:00") << three << QTime(0, 0) << "22:00-06:00";
    QTest::newRow("one 24 h shift") << QStringLiteral("07:00") << QTime(3, 0) << "07:00-07:00";
    QTest::newRow("two shifts") << QStringLiteral("7:30,19:30") << QTime(19, 29) << "07:30-19:30";
}

void TestMttaReport::shiftOf()
{
    QFETCH(QString, shifts);
    QFETCH(QTime, time);
    QFETCH(QString, expected);
    const auto def = ShiftDefinition::parse(shifts);
    QVERIFY(def);
    const qint64 ms = QDateTime(QDate(2026, 3, 2), time).toMSecsSinceEpoch();
    QCOMPARE(def->name(def->shiftOf(ms)), expected);
    // changes() agrees with shiftOf().
    const auto changes = def->changes(ms, ms + kHour);
    const auto it = std::upper_bound(changes.cbegin(), changes.cend(), std::make_pair(ms, INT_MAX));
    QVERIFY(it != changes.cbegin());
    QCOMPARE(def->name(std::prev(it)->second), expected);
}

void TestMttaReport::badShifts_data()
{
    QTest::addColumn<QString>("shifts");
    QTest::newRow("empty") << QString();
    QTest::newRow("hour 24") << QStringLiteral("24:00");
    QTest::newRow("words") << QStringLiteral("morning");
    QTest::newRow("twice") << QStringLiteral("06:00,6:00");
    QTest::newRow("trailing comma") << QStringLiteral("06:00,");
}

void TestMttaReport::badShifts()
{
    QFETCH(QString, shifts);
    QString error;
    QVERIFY(!ShiftDefinition::parse(shifts, &error));
    QVERIFY(error.startsWith(QLatin1String("Shifts:")));
}

QTEST_GUILESS_MAIN(TestMttaReport)
#include "tst_mttareport.moc"

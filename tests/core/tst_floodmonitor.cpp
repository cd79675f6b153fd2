// FloodMonitor: 10 or more new alerts in the last 10 minutes is a flood; alerts slide out at exactly
// t + window; time in flood is exact however late the queries come; a clock stepping back is safe.

#include "core/alerts/floodmonitor.h"

#include <QList>
#include <QTest>

using namespace fw;

namespace {

constexpr qint64 kT = 1'800'000'000'000;
constexpr qint64 kW = FloodMonitor::kDefaultWindowMs;
constexpr qint64 kHour = 60 * 60 * 1000;

// n alerts, the first at `from`, then one every `step` ms.
QList<qint64> alerts(int n, qint64 from, qint64 step = 0)
{
    QList<qint64> times;
    for (int i = 0; i < n; ++i)
        times.append(from + i * step);
    return times;
}

} // namespace

class TestFloodMonitor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults()
    {
        FloodMonitor m;
        QCOMPARE(m.threshold(), 10);
        QCOMPARE(m.windowMs(), 10 * 60 * 1000);
        QVERIFY(!m.inFlood(kT));
        QCOMPARE(m.countInWindow(kT), 0);
        QCOMPARE(m.floodMillis(kT), 0);
        QCOMPARE(m.floodStart(kT), std::nullopt);
    }

    void scenario_data()
    {
        QTest::addColumn<QList<qint64>>("notes");    // times of new alerts, in order
        QTest::addColumn<qint64>("query");
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("flood");
        QTest::addColumn<qint64>("millis");          // time in flood up to the query
        QTest::addColumn<int>("floods");

        const QList<qint64> ten = alerts(10, kT, 1000);          // the 10th at kT + 9 s
        QTest::newRow("9 in window: no flood") << alerts(9, kT, 1000) << kT + 20'000 << 9 << false << qint64(0) << 0;
        QTest::newRow("10 in window: flood") << ten << kT + 20'000 << 10 << true << qint64(11'000) << 1;
        QTest::newRow("10th alert starts it") << ten << kT + 9000 << 10 << true << qint64(0) << 1;
        QTest::newRow("1 ms before the first slides out") << ten << kT + kW - 1 << 10 << true << kW - 1 - 9000 << 1;
        QTest::newRow("first slides out at t + window: ended") << ten << kT + kW << 9 << false << kW - 9000 << 1;
        QTest::newRow("queried long after: ended on time") << ten << kT + 5 * kHour << 0 << false << kW - 9000 << 1;
        QTest::newRow("more slide out") << ten << kT + kW + 5000 << 4 << false << kW - 9000 << 1;

        QList<qint64> boundaryOut = alerts(9, kT);
        boundaryOut.append(kT + kW);
        QTest::newRow("burst of 9, 10th exactly a window later") << boundaryOut << kT + kW << 1 << false << qint64(0) << 0;
        QList<qint64> boundaryIn = alerts(9, kT);
        boundaryIn.append(kT + kW - 1);
        QTest::newRow("burst of 9, 10th 1 ms inside the window") << boundaryIn << kT + kW - 1 << 10 << true << qint64(0) << 1;
        QTest::newRow("... and the burst slides out 1 ms later") << boundaryIn << kT + kW << 1 << false << qint64(1) << 1;

        QTest::newRow("10 at the same ms") << alerts(10, kT) << kT << 10 << true << qint64(0) << 1;
        QTest::newRow("20 at the same ms, window later") << alerts(20, kT) << kT + kW << 0 << false << kW << 1;
        QTest::newRow("15 in flood: one flood") << alerts(15, kT, 1000) << kT + 15'000 << 15 << true << qint64(6000) << 1;

        QList<qint64> two = alerts(10, kT);
        two.append(alerts(10, kT + 2 * kW));
        QTest::newRow("two floods add up") << two << kT + 4 * kW << 0 << false << 2 * kW << 2;

        // The clock steps back an hour after 5 alerts: the step counts as no time passing.
        QList<qint64> back = alerts(5, kT, 1000);                 // the 5th at kT + 4 s
        back.append(alerts(5, kT - kHour, 1000));                  // taken as kT + 4 s .. kT + 8 s
        QTest::newRow("clock back: alerts still count") << back << kT - kHour + 4000 << 10 << true << qint64(0) << 1;
        QTest::newRow("clock back: flood time in new clock") << back << kT - kHour + 5000 << 10 << true << qint64(1000) << 1;
        QTest::newRow("clock back: slides out in new clock") << back << kT - kHour + kW << 4 << false << kW - 8000 << 1;
        QTest::newRow("clock back: query further back") << back << qint64(0) << 10 << true << qint64(0) << 1;
        // Back to 0, further back, then forward to the old clock: that return is time passing.
        QTest::newRow("clock back, then forward again") << QList<qint64>{kT, 0, -5, kT} << kT << 1 << false << qint64(0) << 0;
        QTest::newRow("clock back, alerts kept") << QList<qint64>{kT, 0, -5} << qint64(-5) << 3 << false << qint64(0) << 0;
    }

    void scenario()
    {
        QFETCH(QList<qint64>, notes);
        QFETCH(qint64, query);
        QFETCH(int, count);
        QFETCH(bool, flood);
        QFETCH(qint64, millis);
        QFETCH(int, floods);

        FloodMonitor m;
        for (qint64 t : notes)
            m.noteNewAlert(t);
        QCOMPARE(m.countInWindow(query), count);
        QCOMPARE(m.inFlood(query), flood);
        QCOMPARE(m.floodMillis(query), millis);
        QCOMPARE(m.floodCount(), floods);
        QCOMPARE(m.floodStart(query).has_value(), flood);
    }

    // Answers do not depend on how often the monitor is asked.
    void lazyAndEagerQueriesAgree()
    {
        QList<qint64> times = alerts(12, kT, 7000);               // flood 1 ...
        times.append(alerts(30, kT + kW + 3333, 500));             // ... kept going by this burst
        times.append(alerts(10, kT + 3 * kW, 59'000));             // flood 2
        FloodMonitor eager;
        FloodMonitor lazy;
        qint64 previous = times.first();
        for (qint64 t : times) {
            for (qint64 q = previous; q < t; q += 250)
                QCOMPARE(eager.inFlood(q), eager.floodStart(q).has_value());
            eager.noteNewAlert(t);
            lazy.noteNewAlert(t);
            previous = t;
        }
        for (qint64 q = previous; q < previous + 2 * kW; q += 1000)
            eager.inFlood(q);
        const qint64 end = previous + 2 * kW;
        QCOMPARE(lazy.floodMillis(end), eager.floodMillis(end));
        QCOMPARE(lazy.floodCount(), eager.floodCount());
        QCOMPARE(lazy.floodCount(), 2);
        // Flood 1: from the 10th alert (kT + 63 s) until the burst's 10th-newest slides out.
        const qint64 flood1 = (kT + kW + 3333 + 20 * 500 + kW) - (kT + 63'000);
        const qint64 flood2 = (kT + 3 * kW + kW) - (kT + 3 * kW + 9 * 59'000);
        QCOMPARE(lazy.floodMillis(end), flood1 + flood2);
    }

    void floodStartIsTheAlertThatReachedTheThreshold()
    {
        FloodMonitor m;
        for (qint64 t : alerts(12, kT, 1000))
            m.noteNewAlert(t);
        QCOMPARE(m.floodStart(kT + 20'000), std::optional<qint64>(kT + 9000));
    }

    void configured_data()
    {
        QTest::addColumn<int>("threshold");
        QTest::addColumn<qint64>("window");
        QTest::addColumn<int>("effectiveThreshold");
        QTest::addColumn<qint64>("effectiveWindow");
        QTest::newRow("3 in 1 s") << 3 << qint64(1000) << 3 << qint64(1000);
        QTest::newRow("threshold 0 -> 1") << 0 << qint64(1000) << 1 << qint64(1000);
        QTest::newRow("negative window -> 1 ms") << 3 << qint64(-5) << 3 << qint64(1);
    }

    void configured()
    {
        QFETCH(int, threshold);
        QFETCH(qint64, window);
        QFETCH(int, effectiveThreshold);
        QFETCH(qint64, effectiveWindow);
        FloodMonitor m(threshold, window);
        QCOMPARE(m.threshold(), effectiveThreshold);
        QCOMPARE(m.windowMs(), effectiveWindow);
        for (int i = 0; i < effectiveThreshold - 1; ++i)
            m.noteNewAlert(kT);
        QVERIFY(!m.inFlood(kT));
        m.noteNewAlert(kT);
        QVERIFY(m.inFlood(kT));
        QVERIFY(m.inFlood(kT + effectiveWindow - 1));
        QVERIFY(!m.inFlood(kT + effectiveWindow));
        QCOMPARE(m.floodMillis(kT + 10 * effectiveWindow), effectiveWindow);
    }

    void memoryIsBounded()
    {
        FloodMonitor m;
        // Distinct times: the cap holds, the flood is still seen and ends when it should.
        const int n = FloodMonitor::kMaxEntries + 5000;
        for (int i = 0; i < n; ++i)
            m.noteNewAlert(kT + i);
        QCOMPARE(m.countInWindow(kT + n - 1), FloodMonitor::kMaxEntries);
        QVERIFY(m.inFlood(kT + n - 1));
        QVERIFY(m.inFlood(kT + n - 10 + kW - 1));
        QVERIFY(!m.inFlood(kT + n - 10 + kW));
        // The same millisecond: one entry, an exact count.
        m.reset();
        for (int i = 0; i < 1'000'000; ++i)
            m.noteNewAlert(kT);
        QCOMPARE(m.countInWindow(kT), 1'000'000);
        QCOMPARE(m.countInWindow(kT + kW), 0);
        QCOMPARE(m.floodCount(), 1);
    }

    void resetForgetsEverything()
    {
        FloodMonitor m;
        for (qint64 t : alerts(10, kT))
            m.noteNewAlert(t);
        QVERIFY(m.inFlood(kT));
        m.reset();
        QVERIFY(!m.inFlood(kT - kHour));     // no memory of the old clock either
        QCOMPARE(m.countInWindow(kT - kHour), 0);
        QCOMPARE(m.floodMillis(kT), 0);
        QCOMPARE(m.floodCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFloodMonitor)
#include "tst_floodmonitor.moc"

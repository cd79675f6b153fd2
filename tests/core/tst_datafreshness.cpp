// DataFreshness, the staleness rule, with explicit receive times (no clock, no GUI): the usual
// interval is learned from the gaps between samples (first gap, then smoothed by 1/8, an outage's gap
// clamped to 4 x usual); stale after max(3 x usual, 10 s) without data; every asset LAST KNOWN while
// the session is down; fresh again with the next sample; no data is not stale.

#include "core/fleet/datafreshness.h"

#include <QTest>

using namespace fw;
using Status = DataFreshness::Status;

namespace {

constexpr qint64 kT0 = 1'790'000'000'000;   // a receive time in 2026

// Samples every `interval` ms: `count` of them from kT0.
DataFreshness regular(qint64 interval, int count)
{
    DataFreshness f;
    for (int i = 0; i < count; ++i)
        f.sampleArrived(kT0 + i * interval);
    return f;
}

} // namespace

class TestDataFreshness : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noDataIsNotStale()
    {
        const DataFreshness f;
        QVERIFY(!f.hasData());
        QCOMPARE(f.status(kT0 + 3'600'000, true), Status::NoData);
        QVERIFY(!f.usualIntervalMs());
        QCOMPARE(f.staleAfterMs(), DataFreshness::kFloorMs);
    }

    void learnsTheUsualInterval_data()
    {
        QTest::addColumn<qint64>("interval");
        QTest::addColumn<int>("samples");
        QTest::newRow("4 Hz") << qint64(250) << 20;
        QTest::newRow("every 5 s") << qint64(5'000) << 20;
        QTest::newRow("every minute") << qint64(60'000) << 3;
        QTest::newRow("two samples") << qint64(7'000) << 2;
    }

    void learnsTheUsualInterval()
    {
        QFETCH(qint64, interval);
        QFETCH(int, samples);
        const DataFreshness f = regular(interval, samples);
        QCOMPARE(f.usualIntervalMs(), std::optional<qint64>(interval));
        QCOMPARE(f.lastArrivalMs(), kT0 + (samples - 1) * interval);
    }

    void oneSampleHasNoIntervalAndTheFloor()
    {
        DataFreshness f;
        f.sampleArrived(kT0);
        QVERIFY(f.hasData());
        QVERIFY(!f.usualIntervalMs());
        QCOMPARE(f.status(kT0 + 10'000, true), Status::Fresh);
        QCOMPARE(f.status(kT0 + 10'001, true), Status::Stale);
    }

    // stale after max(3 x usual, 10 s), measured from the last arrival
    void staleAfterThreeIntervalsOrTheFloor_data()
    {
        QTest::addColumn<qint64>("interval");
        QTest::addColumn<qint64>("staleAfter");
        QTest::newRow("fast: the floor") << qint64(250) << qint64(10'000);
        QTest::newRow("3 x 3 s is under the floor") << qint64(3'000) << qint64(10'000);
        QTest::newRow("3 x 5 s") << qint64(5'000) << qint64(15'000);
        QTest::newRow("3 x 1 min") << qint64(60'000) << qint64(180'000);
    }

    void staleAfterThreeIntervalsOrTheFloor()
    {
        QFETCH(qint64, interval);
        QFETCH(qint64, staleAfter);
        const DataFreshness f = regular(interval, 10);
        QCOMPARE(f.staleAfterMs(), staleAfter);
        const qint64 last = f.lastArrivalMs();
        QCOMPARE(f.status(last, true), Status::Fresh);
        QCOMPARE(f.status(last + staleAfter, true), Status::Fresh);
        QCOMPARE(f.status(last + staleAfter + 1, true), Status::Stale);
        QVERIFY(DataFreshness::isStale(f.status(last + 10 * staleAfter, true)));
    }

    void everythingIsLastKnownWhileDisconnected()
    {
        const DataFreshness fresh = regular(250, 10);
        QCOMPARE(fresh.status(fresh.lastArrivalMs(), true), Status::Fresh);
        // at once: the same moment, a disconnected session
        QCOMPARE(fresh.status(fresh.lastArrivalMs(), false), Status::LastKnown);
        QCOMPARE(fresh.status(fresh.lastArrivalMs() + 60'000, false), Status::LastKnown);
        // also an asset the console knows only by its meta
        QCOMPARE(DataFreshness().status(kT0, false), Status::LastKnown);
        QVERIFY(DataFreshness::isStale(Status::LastKnown));
        QVERIFY(!DataFreshness::isStale(Status::Fresh));
        QVERIFY(!DataFreshness::isStale(Status::NoData));
    }

    void freshAgainOnANewSample()
    {
        DataFreshness f = regular(1'000, 10);
        const qint64 outageEnd = f.lastArrivalMs() + 120'000;
        QCOMPARE(f.status(outageEnd, true), Status::Stale);
        f.sampleArrived(outageEnd);
        QCOMPARE(f.status(outageEnd, true), Status::Fresh);
        QCOMPARE(f.status(outageEnd + 1'000, true), Status::Fresh);
    }

    // A two-minute outage counts as 4 x the usual second, moving it by (4 s - 1 s) / 8.
    void anOutageDoesNotTeachThatSilenceIsUsual()
    {
        DataFreshness f = regular(1'000, 10);
        f.sampleArrived(f.lastArrivalMs() + 120'000);
        QCOMPARE(f.usualIntervalMs(), std::optional<qint64>(1'375));
        QCOMPARE(f.staleAfterMs(), DataFreshness::kFloorMs);
    }

    // An asset that really slowed down from 1 s to 1 min is learned: by a factor of 1.375 a sample while
    // the clamp holds, then by an eighth of the difference. After 15 samples it is stale only after
    // more than 2 minutes of silence, never above the new interval.
    void aNewRateIsLearned()
    {
        DataFreshness f = regular(1'000, 10);
        qint64 t = f.lastArrivalMs();
        for (int i = 0; i < 15; ++i) {
            t += 60'000;
            f.sampleArrived(t);
        }
        QVERIFY2(f.usualIntervalMs() > 40'000 && f.usualIntervalMs() < 60'000,
                 qPrintable(QString::number(f.usualIntervalMs().value_or(0))));
        QCOMPARE(f.status(t + 120'000, true), Status::Fresh);
        QCOMPARE(f.status(t + 180'001, true), Status::Stale);
    }

    // Health beside telemetry keeps the asset fresh without shortening its interval.
    void otherDataIsFreshButTeachesNothing()
    {
        DataFreshness f = regular(5'000, 10);
        const qint64 last = f.lastArrivalMs();
        f.dataArrived(last + 100);
        QCOMPARE(f.usualIntervalMs(), std::optional<qint64>(5'000));
        QCOMPARE(f.lastArrivalMs(), last + 100);
        QCOMPARE(f.status(last + 100 + 15'000, true), Status::Fresh);
        QCOMPARE(f.status(last + 100 + 15'001, true), Status::Stale);
    }

    // The clock stepped back an hour: the new arrival counts (the asset is not fresh for an hour more),
    // and the backwards gap teaches nothing.
    void aClockStepBackIsNoGap()
    {
        DataFreshness f = regular(2'000, 10);
        const qint64 back = f.lastArrivalMs() - 3'600'000;
        f.sampleArrived(back);
        QCOMPARE(f.lastArrivalMs(), back);
        QCOMPARE(f.usualIntervalMs(), std::optional<qint64>(2'000));
        QCOMPARE(f.status(back + 10'001, true), Status::Stale);
    }
};

QTEST_GUILESS_MAIN(TestDataFreshness)
#include "tst_datafreshness.moc"

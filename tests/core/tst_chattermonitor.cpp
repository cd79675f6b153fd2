// ChatterMonitor: an alert raised and cleared 3 or more times within a minute chatters, by its own
// key and by a group key across occurrences with new ids; it stops when fewer than 3 cycles fall in
// the last minute; idle keys are forgotten and the number of keys is capped.

#include "core/alerts/chattermonitor.h"

#include <QList>
#include <QTest>

using namespace fw;

namespace {

constexpr qint64 kT = 1'800'000'000'000;
constexpr qint64 kS = 1000;
constexpr qint64 kW = ChatterMonitor::kDefaultWindowMs;
constexpr qint64 kHour = 60 * 60 * 1000;
const QString kKey = QStringLiteral("plant-a/engine-017/a-7f3c2e");

} // namespace

class TestChatterMonitor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults()
    {
        ChatterMonitor m;
        QCOMPARE(m.cycles(), 3);
        QCOMPARE(m.windowMs(), 60 * 1000);
        QCOMPARE(m.maxKeys(), ChatterMonitor::kDefaultMaxKeys);
        QVERIFY(!m.isChattering(kKey, kT));
        QCOMPARE(m.keyCount(), 0);
    }

    void cycles_data()
    {
        QTest::addColumn<QList<qint64>>("clears");   // times of completed raise-clear cycles of kKey
        QTest::addColumn<bool>("lastReturned");      // what the last noteRaiseClear() returned
        QTest::addColumn<qint64>("query");
        QTest::addColumn<bool>("chattering");
        QTest::addColumn<int>("count");

        const QList<qint64> three{kT, kT + 10 * kS, kT + 20 * kS};
        QTest::newRow("1 cycle") << QList<qint64>{kT} << false << kT << false << 1;
        QTest::newRow("2 cycles") << QList<qint64>{kT, kT + 10 * kS} << false << kT + 20 * kS << false << 2;
        QTest::newRow("3 in 20 s: chattering") << three << true << kT + 20 * kS << true << 3;
        QTest::newRow("1 ms before the first slides out") << three << true << kT + kW - 1 << true << 3;
        QTest::newRow("first slides out: stops") << three << true << kT + kW << false << 2;
        QTest::newRow("an hour later: forgotten") << three << true << kT + kHour << false << 0;
        QTest::newRow("3 in 59.999 s") << QList<qint64>{kT, kT + 30 * kS, kT + kW - 1} << true << kT + kW - 1 << true << 3;
        QTest::newRow("3 in exactly 60 s: no") << QList<qint64>{kT, kT + 30 * kS, kT + kW} << false << kT + kW << false << 2;
        QTest::newRow("slow and steady: never") << QList<qint64>{kT, kT + 31 * kS, kT + 62 * kS, kT + 93 * kS} << false << kT + 93 * kS << false << 2;
        QTest::newRow("3 at the same ms") << QList<qint64>{kT, kT, kT} << true << kT << true << 3;
        QTest::newRow("4th keeps it going") << QList<qint64>{kT, kT + 10 * kS, kT + 20 * kS, kT + 65 * kS} << true << kT + 65 * kS << true << 3;
        QTest::newRow("... and it stops later") << QList<qint64>{kT, kT + 10 * kS, kT + 20 * kS, kT + 65 * kS} << true << kT + 70 * kS << false << 2;

        QList<qint64> many;
        for (int i = 0; i < 200; ++i)
            many.append(kT + i);
        QTest::newRow("200 cycles: kept to the cap") << many << true << kT + 199 << true << ChatterMonitor::kMaxCyclesPerKey;

        // The clock steps back an hour: that step counts as no time passing.
        QTest::newRow("clock back: cycles still count") << QList<qint64>{kT, kT - kHour, kT - kHour + kS} << true << kT - kHour + kS << true << 3;
        QTest::newRow("clock back: slides out in new clock") << QList<qint64>{kT, kT - kHour, kT - kHour + kS} << true << kT - kHour + kW << false << 1;
        QTest::newRow("clock back: query further back") << three << true << kT - kHour << true << 3;
    }

    void cycles()
    {
        QFETCH(QList<qint64>, clears);
        QFETCH(bool, lastReturned);
        QFETCH(qint64, query);
        QFETCH(bool, chattering);
        QFETCH(int, count);

        ChatterMonitor m;
        bool returned = false;
        for (qint64 t : clears)
            returned = m.noteRaiseClear(kKey, t);
        QCOMPARE(returned, lastReturned);
        QCOMPARE(m.cyclesInWindow(kKey, query), count);
        QCOMPARE(m.isChattering(kKey, query), chattering);
        QVERIFY(!m.isChattering(QStringLiteral("plant-a/engine-017/other"), query));
    }

    void groupKey_data()
    {
        QTest::addColumn<QStringList>("keys");       // the alert key of each cycle
        QTest::addColumn<QString>("group");
        QTest::addColumn<QList<bool>>("returned");   // noteRaiseClear() for each cycle, 10 s apart
        QTest::addColumn<bool>("groupChattering");
        QTest::addColumn<int>("keyCount");

        const QString group = QStringLiteral("plant-a/engine-017/HPC degradation suspected");
        const QStringList newIds{QStringLiteral("p/e/a-1"), QStringLiteral("p/e/a-2"), QStringLiteral("p/e/a-3")};
        const QStringList sameId{QStringLiteral("p/e/a-1"), QStringLiteral("p/e/a-1"), QStringLiteral("p/e/a-1")};
        QTest::newRow("new id each time: the group chatters") << newIds << group << QList<bool>{false, false, true} << true << 4;
        QTest::newRow("new id each time, no group: nothing") << newIds << QString() << QList<bool>{false, false, false} << false << 3;
        QTest::newRow("same id, with group") << sameId << group << QList<bool>{false, false, true} << true << 2;
        QTest::newRow("group equal to the key: counted once") << sameId << sameId.first() << QList<bool>{false, false, true} << true << 1;
        QTest::newRow("empty key, group only") << QStringList{{}, {}, {}} << group << QList<bool>{false, false, true} << true << 1;
        QTest::newRow("both empty: ignored") << QStringList{{}, {}, {}} << QString() << QList<bool>{false, false, false} << false << 0;
    }

    void groupKey()
    {
        QFETCH(QStringList, keys);
        QFETCH(QString, group);
        QFETCH(QList<bool>, returned);
        QFETCH(bool, groupChattering);
        QFETCH(int, keyCount);

        ChatterMonitor m;
        for (int i = 0; i < keys.size(); ++i)
            QCOMPARE(m.noteRaiseClear(keys[i], kT + i * 10 * kS, group), returned[i]);
        const qint64 now = kT + 20 * kS;
        if (!group.isEmpty())
            QCOMPARE(m.isChattering(group, now), groupChattering);
        QCOMPARE(m.keyCount(), keyCount);
        if (keys.first() != keys.last())
            QVERIFY(!m.isChattering(keys.last(), now));   // each occurrence on its own: once
    }

    void configured()
    {
        ChatterMonitor m(2, 5 * kS, 100);
        QCOMPARE(m.cycles(), 2);
        QVERIFY(!m.noteRaiseClear(kKey, kT));
        QVERIFY(m.noteRaiseClear(kKey, kT + 4999));
        QVERIFY(!m.isChattering(kKey, kT + 5000));

        const ChatterMonitor clamped(0, -1, 0);
        QCOMPARE(clamped.cycles(), 1);
        QCOMPARE(clamped.windowMs(), 1);
        QCOMPARE(clamped.maxKeys(), 1);
        QCOMPARE(ChatterMonitor(1000).cycles(), ChatterMonitor::kMaxCyclesPerKey);
    }

    void idleKeysAreForgotten_data()
    {
        QTest::addColumn<qint64>("pruneAt");
        QTest::addColumn<int>("keysLeft");
        // Key a's last cycle at kT, b's at kT + 30 s, c's at kT + 45 s.
        QTest::newRow("all within the window") << kT + 45 * kS << 3;
        QTest::newRow("1 ms before a goes") << kT + kW - 1 << 3;
        QTest::newRow("a idle for a window") << kT + kW << 2;
        QTest::newRow("b too") << kT + 30 * kS + kW << 1;
        QTest::newRow("all") << kT + 45 * kS + kW << 0;
    }

    void idleKeysAreForgotten()
    {
        QFETCH(qint64, pruneAt);
        QFETCH(int, keysLeft);
        ChatterMonitor m;
        m.noteRaiseClear(QStringLiteral("b"), kT - 40 * kS);   // b noted earlier too: its newest counts
        m.noteRaiseClear(QStringLiteral("a"), kT);
        m.noteRaiseClear(QStringLiteral("b"), kT + 30 * kS);
        m.noteRaiseClear(QStringLiteral("c"), kT + 45 * kS);
        m.prune(pruneAt);
        QCOMPARE(m.keyCount(), keysLeft);
        QCOMPARE(m.evictedKeys(), quint64(0));
    }

    void keyCapEvictsLeastRecentlyNoted()
    {
        ChatterMonitor m(3, kW, 3);
        for (const char *k : {"a", "b", "c"})
            m.noteRaiseClear(QString::fromLatin1(k), kT);
        m.noteRaiseClear(QStringLiteral("a"), kT + kS);      // a is recent again: b is the oldest
        m.noteRaiseClear(QStringLiteral("d"), kT + 2 * kS);
        QCOMPARE(m.keyCount(), 3);
        QCOMPARE(m.evictedKeys(), quint64(1));
        QCOMPARE(m.cyclesInWindow(QStringLiteral("b"), kT + 2 * kS), 0);
        QCOMPARE(m.cyclesInWindow(QStringLiteral("a"), kT + 2 * kS), 2);
        QCOMPARE(m.cyclesInWindow(QStringLiteral("c"), kT + 2 * kS), 1);
        QCOMPARE(m.cyclesInWindow(QStringLiteral("d"), kT + 2 * kS), 1);
    }

    void memoryIsBounded()
    {
        ChatterMonitor m;
        const int n = ChatterMonitor::kDefaultMaxKeys * 10;
        for (int i = 0; i < n; ++i)
            m.noteRaiseClear(QStringLiteral("s/a/%1").arg(i), kT + i / 100);
        QCOMPARE(m.keyCount(), ChatterMonitor::kDefaultMaxKeys);
        QCOMPARE(m.evictedKeys(), quint64(n - ChatterMonitor::kDefaultMaxKeys));
        m.prune(kT + kHour);
        QCOMPARE(m.keyCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestChatterMonitor)
#include "tst_chattermonitor.moc"

// ActionRateLimit: a token bucket per console: a burst of kBurst at once, then kActionsPerSecond;
// consoles do not share a bucket; a clock that steps back refills nothing.

#include "core/alerts/actionratelimit.h"

#include <QTest>

using namespace fw;

class TestActionRateLimit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void burstThenRate()
    {
        ActionRateLimit limit(50, 100);
        const QString ws = QStringLiteral("ws-1");
        int admitted = 0;
        for (int i = 0; i < 150; ++i)
            admitted += limit.admit(ws, 1000) ? 1 : 0;
        QCOMPARE(admitted, 100);
        QVERIFY(!limit.admit(ws, 1000));
        QVERIFY(!limit.admit(ws, 1019));   // 0.95 of a token
        QVERIFY(limit.admit(ws, 1020));    // one token after 20 ms at 50/s
        admitted = 0;
        for (int i = 0; i < 100; ++i)
            admitted += limit.admit(ws, 2020) ? 1 : 0;
        QCOMPARE(admitted, 50);            // one second: 50 more
    }

    void consolesHaveTheirOwnBuckets()
    {
        ActionRateLimit limit(50, 10);
        for (int i = 0; i < 10; ++i)
            QVERIFY(limit.admit(QStringLiteral("flood"), 0));
        QVERIFY(!limit.admit(QStringLiteral("flood"), 0));
        QVERIFY(limit.admit(QStringLiteral("ws-2"), 0));
    }

    void clockSteppingBackRefillsNothing()
    {
        ActionRateLimit limit(50, 2);
        QVERIFY(limit.admit(QStringLiteral("a"), 10'000));
        QVERIFY(limit.admit(QStringLiteral("a"), 10'000));
        QVERIFY(!limit.admit(QStringLiteral("a"), 0));
        QVERIFY(!limit.admit(QStringLiteral("a"), 10'000));
    }

    void manyMadeUpConsolesStayBounded()
    {
        ActionRateLimit limit(50, 1);
        for (int i = 0; i < ActionRateLimit::kMaxConsoles + 10; ++i)
            QVERIFY(limit.admit(QStringLiteral("c%1").arg(i), 0));
        QVERIFY(!limit.admit(QStringLiteral("c%1").arg(ActionRateLimit::kMaxConsoles + 9), 0));
    }
};

QTEST_GUILESS_MAIN(TestActionRateLimit)
#include "tst_actionratelimit.moc"

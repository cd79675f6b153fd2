// HeldActions: actions for alerts not known yet wait at most the hold time, are handed over per alert
// in the order received, and at most kMaxHeld wait (the oldest pushed out first).

#include "core/alerts/heldactions.h"

#include <QTest>

using namespace fw;

namespace {

HeldActions::Held held(const QString &key, qint64 at, const QString &note = {})
{
    AckMsg m;
    m.note = note;
    return HeldActions::Held{key, TopicRef{}, m, at, at};
}

} // namespace

class TestHeldActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void takeHandsOverOneAlertsActionsInOrder()
    {
        HeldActions h(1000, 10);
        h.hold(held(QStringLiteral("a"), 1, QStringLiteral("first")));
        h.hold(held(QStringLiteral("b"), 2));
        h.hold(held(QStringLiteral("a"), 3, QStringLiteral("second")));
        QVERIFY(h.isWaiting(QStringLiteral("a")));
        const auto a = h.take(QStringLiteral("a"));
        QCOMPARE(a.size(), size_t(2));
        QCOMPARE(a[0].action.note, QStringLiteral("first"));
        QCOMPARE(a[1].action.note, QStringLiteral("second"));
        QVERIFY(!h.isWaiting(QStringLiteral("a")));
        QCOMPARE(h.size(), 1);
        QVERIFY(h.take(QStringLiteral("a")).empty());
    }

    void expireDropsOnlyThoseWhoseTimeIsUp()
    {
        HeldActions h(1000, 10);
        h.hold(held(QStringLiteral("a"), 0));
        h.hold(held(QStringLiteral("b"), 500));
        QVERIFY(h.expire(999).empty());
        const auto gone = h.expire(1000);
        QCOMPARE(gone.size(), size_t(1));
        QCOMPARE(gone[0].alertKey, QStringLiteral("a"));
        QVERIFY(!h.isWaiting(QStringLiteral("a")));
        QVERIFY(h.isWaiting(QStringLiteral("b")));
        QCOMPARE(h.expire(1500).size(), size_t(1));
        QCOMPARE(h.size(), 0);
    }

    void boundedOldestPushedOut()
    {
        HeldActions h;
        for (int i = 0; i < HeldActions::kMaxHeld; ++i)
            QVERIFY(h.hold(held(QStringLiteral("k%1").arg(i), i)).empty());
        const auto out = h.hold(held(QStringLiteral("new"), 5000));
        QCOMPARE(out.size(), size_t(1));
        QCOMPARE(out[0].alertKey, QStringLiteral("k0"));
        QCOMPARE(h.size(), HeldActions::kMaxHeld);
        QVERIFY(!h.isWaiting(QStringLiteral("k0")));
        QVERIFY(h.isWaiting(QStringLiteral("new")));
    }
};

QTEST_GUILESS_MAIN(TestHeldActions)
#include "tst_heldactions.moc"

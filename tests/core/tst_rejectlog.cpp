// RejectLog: every rejection counted by reason; log lines limited per window.

#include "core/fleet/rejectlog.h"

#include <QTest>

using namespace fw;

class TestRejectLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void countsByReasonAndLimitsLines()
    {
        RejectLog log(3, 1000);
        for (int i = 0; i < 10; ++i)
            log.record(RejectReason::InvalidJson, "fleet/v1/a/b/meta", QStringLiteral("x"), 100);
        log.record(RejectReason::TopicBadId, "fleet/v1/a+/b/meta", QStringLiteral("y\r\ninjected"), 100);
        QCOMPARE(log.total(), quint64(11));
        QCOMPARE(log.count(RejectReason::InvalidJson), quint64(10));
        QCOMPARE(log.count(RejectReason::TopicBadId), quint64(1));
        QCOMPARE(log.count(RejectReason::TooDeep), quint64(0));
        QCOMPARE(log.suppressedLines(), quint64(8));
        // A new window logs again.
        log.record(RejectReason::InvalidJson, "t", {}, 2000);
        QCOMPARE(log.suppressedLines(), quint64(8));
    }

    void everyReasonHasANameAndDescription()
    {
        QSet<QString> names;
        for (int i = 0; i < kRejectReasonCount; ++i) {
            const QString name = QString::fromLatin1(rejectReasonName(RejectReason(i)));
            QVERIFY2(!name.isEmpty(), qPrintable(QString::number(i)));
            QVERIFY(!rejectReasonDescription(RejectReason(i)).isEmpty());
            names.insert(name);
        }
        QCOMPARE(names.size(), kRejectReasonCount);
    }
};

QTEST_GUILESS_MAIN(TestRejectLog)
#include "tst_rejectlog.moc"

// RejectionModel and SignalListModel under QAbstractItemModelTester.

#include "models/rejectionmodel.h"
#include "models/signallistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace fw;

class TestRejectionModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsOnlyReasonsSeenMostFirst()
    {
        RejectionModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        std::array<quint64, kRejectReasonCount> counts{};
        QCOMPARE(model.rowCount(), 0);
        counts[size_t(RejectReason::InvalidJson)] = 3;
        counts[size_t(RejectReason::TopicBadId)] = 7;
        model.setCounts(counts);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, RejectionModel::Reason).data().toString(), QString::fromLatin1(rejectReasonName(RejectReason::TopicBadId)));
        QCOMPARE(model.index(0, RejectionModel::Count).data(Qt::UserRole).toULongLong(), 7ull);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        counts[size_t(RejectReason::TopicBadId)] = 8;
        model.setCounts(counts);
        QCOMPARE(reset.count(), 0);   // same reasons: counts change in place
        counts[size_t(RejectReason::TooDeep)] = 1;
        model.setCounts(counts);
        QCOMPARE(model.rowCount(), 3);
    }

    void signalListChecksPreferredAndCapsChecks()
    {
        SignalListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        std::vector<SignalInfo> meta;
        for (const char *name : {"T24", "T30", "T50", "P30", "Ps30", "phi"})
            meta.push_back(SignalInfo{QString::fromLatin1(name), QStringLiteral("u"), {}});
        model.setSignals(meta, {QStringLiteral("extra")}, {QStringLiteral("T30"), QStringLiteral("Ps30"), QStringLiteral("missing")});
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.checkedNames(), QStringList({QStringLiteral("T30"), QStringLiteral("Ps30")}));
        QVERIFY(model.setData(model.index(0), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(model.setData(model.index(2), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.checkedNames().size(), SignalListModel::maxChecked());
        QVERIFY(!model.setData(model.index(3), Qt::Checked, Qt::CheckStateRole));   // a fifth is refused
        model.addSeen({QStringLiteral("new1"), QStringLiteral("T24")});
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(model.unitOf(QStringLiteral("T50")), QStringLiteral("u"));
    }
};

QTEST_GUILESS_MAIN(TestRejectionModel)
#include "tst_rejectionmodel.moc"

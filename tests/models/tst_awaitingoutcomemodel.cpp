// AwaitingOutcomeModel under QAbstractItemModelTester: only acknowledged alerts are listed, most
// urgent first then longest waiting; removeAlert() takes one row out when its label is saved; the
// columns say priority, raise time, asset, alert, model, who acknowledged and how long it has waited.

#include "models/awaitingoutcomemodel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace fw;

namespace {

constexpr qint64 kT0 = 1'700'000'000'000;
constexpr qint64 kMinute = 60'000;

AlertRecord alert(const QString &id, Priority priority, std::optional<qint64> ackedAt)
{
    AlertRecord r;
    r.site = QStringLiteral("plant-a");
    r.asset = QStringLiteral("engine-") + id;
    r.alertId = id;
    r.priority = priority;
    r.title = QStringLiteral("HPC degradation suspected");
    r.model = ModelRef{QStringLiteral("hpc-degradation"), QStringLiteral("3.2.0")};
    r.raisedAt = kT0;
    r.state.acknowledged = ackedAt.has_value();
    r.ackedAt = ackedAt;
    if (ackedAt) {
        r.ackedBy = QStringLiteral("alice");
        r.ackedConsole = QStringLiteral("ws-07");
    }
    return r;
}

QStringList idsInOrder(const AwaitingOutcomeModel &m)
{
    QStringList ids;
    for (int row = 0; row < m.rowCount(); ++row)
        ids << m.index(row, 0).data(AwaitingOutcomeModel::KeyRole).toString().section(QLatin1Char('/'), 2);
    return ids;
}

} // namespace

class TestAwaitingOutcomeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Times and numbers follow the default locale; the C locale writes them as these tests expect
    // (24-hour times, ISO dates), whatever the machine's locale.
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void listsAcknowledgedAlertsUrgentFirstThenLongestWaiting()
    {
        AwaitingOutcomeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(kT0 + 90 * kMinute);
        model.setAlerts({alert(QStringLiteral("a1"), Priority::Medium, kT0 + 5 * kMinute),
                         alert(QStringLiteral("a2"), Priority::High, kT0 + 10 * kMinute),
                         alert(QStringLiteral("a3"), Priority::Critical, std::nullopt),   // not acknowledged
                         alert(QStringLiteral("a4"), Priority::High, kT0 + 2 * kMinute),
                         alert(QStringLiteral("a5"), Priority::Low, kT0 + kMinute)});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(AwaitingOutcomeModel::ColumnCount));
        QCOMPARE(idsInOrder(model), (QStringList{QStringLiteral("a4"), QStringLiteral("a2"), QStringLiteral("a1"),
                                                 QStringLiteral("a5")}));
        QCOMPARE(model.rowOf(QStringLiteral("plant-a/engine-a3/a3")), -1);
    }

    void columnsSayWhatTheTechnicianNeeds()
    {
        AwaitingOutcomeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(kT0 + 75 * kMinute);
        model.setAlerts({alert(QStringLiteral("a1"), Priority::High, kT0 + 3 * kMinute)});
        const auto text = [&](int column) { return model.index(0, column).data().toString(); };
        QCOMPARE(text(AwaitingOutcomeModel::PriorityCol), QStringLiteral("HIGH"));
        QCOMPARE(text(AwaitingOutcomeModel::RaisedCol), QDateTime::fromMSecsSinceEpoch(kT0).toString(QStringLiteral("HH:mm:ss")));
        QCOMPARE(text(AwaitingOutcomeModel::AssetCol), QStringLiteral("plant-a/engine-a1"));
        QCOMPARE(text(AwaitingOutcomeModel::AlertCol), QStringLiteral("HPC degradation suspected"));
        QCOMPARE(text(AwaitingOutcomeModel::ModelCol), QStringLiteral("hpc-degradation 3.2.0"));
        QCOMPARE(text(AwaitingOutcomeModel::AckedByCol), QStringLiteral("alice @ ws-07"));
        QCOMPARE(text(AwaitingOutcomeModel::WaitingCol), QStringLiteral("1 h 12 min"));   // since the acknowledgement
        const QModelIndex first = model.index(0, 0);
        QCOMPARE(first.data(AwaitingOutcomeModel::KeyRole).toString(), QStringLiteral("plant-a/engine-a1/a1"));
        QCOMPARE(first.data(AwaitingOutcomeModel::AssetKeyRole).toString(), QStringLiteral("plant-a/engine-a1"));
        QCOMPARE(first.data(AwaitingOutcomeModel::PriorityRole).toInt(), int(Priority::High));
        QCOMPARE(first.data(AwaitingOutcomeModel::AckedAtRole).toLongLong(), kT0 + 3 * kMinute);
        QCOMPARE(first.data(AwaitingOutcomeModel::WaitingMsRole).toLongLong(), 72 * kMinute);
        QCOMPARE(model.headerData(AwaitingOutcomeModel::WaitingCol, Qt::Horizontal).toString(), QStringLiteral("Waiting"));
        QVERIFY(model.record(QStringLiteral("plant-a/engine-a1/a1")) != nullptr);
    }

    void removeAlertTakesOneRowOut()
    {
        AwaitingOutcomeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAlerts({alert(QStringLiteral("a1"), Priority::High, kT0 + 1),
                         alert(QStringLiteral("a2"), Priority::High, kT0 + 2),
                         alert(QStringLiteral("a3"), Priority::High, kT0 + 3)});
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(model.removeAlert(QStringLiteral("plant-a/engine-a2/a2")));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(idsInOrder(model), (QStringList{QStringLiteral("a1"), QStringLiteral("a3")}));
        QCOMPARE(model.rowOf(QStringLiteral("plant-a/engine-a3/a3")), 1);   // index kept in step
        QVERIFY(!model.removeAlert(QStringLiteral("plant-a/engine-a2/a2")));
        QCOMPARE(removed.count(), 1);
        QVERIFY(model.removeAlert(QStringLiteral("plant-a/engine-a1/a1")));
        QVERIFY(model.removeAlert(QStringLiteral("plant-a/engine-a3/a3")));
        QCOMPARE(model.rowCount(), 0);
    }

    void setAlertsReplacesTheList()
    {
        AwaitingOutcomeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAlerts({alert(QStringLiteral("a1"), Priority::High, kT0)});
        model.setAlerts({alert(QStringLiteral("b1"), Priority::Low, kT0), alert(QStringLiteral("b2"), Priority::Low, kT0)});
        QCOMPARE(idsInOrder(model), (QStringList{QStringLiteral("b1"), QStringLiteral("b2")}));
        model.setAlerts({});
        QCOMPARE(model.rowCount(), 0);
    }

    void refreshMovesOnlyTheWaitingColumn()
    {
        AwaitingOutcomeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(kT0 + kMinute);
        model.setAlerts({alert(QStringLiteral("a1"), Priority::High, kT0), alert(QStringLiteral("a2"), Priority::Low, kT0)});
        QCOMPARE(model.index(0, AwaitingOutcomeModel::WaitingCol).data().toString(), QStringLiteral("1 min 00 s"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setNow(kT0 + 3 * kMinute);
        model.refreshWaitingTimes();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed[0][0].toModelIndex(), model.index(0, AwaitingOutcomeModel::WaitingCol));
        QCOMPARE(changed[0][1].toModelIndex(), model.index(1, AwaitingOutcomeModel::WaitingCol));
        QCOMPARE(model.index(0, AwaitingOutcomeModel::WaitingCol).data().toString(), QStringLiteral("3 min 00 s"));
    }
};

QTEST_GUILESS_MAIN(TestAwaitingOutcomeModel)
#include "tst_awaitingoutcomemodel.moc"

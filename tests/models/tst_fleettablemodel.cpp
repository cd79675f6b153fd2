// FleetTableModel under QAbstractItemModelTester: batches insert and update rows, announcing only
// the columns that changed, which a filtering proxy still sees; states and links shown as text. The
// worst-first order and the filters are FleetFilterProxy's: tst_fleetfilterproxy.

#include "models/fleetfilterproxy.h"
#include "models/fleettablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace fw;

namespace {

AssetSummary asset(const QString &id, std::optional<HealthState> state, std::optional<double> score,
                   const QString &site = QStringLiteral("plant-a"))
{
    AssetSummary s;
    s.site = site;
    s.asset = id;
    s.key = site + QLatin1Char('/') + id;
    s.name = QStringLiteral("Turbofan ") + id;
    s.state = state;
    s.score = score;
    s.online = true;
    return s;
}

FleetBatch batchOf(std::vector<AssetSummary> rows)
{
    FleetBatch b;
    b.changedAssets = std::move(rows);
    return b;
}

} // namespace

class TestFleetTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void insertsThenUpdatesInPlace()
    {
        FleetTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.applyBatch(batchOf({asset(QStringLiteral("e1"), HealthState::Ok, 0.9),
                                  asset(QStringLiteral("e2"), HealthState::Ok, 0.8)}));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(inserted.count(), 1);   // one insert per batch
        model.applyBatch(batchOf({asset(QStringLiteral("e2"), HealthState::Warning, 0.4),
                                  asset(QStringLiteral("e3"), std::nullopt, std::nullopt)}));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(changed.count(), 1);    // one ranged dataChanged per batch
        const int row = model.rowOf(QStringLiteral("plant-a/e2"));
        QCOMPARE(model.index(row, FleetTableModel::State).data().toString(), QStringLiteral("WARNING"));
        QCOMPARE(model.index(row, FleetTableModel::Health).data(FleetTableModel::ScoreRole).toDouble(), 0.4);
        QVERIFY(!model.index(model.rowOf(QStringLiteral("plant-a/e3")), 0).data(FleetTableModel::ScoreRole).isValid());
    }

    void displayTextSaysStateWithoutColour_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("text");
        QTest::newRow("ok") << int(HealthState::Ok) << QStringLiteral("OK");
        QTest::newRow("watch") << int(HealthState::Watch) << QStringLiteral("Watch");
        QTest::newRow("warning") << int(HealthState::Warning) << QStringLiteral("WARNING");
        QTest::newRow("critical") << int(HealthState::Critical) << QStringLiteral("CRITICAL");
    }

    void displayTextSaysStateWithoutColour()
    {
        QFETCH(int, state);
        QFETCH(QString, text);
        FleetTableModel model;
        model.applyBatch(batchOf({asset(QStringLiteral("e1"), HealthState(state), 0.5)}));
        QCOMPARE(model.index(0, FleetTableModel::State).data().toString(), text);
    }

    void offlineAndAlertsShowAsText()
    {
        FleetTableModel model;
        AssetSummary s = asset(QStringLiteral("e1"), HealthState::Ok, 0.9);
        s.online = false;
        s.openAlerts = 2;
        s.worstOpenPriority = Priority::High;
        model.applyBatch(batchOf({s}));
        QCOMPARE(model.index(0, FleetTableModel::Online).data().toString(), QStringLiteral("OFFLINE"));
        QCOMPARE(model.index(0, FleetTableModel::OpenAlerts).data().toString(), QStringLiteral("2 (high)"));
        QVERIFY(model.index(0, 0).data(FleetTableModel::OfflineRole).toBool());
    }

    void onlyChangedColumnsAreAnnounced()
    {
        FleetTableModel model;
        FleetFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        AssetSummary s = asset(QStringLiteral("e1"), HealthState::Ok, 0.9);
        model.applyBatch(batchOf({s}));
        proxy.setAbnormalOnly(true);
        QCOMPARE(proxy.rowCount(), 0);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        s.lastUpdate += 1000;   // telemetry only: the sort and filter columns do not change
        model.applyBatch(batchOf({s}));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().column(), int(FleetTableModel::LastUpdate));
        QCOMPARE(changed.first().at(1).value<QModelIndex>().column(), int(FleetTableModel::LastUpdate));
        model.applyBatch(batchOf({s}));   // nothing changed at all: nothing announced
        QCOMPARE(changed.count(), 1);
        // A state change still reaches the "abnormal only" filter.
        s.state = HealthState::Critical;
        s.score = 0.1;
        model.applyBatch(batchOf({s}));
        QCOMPARE(proxy.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestFleetTableModel)
#include "tst_fleettablemodel.moc"

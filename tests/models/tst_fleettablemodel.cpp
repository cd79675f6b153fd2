// FleetTableModel under QAbstractItemModelTester: batches insert and update rows, announcing only
// the columns that changed, which a filtering proxy still sees; states and links shown as text. The
// worst-first order and the filters are FleetFilterProxy's: tst_fleetfilterproxy.
// Freshness with a pinned clock: rows turn stale as time passes without a message (on the model's own
// one-second timer and on an explicit tick), in words ("OK (stale)", "stale since 09:41:05") and with a
// hatched background; one ranged dataChanged per tick for the rows that flipped; fresh again with the
// next sample; every row "last known" at once while the session is down; stale counts as abnormal.

#include "core/common/localformat.h"
#include "models/fleetfilterproxy.h"
#include "models/fleettablemodel.h"

#include <QBrush>
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

constexpr qint64 kT0 = 1'790'000'000'000;   // a receive time in 2026, mid-morning UTC

// `count` telemetry samples every second, the last at `last`.
AssetSummary sampled(AssetSummary s, qint64 last, int count = 10)
{
    for (int i = count - 1; i >= 0; --i)
        s.freshness.sampleArrived(last - i * 1000);
    s.lastUpdate = last;
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

    // Nothing arrives; the model's own timer notices: stale after max(3 x 1 s, 10 s).
    void turnsStaleWithoutANewMessage()
    {
        FleetTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(kT0 + 5'000);
        model.applyBatch(batchOf({sampled(asset(QStringLiteral("e1"), HealthState::Ok, 0.9), kT0)}));
        const QModelIndex state = model.index(0, FleetTableModel::State);
        QCOMPARE(state.data().toString(), QStringLiteral("OK"));
        QCOMPARE(model.index(0, FleetTableModel::Online).data().toString(), QStringLiteral("online"));
        QCOMPARE(model.index(0, FleetTableModel::LastUpdate).data().toString(), QStringLiteral("5 s ago"));
        QVERIFY(!state.data(Qt::BackgroundRole).isValid());
        QCOMPARE(model.staleCount(), 0);

        QSignalSpy staleCount(&model, &FleetTableModel::staleCountChanged);
        model.setNow(kT0 + 10'001);
        QTRY_COMPARE_WITH_TIMEOUT(state.data().toString(), QStringLiteral("OK (stale)"), 3000);
        QCOMPARE(model.index(0, FleetTableModel::Online).data().toString(),
                 QStringLiteral("stale since %1").arg(LocalFormat::time(kT0)));
        QCOMPARE(model.index(0, FleetTableModel::LastUpdate).data().toString(), QStringLiteral("10 s ago"));
        QVERIFY(state.data(FleetTableModel::StaleRole).toBool());
        QCOMPARE(state.data(FleetTableModel::FreshnessRole).toInt(), int(DataFreshness::Status::Stale));
        for (const int column : {FleetTableModel::Health, FleetTableModel::State, FleetTableModel::Online}) {
            const QBrush brush = model.index(0, column).data(Qt::BackgroundRole).value<QBrush>();
            QCOMPARE(brush.style(), Qt::BDiagPattern);
        }
        QVERIFY(!model.index(0, FleetTableModel::Name).data(Qt::BackgroundRole).isValid());
        QVERIFY(state.data(Qt::ToolTipRole).toString().contains(QStringLiteral("it usually sends every 1.0 s")));
        QCOMPARE(model.staleCount(), 1);
        QCOMPARE(staleCount.count(), 1);
        QCOMPARE(staleCount.first().at(0).toInt(), 1);
    }

    // One tick: one ranged dataChanged over the rows that flipped (Health..Last update) and one over
    // the ages; no resets, no per-row signals.
    void aTickAnnouncesOneRangeForTheRowsThatFlipped()
    {
        FleetTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(kT0);
        std::vector<AssetSummary> rows;
        for (int i = 0; i < 5; ++i) {
            const bool silent = i == 1 || i == 3;   // their last sample 20 s earlier
            rows.push_back(sampled(asset(QStringLiteral("e%1").arg(i), HealthState::Ok, 0.9), kT0 - (silent ? 20'000 : 0)));
        }
        model.applyBatch(batchOf(rows));
        QCOMPARE(model.staleCount(), 2);   // rows 1 and 3 arrived stale already
        model.setNow(kT0 + 10'001);        // now all five
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.refreshFreshness();
        QCOMPARE(changed.count(), 2);
        const auto range = [&](int i) {
            return std::make_tuple(changed.at(i).at(0).value<QModelIndex>().row(), changed.at(i).at(0).value<QModelIndex>().column(),
                                   changed.at(i).at(1).value<QModelIndex>().row(), changed.at(i).at(1).value<QModelIndex>().column());
        };
        QCOMPARE(range(0), std::make_tuple(0, int(FleetTableModel::Health), 4, int(FleetTableModel::LastUpdate)));
        QCOMPARE(range(1), std::make_tuple(0, int(FleetTableModel::LastUpdate), 4, int(FleetTableModel::LastUpdate)));
        QCOMPARE(model.staleCount(), 5);
        // Nothing flips on the next tick: the ages only.
        model.setNow(kT0 + 11'000);
        model.refreshFreshness();
        QCOMPARE(changed.count(), 3);
        QCOMPARE(range(2), std::make_tuple(0, int(FleetTableModel::LastUpdate), 4, int(FleetTableModel::LastUpdate)));
        QCOMPARE(reset.count(), 0);
    }

    void freshAgainWithTheNextSample()
    {
        FleetTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        AssetSummary s = sampled(asset(QStringLiteral("e1"), HealthState::Critical, 0.1), kT0);
        model.setNow(kT0 + 60'000);
        model.applyBatch(batchOf({s}));
        QCOMPARE(model.index(0, FleetTableModel::State).data().toString(), QStringLiteral("CRITICAL (stale)"));
        QCOMPARE(model.staleCount(), 1);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        s.freshness.sampleArrived(kT0 + 60'000);
        model.applyBatch(batchOf({s}));
        QCOMPARE(model.index(0, FleetTableModel::State).data().toString(), QStringLiteral("CRITICAL"));
        QVERIFY(!model.index(0, FleetTableModel::State).data(Qt::BackgroundRole).isValid());
        QCOMPARE(model.staleCount(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().column(), int(FleetTableModel::Health));
        QCOMPARE(changed.first().at(1).value<QModelIndex>().column(), int(FleetTableModel::LastUpdate));
    }

    // The session goes down: every row at once, whatever its age; back up: judged by age again.
    void everyRowIsLastKnownWhileDisconnected()
    {
        FleetTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(kT0 + 500);
        AssetSummary offline = sampled(asset(QStringLiteral("e-off"), HealthState::Ok, 0.9), kT0);
        offline.online = false;
        AssetSummary metaOnly = asset(QStringLiteral("e-meta"), std::nullopt, std::nullopt);
        metaOnly.lastUpdate = kT0 - 3'000;
        model.applyBatch(batchOf({sampled(asset(QStringLiteral("e-crit"), HealthState::Critical, 0.1), kT0), offline, metaOnly}));
        QCOMPARE(model.staleCount(), 0);
        QSignalSpy refreshed(&model, &FleetTableModel::freshnessRefreshed);
        model.setSessionConnected(false);
        QCOMPARE(refreshed.count(), 1);
        const auto text = [&](const QString &id, int column) {
            return model.index(model.rowOf(QStringLiteral("plant-a/") + id), column).data().toString();
        };
        QCOMPARE(text(QStringLiteral("e-crit"), FleetTableModel::State), QStringLiteral("CRITICAL (last known)"));
        QCOMPARE(text(QStringLiteral("e-crit"), FleetTableModel::Online), QStringLiteral("last known %1").arg(LocalFormat::time(kT0)));
        QCOMPARE(text(QStringLiteral("e-off"), FleetTableModel::Online), QStringLiteral("OFFLINE (last known)"));
        QCOMPARE(text(QStringLiteral("e-meta"), FleetTableModel::State), QStringLiteral("no data"));
        QCOMPARE(text(QStringLiteral("e-meta"), FleetTableModel::Online),
                 QStringLiteral("last known %1").arg(LocalFormat::time(kT0 - 3'000)));
        QCOMPARE(model.staleCount(), 3);
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(model.index(row, FleetTableModel::State).data(FleetTableModel::FreshnessRole).toInt(),
                     int(DataFreshness::Status::LastKnown));
            QCOMPARE(model.index(row, FleetTableModel::State).data(Qt::BackgroundRole).value<QBrush>().style(), Qt::BDiagPattern);
            QVERIFY(model.index(row, 0).data(FleetTableModel::AbnormalRole).toBool());
            QVERIFY(model.index(row, FleetTableModel::Online).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Not connected")));
        }
        model.setSessionConnected(true);
        QCOMPARE(text(QStringLiteral("e-crit"), FleetTableModel::State), QStringLiteral("CRITICAL"));
        QCOMPARE(text(QStringLiteral("e-off"), FleetTableModel::Online), QStringLiteral("OFFLINE"));
        QCOMPARE(model.staleCount(), 0);
    }

    // "Abnormal only" finds a stale asset whose last state was OK.
    void staleCountsAsAbnormal()
    {
        FleetTableModel model;
        FleetFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(kT0);
        model.applyBatch(batchOf({sampled(asset(QStringLiteral("e1"), HealthState::Ok, 0.9), kT0),
                                  sampled(asset(QStringLiteral("e2"), HealthState::Ok, 0.9), kT0 + 9'000)}));
        proxy.setAbnormalOnly(true);
        QCOMPARE(proxy.rowCount(), 0);
        model.setNow(kT0 + 15'000);
        model.refreshFreshness();
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(FleetTableModel::KeyRole).toString(), QStringLiteral("plant-a/e1"));
    }
};

QTEST_GUILESS_MAIN(TestFleetTableModel)
#include "tst_fleettablemodel.moc"

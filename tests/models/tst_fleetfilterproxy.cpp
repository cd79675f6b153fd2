// FleetFilterProxy over a FleetTableModel, under QAbstractItemModelTester: worst first without being
// asked (its header's promise), other columns by their own value with text compared without regard to
// case, ties by key; the filters by free text (every word, in site, line, asset, name, type or
// location), by site (the whole name) and to abnormal rows, alone and together; live batches re-sort
// and re-filter, also when only a column the sort and the filter do not key on changed.

#include "models/fleetfilterproxy.h"
#include "models/fleettablemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace fw;

namespace {

AssetSummary asset(const QString &site, const QString &id, std::optional<HealthState> state, std::optional<double> score)
{
    AssetSummary s;
    s.site = site;
    s.asset = id;
    s.key = site + QLatin1Char('/') + id;
    s.state = state;
    s.score = score;
    s.online = true;
    return s;
}

AssetSummary withMeta(AssetSummary s, const QString &line, const QString &name, const QString &type,
                      const QString &location)
{
    s.hasMeta = true;
    s.line = line;
    s.name = name;
    s.type = type;
    s.location = location;
    return s;
}

FleetBatch batchOf(std::vector<AssetSummary> rows)
{
    FleetBatch b;
    b.changedAssets = std::move(rows);
    return b;
}

// The filter fixture: three sites; abnormal are engine-002 (warning), engine-003 (offline),
// pump-7 (an open alert) and pump-8 (watch); pump-9 has no health data yet, fan-1 is fine.
std::vector<AssetSummary> filterFixture()
{
    AssetSummary offline = withMeta(asset(QStringLiteral("plant-a"), QStringLiteral("engine-003"), HealthState::Ok, 0.91),
                                    QStringLiteral("L2"), QStringLiteral("Turbofan 3"), QStringLiteral("turbofan"),
                                    QStringLiteral("Test cell"));
    offline.online = false;
    AssetSummary alerting = withMeta(asset(QStringLiteral("plant-b"), QStringLiteral("pump-7"), HealthState::Ok, 0.88),
                                     QStringLiteral("Feed"), QStringLiteral("Feed pump north"), QStringLiteral("pump"),
                                     QStringLiteral("Basement"));
    alerting.openAlerts = 1;
    alerting.worstOpenPriority = Priority::Low;
    return {
        withMeta(asset(QStringLiteral("plant-a"), QStringLiteral("engine-001"), HealthState::Ok, 0.92), QStringLiteral("L1"),
                 QStringLiteral("Turbofan 1"), QStringLiteral("turbofan"), QStringLiteral("Hangar")),
        withMeta(asset(QStringLiteral("plant-a"), QStringLiteral("engine-002"), HealthState::Warning, 0.35), QStringLiteral("L1"),
                 QStringLiteral("Turbofan 2"), QStringLiteral("turbofan"), QStringLiteral("Hangar")),
        offline,
        alerting,
        withMeta(asset(QStringLiteral("plant-b"), QStringLiteral("pump-8"), HealthState::Watch, 0.6), QStringLiteral("Feed"),
                 QStringLiteral("Feed pump south"), QStringLiteral("pump"), QStringLiteral("Yard")),
        asset(QStringLiteral("plant-b"), QStringLiteral("pump-9"), std::nullopt, std::nullopt),
        withMeta(asset(QStringLiteral("plant-c"), QStringLiteral("fan-1"), HealthState::Ok, 0.97), QStringLiteral("Roof"),
                 QStringLiteral("Exhaust fan"), QStringLiteral("fan"), QStringLiteral("Roof")),
    };
}

// Asset ids in the proxy's row order.
QStringList idsInOrder(const QAbstractItemModel &m)
{
    QStringList ids;
    for (int row = 0; row < m.rowCount(); ++row)
        ids << m.index(row, 0).data(FleetTableModel::KeyRole).toString().section(QLatin1Char('/'), 1);
    return ids;
}

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}

// The same view of one model, with both under the tester; the model is filled by the test.
struct Fixture
{
    FleetTableModel model;
    QAbstractItemModelTester modelTester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
    FleetFilterProxy proxy;
    std::unique_ptr<QAbstractItemModelTester> proxyTester;
    Fixture()
    {
        proxy.setSourceModel(&model);
        proxyTester = std::make_unique<QAbstractItemModelTester>(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
};

} // namespace

class TestFleetFilterProxy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void worstFirstWithoutBeingAsked()
    {
        Fixture f;
        QCOMPARE(f.proxy.sortColumn(), int(FleetTableModel::State));
        QCOMPARE(f.proxy.sortOrder(), Qt::AscendingOrder);
        AssetSummary offline = asset(QStringLiteral("plant-a"), QStringLiteral("off"), HealthState::Ok, 0.95);
        offline.online = false;
        AssetSummary alerting = asset(QStringLiteral("plant-a"), QStringLiteral("alert"), HealthState::Watch, 0.6);
        alerting.openAlerts = 1;
        alerting.worstOpenPriority = Priority::Critical;
        AssetSummary highAlert = asset(QStringLiteral("plant-a"), QStringLiteral("high-alert"), HealthState::Ok, 0.9);
        highAlert.openAlerts = 2;
        highAlert.worstOpenPriority = Priority::High;
        f.model.applyBatch(batchOf({asset(QStringLiteral("plant-a"), QStringLiteral("ok"), HealthState::Ok, 0.9),
                                    asset(QStringLiteral("plant-a"), QStringLiteral("watch"), HealthState::Watch, 0.6),
                                    asset(QStringLiteral("plant-a"), QStringLiteral("crit"), HealthState::Critical, 0.1),
                                    asset(QStringLiteral("plant-a"), QStringLiteral("nodata"), std::nullopt, std::nullopt),
                                    offline, alerting, highAlert,
                                    asset(QStringLiteral("plant-a"), QStringLiteral("warn"), HealthState::Warning, 0.3)}));
        // Offline, then critical (alert or state, lower score first), then high/warning, then watch
        // or any open alert, then no data, then fine.
        QCOMPARE(idsInOrder(f.proxy), QStringList({QStringLiteral("off"), QStringLiteral("crit"), QStringLiteral("alert"),
                                                   QStringLiteral("warn"), QStringLiteral("high-alert"),
                                                   QStringLiteral("watch"), QStringLiteral("nodata"), QStringLiteral("ok")}));
    }

    void sortsByColumn_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("state, worst first") << int(FleetTableModel::State) << int(Qt::AscendingOrder)
                                            << QStringList({QStringLiteral("d"), QStringLiteral("a"), QStringLiteral("c"),
                                                            QStringLiteral("e"), QStringLiteral("b")});
        QTest::newRow("health, lowest score first, no data last")
            << int(FleetTableModel::Health) << int(Qt::AscendingOrder)
            << QStringList({QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("b"), QStringLiteral("e")});
        QTest::newRow("health, descending") << int(FleetTableModel::Health) << int(Qt::DescendingOrder)
                                            << QStringList({QStringLiteral("e"), QStringLiteral("b"), QStringLiteral("d"),
                                                            QStringLiteral("c"), QStringLiteral("a")});
        QTest::newRow("name, any case") << int(FleetTableModel::Name) << int(Qt::AscendingOrder)
                                        << QStringList({QStringLiteral("c"), QStringLiteral("e"), QStringLiteral("a"),
                                                        QStringLiteral("d"), QStringLiteral("b")});
        QTest::newRow("name, any case, descending") << int(FleetTableModel::Name) << int(Qt::DescendingOrder)
                                                    << QStringList({QStringLiteral("b"), QStringLiteral("d"), QStringLiteral("a"),
                                                                    QStringLiteral("e"), QStringLiteral("c")});
        QTest::newRow("RUL, shortest first, unknown last") << int(FleetTableModel::Rul) << int(Qt::AscendingOrder)
                                                           << QStringList({QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c"),
                                                                           QStringLiteral("d"), QStringLiteral("e")});
        QTest::newRow("site ties by key") << int(FleetTableModel::Site) << int(Qt::AscendingOrder)
                                          << QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                                          QStringLiteral("d"), QStringLiteral("e")});
    }

    void sortsByColumn()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QStringList, ids);
        Fixture f;
        auto row = [](const QString &id, std::optional<HealthState> state, std::optional<double> score, const QString &name,
                      std::optional<double> rul) {
            AssetSummary s = asset(QStringLiteral("plant-a"), id, state, score);
            s.name = name;
            s.rul = rul;
            s.rulUnit = QStringLiteral("cycles");
            return s;
        };
        // Given in an order that none of the rows above has, so that the sort has work to do.
        f.model.applyBatch(batchOf({row(QStringLiteral("e"), std::nullopt, std::nullopt, QStringLiteral("beta"), std::nullopt),
                                    row(QStringLiteral("c"), HealthState::Warning, 0.4, QStringLiteral("alpha"), 90),
                                    row(QStringLiteral("a"), HealthState::Warning, 0.2, QStringLiteral("Charlie"), 40),
                                    row(QStringLiteral("d"), HealthState::Critical, 0.45, QStringLiteral("delta"), 120),
                                    row(QStringLiteral("b"), HealthState::Ok, 0.9, QStringLiteral("Echo"), 12)}));
        f.proxy.sort(column, Qt::SortOrder(order));
        QCOMPARE(idsInOrder(f.proxy), ids);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("site");
        QTest::addColumn<bool>("abnormalOnly");
        QTest::addColumn<QStringList>("ids");
        const QStringList all{QStringLiteral("engine-001"), QStringLiteral("engine-002"), QStringLiteral("engine-003"),
                              QStringLiteral("fan-1"), QStringLiteral("pump-7"), QStringLiteral("pump-8"),
                              QStringLiteral("pump-9")};
        const QStringList engines{QStringLiteral("engine-001"), QStringLiteral("engine-002"), QStringLiteral("engine-003")};
        QTest::newRow("nothing") << QString() << QString() << false << all;
        QTest::newRow("blanks only") << QStringLiteral("   ") << QString() << false << all;
        QTest::newRow("type, any case") << QStringLiteral("TURBOFAN") << QString() << false << engines;
        QTest::newRow("part of an asset id") << QStringLiteral("pump-") << QString() << false
                                             << QStringList({QStringLiteral("pump-7"), QStringLiteral("pump-8"),
                                                             QStringLiteral("pump-9")});
        QTest::newRow("line") << QStringLiteral("l1") << QString() << false
                              << QStringList({QStringLiteral("engine-001"), QStringLiteral("engine-002")});
        QTest::newRow("name") << QStringLiteral("north") << QString() << false << QStringList({QStringLiteral("pump-7")});
        QTest::newRow("location") << QStringLiteral("basement") << QString() << false << QStringList({QStringLiteral("pump-7")});
        QTest::newRow("site in the text") << QStringLiteral("plant-c") << QString() << false
                                          << QStringList({QStringLiteral("fan-1")});
        QTest::newRow("every word must match") << QStringLiteral("  turbofan   hangar  2 ") << QString() << false
                                               << QStringList({QStringLiteral("engine-002")});
        QTest::newRow("one word missing") << QStringLiteral("pump turbofan") << QString() << false << QStringList();
        QTest::newRow("site") << QString() << QStringLiteral("plant-b") << false
                              << QStringList({QStringLiteral("pump-7"), QStringLiteral("pump-8"), QStringLiteral("pump-9")});
        QTest::newRow("site is the whole name") << QString() << QStringLiteral("plant") << false << QStringList();
        QTest::newRow("unknown site") << QString() << QStringLiteral("plant-z") << false << QStringList();
        QTest::newRow("abnormal only") << QString() << QString() << true
                                       << QStringList({QStringLiteral("engine-002"), QStringLiteral("engine-003"),
                                                       QStringLiteral("pump-7"), QStringLiteral("pump-8")});
        QTest::newRow("site and abnormal") << QString() << QStringLiteral("plant-a") << true
                                           << QStringList({QStringLiteral("engine-002"), QStringLiteral("engine-003")});
        QTest::newRow("text, site and abnormal") << QStringLiteral("feed") << QStringLiteral("plant-b") << true
                                                 << QStringList({QStringLiteral("pump-7"), QStringLiteral("pump-8")});
        QTest::newRow("text of another site") << QStringLiteral("pump") << QStringLiteral("plant-a") << false << QStringList();
    }

    void filters()
    {
        QFETCH(QString, text);
        QFETCH(QString, site);
        QFETCH(bool, abnormalOnly);
        QFETCH(QStringList, ids);
        Fixture f;
        f.model.applyBatch(batchOf(filterFixture()));
        QCOMPARE(f.proxy.rowCount(), 7);
        f.proxy.setText(text);
        f.proxy.setSite(site);
        f.proxy.setAbnormalOnly(abnormalOnly);
        QCOMPARE(sorted(idsInOrder(f.proxy)), ids);

        // Clearing every filter brings them all back, worst first.
        f.proxy.setText({});
        f.proxy.setSite({});
        f.proxy.setAbnormalOnly(false);
        QCOMPARE(f.proxy.rowCount(), 7);
        QCOMPARE(idsInOrder(f.proxy).constFirst(), QStringLiteral("engine-003"));   // offline
        QCOMPARE(idsInOrder(f.proxy).constLast(), QStringLiteral("fan-1"));         // the healthiest
    }

    void liveBatchesResortAndRefilter()
    {
        Fixture f;
        f.model.applyBatch(batchOf(filterFixture()));
        f.proxy.setAbnormalOnly(true);
        QCOMPARE(idsInOrder(f.proxy), QStringList({QStringLiteral("engine-003"), QStringLiteral("engine-002"),
                                                   QStringLiteral("pump-8"), QStringLiteral("pump-7")}));
        // engine-003 comes back online (fine again), fan-1 turns critical, pump-7's alert resolves:
        // one leaves the view, one joins it at the top, one leaves.
        std::vector<AssetSummary> rows = filterFixture();
        AssetSummary engine3 = rows[2];
        engine3.online = true;
        AssetSummary fan = rows[6];
        fan.state = HealthState::Critical;
        fan.score = 0.05;
        AssetSummary pump7 = rows[3];
        pump7.openAlerts = 0;
        pump7.worstOpenPriority.reset();
        f.model.applyBatch(batchOf({engine3, fan, pump7}));
        QCOMPARE(idsInOrder(f.proxy), QStringList({QStringLiteral("fan-1"), QStringLiteral("engine-002"),
                                                   QStringLiteral("pump-8")}));
        // A new asset joins where it belongs.
        f.model.applyBatch(batchOf({asset(QStringLiteral("plant-c"), QStringLiteral("fan-2"), HealthState::Warning, 0.3)}));
        QCOMPARE(idsInOrder(f.proxy), QStringList({QStringLiteral("fan-1"), QStringLiteral("fan-2"),
                                                   QStringLiteral("engine-002"), QStringLiteral("pump-8")}));
    }

    void textFilterFollowsMetaThatArrivesLater()
    {
        // The model announces only the columns that changed: a name arriving with the asset's meta
        // touches the Name column alone, and must still re-run the text filter.
        Fixture f;
        f.model.applyBatch(batchOf(filterFixture()));
        f.proxy.setText(QStringLiteral("compressor"));
        QCOMPARE(f.proxy.rowCount(), 0);
        AssetSummary pump9 = filterFixture()[5];
        pump9.hasMeta = true;
        pump9.name = QStringLiteral("Compressor 9");
        f.model.applyBatch(batchOf({pump9}));
        QCOMPARE(idsInOrder(f.proxy), QStringList({QStringLiteral("pump-9")}));
        pump9.name = QStringLiteral("Booster 9");
        f.model.applyBatch(batchOf({pump9}));
        QCOMPARE(f.proxy.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFleetFilterProxy)
#include "tst_fleetfilterproxy.moc"

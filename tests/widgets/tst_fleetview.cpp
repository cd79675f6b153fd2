// FleetView (offscreen), driven like an operator: the table shows the fleet worst first; what is
// typed in the filter box, chosen in the site list (which learns the sites from the rows) and ticked
// in "Abnormal only" (by mouse, by Alt+A, or by setAbnormalOnly()) reaches the table, and the count
// line says how many of how many are shown; new rows obey the filters in force; focusFilter() (what
// the window's Ctrl+F calls) puts the cursor in the filter box with its text selected; clicking or
// arrowing to a row emits its asset's key, and selectAsset() selects a row from outside.

#include "models/fleettablemodel.h"
#include "widgets/fleetview.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStyleOptionButton>
#include <QTableView>
#include <QTest>

using namespace fw;

namespace {

AssetSummary asset(const QString &site, const QString &id, std::optional<HealthState> state, double score,
                   const QString &name = {})
{
    AssetSummary s;
    s.site = site;
    s.asset = id;
    s.key = site + QLatin1Char('/') + id;
    s.hasMeta = !name.isEmpty();
    s.name = name;
    s.type = id.section(QLatin1Char('-'), 0, 0);
    s.state = state;
    s.score = score;
    s.online = true;
    return s;
}

// Seven assets on three sites, given in no useful order. In view order (worst first):
// engine-3 (offline), pump-2 (critical), engine-2 (warning), pump-1 (watch), fan-1, engine-1, pump-3.
FleetBatch fixture()
{
    AssetSummary offline = asset(QStringLiteral("plant-a"), QStringLiteral("engine-3"), HealthState::Ok, 0.9,
                                 QStringLiteral("Turbofan 3"));
    offline.online = false;
    FleetBatch b;
    b.changedAssets = {asset(QStringLiteral("plant-b"), QStringLiteral("pump-3"), HealthState::Ok, 0.97, QStringLiteral("Feed pump")),
                       asset(QStringLiteral("plant-a"), QStringLiteral("engine-1"), HealthState::Ok, 0.95, QStringLiteral("Turbofan 1")),
                       asset(QStringLiteral("plant-b"), QStringLiteral("pump-1"), HealthState::Watch, 0.6, QStringLiteral("Feed pump")),
                       offline,
                       asset(QStringLiteral("plant-c"), QStringLiteral("fan-1"), HealthState::Ok, 0.91, QStringLiteral("Exhaust fan")),
                       asset(QStringLiteral("plant-a"), QStringLiteral("engine-2"), HealthState::Warning, 0.3, QStringLiteral("Turbofan 2")),
                       asset(QStringLiteral("plant-b"), QStringLiteral("pump-2"), HealthState::Critical, 0.1, QStringLiteral("Feed pump"))};
    return b;
}

QStringList idsInOrder(const QAbstractItemModel *m)
{
    QStringList ids;
    for (int row = 0; row < m->rowCount(); ++row)
        ids << m->index(row, 0).data(FleetTableModel::KeyRole).toString().section(QLatin1Char('/'), 1);
    return ids;
}

// The point a click on a check box must hit: its indicator and text, not the empty space beside.
QPoint clickPoint(QCheckBox *box)
{
    QStyleOptionButton option;
    option.initFrom(box);
    return box->style()->subElementRect(QStyle::SE_CheckBoxClickRect, &option, box).center();
}

} // namespace

class TestFleetView : public QObject
{
    Q_OBJECT

    FleetTableModel *m_model = nullptr;
    FleetView *m_view = nullptr;

    QAbstractItemModel *shown() const { return m_view->table()->model(); }
    QLineEdit *filterBox() const { return m_view->findChild<QLineEdit *>(); }
    QComboBox *siteList() const { return m_view->findChild<QComboBox *>(); }
    QCheckBox *abnormalBox() const { return m_view->findChild<QCheckBox *>(); }

    QString countText() const
    {
        for (QLabel *label : m_view->findChildren<QLabel *>()) {
            if (label->text().contains(QStringLiteral(" of ")))
                return label->text();
        }
        return {};
    }

    void chooseSite(const QString &site)
    {
        // By keyboard, as the operator would: from "All sites", arrow down to the site.
        QComboBox *combo = siteList();
        const int target = combo->findData(site);
        QVERIFY2(target >= 0, qPrintable(site));
        combo->setFocus();
        while (combo->currentIndex() < target)
            QTest::keyClick(combo, Qt::Key_Down);
        while (combo->currentIndex() > target)
            QTest::keyClick(combo, Qt::Key_Up);
        QCOMPARE(combo->currentData().toString(), site);
    }

    void clickRow(int row)
    {
        const QRect rect = m_view->table()->visualRect(shown()->index(row, FleetTableModel::Asset));
        QTest::mouseClick(m_view->table()->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    }

private Q_SLOTS:
    void init()
    {
        m_model = new FleetTableModel;
        m_model->applyBatch(fixture());
        m_view = new FleetView(m_model);
        m_view->resize(1200, 500);
        m_view->show();
        m_view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_view));
        QVERIFY(filterBox());
        QVERIFY(siteList());
        QVERIFY(abnormalBox());
    }

    void cleanup()
    {
        delete m_view;
        delete m_model;
        m_view = nullptr;
        m_model = nullptr;
    }

    void showsWorstFirst()
    {
        QCOMPARE(idsInOrder(shown()), QStringList({QStringLiteral("engine-3"), QStringLiteral("pump-2"),
                                                   QStringLiteral("engine-2"), QStringLiteral("pump-1"),
                                                   QStringLiteral("fan-1"), QStringLiteral("engine-1"),
                                                   QStringLiteral("pump-3")}));
        QCOMPARE(countText(), QStringLiteral("7 of 7 asset(s)"));
    }

    void filterBoxNarrowsTheTable_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("asset type") << QStringLiteral("engine")
                                    << QStringList({QStringLiteral("engine-3"), QStringLiteral("engine-2"), QStringLiteral("engine-1")});
        QTest::newRow("any case, name") << QStringLiteral("FEED PUMP")
                                        << QStringList({QStringLiteral("pump-2"), QStringLiteral("pump-1"), QStringLiteral("pump-3")});
        QTest::newRow("site") << QStringLiteral("plant-c") << QStringList({QStringLiteral("fan-1")});
        QTest::newRow("two words") << QStringLiteral("turbofan 2") << QStringList({QStringLiteral("engine-2")});
        QTest::newRow("nothing matches") << QStringLiteral("compressor") << QStringList();
    }

    void filterBoxNarrowsTheTable()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, ids);
        filterBox()->setFocus();
        QTest::keyClicks(filterBox(), typed);
        QCOMPARE(idsInOrder(shown()), ids);
        QCOMPARE(countText(), QStringLiteral("%1 of 7 asset(s)").arg(ids.size()));
        // Erasing what was typed brings every row back.
        for (qsizetype i = 0; i < typed.size(); ++i)
            QTest::keyClick(filterBox(), Qt::Key_Backspace);
        QCOMPARE(shown()->rowCount(), 7);
        QCOMPARE(countText(), QStringLiteral("7 of 7 asset(s)"));
    }

    void siteListLearnsTheSitesAndFilters_data()
    {
        QTest::addColumn<QString>("site");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("plant-a") << QStringLiteral("plant-a")
                                 << QStringList({QStringLiteral("engine-3"), QStringLiteral("engine-2"), QStringLiteral("engine-1")});
        QTest::newRow("plant-b") << QStringLiteral("plant-b")
                                 << QStringList({QStringLiteral("pump-2"), QStringLiteral("pump-1"), QStringLiteral("pump-3")});
        QTest::newRow("plant-c") << QStringLiteral("plant-c") << QStringList({QStringLiteral("fan-1")});
    }

    void siteListLearnsTheSitesAndFilters()
    {
        QFETCH(QString, site);
        QFETCH(QStringList, ids);
        QComboBox *combo = siteList();
        QCOMPARE(combo->count(), 4);
        QCOMPARE(combo->itemText(0), QStringLiteral("All sites"));
        QCOMPARE(combo->currentIndex(), 0);
        QStringList sites;
        for (int i = 1; i < combo->count(); ++i)
            sites << combo->itemData(i).toString();
        QCOMPARE(sites, QStringList({QStringLiteral("plant-a"), QStringLiteral("plant-b"), QStringLiteral("plant-c")}));

        chooseSite(site);
        QCOMPARE(idsInOrder(shown()), ids);
        QCOMPARE(countText(), QStringLiteral("%1 of 7 asset(s)").arg(ids.size()));
        chooseSite(QString());   // "All sites"
        QCOMPARE(shown()->rowCount(), 7);
    }

    void abnormalOnly_data()
    {
        QTest::addColumn<int>("how");   // 0: mouse, 1: Alt+A, 2: setAbnormalOnly()
        QTest::newRow("mouse") << 0;
        QTest::newRow("Alt+A") << 1;
        QTest::newRow("setAbnormalOnly") << 2;
    }

    void abnormalOnly()
    {
        QFETCH(int, how);
        auto toggle = [&](bool on) {
            switch (how) {
            case 0: QTest::mouseClick(abnormalBox(), Qt::LeftButton, Qt::NoModifier, clickPoint(abnormalBox())); break;
            case 1: QTest::keyClick(m_view, Qt::Key_A, Qt::AltModifier); break;
            default: m_view->setAbnormalOnly(on); break;
            }
        };
        toggle(true);
        QTRY_VERIFY(abnormalBox()->isChecked());   // a mnemonic clicks after a short animation
        QCOMPARE(idsInOrder(shown()), QStringList({QStringLiteral("engine-3"), QStringLiteral("pump-2"),
                                                   QStringLiteral("engine-2"), QStringLiteral("pump-1")}));
        QCOMPARE(countText(), QStringLiteral("4 of 7 asset(s)"));
        toggle(false);
        QTRY_VERIFY(!abnormalBox()->isChecked());
        QCOMPARE(shown()->rowCount(), 7);
        QCOMPARE(countText(), QStringLiteral("7 of 7 asset(s)"));
    }

    void filtersCombine()
    {
        filterBox()->setFocus();
        QTest::keyClicks(filterBox(), QStringLiteral("pump"));
        chooseSite(QStringLiteral("plant-b"));
        QTest::mouseClick(abnormalBox(), Qt::LeftButton, Qt::NoModifier, clickPoint(abnormalBox()));
        QCOMPARE(idsInOrder(shown()), QStringList({QStringLiteral("pump-2"), QStringLiteral("pump-1")}));
        QCOMPARE(countText(), QStringLiteral("2 of 7 asset(s)"));
        chooseSite(QStringLiteral("plant-a"));
        QCOMPARE(shown()->rowCount(), 0);
        QCOMPARE(countText(), QStringLiteral("0 of 7 asset(s)"));
    }

    void liveBatchesObeyTheFilters()
    {
        m_view->setAbnormalOnly(true);
        QCOMPARE(shown()->rowCount(), 4);
        // A new site with one sick and one healthy asset; pump-1 recovers; fan-1 turns critical.
        FleetBatch b;
        AssetSummary fan = asset(QStringLiteral("plant-c"), QStringLiteral("fan-1"), HealthState::Critical, 0.05,
                                 QStringLiteral("Exhaust fan"));
        b.changedAssets = {asset(QStringLiteral("plant-d"), QStringLiteral("mill-1"), HealthState::Warning, 0.2),
                           asset(QStringLiteral("plant-d"), QStringLiteral("mill-2"), HealthState::Ok, 0.99),
                           asset(QStringLiteral("plant-b"), QStringLiteral("pump-1"), HealthState::Ok, 0.9, QStringLiteral("Feed pump")),
                           fan};
        m_model->applyBatch(b);
        QCOMPARE(idsInOrder(shown()), QStringList({QStringLiteral("engine-3"), QStringLiteral("fan-1"),
                                                   QStringLiteral("pump-2"), QStringLiteral("mill-1"),
                                                   QStringLiteral("engine-2")}));
        QCOMPARE(countText(), QStringLiteral("5 of 9 asset(s)"));
        QVERIFY(siteList()->findData(QStringLiteral("plant-d")) > 0);
        chooseSite(QStringLiteral("plant-d"));
        QCOMPARE(idsInOrder(shown()), QStringList({QStringLiteral("mill-1")}));
    }

    // Two healthy assets fall silent: the count line says so and "Abnormal only" finds them, without a
    // message arriving (the model's tick).
    void staleAssetsAreCountedAndFound()
    {
        const qint64 t0 = 1'790'000'000'000;
        m_model->setNow(t0);
        FleetBatch b;
        for (const auto &[site, id] : {std::pair{QStringLiteral("plant-a"), QStringLiteral("engine-1")},
                                       std::pair{QStringLiteral("plant-b"), QStringLiteral("pump-3")}}) {
            AssetSummary s = asset(site, id, HealthState::Ok, 0.95, QStringLiteral("x"));
            s.freshness.sampleArrived(t0 - 1'000);
            s.freshness.sampleArrived(t0);
            b.changedAssets.push_back(s);
        }
        m_model->applyBatch(b);
        m_view->setAbnormalOnly(true);
        QCOMPARE(countText(), QStringLiteral("4 of 7 asset(s)"));
        m_model->setNow(t0 + 30'000);
        QTRY_COMPARE_WITH_TIMEOUT(countText(), QStringLiteral("6 of 7 asset(s) · 2 stale"), 3000);
        QVERIFY(idsInOrder(shown()).contains(QStringLiteral("engine-1")));
        QVERIFY(idsInOrder(shown()).contains(QStringLiteral("pump-3")));
        const QModelIndex state = shown()->index(int(idsInOrder(shown()).indexOf(QStringLiteral("pump-3"))), FleetTableModel::State);
        QCOMPARE(state.data().toString(), QStringLiteral("OK (stale)"));
        m_view->setAbnormalOnly(false);
        QCOMPARE(countText(), QStringLiteral("7 of 7 asset(s) · 2 stale"));
    }

    void focusFilterSelectsWhatWasTyped()
    {
        filterBox()->setFocus();
        QTest::keyClicks(filterBox(), QStringLiteral("engine"));
        QCOMPARE(shown()->rowCount(), 3);
        m_view->table()->setFocus();
        QCOMPARE(QApplication::focusWidget(), m_view->table());
        m_view->focusFilter();
        QCOMPARE(QApplication::focusWidget(), filterBox());
        QCOMPARE(filterBox()->selectedText(), QStringLiteral("engine"));
        // Typing replaces the old filter instead of appending to it.
        QTest::keyClicks(filterBox(), QStringLiteral("pump"));
        QCOMPARE(filterBox()->text(), QStringLiteral("pump"));
        QCOMPARE(shown()->rowCount(), 3);
        QVERIFY(filterBox()->placeholderText().contains(QStringLiteral("Ctrl+F")));
    }

    void selectingARowEmitsItsKey()
    {
        QSignalSpy selected(m_view, &FleetView::assetSelected);
        clickRow(2);
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.at(0).at(0).toString(), QStringLiteral("plant-a/engine-2"));
        QCOMPARE(m_view->selectedKey(), QStringLiteral("plant-a/engine-2"));
        QTest::keyClick(m_view->table(), Qt::Key_Down);
        QCOMPARE(selected.count(), 2);
        QCOMPARE(selected.at(1).at(0).toString(), QStringLiteral("plant-b/pump-1"));
        QCOMPARE(m_view->selectedKey(), QStringLiteral("plant-b/pump-1"));
    }

    void selectAssetFromOutside_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("abnormalOnly");
        QTest::addColumn<QString>("selected");
        QTest::newRow("shown") << QStringLiteral("plant-c/fan-1") << false << QStringLiteral("plant-c/fan-1");
        QTest::newRow("unknown asset: nothing changes") << QStringLiteral("plant-z/x") << false << QStringLiteral("plant-a/engine-3");
        QTest::newRow("filtered out: nothing changes") << QStringLiteral("plant-c/fan-1") << true << QStringLiteral("plant-a/engine-3");
    }

    void selectAssetFromOutside()
    {
        QFETCH(QString, key);
        QFETCH(bool, abnormalOnly);
        QFETCH(QString, selected);
        m_view->setAbnormalOnly(abnormalOnly);
        m_view->selectAsset(QStringLiteral("plant-a/engine-3"));
        QCOMPARE(m_view->selectedKey(), QStringLiteral("plant-a/engine-3"));
        QSignalSpy spy(m_view, &FleetView::assetSelected);
        m_view->selectAsset(key);
        QCOMPARE(m_view->selectedKey(), selected);
        QCOMPARE(spy.count(), selected == QStringLiteral("plant-a/engine-3") ? 0 : 1);
        m_view->selectAsset(key);   // again: no second signal
        QCOMPARE(spy.count(), selected == QStringLiteral("plant-a/engine-3") ? 0 : 1);
    }
};

QTEST_MAIN(TestFleetView)
#include "tst_fleetview.moc"

// Data quality on screen, end to end: a real mosquitto on a free loopback port, the real fleet-sim
// replaying C-MAPSS, and the console window (MainWindow) subscribed to it. While data flows every
// asset reads live; the simulator is frozen (SIGSTOP: its session stays up, nothing is published) and
// after the 10 s floor every asset reads "stale since ..." although the broker is fine; it resumes and
// they are live again; then the broker process is killed (SIGKILL) and within a few seconds every
// asset reads "last known", hatched, its warning or critical cell no longer in its alarm colour, the
// fleet view counts them stale and the detail panel's header says so. The executable's --stats-json
// reports assets_stale for every asset when the broker died before it exited.

#include "app/mainwindow.h"
#include "models/fleettablemodel.h"
#include "support/brokerprocess.h"
#include "widgets/assetdetailpanel.h"
#include "widgets/connectionindicator.h"
#include "widgets/fleetview.h"
#include "widgets/hmipalette.h"

#include <QBrush>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QScopeGuard>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace fw;
using fw::test::BrokerProcess;

namespace {

QString binary(const QString &relative)
{
    return QDir(qEnvironmentVariable("FLEETWATCH_BINARY_DIR")).filePath(relative);
}

// fleet-sim on `broker`: two sites of C-MAPSS engines, 8 cycles a second.
bool startSim(QProcess &sim, const BrokerProcess &broker, const QString &clientId)
{
    sim.setProcessChannelMode(QProcess::MergedChannels);
    sim.start(binary(QStringLiteral("tools/fleet-sim/fleet-sim")),
              {QStringLiteral("--broker"), broker.url(), QStringLiteral("--sites"), QStringLiteral("2"),
               QStringLiteral("--speed"), QStringLiteral("8"), QStringLiteral("--client-id"), clientId});
    return sim.waitForStarted(5000);
}

// The rows of the fleet table (as the view shows them) for which `pred(row)` fails, as "asset: text".
template <typename Pred>
QStringList rowsFailing(const QAbstractItemModel *m, int column, Pred pred)
{
    QStringList out;
    for (int row = 0; row < m->rowCount(); ++row) {
        const QModelIndex idx = m->index(row, column);
        if (!pred(idx))
            out << idx.siblingAtColumn(FleetTableModel::Asset).data().toString() + QStringLiteral(": ") + idx.data().toString();
    }
    return out;
}

bool isHatched(const QModelIndex &idx)
{
    return idx.data(Qt::BackgroundRole).value<QBrush>().style() == Qt::BDiagPattern;
}

// Whether the painted cell holds a pixel of exactly `colour` (an alarm fill is a solid rectangle).
bool paintedWith(QTableView *table, const QModelIndex &idx, const QColor &colour)
{
    table->scrollTo(idx);
    const QImage cell = table->viewport()->grab(table->visualRect(idx)).toImage();
    for (int y = 0; y < cell.height(); ++y) {
        for (int x = 0; x < cell.width(); ++x) {
            if (cell.pixelColor(x, y).rgb() == colour.rgb())
                return true;
        }
    }
    return false;
}

} // namespace

class TestStaleFleet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aFrozenFleetThenADeadBrokerReadStale()
    {
        BrokerProcess broker;
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));
        QProcess sim;
        QVERIFY(startSim(sim, broker, QStringLiteral("tst-stale-sim")));
        // A frozen simulator is resumed whatever happens, so that it can be ended.
        const auto resume = qScopeGuard([&sim] {
            if (sim.processId() > 0)
                ::kill(pid_t(sim.processId()), SIGCONT);
        });

        ConsoleSettings settings;
        settings.mqtt.setBrokerUrl(broker.url());
        settings.mqtt.clientId = QStringLiteral("tst-stale-window");
        settings.consoleId = QStringLiteral("ws-stale");
        QTemporaryDir dir;
        MainWindow window(settings, dir.filePath(QStringLiteral("c.ini")), dir.filePath(QStringLiteral("store.sqlite")));
        window.resize(1600, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *indicator = window.findChild<ConnectionIndicator *>();
        QTRY_COMPARE_WITH_TIMEOUT(indicator->state(), ConnectionState::Connected, 10000);

        QTableView *table = window.fleetView()->table();
        const QAbstractItemModel *fleet = table->model();
        // 100 engines and the two sites' gateways (state only).
        QTRY_VERIFY_WITH_TIMEOUT(fleet->rowCount() >= 100, 20000);
        const auto engine = [](const QModelIndex &idx) {
            return idx.siblingAtColumn(FleetTableModel::Asset).data().toString().startsWith(QStringLiteral("engine-"));
        };
        const auto live = [&](const QModelIndex &idx) {
            return !engine(idx)
                || (idx.data(FleetTableModel::FreshnessRole).toInt() == int(DataFreshness::Status::Fresh)
                    && !idx.data().toString().contains(QLatin1Char('(')) && !isHatched(idx));
        };
        QTRY_VERIFY_WITH_TIMEOUT(rowsFailing(fleet, FleetTableModel::State, live).isEmpty(), 10000);

        // An alarm in its colour while live: the control for the greyed cell below.
        QPersistentModelIndex alarming;   // the proxy re-sorts: its row moves
        std::optional<QColor> alarmColour;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     for (int row = 0; row < fleet->rowCount(); ++row) {
                                         const QModelIndex idx = fleet->index(row, FleetTableModel::State);
                                         const QVariant s = idx.data(FleetTableModel::HealthStateRole);
                                         if (s.isValid() && hmi::stateColor(HealthState(s.toInt()))) {
                                             alarming = idx;
                                             alarmColour = hmi::stateColor(HealthState(s.toInt()));
                                             return true;
                                         }
                                     }
                                     return false;
                                 }()),
                                 30000);
        const QString alarmingKey = alarming.data(FleetTableModel::KeyRole).toString();
        QVERIFY2(paintedWith(table, alarming, *alarmColour), qPrintable(alarming.data().toString()));

        // Frozen: the broker and both sessions are fine, nothing arrives.
        QVERIFY(::kill(pid_t(sim.processId()), SIGSTOP) == 0);
        const auto stale = [&](const QModelIndex &idx) {
            return !engine(idx)
                || (idx.data().toString().endsWith(QStringLiteral(" (stale)")) && isHatched(idx)
                    && idx.siblingAtColumn(FleetTableModel::Online).data().toString().startsWith(QStringLiteral("stale since ")));
        };
        QTRY_VERIFY_WITH_TIMEOUT(rowsFailing(fleet, FleetTableModel::State, stale).isEmpty(), 16000);
        QCOMPARE(indicator->state(), ConnectionState::Connected);
        QVERIFY(window.lastStats().assetsStale >= 100);

        QVERIFY(::kill(pid_t(sim.processId()), SIGCONT) == 0);
        QTRY_VERIFY_WITH_TIMEOUT(rowsFailing(fleet, FleetTableModel::State, live).isEmpty(), 10000);

        // The broker dies: everything is only the last known, at once, without waiting for the floor.
        window.selectAsset(alarmingKey);
        broker.kill();
        const auto lastKnown = [&](const QModelIndex &idx) {
            const QString link = idx.siblingAtColumn(FleetTableModel::Online).data().toString();
            return idx.data().toString().endsWith(QStringLiteral(" (last known)"))
                   || (!idx.data(FleetTableModel::HealthStateRole).isValid() && link.startsWith(QStringLiteral("last known")));
        };
        const auto everyCell = [&](const QModelIndex &idx) {
            const QString link = idx.siblingAtColumn(FleetTableModel::Online).data().toString();
            return lastKnown(idx) && isHatched(idx) && isHatched(idx.siblingAtColumn(FleetTableModel::Health))
                   && (link.startsWith(QStringLiteral("last known ")) || link == QStringLiteral("OFFLINE (last known)"));
        };
        QTRY_VERIFY_WITH_TIMEOUT(rowsFailing(fleet, FleetTableModel::State, everyCell).isEmpty(), 5000);
        QCOMPARE(window.lastStats().assetsStale, fleet->rowCount());

        // On screen: the alarm cell keeps its word and marker, not its colour.
        const QModelIndex greyed = alarming;
        QCOMPARE(greyed.data(FleetTableModel::KeyRole).toString(), alarmingKey);
        QVERIFY2(!paintedWith(table, greyed, *alarmColour), qPrintable(greyed.data().toString()));
        QStringList labels;
        for (const QLabel *l : window.fleetView()->findChildren<QLabel *>())
            labels << l->text();
        const QString count = QStringLiteral("%1 of %1 asset(s) · %1 stale").arg(fleet->rowCount());
        QVERIFY2(labels.contains(count), qPrintable(labels.join(QLatin1Char('|'))));
        auto *detail = window.findChild<AssetDetailPanel *>();
        QCOMPARE(detail->assetKey(), alarmingKey);
        QVERIFY2(detail->freshnessText().startsWith(QStringLiteral("LAST KNOWN: not connected to the broker")),
                 qPrintable(detail->freshnessText()));
        window.shutdown();
    }

    // The executable itself: its --stats-json counts the assets whose data is stale when it exits.
    void statsJsonCountsStaleAssets()
    {
        BrokerProcess broker;
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));
        QProcess sim;
        QVERIFY(startSim(sim, broker, QStringLiteral("tst-stale-exe-sim")));
        QTemporaryDir dir;
        const QString stats = dir.filePath(QStringLiteral("stats.json"));
        QProcess console;
        console.setProcessChannelMode(QProcess::SeparateChannels);
        console.start(binary(QStringLiteral("app/fleetwatch")),
                      {QStringLiteral("--broker"), broker.url(), QStringLiteral("--config"), dir.filePath(QStringLiteral("c.ini")),
                       QStringLiteral("--db"), dir.filePath(QStringLiteral("store.sqlite")), QStringLiteral("--log-file"),
                       dir.filePath(QStringLiteral("fleetwatch.log")), QStringLiteral("--client-id"), QStringLiteral("tst-stale-exe"),
                       QStringLiteral("--exit-after"), QStringLiteral("15"), QStringLiteral("--stats-json"), stats});
        QVERIFY2(console.waitForStarted(5000), qPrintable(console.errorString()));
        QByteArray log;
        QTRY_VERIFY_WITH_TIMEOUT((log += console.readAllStandardError(), log.contains("subscribed to")), 10000);
        QTest::qWait(3000);   // the fleet arrives, 8 cycles a second
        broker.kill();
        QVERIFY(console.waitForFinished(30000));
        QCOMPARE(console.exitStatus(), QProcess::NormalExit);
        QCOMPARE(console.exitCode(), 0);
        QFile f(stats);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        QVERIFY2(root.value(QStringLiteral("assets_known")).toInt() >= 100, qPrintable(QJsonDocument(root).toJson()));
        QCOMPARE(root.value(QStringLiteral("assets_stale")).toInt(), root.value(QStringLiteral("assets_known")).toInt());
    }
};

QTEST_MAIN(TestStaleFleet)
#include "tst_stalefleet.moc"

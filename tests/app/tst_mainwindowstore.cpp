// The main window when the store cannot be written, as the operator sees it: the store's folder is
// a read-only bind mount (chmod does not stop root; CI runs as root). The window says READ-ONLY MODE
// in the banner across its top and in its title, the queue still fills from the fleet, and an
// acknowledgement is refused with the reason in the status bar. Mounting needs root: as another user
// the test says so and skips.

#include "app/mainwindow.h"
#include "core/fleet/payloadencoder.h"
#include "models/alertqueuemodel.h"
#include "support/alertfixtures.h"
#include "support/brokerprocess.h"
#include "widgets/alertqueueview.h"
#include "widgets/connectionindicator.h"
#include "widgets/storebanner.h"

#include <QDir>
#include <QProcess>
#include <QScopeGuard>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace fw;
using fw::test::BrokerProcess;

namespace {

bool run(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("mount"), args);
    return p.waitForFinished(20000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

class TestMainWindowStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readOnlyStoreIsSaidOnTheScreen()
    {
        if (geteuid() != 0)
            QSKIP("a read-only bind mount needs root (CI runs as root)");
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(run({QStringLiteral("--bind"), folder, folder}));
        const auto unmount = qScopeGuard([&] {
            QProcess::execute(QStringLiteral("umount"), {folder});
        });
        QVERIFY(run({QStringLiteral("-o"), QStringLiteral("remount,ro,bind"), folder}));

        BrokerProcess broker;
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));
        ConsoleSettings settings;
        settings.mqtt.setBrokerUrl(broker.url());
        settings.mqtt.clientId = QStringLiteral("tst-window-ro");
        settings.consoleId = QStringLiteral("ws-ro");
        MainWindow window(settings, QString(), QDir(folder).filePath(QStringLiteral("store.sqlite")));
        window.resize(1600, 900);
        window.show();
        auto *banner = window.findChild<StoreBanner *>();
        QVERIFY(banner);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
        QVERIFY2(banner->text().contains(QStringLiteral("READ-ONLY MODE")), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(folder), qPrintable(banner->text()));
        QVERIFY2(window.windowTitle().contains(QStringLiteral("read-only mode")), qPrintable(window.windowTitle()));

        auto *indicator = window.findChild<ConnectionIndicator *>();
        QVERIFY(indicator);
        QTRY_COMPARE_WITH_TIMEOUT(indicator->state(), ConnectionState::Connected, 10000);
        MqttOptions pub;
        pub.setBrokerUrl(broker.url());
        pub.clientId = QStringLiteral("tst-window-ro-fleet");
        MqttSession fleet(pub);
        fleet.start();
        QTRY_COMPARE_WITH_TIMEOUT(fleet.state(), ConnectionState::Connected, 10000);
        const AlertMsg a = fw::test::raisedAlert(QStringLiteral("ro-1"), 1, Priority::Critical,
                                                 QStringLiteral("bearing temperature"));
        QVERIFY(fleet.publish(QStringLiteral("fleet/v1/plant-a/e1/alerts"), PayloadEncoder::encode(a), 1, false) > 0);
        QTableView *queue = window.findChild<AlertQueueView *>()->table();
        QTRY_COMPARE_WITH_TIMEOUT(queue->model()->rowCount(), 1, 10000);   // the queue is live

        queue->setFocus();
        queue->selectRow(0);
        QTest::keyClick(queue, Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(QStringLiteral("read-only mode")), 5000);
        QCOMPARE(queue->model()->index(0, AlertQueueModel::StateCol).data().toString(), QStringLiteral("ACTIVE, UNACK"));
        fleet.stop();
        window.shutdown();
    }
};

QTEST_MAIN(TestMainWindowStore)
#include "tst_mainwindowstore.moc"

// The console window against a real mosquitto on a free loopback port: messages published by a test
// client appear in the fleet table worst first, selecting a row fills the asset detail, the status bar
// shows the connection and counts a message that breaks the spec, and the rejection breakdown opens.

#include "app/mainwindow.h"
#include "core/mqtt/mqttsession.h"
#include "core/fleet/payloadencoder.h"
#include "core/fleet/topicparser.h"
#include "models/fleettablemodel.h"
#include "support/brokerprocess.h"
#include "widgets/assetdetailpanel.h"
#include "widgets/connectionindicator.h"
#include "widgets/fleetview.h"
#include "widgets/rejectionsdialog.h"

#include <QApplication>
#include <QDateTime>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace fw;
using fw::test::BrokerProcess;

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    void publish(MqttSession &s, const QString &asset, MessageKind kind, const QByteArray &payload, bool retain = false)
    {
        TopicRef t;
        t.kind = kind;
        t.site = QStringLiteral("plant-a");
        t.asset = asset;
        QVERIFY(s.publish(TopicParser().topicFor(t), payload, 1, retain) > 0);
    }

    void publishAsset(MqttSession &s, const QString &asset, double score, HealthState state)
    {
        MetaMsg meta;
        meta.name = QStringLiteral("Turbofan ") + asset;
        meta.line = QStringLiteral("Line 1");
        meta.signalInfos = {SignalInfo{QStringLiteral("T30"), QStringLiteral("degR"), QStringLiteral("HPC outlet temperature")}};
        publish(s, asset, MessageKind::Meta, PayloadEncoder::encode(meta), true);
        HealthMsg h;
        h.ts = QDateTime::currentMSecsSinceEpoch();
        h.score = score;
        h.state = state;
        h.model = {QStringLiteral("hpc"), QStringLiteral("1.0.0")};
        publish(s, asset, MessageKind::Health, PayloadEncoder::encode(h));
        for (int i = 0; i < 5; ++i) {
            TelemetryMsg t;
            t.ts = h.ts + i;
            t.seq = i + 1;
            t.values = {{QStringLiteral("T30"), 1590.0 + i}};
            publish(s, asset, MessageKind::Telemetry, PayloadEncoder::encode(t));
        }
    }

private Q_SLOTS:
    void showsTheFleetLive()
    {
        BrokerProcess broker;
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));
        ConsoleSettings settings;
        settings.mqtt.setBrokerUrl(broker.url());
        settings.mqtt.clientId = QStringLiteral("tst-window");
        settings.consoleId = QStringLiteral("ws-test");
        QTemporaryDir dir;
        MainWindow window(settings, QString(), dir.filePath(QStringLiteral("store.sqlite")));
        window.show();
        auto *indicator = window.findChild<ConnectionIndicator *>();
        QVERIFY(indicator);
        QTRY_COMPARE_WITH_TIMEOUT(indicator->state(), ConnectionState::Connected, 10000);

        MqttOptions pub;
        pub.setBrokerUrl(broker.url());
        pub.clientId = QStringLiteral("tst-window-publisher");
        MqttSession publisher(pub);
        publisher.start();
        QTRY_COMPARE_WITH_TIMEOUT(publisher.state(), ConnectionState::Connected, 10000);
        publishAsset(publisher, QStringLiteral("e-ok"), 0.95, HealthState::Ok);
        publishAsset(publisher, QStringLiteral("e-crit"), 0.12, HealthState::Critical);
        publishAsset(publisher, QStringLiteral("e-watch"), 0.6, HealthState::Watch);

        QTableView *table = window.fleetView()->table();
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->index(0, 0).data(FleetTableModel::KeyRole).toString(),
                                  QStringLiteral("plant-a/e-crit"), 5000);
        QCOMPARE(table->model()->index(2, 0).data(FleetTableModel::KeyRole).toString(), QStringLiteral("plant-a/e-ok"));

        // Selecting shows the asset with its history (the watched asset's history arrives in a batch).
        window.selectAsset(QStringLiteral("e-watch"));
        auto *detail = window.findChild<AssetDetailPanel *>();
        QVERIFY(detail);
        QCOMPARE(detail->assetKey(), QStringLiteral("plant-a/e-watch"));
        QCOMPARE(window.fleetView()->selectedKey(), QStringLiteral("plant-a/e-watch"));

        // A message that breaks the spec is counted, the console keeps going.
        QVERIFY(publisher.publish(QStringLiteral("fleet/v1/plant-a/e-ok/health"), "{\"score\": NaN}", 1, false) > 0);
        QVERIFY(publisher.publish(QStringLiteral("fleet/v1/plant-a/bad id/meta"), "{\"name\":\"x\"}", 1, false) > 0);
        QTRY_COMPARE_WITH_TIMEOUT(window.lastStats().rejected, quint64(2), 5000);
        QToolButton *rejected = nullptr;
        for (QToolButton *b : window.findChildren<QToolButton *>()) {
            if (b->text().startsWith(QStringLiteral("Rejected")))
                rejected = b;
        }
        QVERIFY(rejected);
        QCOMPARE(rejected->text(), QStringLiteral("Rejected: 2"));
        rejected->click();
        auto *dialog = window.findChild<RejectionsDialog *>();
        QVERIFY(dialog && dialog->isVisible());

        // Keyboard: Ctrl+F puts the focus in the filter box.
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(QApplication::focusWidget() && QApplication::focusWidget()->inherits("QLineEdit"));

        publisher.stop();
        window.shutdown();
        QCOMPARE(window.lastStats().assetsKnown, 3);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

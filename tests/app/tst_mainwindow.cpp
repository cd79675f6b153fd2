// The console window against a real mosquitto on a free loopback port: messages published by a test
// client appear in the fleet table worst first, selecting a row fills the asset detail, the status bar
// shows the connection and counts a message that breaks the spec, and the rejection breakdown opens.
// Also: every menu and dialog has unique keyboard mnemonics, and Escape closes every dialog and the
// Reports window.

#include "app/mainwindow.h"
#include "core/mqtt/mqttsession.h"
#include "core/fleet/payloadencoder.h"
#include "core/fleet/topicparser.h"
#include "models/fleettablemodel.h"
#include "models/rejectionmodel.h"
#include "support/brokerprocess.h"
#include "widgets/assetdetailpanel.h"
#include "widgets/connectionindicator.h"
#include "widgets/fleetview.h"
#include "core/alerts/alertrecord.h"
#include "core/labels/failuremodevocabulary.h"
#include "widgets/connectiondialog.h"
#include "widgets/feedbackdialog.h"
#include "widgets/rejectionsdialog.h"
#include "widgets/reportswindow.h"
#include "widgets/shelvedialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QTabBar>
#include <QDateTime>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace fw;
using fw::test::BrokerProcess;

namespace {

// The mnemonic letter of a text ("&Shelve…" → 's'), or 0; "&&" is a literal ampersand.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == QLatin1Char('&')) {
            if (text[i + 1] == QLatin1Char('&')) {
                ++i;
                continue;
            }
            return text[i + 1].toLower();
        }
    }
    return {};
}

// "'x' in A and B" for every letter two of `texts` share.
QStringList clashes(const QStringList &texts)
{
    QHash<QChar, QString> seen;
    QStringList out;
    for (const QString &t : texts) {
        const QChar m = mnemonic(t);
        if (m.isNull())
            continue;
        if (seen.contains(m))
            out << QStringLiteral("'%1' in \"%2\" and \"%3\"").arg(m).arg(seen[m], t);
        seen.insert(m, t);
    }
    return out;
}

QStringList menuClashes(const QList<QAction *> &actions, const QString &where)
{
    QStringList texts;
    QStringList out;
    for (const QAction *a : actions) {
        texts << a->text();
        if (a->menu())
            out << menuClashes(a->menu()->actions(), a->text());
    }
    for (const QString &c : clashes(texts))
        out << where + QStringLiteral(": ") + c;
    return out;
}

// The texts of one window that take a mnemonic: buttons, check boxes, group boxes, tabs, buddy labels.
QStringList dialogClashes(const QWidget *top)
{
    QStringList texts;
    for (const QAbstractButton *b : top->findChildren<QAbstractButton *>())
        texts << b->text();
    for (const QGroupBox *g : top->findChildren<QGroupBox *>())
        texts << g->title();
    for (const QTabBar *bar : top->findChildren<QTabBar *>()) {
        for (int i = 0; i < bar->count(); ++i)
            texts << bar->tabText(i);
    }
    for (const QLabel *l : top->findChildren<QLabel *>()) {
        if (l->buddy())
            texts << l->text();
    }
    return clashes(texts);
}

} // namespace

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

    void menuMnemonicsAreUnique()
    {
        ConsoleSettings settings;
        settings.mqtt.setBrokerUrl(QStringLiteral("mqtt://127.0.0.1:1"));   // nothing listens: no broker needed
        QTemporaryDir dir;
        MainWindow window(settings, QString(), dir.filePath(QStringLiteral("store.sqlite")));
        const QStringList found = menuClashes(window.menuBar()->actions(), QStringLiteral("menu bar"));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
        QVERIFY(window.menuBar()->actions().size() >= 5);
        window.shutdown();
    }

    void dialogsHaveUniqueMnemonicsAndCloseOnEscape()
    {
        QTemporaryDir dir;
        ConsoleSettings settings;
        AlertRecord alert;
        alert.site = QStringLiteral("plant-a");
        alert.asset = QStringLiteral("engine-001");
        alert.alertId = QStringLiteral("a-1");
        alert.title = QStringLiteral("HPC degradation");
        const FailureModeVocabulary vocabulary = FailureModeVocabulary::builtIn();
        RejectionModel rejections;
        ConnectionDialog connection(settings);
        ShelveDialog shelve(2);
        FeedbackDialog feedback(alert, QString(), vocabulary);
        RejectionsDialog rejected(&rejections);
        ReportsWindow reports(dir.filePath(QStringLiteral("store.sqlite")));
        for (QWidget *w : std::initializer_list<QWidget *>{&connection, &shelve, &feedback, &rejected, &reports}) {
            const QString name = QString::fromLatin1(w->metaObject()->className());
            w->show();
            QVERIFY(QTest::qWaitForWindowExposed(w));
            const QStringList found = dialogClashes(w);
            QVERIFY2(found.isEmpty(), qPrintable(name + QStringLiteral(": ") + found.join(QStringLiteral("; "))));
            w->activateWindow();
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : w, Qt::Key_Escape);
            QVERIFY2(!w->isVisible(), qPrintable(name + QStringLiteral(" stays open on Escape")));
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

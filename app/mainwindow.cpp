#include "app/mainwindow.h"

#include "core/ingestpipeline.h"
#include "core/logging.h"
#include "models/fleettablemodel.h"
#include "models/rejectionmodel.h"
#include "widgets/assetdetailpanel.h"
#include "widgets/connectiondialog.h"
#include "widgets/connectionindicator.h"
#include "widgets/fleetview.h"
#include "widgets/rejectionsdialog.h"

#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>

namespace fw {

MainWindow::MainWindow(ConsoleSettings settings, QString settingsPath, QWidget *parent)
    : QMainWindow(parent), m_settings(std::move(settings)), m_settingsPath(std::move(settingsPath)),
      m_fleetModel(new FleetTableModel(this)), m_rejectionModel(new RejectionModel(this)),
      m_fleetView(new FleetView(m_fleetModel, this)), m_detail(new AssetDetailPanel(this)),
      m_connection(new ConnectionIndicator(this)), m_rate(new QLabel(this)), m_assets(new QLabel(this)),
      m_rejected(new QToolButton(this))
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_fleetView);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({1150, 770});
    setCentralWidget(splitter);

    buildMenus();
    buildStatusBar();
    connect(m_fleetView, &FleetView::assetSelected, this, &MainWindow::showAsset);
    updateTitle();
    resize(1600, 900);
    startPipeline();
}

MainWindow::~MainWindow()
{
    shutdown();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Find asset…"), QKeySequence::Find, m_fleetView, &FleetView::focusFilter);
    QAction *abnormal = view->addAction(tr("&Abnormal assets only"));
    abnormal->setCheckable(true);
    abnormal->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(abnormal, &QAction::toggled, m_fleetView, &FleetView::setAbnormalOnly);
    view->addAction(tr("&Fleet table"), QKeySequence(Qt::ALT | Qt::Key_1), this,
                    [this] { m_fleetView->table()->setFocus(Qt::ShortcutFocusReason); });
    view->addAction(tr("&Rejected messages…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), this,
                    &MainWindow::showRejections);
    view->addSeparator();
    view->addAction(tr("F&ull screen"), QKeySequence::FullScreen, this,
                    [this] { setWindowState(windowState() ^ Qt::WindowFullScreen); });

    QMenu *connection = menuBar()->addMenu(tr("&Connection"));
    connection->addAction(tr("&Settings…"), QKeySequence(Qt::CTRL | Qt::Key_Comma), this,
                          &MainWindow::openConnectionSettings);
    connection->addAction(tr("&Reconnect"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this,
                          &MainWindow::startPipeline);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Fleetwatch"), this, [this] {
        QMessageBox::about(this, tr("About Fleetwatch"),
                           tr("<b>Fleetwatch %1</b><p>Operator console for predictive-maintenance fleets "
                              "(fleet MQTT interface v1).</p>").arg(QApplication::applicationVersion()));
    });
}

void MainWindow::buildStatusBar()
{
    m_rejected->setAutoRaise(true);
    m_rejected->setToolTip(tr("Messages rejected by the fleet interface check; click for the reasons (Ctrl+Shift+R)"));
    connect(m_rejected, &QToolButton::clicked, this, &MainWindow::showRejections);
    statusBar()->addWidget(m_connection, 1);
    statusBar()->addPermanentWidget(m_assets);
    statusBar()->addPermanentWidget(m_rate);
    statusBar()->addPermanentWidget(m_rejected);
    applyBatch(std::make_shared<FleetBatch>());
}

void MainWindow::startPipeline()
{
    if (m_pipeline)
        m_pipeline->stop();
    MqttOptions mqtt = m_settings.mqtt;
    mqtt.subscriptions = m_settings.subscriptionFilters();
    IngestWorker::Options ingest;
    ingest.root = m_settings.root;
    m_pipeline = std::make_unique<IngestPipeline>(mqtt, ingest);
    m_connection->setBroker(mqtt.brokerUrl());
    connect(m_pipeline->session(), &MqttSession::connectionStateChanged, m_connection, &ConnectionIndicator::setState);
    connect(m_pipeline->worker(), &IngestWorker::batchReady, this, &MainWindow::applyBatch);
    m_pipeline->start();
    if (!m_detail->assetKey().isEmpty())
        QMetaObject::invokeMethod(m_pipeline->worker(), [w = m_pipeline->worker(), key = m_detail->assetKey()] {
            w->setWatchedAsset(key);
        });
}

void MainWindow::shutdown()
{
    if (!m_pipeline)
        return;
    m_pipeline->stop();
    m_stats = m_pipeline->worker()->stats();
    m_pipeline.reset();
}

IngestStats MainWindow::lastStats() const
{
    return m_stats;
}

void MainWindow::applyBatch(const FleetBatchPtr &batch)
{
    m_fleetModel->applyBatch(*batch);
    m_stats = batch->stats;
    const QString watched = m_detail->assetKey();
    if (!watched.isEmpty()) {
        if (const AssetSummary *s = m_fleetModel->summary(watched))
            m_detail->updateSummary(*s);
    }
    if (batch->watchedHistory)
        m_detail->updateHistory(*batch->watchedHistory);
    if (!m_pendingSelection.isEmpty())
        selectAsset(m_pendingSelection);

    const QLocale locale;
    m_rate->setText(tr("%1 msg/s").arg(locale.toString(batch->stats.messagesPerSecond, 'f', 0)));
    m_assets->setText(tr("%1 assets · %2 open alerts").arg(batch->stats.assetsKnown).arg(batch->stats.alertsOpen));
    m_rejected->setText(tr("Rejected: %1").arg(locale.toString(batch->stats.rejected)));
    m_rejectionModel->setCounts(batch->stats.rejectedByReason);
}

void MainWindow::showAsset(const QString &key)
{
    m_detail->showAsset(key, m_fleetModel->summary(key));
    if (m_pipeline)
        QMetaObject::invokeMethod(m_pipeline->worker(), [w = m_pipeline->worker(), key] { w->setWatchedAsset(key); });
}

void MainWindow::selectAsset(const QString &keyOrAssetId)
{
    QString key = keyOrAssetId;
    if (!key.contains(QLatin1Char('/'))) {
        for (int row = 0; row < m_fleetModel->rowCount(); ++row) {
            if (m_fleetModel->summary(row)->asset == keyOrAssetId) {
                key = m_fleetModel->summary(row)->key;
                break;
            }
        }
    }
    if (m_fleetModel->rowOf(key) < 0) {
        m_pendingSelection = keyOrAssetId;   // not known yet: try again when it arrives
        return;
    }
    m_pendingSelection.clear();
    m_fleetView->selectAsset(key);
}

void MainWindow::openConnectionSettings()
{
    ConnectionDialog dialog(m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_settings = dialog.settings();
    QString error;
    if (!m_settings.save(m_settingsPath, &error))
        QMessageBox::warning(this, tr("Settings not saved"), error);
    logging::get("ui")->info("connection settings changed: {} root {} site {}", m_settings.mqtt.brokerUrl().toStdString(),
                             logging::sanitize(m_settings.root), logging::sanitize(m_settings.site));
    updateTitle();
    startPipeline();
}

void MainWindow::showRejections()
{
    if (!m_rejectionsDialog)
        m_rejectionsDialog = new RejectionsDialog(m_rejectionModel, this);
    m_rejectionsDialog->show();
    m_rejectionsDialog->raise();
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("Fleetwatch — %1 — %2").arg(m_settings.site.isEmpty() ? tr("all sites") : m_settings.site,
                                                   m_settings.consoleId));
}

} // namespace fw

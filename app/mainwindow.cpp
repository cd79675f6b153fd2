#include "app/mainwindow.h"

#include "app/alertpanels.h"
#include "app/passwordkeyring.h"
#include "app/sessioncontrols.h"
#include "app/viewsettings.h"
#include "core/alerts/alertcenter.h"
#include "core/common/logging.h"
#include "core/common/uilanguage.h"
#include "core/console/consolecore.h"
#include "models/fleettablemodel.h"
#include "models/rejectionmodel.h"
#include "widgets/alarmjournalwindow.h"
#include "widgets/alertannouncer.h"
#include "widgets/alertqueueview.h"
#include "widgets/assetdetailpanel.h"
#include "widgets/connectiondialog.h"
#include "widgets/connectionindicator.h"
#include "widgets/explanationpanel.h"
#include "widgets/fleetview.h"
#include "widgets/modelstatusview.h"
#include "widgets/rejectionsdialog.h"
#include "widgets/reportswindow.h"
#include "widgets/storebanner.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace fw {

namespace {

// The settings as one line for the journal (no password: it is never in the settings).
QString settingsSummary(const ConsoleSettings &s)
{
    const MqttOptions &m = s.mqtt;
    return QStringLiteral("broker=%1 user=%2 tls=%3 ca=%4 cert=%5 key=%6 tls_insecure=%7 root=%8 site=%9 console=%10 "
                          "language=%11 lock_minutes=%12")
        .arg(m.brokerUrl(), m.username)
        .arg(m.tls ? 1 : 0)
        .arg(m.caFile, m.certFile, m.keyFile)
        .arg(m.tlsInsecure ? 1 : 0)
        .arg(s.root, s.site, s.consoleId, s.language)
        .arg(s.lockMinutes);
}

} // namespace

MainWindow::MainWindow(ConsoleSettings settings, QString settingsPath, QString dbPath, QWidget *parent)
    : QMainWindow(parent), m_settings(std::move(settings)), m_settingsPath(std::move(settingsPath)),
      m_dbPath(std::move(dbPath)), m_fleetModel(new FleetTableModel(this)), m_rejectionModel(new RejectionModel(this)),
      m_fleetView(new FleetView(m_fleetModel, this)), m_detail(new AssetDetailPanel(this)),
      m_alertPanels(new AlertPanels(m_fleetModel, this)), m_sideTabs(new QTabWidget(this)),
      m_outbox(new QLabel(this)), m_labels(new QLabel(this)), m_mute(new QLabel(this)),
      m_connection(new ConnectionIndicator(this)), m_rate(new QLabel(this)), m_assets(new QLabel(this)),
      m_rejected(new QToolButton(this)), m_storeBanner(new StoreBanner(this)), m_keyring(new PasswordKeyring(this)),
      m_sessionControls(new SessionControls(m_dbPath, m_settings.consoleId, m_settings.lockMinutes, this))
{
    m_sideTabs->addTab(m_detail, tr("&Asset trends"));
    m_sideTabs->addTab(m_alertPanels->explanation(), tr("&Why (explanation)"));
    m_sideTabs->addTab(m_alertPanels->modelView(), tr("&Models"));
    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(m_fleetView);
    bottom->addWidget(m_sideTabs);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    bottom->setSizes({1150, 770});
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(m_alertPanels->queueTabs());
    vertical->addWidget(bottom);
    vertical->setSizes({460, 560});
    // The store banner above everything: whatever the operator looks at, it is in view.
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_storeBanner);
    centralLayout->addWidget(vertical, 1);
    setCentralWidget(central);

    buildMenus();
    buildStatusBar();
    connect(m_fleetView, &FleetView::assetSelected, this, &MainWindow::showAsset);
    connect(m_fleetView, &FleetView::assetSelected, alertQueue(), &AlertQueueView::selectAsset);
    connect(alertQueue(), &AlertQueueView::assetSelected, m_fleetView, &FleetView::selectAsset);
    connect(announcer(), &AlertAnnouncer::muteChanged, m_mute, &QLabel::setText);
    connect(m_fleetView, &FleetView::assetSelected, this, [this] {
        if (m_fleetView->table()->hasFocus())   // chosen in the fleet table, not followed from the queue
            m_sideTabs->setCurrentWidget(m_detail);
    });
    connect(m_alertPanels, &AlertPanels::explanationRequested, this,
            [this] { m_sideTabs->setCurrentWidget(m_alertPanels->explanation()); });
    connect(m_alertPanels, &AlertPanels::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_alertPanels, &AlertPanels::outboxCountsChanged, this, &MainWindow::showOutbox);
    connect(m_fleetModel, &FleetTableModel::freshnessRefreshed, this, &MainWindow::showFreshness);
    connect(m_alertPanels, &AlertPanels::labelCountsChanged, this, [this](int pending, int delivered) {
        const QLocale locale;
        m_labels->setText(pending > 0 ? tr("▲ Labels: %1 to send, %2 delivered")
                                            .arg(locale.toString(pending), locale.toString(delivered))
                                      : tr("Labels: %1 delivered").arg(locale.toString(delivered)));
    });
    connect(m_keyring, &PasswordKeyring::passwordRead, this, [this](const QString &account, const QString &password) {
        if (account != PasswordKeyring::accountFor(m_settings.mqtt) || !m_settings.mqtt.password.isEmpty())
            return;   // an answer for settings changed meanwhile
        if (password.isEmpty()) {
            m_connection->setState(ConnectionState::Failed, tr("the keyring holds an empty password for %1").arg(account));
            return;
        }
        m_settings.mqtt.password = password;
        startPipeline();
    });
    connect(m_keyring, &PasswordKeyring::readFailed, this, [this](const QString &account, const QString &reason) {
        if (account != PasswordKeyring::accountFor(m_settings.mqtt))
            return;
        m_connection->setState(ConnectionState::Failed, reason);
        statusBar()->showMessage(reason, 30'000);
    });
    connect(m_keyring, &PasswordKeyring::writeFailed, this,
            [this](const QString &, const QString &reason) { statusBar()->showMessage(reason, 30'000); });
    updateTitle();
    resize(1600, 900);
    // A password an earlier version left in the settings file (taken out of it by ConsoleSettings::load).
    if (!m_settings.oldFilePassword.isEmpty())
        keepPasswordInKeyring(std::exchange(m_settings.oldFilePassword, QString()));
    startPipeline();
    // The accounts open once the store does (storeStatusChanged); this covers a pipeline that waits
    // for the keyring.
    QTimer::singleShot(3000, m_sessionControls->session(), &OperatorSession::start);
}

MainWindow::~MainWindow()
{
    shutdown();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Reports…"), QKeySequence(Qt::CTRL | Qt::Key_R), this, &MainWindow::showReports);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Find asset…"), QKeySequence::Find, m_fleetView, &FleetView::focusFilter);
    QAction *abnormal = view->addAction(tr("&Abnormal assets only"));
    abnormal->setCheckable(true);
    abnormal->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(abnormal, &QAction::toggled, m_fleetView, &FleetView::setAbnormalOnly);
    view->addAction(tr("F&leet table"), QKeySequence(Qt::ALT | Qt::Key_1), this,
                    [this] { m_fleetView->table()->setFocus(Qt::ShortcutFocusReason); });
    view->addAction(tr("Alarm &journal…"), QKeySequence(Qt::CTRL | Qt::Key_J), this, &MainWindow::showAlarmJournal);
    view->addAction(tr("&Rejected messages…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), this,
                    &MainWindow::showRejections);
    view->addSeparator();
    // F11 itself: QKeySequence::FullScreen is Ctrl+Shift+F under some desktops, which reports a failure.
    view->addAction(tr("F&ull screen"), QKeySequence(Qt::Key_F11), this,
                    [this] { setWindowState(windowState() ^ Qt::WindowFullScreen); });
    QMenu *theme = view->addMenu(tr("&Theme"));
    auto *themes = new QActionGroup(theme);
    for (const auto &[value, text] : {std::pair{hmi::Theme::Day, tr("&Day")}, std::pair{hmi::Theme::Night, tr("&Night")}}) {
        QAction *action = theme->addAction(text, this, [this, value = value] { setTheme(value); });
        action->setCheckable(true);
        action->setChecked(hmi::currentTheme() == value);
        themes->addAction(action);
    }

    QMenu *alerts = menuBar()->addMenu(tr("&Alerts"));
    alerts->addAction(tr("Go to the alert &queue"), QKeySequence(Qt::ALT | Qt::Key_Q), alertQueue(), &AlertQueueView::focusQueue);
    alerts->addAction(tr("&Acknowledge selected\tSpace"), alertQueue(), &AlertQueueView::acknowledgeSelected);
    alerts->addAction(tr("Acknowledge with a &note…\tN"), alertQueue(), &AlertQueueView::acknowledgeSelectedWithNote);
    alerts->addAction(tr("&Shelve…\tS"), alertQueue(), &AlertQueueView::shelveSelected);
    alerts->addAction(tr("&Unshelve\tU"), alertQueue(), &AlertQueueView::unshelveSelected);
    alerts->addAction(tr("Record the &outcome…\tO"), m_alertPanels, &AlertPanels::recordOutcomeForSelection);
    alerts->addAction(tr("Report a &failure no alert foresaw…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), this,
                      [this] { m_alertPanels->reportMissedFailure(m_fleetView->selectedKey()); });
    alerts->addSeparator();
    alerts->addAction(tr("&Mute sound for 5 minutes"), QKeySequence(Qt::CTRL | Qt::Key_M), this,
                      [this] { announcer()->muteFor(5); });
    alerts->addAction(tr("Sound on a&gain"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), announcer(),
                      &AlertAnnouncer::unmute);

    QMenu *connection = menuBar()->addMenu(tr("&Connection"));
    connection->addAction(tr("&Settings…"), QKeySequence(Qt::CTRL | Qt::Key_Comma), this,
                          &MainWindow::openConnectionSettings);
    connection->addAction(tr("&Reconnect"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this,
                          &MainWindow::startPipeline);

    m_sessionControls->addMenu(menuBar());
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
    statusBar()->addPermanentWidget(m_sessionControls->statusButton());
    statusBar()->addPermanentWidget(m_mute);
    statusBar()->addPermanentWidget(m_outbox);
    statusBar()->addPermanentWidget(m_labels);
    statusBar()->addPermanentWidget(m_assets);
    statusBar()->addPermanentWidget(m_rate);
    statusBar()->addPermanentWidget(m_rejected);
    applyBatch(std::make_shared<FleetBatch>());
}

void MainWindow::setTheme(hmi::Theme theme)
{
    hmi::setTheme(theme);
    if (!ViewSettings(m_settingsPath).saveTheme(theme))
        statusBar()->showMessage(tr("The theme could not be saved in %1").arg(m_settingsPath), 10'000);
}

bool MainWindow::restoreLayout()
{
    return ViewSettings(m_settingsPath).restoreLayout(this);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!ViewSettings(m_settingsPath).saveLayout(this))
        logging::get("ui")->warn("cannot save the window layout to {}", m_settingsPath.toStdString());
    QMainWindow::closeEvent(event);
}

bool MainWindow::awaitingKeyringPassword()
{
    const MqttOptions &mqtt = m_settings.mqtt;
    if (mqtt.username.isEmpty() || !mqtt.password.isEmpty())
        return false;
    const QString account = PasswordKeyring::accountFor(mqtt);
    m_connection->setBroker(mqtt.brokerUrl());
    m_connection->setState(ConnectionState::Connecting, tr("reading the password of %1 from the keyring").arg(account));
    m_keyring->read(account);
    return true;
}

void MainWindow::keepPasswordInKeyring(const QString &password)
{
    if (!m_settings.mqtt.username.isEmpty() && !password.isEmpty())
        m_keyring->write(PasswordKeyring::accountFor(m_settings.mqtt), password);
}

void MainWindow::startPipeline()
{
    if (m_core)
        shutdown();
    if (awaitingKeyringPassword())
        return;
    // Who acts: the signed-in user, and nobody (no role: every action refused) until someone signs in.
    OperatorSession *session = m_sessionControls->session();
    const std::optional<Role> role = session->actingRole();
    const QString user = session->state() == OperatorSession::State::SignedIn ? session->user() : QString();
    m_core = std::make_unique<ConsoleCore>(m_settings, m_dbPath, user);
    m_core->alerts()->setOperator(user, role ? roleName(*role) : QString());   // its thread has not started yet
    connect(session, &OperatorSession::operatorChanged, m_core->alerts(),
            [alerts = m_core->alerts()](const QString &who, const QString &r) { alerts->setOperator(who, r); });
    m_connection->setBroker(m_settings.mqtt.brokerUrl());
    connect(m_core->session(), &MqttSession::connectionStateChanged, m_connection, &ConnectionIndicator::setState);
    // Not connected: every asset's data is only the last known (FleetTableModel, DataFreshness).
    connect(m_core->session(), &MqttSession::connectionStateChanged, m_fleetModel,
            [model = m_fleetModel](ConnectionState state) { model->setSessionConnected(state == ConnectionState::Connected); });
    connect(m_core->worker(), &IngestWorker::batchReady, this, &MainWindow::applyBatch);
    m_alertPanels->attach(m_core->alerts());
    m_storeBanner->setStatus(StoreStatus{});
    connect(m_core->alerts(), &AlertCenter::storeStatusChanged, this, [this](const StoreStatus &status) {
        m_sessionControls->session()->start();   // the store exists now: the accounts are read from it
        m_storeBanner->setStatus(status);
        updateTitle();
    });
    m_core->start();
    if (!m_detail->assetKey().isEmpty())
        QMetaObject::invokeMethod(m_core->worker(), [w = m_core->worker(), key = m_detail->assetKey()] {
            w->setWatchedAsset(key);
        });
}

void MainWindow::showOutbox(int pending, int delivered)
{
    const QLocale locale;
    m_outbox->setText(pending > 0 ? tr("▲ %1 to send (%2 delivered)").arg(locale.toString(pending), locale.toString(delivered))
                                  : tr("All sent (%1 delivered)").arg(locale.toString(delivered)));
    m_outbox->setToolTip(tr("Acknowledgements and labels wait in the local store until the broker has taken them"));
}

void MainWindow::shutdown()
{
    if (!m_core)
        return;
    // Counted before the stop, which ends the session and would make every asset "last known".
    m_fleetModel->refreshFreshness();
    const int stale = m_fleetModel->staleCount();
    m_core->stop();
    m_stats = m_core->worker()->stats();
    m_figures = m_core->alerts()->figures();
    m_stats.assetsStale = stale;
    m_core.reset();
}

AlertQueueView *MainWindow::alertQueue() const
{
    return m_alertPanels->queueView();
}

AlertAnnouncer *MainWindow::announcer() const
{
    return m_alertPanels->announcer();
}

IngestStats MainWindow::lastStats() const
{
    IngestStats stats = m_stats;
    if (m_core)   // running: as of the model's last tick (after shutdown(): as it stopped)
        stats.assetsStale = m_fleetModel->staleCount();
    return stats;
}

void MainWindow::applyBatch(const FleetBatchPtr &batch)
{
    m_fleetModel->applyBatch(*batch);
    m_alertPanels->applyBatch(*batch);
    m_stats = batch->stats;
    const QString watched = m_detail->assetKey();
    if (!watched.isEmpty()) {
        if (const AssetSummary *s = m_fleetModel->summary(watched))
            m_detail->updateSummary(*s);
        showFreshness();
    }
    if (batch->watchedHistory)
        m_detail->updateHistory(*batch->watchedHistory);
    if (!m_pendingSelection.isEmpty())
        selectAsset(m_pendingSelection);

    const QLocale locale;
    m_rate->setText(tr("%1 msg/s").arg(locale.toString(batch->stats.messagesPerSecond, 'f', 0)));
    m_assets->setText(tr("%1 assets · %2 open alerts").arg(locale.toString(batch->stats.assetsKnown),
                                                            locale.toString(batch->stats.alertsOpen)));
    m_rejected->setText(tr("Rejected: %1").arg(locale.toString(batch->stats.rejected)));
    m_rejectionModel->setCounts(batch->stats.rejectedByReason);
}

void MainWindow::showAsset(const QString &key)
{
    m_detail->showAsset(key, m_fleetModel->summary(key));
    showFreshness();
    if (m_core)
        QMetaObject::invokeMethod(m_core->worker(), [w = m_core->worker(), key] { w->setWatchedAsset(key); });
}

void MainWindow::showFreshness()
{
    const QString key = m_detail->assetKey();
    if (!key.isEmpty())
        m_detail->setFreshness(m_fleetModel->freshness(m_fleetModel->rowOf(key)), m_fleetModel->now());
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

bool MainWindow::allowed(Capability c, const QString &title)
{
    const QString why = refusalFor(m_sessionControls->session()->actingRole(), c);
    if (why.isEmpty())
        return true;
    QMessageBox::information(this, title, why);
    return false;
}

void MainWindow::openConnectionSettings()
{
    if (!allowed(Capability::ChangeSettings, tr("Connection settings")))
        return;
    ConnectionDialog dialog(m_settings, this);
    QList<std::pair<QString, QString>> languages;
    for (const QString &code : UiLanguage::supported())
        languages.append({code, UiLanguage::nativeName(code)});
    dialog.setLanguageChoices(languages);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Again: the session may have locked or changed hands while the dialog was open.
    if (!allowed(Capability::ChangeSettings, tr("Connection settings")))
        return;
    const bool languageChanged = dialog.settings().language != m_settings.language;
    const QString before = settingsSummary(m_settings);
    const QString previousPassword = m_settings.mqtt.password;
    m_settings = dialog.settings();
    // Into the keyring, never into the settings file (which save() writes without it).
    if (m_settings.mqtt.password != previousPassword)
        keepPasswordInKeyring(m_settings.mqtt.password);
    QString error;
    if (!m_settings.save(m_settingsPath, &error))
        QMessageBox::warning(this, tr("Settings not saved"), error);
    logging::get("ui")->info("connection settings changed: {} root {} site {}", m_settings.mqtt.brokerUrl().toStdString(),
                             logging::sanitize(m_settings.root), logging::sanitize(m_settings.site));
    m_sessionControls->session()->recordChange(
        QStringLiteral("settings_changed"), QStringLiteral("connection"), before,
        settingsSummary(m_settings) + (m_settings.mqtt.password != previousPassword ? QStringLiteral(" password=changed") : QString()));
    if (languageChanged)
        statusBar()->showMessage(tr("The interface language changes when Fleetwatch starts next."), 15000);
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

void MainWindow::showReports()
{
    if (!allowed(Capability::Reports, tr("Reports")))
        return;
    if (!m_reportsWindow)
        m_reportsWindow = new ReportsWindow(m_dbPath, this);
    m_reportsWindow->show();
    m_reportsWindow->raise();
    m_reportsWindow->activateWindow();
}

void MainWindow::showAlarmJournal()
{
    if (!m_journalWindow)
        m_journalWindow = new AlarmJournalWindow(m_dbPath, this);
    else
        m_journalWindow->reload();   // what happened since it was last open
    m_journalWindow->show();
    m_journalWindow->raise();
    m_journalWindow->activateWindow();
    m_journalWindow->focusSearch();
}

void MainWindow::updateTitle()
{
    QString title = tr("Fleetwatch — %1 — %2").arg(m_settings.site.isEmpty() ? tr("all sites") : m_settings.site,
                                                   m_settings.consoleId);
    if (m_storeBanner->status().state == StoreStatus::State::NotSaving)
        title += tr(" — NOT SAVING");
    else if (m_storeBanner->status().state == StoreStatus::State::ReadOnlyMode)
        title += tr(" — read-only mode");
    setWindowTitle(title);
}

} // namespace fw

#pragma once
// MainWindow: builds and wires the console: the receive pipeline, the fleet table, the asset detail,
// the status bar, menus and shortcuts. No business logic here. GUI thread.

#include "core/alerts/alertcenter.h"
#include "core/console/consolesettings.h"
#include "core/fleet/fleetbatch.h"
#include "core/mqtt/mqttsession.h"
#include "core/users/role.h"
#include "widgets/hmipalette.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QTabWidget;
class QToolButton;

namespace fw {

class AlarmJournalWindow;
class AlertAnnouncer;
class AlertQueueView;
class AlertPanels;
class AssetDetailPanel;
class ConnectionIndicator;
class ConsoleCore;
class StoreBanner;
class FleetTableModel;
class FleetView;
class RejectionModel;
class RejectionsDialog;
class ReportsWindow;
class SessionControls;

class PasswordKeyring;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(ConsoleSettings settings, QString settingsPath, QString dbPath, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Stops the network and the ingest thread; afterwards lastStats() is final.
    void shutdown();
    IngestStats lastStats() const;
    // The store and the outbox as the alerts thread left them (after shutdown()).
    AlertCenterFigures lastFigures() const { return m_figures; }

    FleetView *fleetView() const { return m_fleetView; }
    AlertQueueView *alertQueue() const;
    AlertAnnouncer *announcer() const;
    AlertPanels *alertPanels() const { return m_alertPanels; }
    SessionControls *sessionControls() const { return m_sessionControls; }
    void selectAsset(const QString &keyOrAssetId);
    // The layout the operator left (size, splitters, columns; ViewSettings); false on a first start.
    bool restoreLayout();
    // View ▸ Theme: applies the theme at once and remembers it in the settings file.
    void setTheme(hmi::Theme theme);

protected:
    void closeEvent(QCloseEvent *event) override;   // saves the layout

private:
    void buildMenus();
    void buildStatusBar();
    void startPipeline();
    // A user name without a password: asks the keyring (true), and starts the pipeline when it has
    // answered with one; never connects without it.
    bool awaitingKeyringPassword();
    void keepPasswordInKeyring(const QString &password);
    void showOutbox(int pending, int delivered);
    void applyBatch(const fw::FleetBatchPtr &batch);
    void showAsset(const QString &key);
    void showFreshness();   // the model's verdict on the detail panel's asset
    void openConnectionSettings();
    void showRejections();
    void showReports();
    void showAlarmJournal();
    void updateTitle();
    // The signed-in role may do `c` here; otherwise says why in a message box and returns false.
    bool allowed(Capability capability, const QString &title);

    ConsoleSettings m_settings;
    QString m_settingsPath;
    QString m_dbPath;
    std::unique_ptr<ConsoleCore> m_core;
    FleetTableModel *m_fleetModel;
    RejectionModel *m_rejectionModel;
    FleetView *m_fleetView;
    AssetDetailPanel *m_detail;
    AlertPanels *m_alertPanels;
    QTabWidget *m_sideTabs;
    QLabel *m_outbox;
    QLabel *m_labels;
    QLabel *m_mute;
    ConnectionIndicator *m_connection;
    QLabel *m_rate;
    QLabel *m_assets;
    QToolButton *m_rejected;
    StoreBanner *m_storeBanner;
    PasswordKeyring *m_keyring;
    SessionControls *m_sessionControls;
    RejectionsDialog *m_rejectionsDialog = nullptr;
    ReportsWindow *m_reportsWindow = nullptr;
    AlarmJournalWindow *m_journalWindow = nullptr;
    IngestStats m_stats;
    AlertCenterFigures m_figures;
    QString m_pendingSelection;
};

} // namespace fw

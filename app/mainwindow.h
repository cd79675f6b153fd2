#pragma once
// MainWindow: builds and wires the console: the receive pipeline, the fleet table, the asset detail,
// the status bar, menus and shortcuts. No business logic here. GUI thread.

#include "core/consolesettings.h"
#include "core/fleetbatch.h"
#include "core/mqttsession.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QToolButton;

namespace fw {

class AssetDetailPanel;
class ConnectionIndicator;
class FleetTableModel;
class FleetView;
class IngestPipeline;
class RejectionModel;
class RejectionsDialog;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(ConsoleSettings settings, QString settingsPath, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Stops the network and the ingest thread; afterwards lastStats() is final.
    void shutdown();
    IngestStats lastStats() const;

    FleetView *fleetView() const { return m_fleetView; }
    void selectAsset(const QString &keyOrAssetId);

private:
    void buildMenus();
    void buildStatusBar();
    void startPipeline();
    void applyBatch(const fw::FleetBatchPtr &batch);
    void showAsset(const QString &key);
    void openConnectionSettings();
    void showRejections();
    void updateTitle();

    ConsoleSettings m_settings;
    QString m_settingsPath;
    std::unique_ptr<IngestPipeline> m_pipeline;
    FleetTableModel *m_fleetModel;
    RejectionModel *m_rejectionModel;
    FleetView *m_fleetView;
    AssetDetailPanel *m_detail;
    ConnectionIndicator *m_connection;
    QLabel *m_rate;
    QLabel *m_assets;
    QToolButton *m_rejected;
    RejectionsDialog *m_rejectionsDialog = nullptr;
    IngestStats m_stats;
    QString m_pendingSelection;
};

} // namespace fw

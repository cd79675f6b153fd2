#pragma once
// AlertWorkbench: builds and wires the alert side of the console: the alert queue, the acknowledged
// alerts awaiting an outcome, the explanation panel, the model status, the announcer and the
// technician's feedback form, all talking to one AlertCenter and its parts, OperatorActions and LabelDesk
// (attach() after every (re)connect). No business logic: requests go to the alerts thread through
// queued calls. GUI thread.

#include "core/alerts/alertcenter.h"
#include "core/labels/failuremodevocabulary.h"
#include "core/fleet/fleetbatch.h"

#include <QObject>
#include <QPointer>

class QTabWidget;
class QTableView;
class QWidget;

namespace fw {

class AlertAnnouncer;
class AlertQueueModel;
class AlertQueueView;
class AwaitingOutcomeModel;
class ExplanationPanel;
class FleetTableModel;
class ModelStatusModel;
class ModelStatusView;

class AlertWorkbench : public QObject
{
    Q_OBJECT
public:
    AlertWorkbench(FleetTableModel *fleet, QWidget *window);

    void attach(AlertCenter *center);
    void applyBatch(const FleetBatch &batch);

    AlertQueueView *queueView() const { return m_queueView; }
    QWidget *queueTabs() const;             // alert queue | awaiting outcome
    ExplanationPanel *explanation() const { return m_explanation; }
    ModelStatusView *modelView() const { return m_modelView; }
    AlertAnnouncer *announcer() const { return m_announcer; }

public Q_SLOTS:
    void recordOutcomeForSelection();       // the selected queue or awaiting alert
    void reportMissedFailure(const QString &assetKey = {});
    void showExplanation(const QString &alertKey);

Q_SIGNALS:
    void explanationRequested();            // an alert was opened: show the "why" tab
    void statusMessage(const QString &text, int timeoutMs);
    void labelCountsChanged(int pending, int delivered);
    void outboxCountsChanged(int pending, int delivered);

private:
    QString selectedAlertKey() const;
    void openFeedback(const AlertRecord &alert);

    QWidget *m_window;
    FleetTableModel *m_fleet;
    QPointer<AlertCenter> m_center;
    FailureModeVocabulary m_vocabulary;
    AlertQueueModel *m_queueModel;
    AlertQueueView *m_queueView;
    AwaitingOutcomeModel *m_awaitingModel;
    QTableView *m_awaitingView;
    QTabWidget *m_queueTabs;
    ExplanationPanel *m_explanation;
    ModelStatusModel *m_modelModel;
    ModelStatusView *m_modelView;
    AlertAnnouncer *m_announcer;
};

} // namespace fw

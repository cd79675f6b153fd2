#pragma once
// AlertPanels: builds the alert side of the console and wires it: the alert queue and the awaiting-
// outcome list (in one tab widget), the explanation panel, the model status, the announcer and the
// technician's feedback form, talking to one AlertCenter and its parts, OperatorActions and LabelDesk
// (attach() after every (re)connect). No business logic: requests go to the alerts thread through
// queued calls, answers come back through queued connections. GUI thread; the views are children of
// the window given.

#include "core/alerts/alertrecord.h"
#include "core/fleet/fleetbatch.h"
#include "core/labels/failuremodevocabulary.h"
#include "core/labels/labeldraft.h"

#include <QObject>
#include <QPointer>

class QTabWidget;
class QWidget;

namespace fw {

class AlertAnnouncer;
class AlertCenter;
class AlertQueueModel;
class AlertQueueView;
class AwaitingOutcomeView;
class ExplanationPanel;
class FleetTableModel;
class LabelDesk;
class ModelStatusModel;
class ModelStatusView;

class AlertPanels : public QObject
{
    Q_OBJECT
public:
    AlertPanels(FleetTableModel *fleet, QWidget *window);

    void attach(AlertCenter *center);
    void applyBatch(const FleetBatch &batch);

    AlertQueueView *queueView() const { return m_queueView; }
    QWidget *queueTabs() const;             // alert queue | awaiting outcome
    AwaitingOutcomeView *awaitingView() const { return m_awaitingView; }
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
    void recordOutcome(const LabelDraft &draft);

    QWidget *m_window;
    FleetTableModel *m_fleet;
    QPointer<LabelDesk> m_desk;             // the attached center's; lives in the alerts thread
    FailureModeVocabulary m_vocabulary;
    AlertQueueModel *m_queueModel;
    AlertQueueView *m_queueView;
    AwaitingOutcomeView *m_awaitingView;
    QTabWidget *m_queueTabs;
    ExplanationPanel *m_explanation;
    ModelStatusModel *m_modelModel;
    ModelStatusView *m_modelView;
    AlertAnnouncer *m_announcer;
};

} // namespace fw

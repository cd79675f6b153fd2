#include "app/alertpanels.h"

#include "core/alerts/alertcenter.h"
#include "core/alerts/operatoractions.h"
#include "core/common/logging.h"
#include "core/labels/labeldesk.h"
#include "models/alertqueuemodel.h"
#include "models/awaitingoutcomemodel.h"
#include "models/fleettablemodel.h"
#include "models/modelstatusmodel.h"
#include "widgets/alertannouncer.h"
#include "widgets/alertqueueview.h"
#include "widgets/awaitingoutcomeview.h"
#include "widgets/explanationpanel.h"
#include "widgets/feedbackdialog.h"
#include "widgets/modelstatusview.h"

#include <QLocale>
#include <QMessageBox>
#include <QTabWidget>
#include <QTimer>

// This class was AlertWorkbench: its strings keep that translation context, so that the translations
// made for them still apply.

namespace fw {

AlertPanels::AlertPanels(FleetTableModel *fleet, QWidget *window)
    : QObject(window), m_window(window), m_fleet(fleet), m_queueModel(new AlertQueueModel(this)),
      m_queueView(new AlertQueueView(m_queueModel, window)), m_awaitingView(new AwaitingOutcomeView(window)),
      m_queueTabs(new QTabWidget(window)), m_explanation(new ExplanationPanel(window)),
      m_modelModel(new ModelStatusModel(this)), m_modelView(new ModelStatusView(m_modelModel, window)),
      m_announcer(new AlertAnnouncer(window, this))
{
    QString error;
    m_vocabulary = FailureModeVocabulary::load(&error);
    if (!error.isEmpty())
        logging::get("ui")->warn("failure modes: {}", logging::sanitize(error, 400));

    m_queueTabs->addTab(m_queueView, tr("Alert &queue"));
    m_queueTabs->addTab(m_awaitingView, tr("Awaiting &outcome"));
    connect(m_awaitingView, &AwaitingOutcomeView::recordOutcomeRequested, this, &AlertPanels::recordOutcomeForSelection);
    connect(m_awaitingView, &AwaitingOutcomeView::missedFailureReportRequested, this, [this] { reportMissedFailure(); });
    connect(m_queueView, &AlertQueueView::alertOpened, this, &AlertPanels::showExplanation);
    connect(m_queueView, &AlertQueueView::recordOutcomeRequested, this, &AlertPanels::recordOutcomeForSelection);
    AwaitingOutcomeModel *awaiting = m_awaitingView->model();
    connect(awaiting, &QAbstractItemModel::modelReset, this, [this, awaiting] {
        m_queueTabs->setTabText(
            1, tr("Awaiting &outcome (%1)").arg(QLocale().toString(awaiting->rowCount())));
    });
    auto *minute = new QTimer(this);
    connect(minute, &QTimer::timeout, this, [this, awaiting] {
        awaiting->refreshWaitingTimes();
        if (m_desk)
            QMetaObject::invokeMethod(m_desk, &LabelDesk::requestModelQuality);
    });
    minute->start(30000);
}

QWidget *AlertPanels::queueTabs() const
{
    return m_queueTabs;
}

void AlertPanels::attach(AlertCenter *center)
{
    LabelDesk *desk = center->labelDesk();
    OperatorActions *actions = center->operatorActions();
    m_desk = desk;
    connect(center, &AlertCenter::snapshotReady, m_queueModel, [this](const AlertRecordsPtr &a) {
        m_queueModel->setSnapshot(*a);
        // The store is open now: ask for what the technician and the manager see.
        QMetaObject::invokeMethod(m_desk, &LabelDesk::requestAwaitingOutcome);
        QMetaObject::invokeMethod(m_desk, &LabelDesk::requestModelQuality);
    });
    connect(center, &AlertCenter::alertsChanged, m_queueModel, [this](const AlertRecordsPtr &a) { m_queueModel->applyChanges(*a); });
    connect(center, &AlertCenter::alertsAnnounced, m_announcer, [this](const AlertRecordsPtr &a) { m_announcer->announce(*a); });
    connect(center, &AlertCenter::floodChanged, m_queueView, &AlertQueueView::setFlood);
    connect(center, &AlertCenter::outboxCountsChanged, this, &AlertPanels::outboxCountsChanged);
    connect(center, &AlertCenter::storeProblem, this, [this](const QString &message) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Local store"),
                                    message, QMessageBox::Ok, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->show();
    });

    connect(desk, &LabelDesk::labelCountsChanged, this, &AlertPanels::labelCountsChanged);
    connect(desk, &LabelDesk::awaitingOutcomeReady, m_awaitingView,
            [this](const AlertRecordsPtr &a) { m_awaitingView->model()->setAlerts(*a); });
    connect(desk, &LabelDesk::modelQualityReady, m_modelModel,
            [this](const ModelQualitiesPtr &q) { m_modelModel->setQuality(*q); });
    connect(desk, &LabelDesk::detailsReady, m_explanation, [this](const AlertDetailsPtr &d) {
        m_explanation->showDetails(d, m_fleet->summary(d->alert.assetKey()));
    });
    connect(desk, &LabelDesk::detailsUnavailable, m_explanation, &ExplanationPanel::showUnavailable);
    connect(desk, &LabelDesk::labelSaved, this, [this](const QString &key, const QString &labelId) {
        m_awaitingView->model()->removeAlert(key);
        emit statusMessage(tr("Outcome saved (label %1); it goes to the fleet "
                                                                             "as soon as the broker takes it.")
                               .arg(labelId),
                           8000);
        QMetaObject::invokeMethod(m_desk, &LabelDesk::requestModelQuality);
    });
    connect(desk, &LabelDesk::labelRejected, this, [this](const QString &, const QStringList &problems) {
        QMessageBox::warning(m_window, tr("Outcome not saved"),
                             problems.join(QLatin1Char('\n')));
    });

    connect(actions, &OperatorActions::actionRejected, this, [this](const QString &key, const QString &reason) {
        emit statusMessage(tr("Not done for %1: %2").arg(key, reason), 10000);
    });
    connect(m_queueView, &AlertQueueView::acknowledgeRequested, actions, &OperatorActions::acknowledge, Qt::UniqueConnection);
    connect(m_queueView, &AlertQueueView::shelveRequested, actions, &OperatorActions::shelve, Qt::UniqueConnection);
    connect(m_queueView, &AlertQueueView::unshelveRequested, actions, &OperatorActions::unshelve, Qt::UniqueConnection);
}

void AlertPanels::applyBatch(const FleetBatch &batch)
{
    if (!batch.changedModels.empty())
        m_modelModel->applyModels(batch.changedModels);
    if (batch.watchedHistory)
        m_explanation->updateLiveHistory(*batch.watchedHistory);
}

void AlertPanels::showExplanation(const QString &alertKey)
{
    if (!m_desk || alertKey.isEmpty())
        return;
    QMetaObject::invokeMethod(m_desk, [desk = m_desk, alertKey] { desk->requestDetails(alertKey); });
    emit explanationRequested();
}

QString AlertPanels::selectedAlertKey() const
{
    if (m_queueTabs->currentWidget() == m_awaitingView)
        return m_awaitingView->currentKey();
    const QStringList keys = m_queueView->selectedKeys();
    return keys.isEmpty() ? QString() : keys.constFirst();
}

void AlertPanels::recordOutcomeForSelection()
{
    const QString key = selectedAlertKey();
    if (key.isEmpty()) {
        emit statusMessage(tr("Select an alert first."), 5000);
        return;
    }
    if (const AlertRecord *r = m_awaitingView->model()->record(key))
        return openFeedback(*r);
    if (const AlertRecord *r = m_queueModel->record(key))
        return openFeedback(*r);
}

void AlertPanels::openFeedback(const AlertRecord &alert)
{
    const AssetSummary *asset = m_fleet->summary(alert.assetKey());
    FeedbackDialog dialog(alert, asset ? asset->type : QString(), m_vocabulary, m_window);
    if (dialog.exec() == QDialog::Accepted)
        recordOutcome(dialog.draft());
}

void AlertPanels::reportMissedFailure(const QString &assetKey)
{
    std::vector<FeedbackAsset> assets;
    for (int row = 0; row < m_fleet->rowCount(); ++row) {
        const AssetSummary *s = m_fleet->summary(row);
        assets.push_back(FeedbackAsset{s->site, s->asset, s->name, s->type});
    }
    if (assets.empty()) {
        emit statusMessage(tr("No assets known yet."), 5000);
        return;
    }
    FeedbackDialog dialog(assets, m_vocabulary, assetKey, m_window);
    if (dialog.exec() == QDialog::Accepted)
        recordOutcome(dialog.draft());
}

void AlertPanels::recordOutcome(const LabelDraft &draft)
{
    if (m_desk)
        QMetaObject::invokeMethod(m_desk, [desk = m_desk, draft] { desk->recordOutcome(draft); });
}

} // namespace fw

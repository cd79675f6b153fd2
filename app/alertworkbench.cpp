#include "app/alertworkbench.h"

#include "core/logging.h"
#include "models/alertqueuemodel.h"
#include "models/awaitingoutcomemodel.h"
#include "models/fleettablemodel.h"
#include "models/modelstatusmodel.h"
#include "widgets/alertannouncer.h"
#include "widgets/alertqueueview.h"
#include "widgets/explanationpanel.h"
#include "widgets/feedbackdialog.h"
#include "widgets/modelstatusview.h"

#include <QHeaderView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace fw {

AlertWorkbench::AlertWorkbench(FleetTableModel *fleet, QWidget *window)
    : QObject(window), m_window(window), m_fleet(fleet), m_queueModel(new AlertQueueModel(this)),
      m_queueView(new AlertQueueView(m_queueModel, window)), m_awaitingModel(new AwaitingOutcomeModel(this)),
      m_awaitingView(new QTableView(window)), m_queueTabs(new QTabWidget(window)),
      m_explanation(new ExplanationPanel(window)), m_modelModel(new ModelStatusModel(this)),
      m_modelView(new ModelStatusView(m_modelModel, window)), m_announcer(new AlertAnnouncer(window, this))
{
    QString error;
    m_vocabulary = FailureModeVocabulary::load(&error);
    if (!error.isEmpty())
        logging::get("ui")->warn("failure modes: {}", logging::sanitize(error, 400));

    // The technician's list: acknowledged alerts still waiting for what was found.
    auto *awaiting = new QWidget(window);
    auto *record = new QPushButton(tr("&Record outcome…"), awaiting);
    auto *missed = new QPushButton(tr("Report a &failure no alert foresaw…"), awaiting);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("Acknowledged alerts waiting for an outcome. Enter or O records one."), awaiting), 1);
    buttons->addWidget(record);
    buttons->addWidget(missed);
    auto *layout = new QVBoxLayout(awaiting);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_awaitingView, 1);
    m_awaitingView->setModel(m_awaitingModel);
    m_awaitingView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_awaitingView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_awaitingView->verticalHeader()->hide();
    m_awaitingView->horizontalHeader()->setStretchLastSection(true);
    m_awaitingView->setAlternatingRowColors(true);
    connect(m_awaitingView, &QTableView::activated, this, &AlertWorkbench::recordOutcomeForSelection);
    auto *recordKey = new QShortcut(QKeySequence(Qt::Key_O), awaiting, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(recordKey, &QShortcut::activated, this, &AlertWorkbench::recordOutcomeForSelection);
    const std::pair<int, int> widths[] = {{AwaitingOutcomeModel::PriorityCol, 90}, {AwaitingOutcomeModel::RaisedCol, 80},
                                          {AwaitingOutcomeModel::AssetCol, 150}, {AwaitingOutcomeModel::AlertCol, 260},
                                          {AwaitingOutcomeModel::ModelCol, 170}, {AwaitingOutcomeModel::AckedByCol, 160}};
    for (const auto &[column, width] : widths)   // never narrower than the (translated) header
        m_awaitingView->setColumnWidth(column, std::max(width, m_awaitingView->horizontalHeader()->sectionSizeHint(column)));
    connect(record, &QPushButton::clicked, this, &AlertWorkbench::recordOutcomeForSelection);
    connect(missed, &QPushButton::clicked, this, [this] { reportMissedFailure(); });
    m_queueTabs->addTab(m_queueView, tr("Alert &queue"));
    m_queueTabs->addTab(awaiting, tr("Awaiting &outcome"));

    connect(m_queueView, &AlertQueueView::alertOpened, this, &AlertWorkbench::showExplanation);
    connect(m_queueView, &AlertQueueView::recordOutcomeRequested, this, &AlertWorkbench::recordOutcomeForSelection);
    connect(m_awaitingModel, &QAbstractItemModel::modelReset, this, [this] {
        m_queueTabs->setTabText(1, tr("Awaiting &outcome (%1)").arg(QLocale().toString(m_awaitingModel->rowCount())));
    });
    auto *minute = new QTimer(this);
    connect(minute, &QTimer::timeout, this, [this] {
        m_awaitingModel->refreshWaitingTimes();
        if (m_center)
            QMetaObject::invokeMethod(m_center, &AlertCenter::requestModelQuality);
    });
    minute->start(30000);
}

QWidget *AlertWorkbench::queueTabs() const
{
    return m_queueTabs;
}

void AlertWorkbench::attach(AlertCenter *center)
{
    m_center = center;
    connect(center, &AlertCenter::snapshotReady, m_queueModel, [this](const AlertRecordsPtr &a) {
        m_queueModel->setSnapshot(*a);
        // The store is open now: ask for what the technician and the manager see.
        QMetaObject::invokeMethod(m_center, &AlertCenter::requestAwaitingOutcome);
        QMetaObject::invokeMethod(m_center, &AlertCenter::requestModelQuality);
    });
    connect(center, &AlertCenter::alertsChanged, m_queueModel, [this](const AlertRecordsPtr &a) { m_queueModel->applyChanges(*a); });
    connect(center, &AlertCenter::alertsAnnounced, m_announcer, [this](const AlertRecordsPtr &a) { m_announcer->announce(*a); });
    connect(center, &AlertCenter::floodChanged, m_queueView, &AlertQueueView::setFlood);
    connect(center, &AlertCenter::outboxCountsChanged, this, &AlertWorkbench::outboxCountsChanged);
    connect(center, &AlertCenter::labelCountsChanged, this, &AlertWorkbench::labelCountsChanged);
    connect(center, &AlertCenter::awaitingOutcomeReady, m_awaitingModel,
            [this](const AlertRecordsPtr &a) { m_awaitingModel->setAlerts(*a); });
    connect(center, &AlertCenter::modelQualityReady, m_modelModel,
            [this](const ModelQualitiesPtr &q) { m_modelModel->setQuality(*q); });
    connect(center, &AlertCenter::detailsReady, m_explanation, [this](const AlertDetailsPtr &d) {
        m_explanation->showDetails(d, m_fleet->summary(d->alert.assetKey()));
    });
    connect(center, &AlertCenter::actionRejected, this, [this](const QString &key, const QString &reason) {
        emit statusMessage(tr("Not done for %1: %2").arg(key, reason), 10000);
    });
    connect(center, &AlertCenter::labelSaved, this, [this](const QString &key, const QString &labelId) {
        m_awaitingModel->removeAlert(key);
        emit statusMessage(tr("Outcome saved (label %1); it goes to the fleet as soon as the broker takes it.").arg(labelId), 8000);
        QMetaObject::invokeMethod(m_center, &AlertCenter::requestModelQuality);
    });
    connect(center, &AlertCenter::labelRejected, this, [this](const QString &, const QStringList &problems) {
        QMessageBox::warning(m_window, tr("Outcome not saved"), problems.join(QLatin1Char('\n')));
    });
    connect(center, &AlertCenter::storeProblem, this, [this](const QString &message) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Local store"), message, QMessageBox::Ok, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->show();
    });
    connect(m_queueView, &AlertQueueView::acknowledgeRequested, center, &AlertCenter::acknowledge, Qt::UniqueConnection);
    connect(m_queueView, &AlertQueueView::shelveRequested, center, &AlertCenter::shelve, Qt::UniqueConnection);
    connect(m_queueView, &AlertQueueView::unshelveRequested, center, &AlertCenter::unshelve, Qt::UniqueConnection);
}

void AlertWorkbench::applyBatch(const FleetBatch &batch)
{
    if (!batch.changedModels.empty())
        m_modelModel->applyModels(batch.changedModels);
    if (batch.watchedHistory)
        m_explanation->updateLiveHistory(*batch.watchedHistory);
}

void AlertWorkbench::showExplanation(const QString &alertKey)
{
    if (!m_center || alertKey.isEmpty())
        return;
    QMetaObject::invokeMethod(m_center, [c = m_center, alertKey] { c->requestDetails(alertKey); });
    emit explanationRequested();
}

QString AlertWorkbench::selectedAlertKey() const
{
    if (m_queueTabs->currentIndex() == 1) {
        const QModelIndex current = m_awaitingView->currentIndex();
        return current.isValid() ? current.data(AwaitingOutcomeModel::KeyRole).toString() : QString();
    }
    const QStringList keys = m_queueView->selectedKeys();
    return keys.isEmpty() ? QString() : keys.constFirst();
}

void AlertWorkbench::recordOutcomeForSelection()
{
    const QString key = selectedAlertKey();
    if (key.isEmpty()) {
        emit statusMessage(tr("Select an alert first."), 5000);
        return;
    }
    for (int row = 0; row < m_awaitingModel->rowCount(); ++row) {
        if (const AlertRecord *r = m_awaitingModel->record(row); r && r->key() == key)
            return openFeedback(*r);
    }
    if (const AlertRecord *r = m_queueModel->record(m_queueModel->rowOf(key)))
        return openFeedback(*r);
}

void AlertWorkbench::openFeedback(const AlertRecord &alert)
{
    const AssetSummary *asset = m_fleet->summary(alert.assetKey());
    FeedbackDialog dialog(alert, asset ? asset->type : QString(), m_vocabulary, m_window);
    if (dialog.exec() != QDialog::Accepted || !m_center)
        return;
    QMetaObject::invokeMethod(m_center, [c = m_center, draft = dialog.draft()] { c->recordOutcome(draft); });
}

void AlertWorkbench::reportMissedFailure(const QString &assetKey)
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
    if (dialog.exec() != QDialog::Accepted || !m_center)
        return;
    QMetaObject::invokeMethod(m_center, [c = m_center, draft = dialog.draft()] { c->recordOutcome(draft); });
}

} // namespace fw

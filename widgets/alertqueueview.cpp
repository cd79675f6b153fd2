#include "widgets/alertqueueview.h"

#include "core/fleet/displaytext.h"
#include "models/alertqueuemodel.h"
#include "models/alertqueueproxy.h"
#include "widgets/alertitemdelegate.h"
#include "widgets/hmipalette.h"
#include "widgets/shelvedialog.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace fw {

AlertQueueView::AlertQueueView(AlertQueueModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(new AlertQueueProxy(this)), m_table(new QTableView(this)),
      m_counts(new QLabel(this)), m_flood(new QLabel(this)), m_site(new QComboBox(this)), m_priority(new QComboBox(this)),
      m_state(new QComboBox(this)), m_filter(new QLineEdit(this)), m_flash(new QTimer(this))
{
    m_proxy->setSourceModel(model);
    m_counts->setTextFormat(Qt::RichText);
    m_flood->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; font-weight: bold; padding: 4px; }")
                               .arg(hmi::kHigh.name(), hmi::textOn(hmi::kHigh).name()));
    m_flood->hide();

    m_site->addItem(tr("All sites"), QString());
    m_priority->addItem(tr("All priorities"), 0);
    m_priority->addItem(tr("Medium and above"), int(Priority::Medium));
    m_priority->addItem(tr("High and above"), int(Priority::High));
    m_priority->addItem(tr("Critical only"), int(Priority::Critical));
    m_state->addItem(tr("All states"), int(AlertQueueProxy::StateFilter::All));
    m_state->addItem(tr("Unacknowledged"), int(AlertQueueProxy::StateFilter::Unacknowledged));
    m_state->addItem(tr("Acknowledged"), int(AlertQueueProxy::StateFilter::Acknowledged));
    m_state->addItem(tr("Active"), int(AlertQueueProxy::StateFilter::Active));
    m_state->addItem(tr("Cleared"), int(AlertQueueProxy::StateFilter::Cleared));
    m_state->addItem(tr("Shelved"), int(AlertQueueProxy::StateFilter::Shelved));
    m_filter->setPlaceholderText(tr("Filter alerts"));
    m_filter->setClearButtonEnabled(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_counts, 1);
    bar->addWidget(m_site);
    bar->addWidget(m_priority);
    bar->addWidget(m_state);
    bar->addWidget(m_filter);

    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new AlertItemDelegate([this] { return m_flashOn; }, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AlertQueueModel::PriorityCol, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(24);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->installEventFilter(this);
    m_table->setToolTip(tr("Space/Enter: acknowledge · N: acknowledge with a note · S: shelve · U: unshelve · O: record the outcome"));
    const std::pair<int, int> widths[] = {{AlertQueueModel::PriorityCol, 100}, {AlertQueueModel::StateCol, stateColumnWidth()},
                                          {AlertQueueModel::RaisedCol, 70},   {AlertQueueModel::AckTimeCol, 150},
                                          {AlertQueueModel::SiteCol, 70},     {AlertQueueModel::AssetCol, 95},
                                          {AlertQueueModel::TitleCol, 230},   {AlertQueueModel::ScoreCol, 90},
                                          {AlertQueueModel::ModelCol, 150},   {AlertQueueModel::AckedByCol, 120}};
    for (const auto &[column, width] : widths)   // never narrower than the (translated) header
        m_table->setColumnWidth(column, std::max(width, m_table->horizontalHeader()->sectionSizeHint(column)));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_flood);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_site, &QComboBox::currentIndexChanged, this, [this] { m_proxy->setSite(m_site->currentData().toString()); });
    connect(m_priority, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setMinimumPriority(m_priority->currentData().toInt()); });
    connect(m_state, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setStateFilter(AlertQueueProxy::StateFilter(m_state->currentData().toInt())); });
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &AlertQueueProxy::setText);
    connect(model, &AlertQueueModel::countsChanged, this, &AlertQueueView::refreshCounts);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (!current.isValid())
            return;
        emit assetSelected(current.data(AlertQueueModel::AssetKeyRole).toString());
        emit alertOpened(current.data(AlertQueueModel::KeyRole).toString());
    });
    // When the selected alerts leave the queue (acknowledged and cleared), the row the cursor moved to
    // becomes the selection, so the next key acts on what is highlighted.
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid() && !m_table->selectionModel()->hasSelection())
            m_table->selectionModel()->select(current, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    });
    // Flash: 1 Hz, repainting only the priority column. Also keeps "waiting" times current.
    connect(m_flash, &QTimer::timeout, this, [this] {
        m_flashOn = !m_flashOn;
        m_table->viewport()->update();
    });
    m_flash->start(500);
    refreshCounts();
}

// Wide enough for every state text in bold (as unacknowledged ones are drawn), in any language:
// "GEGANGEN, UNQUITTIERT" needs more than "CLEARED, UNACK".
int AlertQueueView::stateColumnWidth() const
{
    AlarmState active;
    AlarmState activeAck = active;
    activeAck.acknowledged = true;
    AlarmState cleared;
    cleared.active = false;
    AlarmState clearedAck = cleared;
    clearedAck.acknowledged = true;
    AlarmState shelved = active;
    shelved.shelvedUntil = QDateTime::currentMSecsSinceEpoch();
    AlarmState suppressed = active;
    suppressed.suppressed = true;
    AlarmState outOfService = active;
    outOfService.outOfService = true;
    QFont bold = m_table->font();
    bold.setBold(true);
    const QFontMetrics fm(bold);
    int width = 130;
    for (const AlarmState &s : {active, activeAck, cleared, clearedAck, shelved, suppressed, outOfService})
        width = std::max(width, fm.horizontalAdvance(AlertQueueModel::stateText(s)) + 16);
    return width;
}

QStringList AlertQueueView::selectedKeys() const
{
    QStringList keys;
    for (const QModelIndex &idx : m_table->selectionModel()->selectedRows())
        keys.append(idx.data(AlertQueueModel::KeyRole).toString());
    return keys;
}

void AlertQueueView::acknowledgeSelected()
{
    acknowledgeSelection(false);
}

void AlertQueueView::acknowledgeSelection(bool byEnter)
{
    const QStringList keys = selectedKeys();
    if (keys.isEmpty() || !confirmBulkAcknowledge(byEnter))
        return;
    emit acknowledgeRequested(keys, {});
}

bool AlertQueueView::confirmBulkAcknowledge(bool byEnter)
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const int total = int(rows.size());
    int byPriority[4] = {0, 0, 0, 0};
    for (const QModelIndex &idx : rows)
        ++byPriority[std::clamp(idx.data(AlertQueueModel::PriorityRole).toInt(), 0, 3)];
    const int critical = byPriority[int(Priority::Critical)];
    if (total <= 1 || (total <= kBulkAcknowledgeLimit && critical == 0 && !byEnter))
        return true;
    const QLocale locale;
    QStringList counts;
    for (const Priority p : {Priority::Critical, Priority::High, Priority::Medium, Priority::Low}) {
        if (byPriority[int(p)] > 0)
            counts << tr("%1 %2").arg(locale.toString(byPriority[int(p)]), DisplayText::priority(p));
    }
    QMessageBox box(QMessageBox::Warning, tr("Acknowledge %1 alerts?").arg(locale.toString(total)),
                    tr("Acknowledge %1 alerts at once: %2?").arg(locale.toString(total), counts.join(QStringLiteral(", "))),
                    QMessageBox::NoButton, this);
    box.setInformativeText(critical > 0 ? tr("Each critical alert needs its response. Acknowledge in bulk only when "
                                             "every one of them is being handled.")
                                        : tr("Acknowledging says that someone is responding to each of them."));
    QPushButton *yes = box.addButton(tr("&Acknowledge %1").arg(locale.toString(total)), QMessageBox::AcceptRole);
    QPushButton *no = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(no);   // Enter, pressed once more, does not confirm
    box.setEscapeButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

void AlertQueueView::acknowledgeSelectedWithNote()
{
    const QStringList keys = selectedKeys();
    if (keys.isEmpty())
        return;
    bool ok = false;
    const QString note = QInputDialog::getText(this, tr("Acknowledge with a note"),
                                               tr("Note for %n alert(s):", nullptr, int(keys.size())), QLineEdit::Normal,
                                               {}, &ok);
    if (ok)
        emit acknowledgeRequested(keys, note.trimmed().left(500));
}

void AlertQueueView::shelveSelected()
{
    const QStringList keys = selectedKeys();
    if (keys.isEmpty())
        return;
    ShelveDialog dialog(int(keys.size()), this);
    if (dialog.exec() == QDialog::Accepted)
        emit shelveRequested(keys, dialog.minutes(), dialog.reason());
}

void AlertQueueView::unshelveSelected()
{
    const QStringList keys = selectedKeys();
    if (!keys.isEmpty())
        emit unshelveRequested(keys);
}

bool AlertQueueView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
            return QWidget::eventFilter(watched, event);
        switch (key->key()) {
        case Qt::Key_Space: acknowledgeSelection(false); return true;
        case Qt::Key_Return:
        case Qt::Key_Enter: acknowledgeSelection(true); return true;
        case Qt::Key_N: acknowledgeSelectedWithNote(); return true;
        case Qt::Key_S: shelveSelected(); return true;
        case Qt::Key_U: unshelveSelected(); return true;
        case Qt::Key_O: emit recordOutcomeRequested(); return true;
        default: break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AlertQueueView::setFlood(bool inFlood, int newAlertsInWindow)
{
    m_flood->setVisible(inFlood);
    m_flood->setText(tr("▲ ALERT FLOOD: %1 new alerts in the last 10 minutes. Work by priority; shelve chattering "
                        "nuisance alerts.").arg(QLocale().toString(newAlertsInWindow)));
}

void AlertQueueView::selectAsset(const QString &assetKey)
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid() && current.data(AlertQueueModel::AssetKeyRole).toString() == assetKey)
        return;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex idx = m_proxy->index(row, 0);
        if (idx.data(AlertQueueModel::AssetKeyRole).toString() == assetKey) {
            m_table->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_table->scrollTo(idx);
            return;
        }
    }
}

void AlertQueueView::focusQueue()
{
    m_table->setFocus(Qt::ShortcutFocusReason);
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->selectRow(0);
}

void AlertQueueView::refreshCounts()
{
    const AlertQueueModel::Counts c = m_model->counts();
    QStringList parts;
    for (Priority p : {Priority::Critical, Priority::High, Priority::Medium, Priority::Low}) {
        parts << QStringLiteral("<span style='color:%1'>%2</span> %3 %4")
                     .arg(hmi::priorityColor(p).darker(p == Priority::Medium ? 160 : 110).name(), hmi::priorityMarker(p))
                     .arg(QLocale().toString(c.byPriority[size_t(p)]), DisplayText::priority(p));
    }
    const QLocale locale;
    m_counts->setText(tr("<b>%1 unacknowledged</b> of %2 · %3 · %4 shelved")
                          .arg(locale.toString(c.unacknowledged), locale.toString(c.total),
                               parts.join(QStringLiteral(" · ")), locale.toString(c.shelved)));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString site = m_model->record(row)->site;
        if (m_site->findData(site) < 0)
            m_site->addItem(site, site);
    }
}

} // namespace fw

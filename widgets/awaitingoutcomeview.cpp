#include "widgets/awaitingoutcomeview.h"

#include "models/awaitingoutcomemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

// These strings were AlertWorkbench's (which built this view before): they keep its translation
// context, so that the translations made for them still apply.

namespace fw {

AwaitingOutcomeView::AwaitingOutcomeView(QWidget *parent)
    : QWidget(parent), m_model(new AwaitingOutcomeModel(this)), m_table(new QTableView(this))
{
    auto *record = new QPushButton(tr("&Record outcome…"), this);
    auto *missed = new QPushButton(tr("Report a &failure no alert foresaw…"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("Acknowledged alerts waiting for an outcome. Enter or O records one."), this), 1);
    buttons->addWidget(record);
    buttons->addWidget(missed);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    const std::pair<int, int> widths[] = {{AwaitingOutcomeModel::PriorityCol, 90}, {AwaitingOutcomeModel::RaisedCol, 80},
                                          {AwaitingOutcomeModel::AssetCol, 150}, {AwaitingOutcomeModel::AlertCol, 260},
                                          {AwaitingOutcomeModel::ModelCol, 170}, {AwaitingOutcomeModel::AckedByCol, 160}};
    for (const auto &[column, width] : widths)   // never narrower than the (translated) header
        m_table->setColumnWidth(column, std::max(width, m_table->horizontalHeader()->sectionSizeHint(column)));

    connect(m_table, &QTableView::activated, this, &AwaitingOutcomeView::recordOutcomeRequested);
    auto *recordKey = new QShortcut(QKeySequence(Qt::Key_O), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(recordKey, &QShortcut::activated, this, &AwaitingOutcomeView::recordOutcomeRequested);
    connect(record, &QPushButton::clicked, this, &AwaitingOutcomeView::recordOutcomeRequested);
    connect(missed, &QPushButton::clicked, this, &AwaitingOutcomeView::missedFailureReportRequested);
}

QString AwaitingOutcomeView::currentKey() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(AwaitingOutcomeModel::KeyRole).toString() : QString();
}

} // namespace fw

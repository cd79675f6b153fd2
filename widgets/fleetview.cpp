#include "widgets/fleetview.h"

#include "core/common/localformat.h"
#include "models/fleetfilterproxy.h"
#include "models/fleettablemodel.h"
#include "widgets/fleetitemdelegate.h"

#include <QCheckBox>
#include <QDateTime>
#include <QFontMetrics>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace fw {

FleetView::FleetView(FleetTableModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(new FleetFilterProxy(this)), m_table(new QTableView(this)),
      m_filter(new QLineEdit(this)), m_site(new QComboBox(this)), m_abnormal(new QCheckBox(tr("&Abnormal only"), this)),
      m_count(new QLabel(this))
{
    m_proxy->setSourceModel(model);

    m_filter->setPlaceholderText(tr("Filter assets: site, line, id, name, type (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_site->addItem(tr("All sites"), QString());
    m_site->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_site);
    bar->addWidget(m_abnormal);
    bar->addWidget(m_count);

    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new FleetItemDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(24);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->sortByColumn(FleetTableModel::State, Qt::AscendingOrder);   // worst first
    const std::pair<int, int> widths[] = {
        {FleetTableModel::Site, 64}, {FleetTableModel::Line, 58}, {FleetTableModel::Asset, 92},
        {FleetTableModel::Name, 105}, {FleetTableModel::Type, 66}, {FleetTableModel::Health, 122},
        {FleetTableModel::State, 108}, {FleetTableModel::Rul, 82}, {FleetTableModel::Online, 72},
        {FleetTableModel::LastUpdate, 72}};
    for (const auto &[column, width] : widths)   // never narrower than the (translated) header
        m_table->setColumnWidth(column, std::max(width, m_table->horizontalHeader()->sectionSizeHint(column)));
    // Nor than the longest words of stale data (translated): "◆ CRITICAL (last known)" is bold.
    QFont bold = m_table->font();
    bold.setBold(true);
    const QString time = LocalFormat::time(QDateTime::currentMSecsSinceEpoch());
    const std::pair<int, int> staleWidths[] = {
        {FleetTableModel::State,
         QFontMetrics(bold).horizontalAdvance(QStringLiteral("◆ ") + FleetTableModel::tr("%1 (last known)").arg(FleetTableModel::tr("CRITICAL")))},
        {FleetTableModel::Online,
         std::max(m_table->fontMetrics().horizontalAdvance(FleetTableModel::tr("last known %1").arg(time)),
                  m_table->fontMetrics().horizontalAdvance(FleetTableModel::tr("stale since %1").arg(time)))}};
    for (const auto &[column, text] : staleWidths)
        m_table->setColumnWidth(column, std::max(m_table->columnWidth(column), text + 16));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &FleetFilterProxy::setText);
    connect(m_site, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setSite(m_site->currentData().toString()); });
    connect(m_abnormal, &QCheckBox::toggled, m_proxy, &FleetFilterProxy::setAbnormalOnly);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    emit assetSelected(current.data(FleetTableModel::KeyRole).toString());
            });
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        refreshSites();
        refreshCount();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &FleetView::refreshCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &FleetView::refreshCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &FleetView::refreshCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &FleetView::refreshCount);
    refreshSites();   // the model may hold rows already
    refreshCount();
    // The model re-evaluates freshness every second and announces the ages itself.
    connect(model, &FleetTableModel::staleCountChanged, this, &FleetView::refreshCount);
}

QString FleetView::selectedKey() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(FleetTableModel::KeyRole).toString() : QString();
}

void FleetView::selectAsset(const QString &key)
{
    const int sourceRow = m_model->rowOf(key);
    if (sourceRow < 0)
        return;
    const QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!proxyIndex.isValid() || proxyIndex == m_table->currentIndex().siblingAtColumn(0))
        return;
    m_table->setCurrentIndex(proxyIndex);
    m_table->scrollTo(proxyIndex);
}

void FleetView::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void FleetView::setAbnormalOnly(bool on)
{
    m_abnormal->setChecked(on);
}

void FleetView::refreshSites()
{
    QStringList sites;
    for (int row = 0; row < m_model->rowCount(); ++row)
        sites.append(m_model->summary(row)->site);
    sites.removeDuplicates();
    sites.sort();
    for (const QString &site : std::as_const(sites)) {
        if (m_site->findData(site) < 0)
            m_site->addItem(site, site);
    }
}

void FleetView::refreshCount()
{
    QString text = tr("%1 of %n asset(s)", nullptr, m_model->rowCount()).arg(m_proxy->rowCount());
    if (const int stale = m_model->staleCount(); stale > 0)
        text += QStringLiteral(" · ") + tr("%n stale", nullptr, stale);
    m_count->setText(text);
}

} // namespace fw

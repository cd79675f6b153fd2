#include "widgets/modelstatusview.h"

#include "models/modelstatusmodel.h"
#include "widgets/hmipalette.h"

#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace fw {
namespace {

// Paints a drifting model's drift cell in the abnormal colour with a marker and the word, and its
// score bold; every other cell as usual (grey).
class DriftDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() == ModelStatusModel::DriftCol && index.data(ModelStatusModel::AbnormalRole).toBool())
            option->font.setBold(true);
    }

    void paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.column() != ModelStatusModel::DriftStatusCol || !index.data(ModelStatusModel::AbnormalRole).toBool())
            return QStyledItemDelegate::paint(p, option, index);
        p->save();
        p->fillRect(option.rect.adjusted(1, 1, -1, -1), hmi::kHigh);
        p->setPen(hmi::textOn(hmi::kHigh));
        QFont font = option.font;
        font.setBold(true);
        p->setFont(font);
        p->drawText(option.rect.adjusted(6, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeft,
                    QStringLiteral("▲ ") + index.data(Qt::DisplayRole).toString());
        p->restore();
    }
};

} // namespace

ModelStatusView::ModelStatusView(ModelStatusModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(new QSortFilterProxyModel(this)), m_table(new QTableView(this)),
      m_explanation(new QLabel(this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(ModelStatusModel::SortRole);
    m_proxy->setDynamicSortFilter(true);

    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setWordWrap(true);   // one line would set the side panel's minimum width (German: ~1,450 px)
    m_explanation->setToolTip(tr("Drift is reported by the fleet for each model. Precision, labelled share, false "
                                 "alarms and missed failures count the technicians' labels for the version now running."));

    m_table->setObjectName(QStringLiteral("modelTable"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new DriftDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ModelStatusModel::DriftStatusCol, Qt::DescendingOrder);   // drifting first
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(24);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    const std::pair<int, int> widths[] = {{ModelStatusModel::SiteCol, 80},         {ModelStatusModel::ModelCol, 140},
                                          {ModelStatusModel::VersionCol, 230},     {ModelStatusModel::TrainedAtCol, 120},
                                          {ModelStatusModel::LabelsUsedCol, 80},   {ModelStatusModel::DriftCol, 95},
                                          {ModelStatusModel::DriftStatusCol, 110}, {ModelStatusModel::PrecisionCol, 120},
                                          {ModelStatusModel::LabelledCol, 120},    {ModelStatusModel::FalseAlarmsCol, 90}};
    for (const auto &[column, width] : widths)   // never narrower than the (translated) header
        m_table->setColumnWidth(column, std::max(width, m_table->horizontalHeader()->sectionSizeHint(column)));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_explanation);
    layout->addWidget(m_table, 1);

    connect(model, &ModelStatusModel::driftingCountChanged, this, &ModelStatusView::refreshExplanation);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ModelStatusView::refreshExplanation);
    connect(model, &QAbstractItemModel::modelReset, this, &ModelStatusView::refreshExplanation);
    refreshExplanation();
}

QString ModelStatusView::explanation() const
{
    return m_explanation->text();
}

void ModelStatusView::refreshExplanation()
{
    const int drifting = m_model->driftingCount();
    const QString counts = drifting > 0 ? tr("▲ %n of %1 model(s) DRIFTING.", nullptr, drifting).arg(m_model->rowCount())
                                        : tr("%n model(s), none drifting.", nullptr, m_model->rowCount());
    m_explanation->setText(counts + QLatin1Char(' ')
                           + tr("A drifting model sees inputs unlike its training data: treat its alerts with care "
                                "until it is retrained. Precision and false alarms come from technicians' labels."));
}

} // namespace fw

#include "widgets/rejectionsdialog.h"

#include "models/rejectionmodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace fw {

RejectionsDialog::RejectionsDialog(RejectionModel *model, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Rejected messages"));
    auto *intro = new QLabel(tr("Messages that broke the fleet interface (fleet-mqtt-v1) and were not applied. "
                                "Details are in the log, at a limited rate."), this);
    intro->setWordWrap(true);
    auto *table = new QTableView(this);
    table->setModel(model);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(RejectionModel::Description, QHeaderView::Stretch);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(640, 360);
}

} // namespace fw

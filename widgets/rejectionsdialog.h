#pragma once
// RejectionsDialog: the breakdown of rejected messages by reason (non-modal, live). GUI thread.

#include <QDialog>

namespace fw {

class RejectionModel;

class RejectionsDialog : public QDialog
{
    Q_OBJECT
public:
    RejectionsDialog(RejectionModel *model, QWidget *parent = nullptr);
};

} // namespace fw

#pragma once
// ShelveDialog: asks how long to shelve (at most 8 hours) and why. OK stays disabled until a reason
// is given. GUI thread.

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace fw {

class ShelveDialog : public QDialog
{
    Q_OBJECT
public:
    ShelveDialog(int alertCount, QWidget *parent = nullptr);

    int minutes() const;
    QString reason() const;

private:
    QComboBox *m_duration;
    QLineEdit *m_reason;
    QPushButton *m_ok;
};

} // namespace fw

#include "widgets/shelvedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace fw {

ShelveDialog::ShelveDialog(int alertCount, QWidget *parent)
    : QDialog(parent), m_duration(new QComboBox(this)), m_reason(new QLineEdit(this))
{
    setWindowTitle(tr("Shelve alerts"));
    for (const auto &[label, minutes] : {std::pair{tr("15 minutes"), 15}, std::pair{tr("30 minutes"), 30},
                                         std::pair{tr("1 hour"), 60}, std::pair{tr("2 hours"), 120},
                                         std::pair{tr("4 hours"), 240}, std::pair{tr("8 hours (maximum)"), 480}})
        m_duration->addItem(label, minutes);
    m_duration->setCurrentIndex(2);
    m_reason->setPlaceholderText(tr("required: why this alert is a nuisance now"));
    m_reason->setMaxLength(300);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Shelve"));
    m_ok->setEnabled(false);
    connect(m_reason, &QLineEdit::textChanged, this, [this](const QString &t) { m_ok->setEnabled(!t.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(tr("Shelve %n alert(s). They come back by themselves when the time is up.", nullptr, alertCount), this));
    form->addRow(tr("&For:"), m_duration);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(buttons);
    setMinimumWidth(420);   // room for the reason's hint in any language (Chinese labels are short)
}

int ShelveDialog::minutes() const
{
    return m_duration->currentData().toInt();
}

QString ShelveDialog::reason() const
{
    return m_reason->text().trimmed();
}

} // namespace fw

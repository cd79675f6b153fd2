#include "widgets/signindialog.h"

#include "widgets/hmipalette.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fw {

SignInDialog::SignInDialog(QWidget *parent)
    : QDialog(parent), m_intro(new QLabel(this)), m_name(new QLineEdit(this)), m_fullName(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_repeat(new QLineEdit(this)), m_fullNameLabel(new QLabel(tr("&Full name:"), this)),
      m_repeatLabel(new QLabel(tr("&Repeat password:"), this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("signInDialog"));
    m_intro->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_name->setMaxLength(64);
    auto *form = new QFormLayout;
    auto *nameLabel = new QLabel(tr("&User name:"), this);
    auto *passwordLabel = new QLabel(tr("&Password:"), this);
    nameLabel->setBuddy(m_name);
    passwordLabel->setBuddy(m_password);
    m_fullNameLabel->setBuddy(m_fullName);
    m_repeatLabel->setBuddy(m_repeat);
    form->addRow(nameLabel, m_name);
    form->addRow(m_fullNameLabel, m_fullName);
    form->addRow(passwordLabel, m_password);
    form->addRow(m_repeatLabel, m_repeat);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *field : {m_name, m_password, m_repeat})
        connect(field, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    setMode(Mode::SignIn);
}

void SignInDialog::setMode(Mode mode, const QString &userName)
{
    m_mode = mode;
    const bool first = mode == Mode::FirstAdministrator;
    for (QWidget *w : {static_cast<QWidget *>(m_fullName), static_cast<QWidget *>(m_fullNameLabel),
                       static_cast<QWidget *>(m_repeat), static_cast<QWidget *>(m_repeatLabel)})
        w->setVisible(first);
    switch (mode) {
    case Mode::SignIn:
        setWindowTitle(tr("Sign in — Fleetwatch"));
        m_intro->setText(tr("Sign in to act on alerts. Everything stays on screen while nobody is signed in."));
        m_ok->setText(tr("&Sign in"));
        break;
    case Mode::Unlock:
        setWindowTitle(tr("Locked — Fleetwatch"));
        m_intro->setText(tr("The console was locked. Enter the password to go on, or sign in as another user "
                            "to take over the shift."));
        m_ok->setText(tr("&Sign in"));
        break;
    case Mode::FirstAdministrator:
        setWindowTitle(tr("First start — create the administrator"));
        m_intro->setText(tr("This console has no accounts yet. Create the administrator, who then adds the "
                            "operators, technicians, supervisors and managers (fleetwatch users add)."));
        m_ok->setText(tr("&Create and sign in"));
        break;
    }
    m_name->setText(userName);
    m_password->clear();
    m_repeat->clear();
    m_message->clear();
    (userName.isEmpty() ? m_name : m_password)->setFocus();
    updateButton();
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QLineEdit *field : {m_name, m_fullName, m_password, m_repeat})
        field->setReadOnly(busy);
    if (busy) {
        m_message->setStyleSheet(QString());
        m_message->setText(tr("Checking…"));
    }
    updateButton();
}

void SignInDialog::showRefusal(const QString &why)
{
    m_message->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(hmi::scheme().errorText.name()));
    m_message->setText(why);
    m_password->clear();
    m_repeat->clear();
    m_password->setFocus();
}

void SignInDialog::updateButton()
{
    bool ready = !m_busy && !m_name->text().trimmed().isEmpty() && !m_password->text().isEmpty();
    if (m_mode == Mode::FirstAdministrator)
        ready = ready && !m_repeat->text().isEmpty();
    m_ok->setEnabled(ready);
}

void SignInDialog::submit()
{
    if (!m_ok->isEnabled())
        return;
    const QString name = m_name->text().trimmed();
    if (m_mode == Mode::FirstAdministrator) {
        if (m_password->text() != m_repeat->text()) {
            showRefusal(tr("The two passwords differ."));
            return;
        }
        emit administratorRequested(name, m_fullName->text().trimmed(), m_password->text());
        return;
    }
    emit signInRequested(name, m_password->text());
}

} // namespace fw

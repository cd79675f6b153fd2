#include "widgets/connectiondialog.h"

#include "core/fleet/topicparser.h"
#include "widgets/hmipalette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace fw {

QLineEdit *ConnectionDialog::fileField(const QString &value)
{
    auto *edit = new QLineEdit(value, this);
    edit->setPlaceholderText(tr("path to a PEM file"));
    return edit;
}

ConnectionDialog::ConnectionDialog(const ConsoleSettings &s, QWidget *parent)
    : QDialog(parent), m_initial(s), m_host(new QLineEdit(s.mqtt.host, this)), m_port(new QSpinBox(this)),
      m_protocol(new QComboBox(this)), m_clientId(new QLineEdit(s.mqtt.clientId, this)), m_keepAlive(new QSpinBox(this)),
      m_username(new QLineEdit(s.mqtt.username, this)), m_password(new QLineEdit(s.mqtt.password, this)),
      m_tls(new QCheckBox(tr("Use &TLS"), this)), m_caFile(fileField(s.mqtt.caFile)), m_certFile(fileField(s.mqtt.certFile)),
      m_keyFile(fileField(s.mqtt.keyFile)),
      m_insecure(new QCheckBox(tr("Do not verify the broker's certificate (unsafe)"), this)),
      m_root(new QLineEdit(s.root, this)), m_site(new QLineEdit(s.site, this)),
      m_consoleId(new QLineEdit(s.consoleId, this)), m_interface(nullptr), m_language(new QComboBox(this)),
      m_error(new QLabel(this))
{
    setWindowTitle(tr("Connection settings"));
    m_port->setRange(1, 65535);
    m_port->setValue(s.mqtt.port);
    m_protocol->addItem(tr("MQTT 5"), 5);
    m_protocol->addItem(tr("MQTT 3.1.1"), 4);
    m_protocol->setCurrentIndex(s.mqtt.protocolVersion == 4 ? 1 : 0);
    m_keepAlive->setRange(5, 3600);
    m_keepAlive->setSuffix(tr(" s"));
    m_keepAlive->setValue(s.mqtt.keepAliveSeconds);
    m_clientId->setPlaceholderText(tr("empty: a random id and no persistent session"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("kept in the keyring, never on disk"));
    m_tls->setChecked(s.mqtt.tls);
    m_insecure->setChecked(s.mqtt.tlsInsecure);
    m_site->setPlaceholderText(tr("empty: every site"));
    m_error->setStyleSheet(QStringLiteral("color: %1; font-weight: bold").arg(hmi::scheme().errorText.name()));
    m_error->setWordWrap(true);

    auto *broker = new QGroupBox(tr("Broker"), this);
    auto *brokerForm = new QFormLayout(broker);
    brokerForm->addRow(tr("&Host:"), m_host);
    brokerForm->addRow(tr("&Port:"), m_port);
    brokerForm->addRow(tr("Protoc&ol:"), m_protocol);
    brokerForm->addRow(tr("&Client id:"), m_clientId);
    brokerForm->addRow(tr("&Keepalive:"), m_keepAlive);
    brokerForm->addRow(tr("&User name:"), m_username);
    brokerForm->addRow(tr("Pass&word:"), m_password);

    auto *tls = new QGroupBox(tr("Security"), this);
    auto *tlsForm = new QFormLayout(tls);
    tlsForm->addRow(m_tls);
    tlsForm->addRow(tr("CA certificate:"), m_caFile);
    tlsForm->addRow(tr("Client certificate:"), m_certFile);
    tlsForm->addRow(tr("Client key:"), m_keyFile);
    tlsForm->addRow(m_insecure);

    auto *fleet = new QGroupBox(tr("Fleet"), this);
    auto *fleetForm = new QFormLayout(fleet);
    fleetForm->addRow(tr("Topic &root:"), m_root);
    fleetForm->addRow(tr("&Site:"), m_site);
    fleetForm->addRow(tr("This co&nsole:"), m_consoleId);

    auto *ui = new QGroupBox(tr("Interface"), this);
    auto *uiForm = new QFormLayout(ui);
    uiForm->addRow(tr("&Language:"), m_language);
    auto *languageNote = new QLabel(tr("A new language applies when Fleetwatch starts next."), ui);
    languageNote->setWordWrap(true);
    uiForm->addRow(languageNote);
    m_interface = ui;
    m_interface->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);

    auto updateTls = [this] {
        for (QWidget *w : {static_cast<QWidget *>(m_caFile), static_cast<QWidget *>(m_certFile),
                           static_cast<QWidget *>(m_keyFile), static_cast<QWidget *>(m_insecure)})
            w->setEnabled(m_tls->isChecked());
    };
    connect(m_tls, &QCheckBox::toggled, this, updateTls);
    updateTls();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(broker);
    layout->addWidget(tls);
    layout->addWidget(fleet);
    layout->addWidget(m_interface);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_error->hide();
    setMinimumWidth(460);   // the fields' hints ("empty: a random id and no persistent session") readable
}

ConsoleSettings ConnectionDialog::settings() const
{
    ConsoleSettings s = m_initial;
    s.mqtt.host = m_host->text().trimmed();
    s.mqtt.port = m_port->value();
    s.mqtt.protocolVersion = m_protocol->currentData().toInt();
    s.mqtt.clientId = m_clientId->text().trimmed();
    s.mqtt.keepAliveSeconds = m_keepAlive->value();
    s.mqtt.username = m_username->text();
    s.mqtt.password = m_password->text();
    s.mqtt.tls = m_tls->isChecked();
    s.mqtt.caFile = m_caFile->text().trimmed();
    s.mqtt.certFile = m_certFile->text().trimmed();
    s.mqtt.keyFile = m_keyFile->text().trimmed();
    s.mqtt.tlsInsecure = m_tls->isChecked() && m_insecure->isChecked();
    s.root = m_root->text().trimmed();
    s.site = m_site->text().trimmed();
    s.consoleId = m_consoleId->text().trimmed();
    if (m_language->count() > 0)
        s.language = m_language->currentData().toString();
    return s;
}

void ConnectionDialog::setLanguageChoices(const QList<std::pair<QString, QString>> &choices)
{
    m_language->clear();
    m_language->addItem(tr("As the system"), QString());
    for (const auto &[code, name] : choices)
        m_language->addItem(name, code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_initial.language)));
    m_interface->show();
}

QString ConnectionDialog::validate() const
{
    const ConsoleSettings s = settings();
    if (s.mqtt.host.isEmpty())
        return tr("Enter the broker's host name or address.");
    if (s.root.isEmpty() || s.root.contains(QLatin1Char('+')) || s.root.contains(QLatin1Char('#')))
        return tr("The topic root must not be empty or contain + or #.");
    if (!s.site.isEmpty() && !TopicParser::isValidId(s.site))
        return tr("A site id is 1 to 64 characters of A-Z a-z 0-9 . _ -");
    for (const QString &file : {s.mqtt.caFile, s.mqtt.certFile, s.mqtt.keyFile}) {
        if (s.mqtt.tls && !file.isEmpty() && !QFileInfo(file).isReadable())
            return tr("Cannot read %1.").arg(file);
    }
    if (s.mqtt.tls && s.mqtt.certFile.isEmpty() != s.mqtt.keyFile.isEmpty())
        return tr("A client certificate needs its key, and a key its certificate.");
    return {};
}

void ConnectionDialog::accept()
{
    const QString problem = validate();
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        return;
    if (m_tls->isChecked() && m_insecure->isChecked() && !m_initial.mqtt.tlsInsecure) {
        const auto answer = QMessageBox::warning(
            this, tr("Unverified broker"),
            tr("Without verification, anyone on the network can pose as the broker. Connect anyway?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    QDialog::accept();
}

} // namespace fw

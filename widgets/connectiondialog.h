#pragma once
// ConnectionDialog: edits ConsoleSettings (broker, TLS, credentials, MQTT version, fleet root, site).
// Validates before it closes with OK; turning TLS verification off asks for confirmation. GUI thread.

#include "core/console/consolesettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace fw {

class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionDialog(const ConsoleSettings &settings, QWidget *parent = nullptr);

    ConsoleSettings settings() const;

    void accept() override;

private:
    QLineEdit *fileField(const QString &value);
    QString validate() const;

    ConsoleSettings m_initial;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_protocol;
    QLineEdit *m_clientId;
    QSpinBox *m_keepAlive;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QCheckBox *m_tls;
    QLineEdit *m_caFile;
    QLineEdit *m_certFile;
    QLineEdit *m_keyFile;
    QCheckBox *m_insecure;
    QLineEdit *m_root;
    QLineEdit *m_site;
    QLineEdit *m_consoleId;
    QLabel *m_error;
};

} // namespace fw

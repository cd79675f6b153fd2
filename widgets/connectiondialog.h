#pragma once
// ConnectionDialog: edits ConsoleSettings (broker, TLS, credentials, MQTT version, fleet root, site,
// interface language). Validates before it closes with OK; turning TLS verification off asks for
// confirmation. GUI thread.

#include "core/console/consolesettings.h"

#include <QDialog>
#include <QList>

#include <utility>

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
    // The interface languages to offer, (code, name in that language); the settings' language is
    // preselected. Without a call the dialog shows no language choice and keeps the setting.
    void setLanguageChoices(const QList<std::pair<QString, QString>> &choices);

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
    QWidget *m_interface;
    QComboBox *m_language;
    QLabel *m_error;
};

} // namespace fw

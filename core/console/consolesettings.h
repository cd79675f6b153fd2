#pragma once
// ConsoleSettings: what the console connects to and how, read from and written to an INI file
// (QSettings). The password is never written to the file: it comes from the keyring (app/), from
// FLEETWATCH_MQTT_PASSWORD or from --password-file. A file an earlier version wrote with a password
// ([broker] password=) loses it at load(): it is taken out of the file (logged) and handed on in
// mqtt.password and in oldFilePassword, for the caller to move into the keyring.

#include "core/mqtt/mqttoptions.h"

#include <QString>

namespace fw {

struct ConsoleSettings
{
    MqttOptions mqtt;
    QString root = QStringLiteral("fleet/v1");
    QString site;                         // empty: every site
    QString consoleId;                    // this workstation's name in acknowledgements
    QString language;                     // interface language ("de", "zh_CN", "en"); empty: the system's
    int lockMinutes = 15;                 // the session locks after this long without input; 0: never
    QString oldFilePassword;              // load() took this password out of the file (see above); never saved

    // Subscriptions for root and site.
    QStringList subscriptionFilters() const;

    // Missing keys keep the defaults. *error set when the file exists but cannot be read, or when a
    // password found in it cannot be taken out (the file cannot be written).
    static ConsoleSettings load(const QString &iniPath, QString *error = nullptr);
    bool save(const QString &iniPath, QString *error = nullptr) const;

    // The per-user settings file (QStandardPaths::AppConfigLocation/fleetwatch.ini).
    static QString defaultPath();
};

} // namespace fw

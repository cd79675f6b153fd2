#pragma once
// ConsoleSettings: what the console connects to and how, read from and written to an INI file
// (QSettings). The password is not written to the file: it is given per session (dialog, --broker URL
// or FLEETWATCH_MQTT_PASSWORD).

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

    // Subscriptions for root and site.
    QStringList subscriptionFilters() const;

    // Missing keys keep the defaults. False with *error when the file exists but cannot be read.
    static ConsoleSettings load(const QString &iniPath, QString *error = nullptr);
    bool save(const QString &iniPath, QString *error = nullptr) const;

    // The per-user settings file (QStandardPaths::AppConfigLocation/fleetwatch.ini).
    static QString defaultPath();
};

} // namespace fw

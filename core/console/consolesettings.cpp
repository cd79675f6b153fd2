#include "core/console/consolesettings.h"

#include "core/common/logging.h"
#include "core/fleet/topicparser.h"

#include <QDir>

#include <algorithm>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QSysInfo>

namespace fw {

QStringList ConsoleSettings::subscriptionFilters() const
{
    return {TopicParser(root).subscriptionFilter(site)};
}

QString ConsoleSettings::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("fleetwatch.ini"));
}

ConsoleSettings ConsoleSettings::load(const QString &iniPath, QString *error)
{
    ConsoleSettings s;
    s.consoleId = QSysInfo::machineHostName();
    if (!QFileInfo::exists(iniPath))
        return s;
    QSettings ini(iniPath, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError) {
        if (error)
            *error = QStringLiteral("cannot read settings file %1").arg(iniPath);
        return s;
    }
    ini.beginGroup(QStringLiteral("broker"));
    MqttOptions &m = s.mqtt;
    m.host = ini.value(QStringLiteral("host"), m.host).toString();
    m.port = ini.value(QStringLiteral("port"), m.port).toInt();
    m.clientId = ini.value(QStringLiteral("client_id"), m.clientId).toString();
    m.username = ini.value(QStringLiteral("username"), m.username).toString();
    m.tls = ini.value(QStringLiteral("tls"), m.tls).toBool();
    m.caFile = ini.value(QStringLiteral("ca_file"), m.caFile).toString();
    m.certFile = ini.value(QStringLiteral("cert_file"), m.certFile).toString();
    m.keyFile = ini.value(QStringLiteral("key_file"), m.keyFile).toString();
    m.tlsInsecure = ini.value(QStringLiteral("tls_insecure"), m.tlsInsecure).toBool();
    m.protocolVersion = ini.value(QStringLiteral("protocol"), m.protocolVersion).toInt() == 4 ? 4 : 5;
    m.keepAliveSeconds = ini.value(QStringLiteral("keepalive"), m.keepAliveSeconds).toInt();
    m.sessionExpirySeconds = ini.value(QStringLiteral("session_expiry"), m.sessionExpirySeconds).toInt();
    if (ini.contains(QStringLiteral("password"))) {
        // Written by an earlier version: out of the file at once, into the keyring by the caller.
        m.password = ini.value(QStringLiteral("password")).toString();
        s.oldFilePassword = m.password;
        ini.remove(QStringLiteral("password"));
        ini.sync();
        if (ini.status() != QSettings::NoError) {
            logging::get("app")->error("the settings file {} holds a password that cannot be removed from it (the file "
                                       "cannot be written): remove the line password= from [broker] by hand",
                                       iniPath.toStdString());
            if (error)
                *error = QStringLiteral("the settings file %1 holds a password and cannot be written: remove the line "
                                        "password= from [broker] by hand").arg(iniPath);
        } else {
            logging::get("app")->warn("the MQTT password was moved out of the settings file {} (passwords are kept in "
                                      "the keyring, never in the file)", iniPath.toStdString());
        }
    }
    ini.endGroup();
    ini.beginGroup(QStringLiteral("fleet"));
    s.root = ini.value(QStringLiteral("root"), s.root).toString();
    s.site = ini.value(QStringLiteral("site"), s.site).toString();
    s.consoleId = ini.value(QStringLiteral("console_id"), s.consoleId).toString();
    ini.endGroup();
    s.language = ini.value(QStringLiteral("ui/language"), s.language).toString();
    s.lockMinutes = std::clamp(ini.value(QStringLiteral("session/lock_minutes"), s.lockMinutes).toInt(), 0, 24 * 60);
    return s;
}

bool ConsoleSettings::save(const QString &iniPath, QString *error) const
{
    QDir().mkpath(QFileInfo(iniPath).absolutePath());
    QSettings ini(iniPath, QSettings::IniFormat);
    ini.beginGroup(QStringLiteral("broker"));
    ini.setValue(QStringLiteral("host"), mqtt.host);
    ini.setValue(QStringLiteral("port"), mqtt.port);
    ini.setValue(QStringLiteral("client_id"), mqtt.clientId);
    ini.setValue(QStringLiteral("username"), mqtt.username);
    ini.setValue(QStringLiteral("tls"), mqtt.tls);
    ini.setValue(QStringLiteral("ca_file"), mqtt.caFile);
    ini.setValue(QStringLiteral("cert_file"), mqtt.certFile);
    ini.setValue(QStringLiteral("key_file"), mqtt.keyFile);
    ini.setValue(QStringLiteral("tls_insecure"), mqtt.tlsInsecure);
    ini.setValue(QStringLiteral("protocol"), mqtt.protocolVersion);
    ini.setValue(QStringLiteral("keepalive"), mqtt.keepAliveSeconds);
    ini.setValue(QStringLiteral("session_expiry"), mqtt.sessionExpirySeconds);
    ini.remove(QStringLiteral("password"));   // never in the file, whatever an older version left there
    ini.endGroup();
    ini.beginGroup(QStringLiteral("fleet"));
    ini.setValue(QStringLiteral("root"), root);
    ini.setValue(QStringLiteral("site"), site);
    ini.setValue(QStringLiteral("console_id"), consoleId);
    ini.endGroup();
    ini.setValue(QStringLiteral("ui/language"), language);
    ini.setValue(QStringLiteral("session/lock_minutes"), lockMinutes);
    ini.sync();
    if (ini.status() != QSettings::NoError) {
        if (error)
            *error = QStringLiteral("cannot write settings file %1").arg(iniPath);
        return false;
    }
    return true;
}

} // namespace fw

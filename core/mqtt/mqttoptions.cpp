#include "core/mqtt/mqttoptions.h"

#include <QUrl>

namespace fw {

bool MqttOptions::setBrokerUrl(const QString &url, QString *error)
{
    QString text = url.trimmed();
    if (!text.contains(QStringLiteral("://")))
        text.prepend(QStringLiteral("mqtt://"));
    const QUrl parsed(text, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    const bool secure = scheme == QStringLiteral("mqtts") || scheme == QStringLiteral("ssl");
    const bool plain = scheme == QStringLiteral("mqtt") || scheme == QStringLiteral("tcp");
    if (!parsed.isValid() || parsed.host().isEmpty() || (!secure && !plain)) {
        if (error)
            *error = QStringLiteral("not a broker URL: \"%1\" (expected mqtt://host:port or mqtts://host:port)")
                         .arg(url);
        return false;
    }
    // A password on a command line is in the process list and the shell's history for anyone to read.
    if (!parsed.password().isEmpty()) {
        if (error)
            *error = QStringLiteral("the broker URL holds a password: it does not go there (anyone can read it in the "
                                    "process list or the shell history); give only the user name in the URL or with "
                                    "--username, and the password in the keyring (Connection > Settings), in "
                                    "FLEETWATCH_MQTT_PASSWORD or in a --password-file readable by you only");
        return false;
    }
    host = parsed.host();
    port = parsed.port(secure ? 8883 : 1883);
    tls = secure;
    if (!parsed.userName().isEmpty())
        username = parsed.userName();
    return true;
}

QString MqttOptions::brokerUrl() const
{
    return QStringLiteral("%1://%2:%3").arg(tls ? QStringLiteral("mqtts") : QStringLiteral("mqtt"), host)
        .arg(port);
}

} // namespace fw

#pragma once
// Connection settings of one MQTT session. Plain value.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace fw {

struct LastWill
{
    QString topic;
    QByteArray payload;
    int qos = 1;
    bool retain = true;
};

struct MqttOptions
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 1883;
    QString clientId;                  // empty: a random one (and then no persistent session)
    QString username;
    QString password;                  // never logged, never written to a settings file

    bool tls = false;
    QString caFile;                    // with tls: the CA that signed the broker's certificate
    QString certFile;                  // client certificate (optional)
    QString keyFile;                   // client key (optional)
    bool tlsInsecure = false;          // skips server verification: explicit opt-in, logged as a warning

    int protocolVersion = 5;           // 4 = MQTT 3.1.1, 5 = MQTT 5
    int keepAliveSeconds = 30;
    bool cleanSession = false;         // persistent session by default
    int sessionExpirySeconds = 24 * 3600;  // MQTT 5 only; with a persistent session

    QStringList subscriptions;         // topic filters, all at subscribeQos
    int subscribeQos = 1;

    std::optional<LastWill> will;

    // Emit MqttSession::publishAcknowledged for every completed publish. Off for high-rate publishers
    // that do not track message ids (one queued signal per message would cost more than the publish).
    bool reportPublishAcks = false;

    int reconnectMinSeconds = 1;
    int reconnectMaxSeconds = 30;

    // Parses "mqtt://host:port", "mqtts://host:port", "tcp://host:port" or "host[:port]".
    // Returns false and leaves the options unchanged on a malformed URL, and on one with a password
    // (mqtt://user:secret@host): passwords never come from a command line.
    bool setBrokerUrl(const QString &url, QString *error = nullptr);
    QString brokerUrl() const;
};

} // namespace fw

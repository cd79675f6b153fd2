#pragma once
// PasswordKeyring: the MQTT password in the desktop's keyring (Secret Service / KWallet through
// qtkeychain), under the service "Fleetwatch MQTT" and the account "user@host:port". Nothing else in
// Fleetwatch touches the keyring; core only ever receives the password string.
//
// Both calls are asynchronous and answer with exactly one signal. Where no keyring service runs
// (a server, CI, a systemd unit) the answer says so: the console then tells the operator to use
// FLEETWATCH_MQTT_PASSWORD or --password-file, and never connects without the password silently.
// GUI thread.

#include <QObject>
#include <QString>

namespace fw {

struct MqttOptions;

class PasswordKeyring : public QObject
{
    Q_OBJECT
public:
    explicit PasswordKeyring(QObject *parent = nullptr);

    static QString accountFor(const MqttOptions &options);   // "user@host:port"

    void read(const QString &account);
    void write(const QString &account, const QString &password);

signals:
    void passwordRead(const QString &account, const QString &password);
    // noKeyring: no keyring service at all (as opposed to no entry, or access refused).
    void readFailed(const QString &account, const QString &reason, bool noKeyring);
    void passwordWritten(const QString &account);
    void writeFailed(const QString &account, const QString &reason);
};

} // namespace fw

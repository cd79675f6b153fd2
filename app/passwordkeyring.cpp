#include "app/passwordkeyring.h"

#include "core/common/logging.h"
#include "core/mqtt/mqttoptions.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>

#include <qt6keychain/keychain.h>

namespace fw {
namespace {

const QString kService = QStringLiteral("Fleetwatch MQTT");

// Why there is no keyring to ask, or empty when there may be one: qtkeychain's own error for a missing
// D-Bus session or Secret Service is only "Unknown error" (libsecret backend).
QString keyringMissing()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return PasswordKeyring::tr("no D-Bus session");
    const QStringList services{QStringLiteral("org.freedesktop.secrets"), QStringLiteral("org.kde.kwalletd5"),
                               QStringLiteral("org.kde.kwalletd6"), QStringLiteral("org.kde.kwalletd")};
    QDBusConnectionInterface *registry = bus.interface();
    if (!registry)
        return PasswordKeyring::tr("no D-Bus session");
    const QStringList activatable = registry->activatableServiceNames().value();
    for (const QString &service : services) {
        if (registry->isServiceRegistered(service).value() || activatable.contains(service))
            return {};
    }
    return PasswordKeyring::tr("no Secret Service or KWallet on the D-Bus session");
}

QString noKeyringReason(const QString &why)
{
    return PasswordKeyring::tr("no keyring available (%1): give the password with FLEETWATCH_MQTT_PASSWORD or "
                               "--password-file").arg(why);
}

} // namespace

PasswordKeyring::PasswordKeyring(QObject *parent) : QObject(parent) {}

QString PasswordKeyring::accountFor(const MqttOptions &options)
{
    return QStringLiteral("%1@%2:%3").arg(options.username, options.host).arg(options.port);
}

void PasswordKeyring::read(const QString &account)
{
    if (const QString missing = keyringMissing(); !missing.isEmpty()) {
        const QString reason = noKeyringReason(missing);
        logging::get("app")->error("{}", logging::sanitize(reason, 500));
        // Queued: the caller hears the answer after read() returns, as with a keyring.
        QMetaObject::invokeMethod(this, [this, account, reason] { emit readFailed(account, reason, true); },
                                  Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this, [this, account](QKeychain::Job *done) {
        auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(done);
        if (done->error() == QKeychain::NoError) {
            emit passwordRead(account, readJob->textData());
            return;
        }
        const bool none = done->error() == QKeychain::NoBackendAvailable || done->error() == QKeychain::NotImplemented;
        QString reason;
        if (none)
            reason = noKeyringReason(done->errorString());
        else if (done->error() == QKeychain::EntryNotFound)
            reason = tr("no password for %1 in the keyring: enter it in Connection ▸ Settings, or give it with "
                        "FLEETWATCH_MQTT_PASSWORD or --password-file").arg(account);
        else
            reason = tr("the keyring did not give the password for %1 (%2): give it with FLEETWATCH_MQTT_PASSWORD or "
                        "--password-file").arg(account, done->errorString());
        logging::get("app")->error("{}", logging::sanitize(reason, 500));
        emit readFailed(account, reason, none);
    });
    job->start();
}

void PasswordKeyring::write(const QString &account, const QString &password)
{
    auto *job = new QKeychain::WritePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(account);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this, account](QKeychain::Job *done) {
        if (done->error() == QKeychain::NoError) {
            logging::get("app")->info("the MQTT password for {} is kept in the keyring", logging::sanitize(account));
            emit passwordWritten(account);
            return;
        }
        const QString missing = keyringMissing();
        const QString reason = !missing.isEmpty() || done->error() == QKeychain::NoBackendAvailable
            ? tr("no keyring available (%1): the password is used for this session only; for later ones give it "
                 "with FLEETWATCH_MQTT_PASSWORD or --password-file").arg(missing.isEmpty() ? done->errorString() : missing)
            : tr("the password for %1 could not be kept in the keyring: %2").arg(account, done->errorString());
        logging::get("app")->error("{}", logging::sanitize(reason, 500));
        emit writeFailed(account, reason);
    });
    job->start();
}

} // namespace fw

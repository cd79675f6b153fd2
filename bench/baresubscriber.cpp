#include "bench/baresubscriber.h"

#include "bench/processstats.h"

#include <mosquitto.h>
#include <mqtt_protocol.h>

#include <chrono>
#include <mutex>

namespace fw::bench {
namespace {

using Clock = std::chrono::steady_clock;

struct Client
{
    bool subscribeOnConnect = true;
    bool connected = false;
    int connectRc = -1;
    bool subscribed = false;
    bool disconnected = false;
    long long received = 0;
    long long expected = 0;
    Clock::time_point first{};
    Clock::time_point last{};
};

void onConnect(mosquitto *m, void *obj, int rc, int, const mosquitto_property *)
{
    auto *c = static_cast<Client *>(obj);
    c->connectRc = rc;
    c->connected = rc == 0;
    if (c->connected && c->subscribeOnConnect)
        mosquitto_subscribe_v5(m, nullptr, kSubscription, 0, 0, nullptr);
}

void onSubscribe(mosquitto *, void *obj, int, int, const int *, const mosquitto_property *)
{
    static_cast<Client *>(obj)->subscribed = true;
}

void onDisconnect(mosquitto *, void *obj, int, const mosquitto_property *)
{
    auto *c = static_cast<Client *>(obj);
    c->connected = false;
    c->disconnected = true;
}

void onMessage(mosquitto *, void *obj, const mosquitto_message *, const mosquitto_property *)
{
    auto *c = static_cast<Client *>(obj);
    const long long n = ++c->received;
    if (n == 1)
        c->first = Clock::now();
    if (n == c->expected)
        c->last = Clock::now();
}

mosquitto *makeClient(const QString &clientId, Client *client, bool cleanStart = false)
{
    static std::once_flag init;
    std::call_once(init, [] { mosquitto_lib_init(); });
    mosquitto *m = mosquitto_new(clientId.toUtf8().constData(), cleanStart, client);
    if (!m)
        return nullptr;
    mosquitto_int_option(m, MOSQ_OPT_PROTOCOL_VERSION, MQTT_PROTOCOL_V5);
    mosquitto_connect_v5_callback_set(m, onConnect);
    mosquitto_subscribe_v5_callback_set(m, onSubscribe);
    mosquitto_disconnect_v5_callback_set(m, onDisconnect);
    mosquitto_message_v5_callback_set(m, onMessage);
    return m;
}

int connectPersistent(mosquitto *m, int port)
{
    mosquitto_property *props = nullptr;
    mosquitto_property_add_int32(&props, MQTT_PROP_SESSION_EXPIRY_INTERVAL, kSessionExpirySeconds);
    const int rc = mosquitto_connect_bind_v5(m, "127.0.0.1", port, 60, nullptr, props);
    mosquitto_property_free_all(&props);
    return rc;
}

void disconnectCleanly(mosquitto *m, Client *client)
{
    mosquitto_disconnect_v5(m, 0, nullptr);
    const auto deadline = Clock::now() + std::chrono::seconds(5);
    while (!client->disconnected && Clock::now() < deadline) {
        if (mosquitto_loop(m, 50, 1) != MOSQ_ERR_SUCCESS)
            break;
    }
}

} // namespace

bool registerSession(int port, const QString &clientId, QString *error)
{
    Client client;
    mosquitto *m = makeClient(clientId, &client);
    if (!m) {
        *error = QStringLiteral("mosquitto_new failed");
        return false;
    }
    bool ok = false;
    if (const int rc = connectPersistent(m, port)) {
        *error = QStringLiteral("connect: %1").arg(QString::fromUtf8(mosquitto_strerror(rc)));
    } else {
        const auto deadline = Clock::now() + std::chrono::seconds(10);
        while (!client.subscribed && Clock::now() < deadline) {
            if (mosquitto_loop(m, 50, 1) != MOSQ_ERR_SUCCESS)
                break;
        }
        ok = client.subscribed;
        if (!ok)
            *error = QStringLiteral("no SUBACK for %1 within 10 s (CONNACK rc %2)").arg(clientId).arg(client.connectRc);
        disconnectCleanly(m, &client);
    }
    mosquitto_destroy(m);
    return ok;
}

bool removeSession(int port, const QString &clientId, QString *error)
{
    Client client;
    client.subscribeOnConnect = false;
    mosquitto *m = makeClient(clientId, &client, true);
    if (!m) {
        *error = QStringLiteral("mosquitto_new failed");
        return false;
    }
    bool ok = false;
    if (const int rc = mosquitto_connect_bind_v5(m, "127.0.0.1", port, 60, nullptr, nullptr)) {
        *error = QStringLiteral("connect: %1").arg(QString::fromUtf8(mosquitto_strerror(rc)));
    } else {
        const auto deadline = Clock::now() + std::chrono::seconds(10);
        while (!client.connected && Clock::now() < deadline) {
            if (mosquitto_loop(m, 50, 1) != MOSQ_ERR_SUCCESS)
                break;
        }
        ok = client.connected;
        if (!ok)
            *error = QStringLiteral("no CONNACK for %1 within 10 s").arg(clientId);
        disconnectCleanly(m, &client);
    }
    mosquitto_destroy(m);
    return ok;
}

BareDrainResult drainBare(int port, const QString &clientId, long long expected, int timeoutSeconds,
                          int idleSeconds)
{
    BareDrainResult result;
    Client client;
    client.expected = expected;
    mosquitto *m = makeClient(clientId, &client);
    if (!m) {
        result.error = QStringLiteral("mosquitto_new failed");
        return result;
    }
    const double cpuBefore = processCpuSeconds();
    const auto started = Clock::now();
    const auto deadline = started + std::chrono::seconds(timeoutSeconds);
    if (const int rc = connectPersistent(m, port)) {
        result.error = QStringLiteral("connect: %1").arg(QString::fromUtf8(mosquitto_strerror(rc)));
        mosquitto_destroy(m);
        return result;
    }
    long long seen = 0;
    auto progressAt = started;
    while (client.received < expected) {
        const auto now = Clock::now();
        if (now > deadline) {
            result.error = QStringLiteral("timeout after %1 s").arg(timeoutSeconds);
            break;
        }
        if (client.received != seen) {
            seen = client.received;
            progressAt = now;
        } else if (now - progressAt > std::chrono::seconds(idleSeconds)) {
            result.error = QStringLiteral("nothing arrived for %1 s").arg(idleSeconds);
            break;
        }
        const int rc = mosquitto_loop(m, 100, 1);
        if (rc != MOSQ_ERR_SUCCESS) {
            result.error = QStringLiteral("connection lost: %1").arg(QString::fromUtf8(mosquitto_strerror(rc)));
            break;
        }
    }
    result.cpuSeconds = processCpuSeconds() - cpuBefore;
    result.received = client.received;
    result.ok = client.received >= expected;
    if (result.ok) {
        result.seconds = std::chrono::duration<double>(client.last - started).count();
        result.firstMessageSeconds = std::chrono::duration<double>(client.first - started).count();
    } else if (result.error.isEmpty()) {
        result.error = QStringLiteral("only %1 of %2 messages").arg(client.received).arg(expected);
    }
    disconnectCleanly(m, &client);
    mosquitto_destroy(m);
    return result;
}

} // namespace fw::bench

#include "core/mqtt/mqttsession.h"

#include "core/common/logging.h"
#include "core/fleet/messagesink.h"
#include "core/mqtt/tlscontext.h"

#include <QDateTime>
#include <QUuid>

#include <mosquitto.h>
#include <mqtt_protocol.h>

#include <algorithm>
#include <mutex>

namespace fw {
namespace {

std::once_flag g_libInit;

QString errorText(int rc)
{
    if (rc == MOSQ_ERR_ERRNO)
        return QString::fromLocal8Bit(strerror(errno));
    return QString::fromUtf8(mosquitto_strerror(rc));
}

} // namespace

QString connectionStateName(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Disconnected: return MqttSession::tr("Disconnected");
    case ConnectionState::Connecting: return MqttSession::tr("Connecting");
    case ConnectionState::Connected: return MqttSession::tr("Connected");
    case ConnectionState::Reconnecting: return MqttSession::tr("Reconnecting");
    case ConnectionState::Stopped: return MqttSession::tr("Stopped");
    case ConnectionState::Failed: return MqttSession::tr("Not connecting");
    }
    return {};
}

MqttSession::MqttSession(MqttOptions options, MessageSink *sink, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_sink(sink)
{
    std::call_once(g_libInit, [] { mosquitto_lib_init(); });
    // Without a client id there is nothing for the broker to keep a session under.
    const bool clean = m_options.cleanSession || m_options.clientId.isEmpty();
    if (m_options.clientId.isEmpty())
        m_options.clientId = QStringLiteral("fleetwatch-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    m_options.cleanSession = clean;
    m_mosq = mosquitto_new(m_options.clientId.toUtf8().constData(), clean, this);
}

MqttSession::~MqttSession()
{
    stop();
    if (m_mosq)
        mosquitto_destroy(m_mosq);
    m_tls.reset();   // after the handle: libmosquitto frees its SSL objects, not the context
}

void MqttSession::start()
{
    if (!m_mosq || m_thread.joinable())
        return;
    auto log = logging::get("mqtt");
    mosquitto_threaded_set(m_mosq, true);
    mosquitto_int_option(m_mosq, MOSQ_OPT_PROTOCOL_VERSION,
                         m_options.protocolVersion == 5 ? MQTT_PROTOCOL_V5 : MQTT_PROTOCOL_V311);
    mosquitto_log_callback_set(m_mosq, &MqttSession::onLog);
    mosquitto_connect_v5_callback_set(m_mosq, &MqttSession::onConnect);
    mosquitto_disconnect_v5_callback_set(m_mosq, &MqttSession::onDisconnect);
    mosquitto_message_v5_callback_set(m_mosq, &MqttSession::onMessage);
    mosquitto_publish_v5_callback_set(m_mosq, &MqttSession::onPublish);
    mosquitto_subscribe_v5_callback_set(m_mosq, &MqttSession::onSubscribe);
    // The first reconnect waits reconnectMin; libmosquitto's own reconnect delay is not used because
    // the loop is ours.
    if (!m_options.username.isEmpty()) {
        mosquitto_username_pw_set(m_mosq, m_options.username.toUtf8().constData(),
                                  m_options.password.isEmpty() ? nullptr : m_options.password.toUtf8().constData());
    }
    if (m_options.tls && !setUpTls())
        return;   // never without TLS: no thread, no connection
    if (m_options.will) {
        const LastWill &w = *m_options.will;
        mosquitto_will_set_v5(m_mosq, w.topic.toUtf8().constData(), int(w.payload.size()),
                              w.payload.constData(), w.qos, w.retain, nullptr);
    }
    m_stopRequested = false;
    m_thread = std::thread([this] { run(); });
}

bool MqttSession::setUpTls()
{
    auto log = logging::get("mqtt");
    QString error;
    m_tls = TlsContext::create(m_options, &error);
    int rc = MOSQ_ERR_SUCCESS;
    if (m_tls) {
        // Our context as it is: libmosquitto's defaults would replace the verify callback that names
        // the reason of a refused handshake.
        rc = mosquitto_int_option(m_mosq, MOSQ_OPT_SSL_CTX_WITH_DEFAULTS, 0);
        if (rc == MOSQ_ERR_SUCCESS)
            rc = mosquitto_void_option(m_mosq, MOSQ_OPT_SSL_CTX, m_tls->handle());
        if (rc != MOSQ_ERR_SUCCESS)
            error = tr("libmosquitto does not take the TLS context: %1").arg(errorText(rc));
    }
    if (!m_tls || rc != MOSQ_ERR_SUCCESS) {
        log->error("TLS setup failed, not connecting to {}: {}", m_options.brokerUrl().toStdString(),
                   logging::sanitize(error, 1000));
        setState(ConnectionState::Failed, tr("TLS setup failed, not connecting: %1").arg(error));
        return false;
    }
    if (m_options.tlsInsecure)
        log->warn("TLS server verification is OFF (explicitly requested): the broker's identity is not checked");
    return true;
}

// The reason of a failed TLS connection: the verification's own if the certificate was refused, else
// what OpenSSL said through libmosquitto's log (e.g. "wrong version number": not a TLS listener).
QString MqttSession::tlsFailure(int rc)
{
    if (!m_tls)
        return {};
    const QString refusal = m_tls->takeRefusal();
    if (!refusal.isEmpty())
        return refusal;
    if (rc != MOSQ_ERR_TLS)
        return {};
    QString detail = std::exchange(m_lastLibraryError, QString());
    if (const int at = detail.lastIndexOf(QLatin1Char(':')); at >= 0)
        detail = detail.mid(at + 1).trimmed();
    return tr("TLS handshake failed: %1").arg(detail.isEmpty() ? errorText(rc) : detail);
}

void MqttSession::stop()
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_wakeMutex);
        m_stopRequested = true;
    }
    m_wake.notify_all();
    m_thread.join();
    setState(ConnectionState::Stopped, tr("stopped"));
}

int MqttSession::publish(const QString &topic, const QByteArray &payload, int qos, bool retain)
{
    if (!m_connected.load())
        return -MOSQ_ERR_NO_CONN;
    int mid = 0;
    const int rc = mosquitto_publish_v5(m_mosq, &mid, topic.toUtf8().constData(), int(payload.size()),
                                        payload.constData(), qos, retain, nullptr);
    if (rc != MOSQ_ERR_SUCCESS)
        return -rc;
    ++m_outstanding;
    return mid;
}

bool MqttSession::waitForPublished(int timeoutMs) const
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (m_outstanding.load() > 0 && m_connected.load()) {
        if (std::chrono::steady_clock::now() >= deadline)
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return m_outstanding.load() <= 0;
}

void MqttSession::setState(ConnectionState state, const QString &reason)
{
    const ConnectionState previous = m_state.exchange(state);
    if (previous == state && state != ConnectionState::Reconnecting)
        return;
    auto log = logging::get("mqtt");
    if (state == ConnectionState::Connected)
        log->info("connected to {} as {}", m_options.brokerUrl().toStdString(), m_options.clientId.toStdString());
    else
        log->info("{}: {}", connectionStateName(state).toStdString(), logging::sanitize(reason));
    emit connectionStateChanged(state, reason);
}

void MqttSession::waitBackoff(int seconds)
{
    std::unique_lock lock(m_wakeMutex);
    m_wake.wait_for(lock, std::chrono::seconds(seconds), [this] { return m_stopRequested.load(); });
}

bool MqttSession::connectOnce(QString &reason)
{
    mosquitto_property *props = nullptr;
    if (m_options.protocolVersion == 5 && !m_options.cleanSession)
        mosquitto_property_add_int32(&props, MQTT_PROP_SESSION_EXPIRY_INTERVAL,
                                     uint32_t(std::max(0, m_options.sessionExpirySeconds)));
    const int rc = mosquitto_connect_bind_v5(m_mosq, m_options.host.toUtf8().constData(), m_options.port,
                                             m_options.keepAliveSeconds, nullptr, props);
    mosquitto_property_free_all(&props);
    if (rc != MOSQ_ERR_SUCCESS) {
        const QString tls = tlsFailure(rc);
        reason = tls.isEmpty() ? errorText(rc) : tls;
        return false;
    }
    return true;
}

void MqttSession::run()
{
    int backoff = std::max(1, m_options.reconnectMinSeconds);
    bool socketOpen = false;
    bool everConnected = false;
    QString lastReason;
    setState(ConnectionState::Connecting, tr("connecting to %1").arg(m_options.brokerUrl()));
    while (!m_stopRequested) {
        if (!socketOpen) {
            QString reason;
            socketOpen = connectOnce(reason);
            if (!socketOpen) {
                setState(everConnected ? ConnectionState::Reconnecting : ConnectionState::Disconnected,
                         tr("cannot connect to %1: %2; retrying in %3 s")
                             .arg(m_options.brokerUrl(), reason).arg(backoff));
                waitBackoff(backoff);
                backoff = std::min(backoff * 2, std::max(1, m_options.reconnectMaxSeconds));
                continue;
            }
        }
        int rc = mosquitto_loop(m_mosq, 100, 1);
        // libmosquitto reads one packet per mosquitto_loop() (a select() each); read on
        // while packets keep coming.
        for (int i = 0; rc == MOSQ_ERR_SUCCESS && i < 1024; ++i) {
            const quint64 before = m_messagesRead;
            rc = mosquitto_loop_read(m_mosq, 1);
            if (m_messagesRead == before)
                break;
        }
        if (m_connected)
            backoff = std::max(1, m_options.reconnectMinSeconds);
        if (rc == MOSQ_ERR_SUCCESS)
            continue;
        // Connection lost, protocol or TLS error: libmosquitto would stay silent in its own thread; here
        // the error comes back to us, is shown, and we reconnect.
        const QString tls = tlsFailure(rc);
        everConnected = everConnected || m_connected;
        m_connected = false;
        // In-flight publishes will not be acknowledged on this connection; owners resend from their outbox.
        m_outstanding = 0;
        socketOpen = false;
        mosquitto_disconnect(m_mosq);
        if (m_stopRequested)
            break;
        if (!tls.isEmpty()) {
            setState(everConnected ? ConnectionState::Reconnecting : ConnectionState::Disconnected,
                     tr("cannot connect to %1: %2; retrying in %3 s").arg(m_options.brokerUrl(), tls).arg(backoff));
        } else {
            setState(ConnectionState::Reconnecting,
                     tr("connection lost: %1; reconnecting in %2 s").arg(errorText(rc)).arg(backoff));
        }
        waitBackoff(backoff);
        backoff = std::min(backoff * 2, std::max(1, m_options.reconnectMaxSeconds));
    }
    if (socketOpen) {
        mosquitto_disconnect(m_mosq);
        // Let the DISCONNECT packet leave.
        for (int i = 0; i < 5 && mosquitto_want_write(m_mosq); ++i)
            mosquitto_loop(m_mosq, 20, 1);
    }
    m_connected = false;
}

void MqttSession::onLog(mosquitto *, void *obj, int level, const char *text)
{
    if (level != MOSQ_LOG_ERR || !text)
        return;
    auto *self = static_cast<MqttSession *>(obj);
    self->m_lastLibraryError = QString::fromUtf8(text);
    logging::get("mqtt")->warn("libmosquitto: {}", logging::sanitize(self->m_lastLibraryError, 500));
}

void MqttSession::onConnect(mosquitto *mosq, void *obj, int rc, int flags, const mosquitto_property *)
{
    auto *self = static_cast<MqttSession *>(obj);
    if (rc != 0) {
        // MQTT 3.1.1 answers with a CONNACK return code, MQTT 5 with a reason code.
        const bool v5 = self->m_options.protocolVersion == 5;
        QString why = QString::fromUtf8(v5 ? mosquitto_reason_string(rc) : mosquitto_connack_string(rc));
        const bool credentials = v5 ? (rc == MQTT_RC_BAD_USERNAME_OR_PASSWORD || rc == MQTT_RC_NOT_AUTHORIZED)
                                    : (rc == CONNACK_REFUSED_BAD_USERNAME_PASSWORD || rc == CONNACK_REFUSED_NOT_AUTHORIZED);
        if (credentials)
            why = tr("%1 (user name or password wrong or missing, or the account may not connect)").arg(why);
        self->setState(ConnectionState::Reconnecting, tr("broker refused the connection: %1").arg(why));
        return;
    }
    self->m_connected = true;
    self->setState(ConnectionState::Connected,
                   (flags & 1) ? tr("session resumed") : tr("new session"));
    // Subscriptions are made on every connect: a broker that lost its state gets them back.
    const QStringList &subs = self->m_options.subscriptions;
    self->m_pendingSubscriptions = int(subs.size());
    if (subs.isEmpty()) {
        emit self->subscribed();
        return;
    }
    for (const QString &filter : subs) {
        const int src = mosquitto_subscribe_v5(mosq, nullptr, filter.toUtf8().constData(),
                                               self->m_options.subscribeQos, 0, nullptr);
        if (src != MOSQ_ERR_SUCCESS) {
            logging::get("mqtt")->error("subscribe to {} failed: {}", logging::sanitize(filter),
                                        errorText(src).toStdString());
            if (--self->m_pendingSubscriptions == 0)
                emit self->subscribed();
        }
    }
}

void MqttSession::onDisconnect(mosquitto *, void *obj, int rc, const mosquitto_property *)
{
    auto *self = static_cast<MqttSession *>(obj);
    self->m_connected = false;
    if (rc != 0 && !self->m_stopRequested)
        logging::get("mqtt")->warn("disconnected: {}", errorText(rc).toStdString());
}

void MqttSession::onMessage(mosquitto *, void *obj, const mosquitto_message *msg, const mosquitto_property *)
{
    auto *self = static_cast<MqttSession *>(obj);
    ++self->m_messagesRead;
    if (!self->m_sink)
        return;
    RawMessage raw;
    raw.topic = QByteArray(msg->topic);
    // Nothing over the spec's 64 KiB is ever accepted: keep one byte more than that, so the decoder
    // still counts the rejection, without copying (or queueing) a payload of any size.
    constexpr int kKeepAtMost = 64 * 1024 + 1;
    raw.payload = QByteArray(static_cast<const char *>(msg->payload), std::min(msg->payloadlen, kKeepAtMost));
    raw.receivedAt = QDateTime::currentMSecsSinceEpoch();
    self->m_sink->push(std::move(raw));
}

void MqttSession::onPublish(mosquitto *, void *obj, int mid, int reasonCode, const mosquitto_property *)
{
    auto *self = static_cast<MqttSession *>(obj);
    // A message resent by libmosquitto after a reconnect is acknowledged once more: never below zero.
    for (int v = self->m_outstanding.load(); v > 0 && !self->m_outstanding.compare_exchange_weak(v, v - 1);) {
    }
    if (reasonCode >= 0x80) {
        logging::get("mqtt")->warn("broker rejected publish {}: {}", mid, mosquitto_reason_string(reasonCode));
        if (self->m_options.reportPublishAcks)
            emit self->publishRejected(mid, QString::fromUtf8(mosquitto_reason_string(reasonCode)));
        return;
    }
    if (self->m_options.reportPublishAcks)
        emit self->publishAcknowledged(mid);
}

void MqttSession::onSubscribe(mosquitto *, void *obj, int, int count, const int *granted,
                              const mosquitto_property *)
{
    auto *self = static_cast<MqttSession *>(obj);
    for (int i = 0; i < count; ++i) {
        if (granted[i] >= 0x80)
            logging::get("mqtt")->error("broker refused a subscription: {}", mosquitto_reason_string(granted[i]));
    }
    if (--self->m_pendingSubscriptions == 0) {
        logging::get("mqtt")->info("subscribed to {}", self->m_options.subscriptions.join(QStringLiteral(", ")).toStdString());
        emit self->subscribed();
    }
}

} // namespace fw

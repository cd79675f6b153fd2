#pragma once
// MqttSession: one libmosquitto client with its own network thread.
//
// Threads: construct, start(), stop() and the destructor from the owning thread. publish() and
// subscribe() are safe from any thread. The network loop runs on a std::thread owned by this object;
// its callbacks only copy received messages into the MessageSink (never per-message signals).
// Signals are emitted from the network thread: connect to them with queued connections (Qt does so by
// itself when the receiver lives in another thread).
//
// The loop is ours (mosquitto_loop in a loop), not mosquitto_loop_start(): a TLS or protocol error
// returns to us, is reported through connectionStateChanged(), and the session reconnects with capped
// exponential backoff. Subscriptions are made again on every connect.
//
// TLS (options.tls) never falls back to plain text: the OpenSSL context is ours (TlsContext). When it
// cannot be set up (a missing or unreadable CA, certificate or key, a certificate without its key)
// start() does not connect at all and the state is Failed with the reason. A handshake the broker's
// certificate fails (unknown CA, expired, another host name) is reported with that reason and retried
// with the same TLS setup.

#include "core/mqtt/mqttoptions.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

struct mosquitto;
struct mosquitto_message;
struct mqtt5__property;

namespace fw {

class MessageSink;
class TlsContext;

// Failed: the session will not connect as configured (TLS setup failed); the reason says why.
enum class ConnectionState { Disconnected, Connecting, Connected, Reconnecting, Stopped, Failed };
QString connectionStateName(ConnectionState state);

class MqttSession : public QObject
{
    Q_OBJECT
public:
    // `sink` receives every message (may be null for a publish-only client); not owned, must outlive
    // the session.
    explicit MqttSession(MqttOptions options, MessageSink *sink = nullptr, QObject *parent = nullptr);
    ~MqttSession() override;

    MqttSession(const MqttSession &) = delete;
    MqttSession &operator=(const MqttSession &) = delete;

    void start();
    // Disconnects cleanly (a last will is not sent) and joins the network thread.
    void stop();

    ConnectionState state() const { return m_state.load(); }
    const MqttOptions &options() const { return m_options; }

    // Returns the message id (> 0), or a negative libmosquitto error code (for example when not
    // connected: QoS 1 messages are not queued by us while offline; callers keep them in an outbox).
    int publish(const QString &topic, const QByteArray &payload, int qos, bool retain);

    // Publishes not yet completed (QoS 1: PUBACK not received; QoS 0: not yet written).
    int outstandingPublishes() const { return m_outstanding.load(); }
    // Waits (blocking the caller) until outstandingPublishes() is 0 or the timeout passes.
    bool waitForPublished(int timeoutMs) const;

signals:
    void connectionStateChanged(fw::ConnectionState state, const QString &reason);
    // All subscriptions have been granted after a (re)connect: the moment to reconcile retained state.
    void subscribed();
    // The broker acknowledged a QoS 1 publish (PUBACK) or a QoS 0 one left the socket.
    void publishAcknowledged(int messageId);
    // MQTT 5: the broker refused a publish (reason code >= 0x80), e.g. not authorised. With reportPublishAcks.
    void publishRejected(int messageId, const QString &reason);

private:
    void run();
    bool connectOnce(QString &reason);
    void setState(ConnectionState state, const QString &reason);
    void waitBackoff(int seconds);
    bool setUpTls();
    QString tlsFailure(int rc);

    static void onLog(mosquitto *, void *self, int level, const char *text);
    static void onConnect(mosquitto *, void *self, int rc, int flags, const mqtt5__property *);
    static void onDisconnect(mosquitto *, void *self, int rc, const mqtt5__property *);
    static void onMessage(mosquitto *, void *self, const mosquitto_message *, const mqtt5__property *);
    static void onPublish(mosquitto *, void *self, int mid, int reasonCode, const mqtt5__property *);
    static void onSubscribe(mosquitto *, void *self, int mid, int count, const int *granted,
                            const mqtt5__property *);

    MqttOptions m_options;
    MessageSink *m_sink;
    mosquitto *m_mosq = nullptr;
    std::unique_ptr<TlsContext> m_tls;   // with options.tls; outlives m_mosq's use of its SSL_CTX
    QString m_lastLibraryError;          // network thread: libmosquitto's last error log line
    std::thread m_thread;
    std::atomic<bool> m_stopRequested{false};
    std::atomic<ConnectionState> m_state{ConnectionState::Disconnected};
    std::atomic<bool> m_connected{false};
    std::atomic<int> m_pendingSubscriptions{0};
    std::atomic<int> m_outstanding{0};
    quint64 m_messagesRead = 0;   // network thread only
    std::mutex m_wakeMutex;
    std::condition_variable m_wake;
};

} // namespace fw

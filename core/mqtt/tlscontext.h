#pragma once
// TlsContext: the OpenSSL context of one MQTT session, built here rather than by libmosquitto
// (MOSQ_OPT_SSL_CTX without libmosquitto's defaults), for two reasons:
//  - every setup failure is found before any connection and named: a CA, certificate or key file that
//    is missing or unreadable (with the errno text), one that holds no usable PEM, a key that does not
//    fit its certificate, a certificate without its key. create() then returns null and the session
//    does not connect at all: TLS asked for never becomes plain text.
//  - a refused handshake says why: our verify callback keeps OpenSSL's verification error with the
//    certificate it concerns (unknown CA, expired on a date, issued for other host names), where
//    libmosquitto only reports MOSQ_ERR_TLS and "certificate verify failed".
// The broker's host name (or IP address) is checked by OpenSSL against the certificate's names.
//
// Threads: create() on the owning thread before the network starts; the verify callback runs on the
// session's network thread during the handshake, and takeRefusal() is called there too.

#include "core/mqtt/mqttoptions.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

struct ssl_ctx_st;
struct x509_store_ctx_st;

namespace fw {

class TlsContext
{
    Q_DECLARE_TR_FUNCTIONS(fw::TlsContext)
public:
    ~TlsContext();
    TlsContext(const TlsContext &) = delete;
    TlsContext &operator=(const TlsContext &) = delete;

    // Null with *error (a sentence for the operator, naming the file) when the setup fails.
    static std::unique_ptr<TlsContext> create(const MqttOptions &options, QString *error);

    // The context for MOSQ_OPT_SSL_CTX; owned here, must outlive the mosquitto handle's use of it.
    ssl_ctx_st *handle() const { return m_ctx; }

    // Why the last handshake refused the broker's certificate (once; empty when it did not).
    QString takeRefusal();

    // "cannot read the CA certificate file X: No such file or directory", or empty when readable.
    static QString unreadable(const QString &path, const QString &what);

private:
    TlsContext() = default;
    static int verify(int preverifyOk, x509_store_ctx_st *store);
    QString describeRefusal(int error, x509_store_ctx_st *store) const;

    ssl_ctx_st *m_ctx = nullptr;
    QString m_caFile;
    QString m_host;
    QString m_refusal;   // network thread
};

} // namespace fw

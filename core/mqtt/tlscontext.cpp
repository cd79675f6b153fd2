#include "core/mqtt/tlscontext.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <utility>

namespace fw {
namespace {

// OpenSSL's reasons for the last failure, oldest first ("no start line"), clearing its queue.
QString opensslReasons()
{
    QStringList reasons;
    while (const unsigned long e = ERR_get_error()) {
        const char *reason = ERR_reason_error_string(e);
        reasons.append(reason ? QString::fromUtf8(reason) : QStringLiteral("error %1").arg(e, 0, 16));
    }
    reasons.removeDuplicates();
    return reasons.isEmpty() ? TlsContext::tr("unknown OpenSSL error") : reasons.join(QStringLiteral("; "));
}

QString utcText(const ASN1_TIME *time)
{
    struct tm tm = {};
    if (!time || ASN1_TIME_to_tm(time, &tm) != 1)
        return TlsContext::tr("an unknown date");
    const QDateTime at(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                       QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
    return at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

// The names a certificate is for: its subject alternative names (DNS and IP), else its common name.
QStringList certificateNames(X509 *cert)
{
    QStringList names;
    if (!cert)
        return names;
    auto *sans = static_cast<GENERAL_NAMES *>(X509_get_ext_d2i(cert, NID_subject_alt_name, nullptr, nullptr));
    for (int i = 0; sans && i < sk_GENERAL_NAME_num(sans); ++i) {
        const GENERAL_NAME *name = sk_GENERAL_NAME_value(sans, i);
        if (name->type == GEN_DNS) {
            names.append(QString::fromUtf8(reinterpret_cast<const char *>(ASN1_STRING_get0_data(name->d.dNSName)),
                                           ASN1_STRING_length(name->d.dNSName)));
        } else if (name->type == GEN_IPADD) {
            const unsigned char *ip = ASN1_STRING_get0_data(name->d.iPAddress);
            if (ASN1_STRING_length(name->d.iPAddress) == 4)
                names.append(QStringLiteral("%1.%2.%3.%4").arg(ip[0]).arg(ip[1]).arg(ip[2]).arg(ip[3]));
            else
                names.append(TlsContext::tr("an IPv6 address"));
        }
    }
    GENERAL_NAMES_free(sans);
    if (names.isEmpty()) {
        const X509_NAME *subject = X509_get_subject_name(cert);
        const int at = X509_NAME_get_index_by_NID(subject, NID_commonName, -1);
        if (const X509_NAME_ENTRY *entry = at >= 0 ? X509_NAME_get_entry(subject, at) : nullptr) {
            const ASN1_STRING *cn = X509_NAME_ENTRY_get_data(entry);
            names.append(QString::fromUtf8(reinterpret_cast<const char *>(ASN1_STRING_get0_data(cn)),
                                           ASN1_STRING_length(cn)));
        }
    }
    return names;
}

} // namespace

QString TlsContext::unreadable(const QString &path, const QString &what)
{
    if (QFileInfo(path).isDir())
        return tr("cannot read the %1 %2: it is a folder, not a file").arg(what, path);
    errno = 0;
    FILE *f = std::fopen(QFile::encodeName(path).constData(), "rb");
    if (!f)
        return tr("cannot read the %1 %2: %3").arg(what, path, QString::fromLocal8Bit(std::strerror(errno)));
    std::fclose(f);
    return {};
}

std::unique_ptr<TlsContext> TlsContext::create(const MqttOptions &options, QString *error)
{
    auto fail = [error](const QString &text) -> std::unique_ptr<TlsContext> {
        ERR_clear_error();
        if (error)
            *error = text;
        return nullptr;
    };
    const QString caWhat = tr("CA certificate file");
    const QString certWhat = tr("client certificate file");
    const QString keyWhat = tr("client key file");
    for (const auto &[path, what] : {std::pair{options.caFile, caWhat}, std::pair{options.certFile, certWhat},
                                     std::pair{options.keyFile, keyWhat}}) {
        if (path.isEmpty())
            continue;
        if (const QString problem = unreadable(path, what); !problem.isEmpty())
            return fail(problem);
    }
    if (options.certFile.isEmpty() != options.keyFile.isEmpty()) {
        return fail(options.keyFile.isEmpty()
                        ? tr("the client certificate %1 is given without its key (--key-file)").arg(options.certFile)
                        : tr("the client key %1 is given without its certificate (--cert-file)").arg(options.keyFile));
    }

    std::unique_ptr<TlsContext> tls(new TlsContext);
    tls->m_caFile = options.caFile;
    tls->m_host = options.host;
    ERR_clear_error();
    tls->m_ctx = SSL_CTX_new(TLS_client_method());
    if (!tls->m_ctx)
        return fail(tr("cannot set up TLS: %1").arg(opensslReasons()));
    SSL_CTX_set_min_proto_version(tls->m_ctx, TLS1_2_VERSION);
    SSL_CTX_set_app_data(tls->m_ctx, tls.get());

    const QByteArray ca = QFile::encodeName(options.caFile);
    if (!options.caFile.isEmpty()) {
        if (SSL_CTX_load_verify_locations(tls->m_ctx, ca.constData(), nullptr) != 1)
            return fail(tr("the CA certificate file %1 holds no usable certificate: %2").arg(options.caFile, opensslReasons()));
    } else if (SSL_CTX_set_default_verify_paths(tls->m_ctx) != 1) {
        return fail(tr("cannot load the system's CA certificates: %1").arg(opensslReasons()));
    }
    if (!options.certFile.isEmpty()) {
        if (SSL_CTX_use_certificate_chain_file(tls->m_ctx, QFile::encodeName(options.certFile).constData()) != 1)
            return fail(tr("the client certificate file %1 holds no usable certificate: %2").arg(options.certFile, opensslReasons()));
        if (SSL_CTX_use_PrivateKey_file(tls->m_ctx, QFile::encodeName(options.keyFile).constData(), SSL_FILETYPE_PEM) != 1)
            return fail(tr("the client key file %1 holds no usable key: %2").arg(options.keyFile, opensslReasons()));
        if (SSL_CTX_check_private_key(tls->m_ctx) != 1)
            return fail(tr("the client key %1 does not belong to the certificate %2").arg(options.keyFile, options.certFile));
    }

    if (options.tlsInsecure) {
        SSL_CTX_set_verify(tls->m_ctx, SSL_VERIFY_NONE, nullptr);
    } else {
        X509_VERIFY_PARAM *param = SSL_CTX_get0_param(tls->m_ctx);
        const QByteArray host = options.host.toUtf8();
        // An address is checked against the certificate's IP names, a host name against its DNS names.
        if (X509_VERIFY_PARAM_set1_ip_asc(param, host.constData()) != 1) {
            X509_VERIFY_PARAM_set_hostflags(param, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
            if (X509_VERIFY_PARAM_set1_host(param, host.constData(), size_t(host.size())) != 1)
                return fail(tr("cannot check the broker's certificate against the host name %1").arg(options.host));
        }
        SSL_CTX_set_verify(tls->m_ctx, SSL_VERIFY_PEER, &TlsContext::verify);
    }
    ERR_clear_error();
    return tls;
}

TlsContext::~TlsContext()
{
    if (m_ctx)
        SSL_CTX_free(m_ctx);
}

QString TlsContext::takeRefusal()
{
    return std::exchange(m_refusal, QString());
}

int TlsContext::verify(int preverifyOk, X509_STORE_CTX *store)
{
    if (preverifyOk)
        return preverifyOk;
    auto *ssl = static_cast<SSL *>(X509_STORE_CTX_get_ex_data(store, SSL_get_ex_data_X509_STORE_CTX_idx()));
    auto *self = ssl ? static_cast<TlsContext *>(SSL_CTX_get_app_data(SSL_get_SSL_CTX(ssl))) : nullptr;
    // The first error is the one that matters: later ones follow from it.
    if (self && self->m_refusal.isEmpty())
        self->m_refusal = self->describeRefusal(X509_STORE_CTX_get_error(store), store);
    return preverifyOk;
}

QString TlsContext::describeRefusal(int error, X509_STORE_CTX *store) const
{
    X509 *cert = X509_STORE_CTX_get_current_cert(store);
    const QString ca = m_caFile.isEmpty() ? tr("the system's CA certificates") : m_caFile;
    switch (error) {
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
    case X509_V_ERR_CERT_SIGNATURE_FAILURE:
        return tr("certificate verify failed: the broker's certificate is not signed by the CA in %1").arg(ca);
    case X509_V_ERR_CERT_HAS_EXPIRED:
        return tr("certificate verify failed: the broker's certificate expired on %1").arg(utcText(X509_get0_notAfter(cert)));
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return tr("certificate verify failed: the broker's certificate is not valid before %1 (check this computer's clock)")
            .arg(utcText(X509_get0_notBefore(cert)));
    case X509_V_ERR_HOSTNAME_MISMATCH:
    case X509_V_ERR_IP_ADDRESS_MISMATCH: {
        const QStringList names = certificateNames(cert);
        return tr("certificate verify failed: host name mismatch: the broker's certificate is for %1, not %2")
            .arg(names.isEmpty() ? tr("no name") : names.join(QStringLiteral(", ")), m_host);
    }
    default:
        return tr("certificate verify failed: %1").arg(QString::fromUtf8(X509_verify_cert_error_string(error)));
    }
}

} // namespace fw

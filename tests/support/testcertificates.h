#pragma once
// TestCertificates: real certificates for TLS tests, made with the openssl command line in a temporary
// directory readable by the broker (mosquitto started as root drops to the "mosquitto" user):
//  - ca.crt/ca.key: the test CA; other-ca.crt: an unrelated CA;
//  - server.crt/.key: for 127.0.0.1 and localhost, signed by the CA;
//  - expired.crt (key server.key): the same names, valid only in January 2020 (made with `openssl ca`
//    and a start and end date in the past: `openssl x509 -days` cannot go back);
//  - wrong-host.crt/.key: for wrong.example only, signed by the CA.

#include <QString>
#include <QTemporaryDir>

namespace fw::test {

class TestCertificates
{
public:
    bool make();                          // false with errorString() when openssl failed
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString errorString() const { return m_error; }

    // mosquitto.conf lines for a TLS listener on `port` with this server certificate and key.
    QString listener(int port, const QString &certFile, const QString &keyFile = QStringLiteral("server.key")) const;

private:
    bool run(const QStringList &arguments);
    bool write(const QString &name, const QByteArray &text);

    QTemporaryDir m_dir;
    QString m_error;
};

} // namespace fw::test

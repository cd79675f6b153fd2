#include "support/testcertificates.h"

#include <QFile>
#include <QProcess>

namespace fw::test {
namespace {

const QStringList kEcKey = {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                            QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};

} // namespace

bool TestCertificates::run(const QStringList &arguments)
{
    QProcess openssl;
    openssl.setWorkingDirectory(m_dir.path());
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"), arguments);
    if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
        m_error = QStringLiteral("openssl %1: %2 %3")
                      .arg(arguments.join(QLatin1Char(' ')), openssl.errorString(), QString::fromUtf8(openssl.readAll()));
        return false;
    }
    return true;
}

bool TestCertificates::write(const QString &name, const QByteArray &text)
{
    QFile f(path(name));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text) != text.size()) {
        m_error = QStringLiteral("cannot write %1").arg(path(name));
        return false;
    }
    return true;
}

bool TestCertificates::make()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return false;
    }
    const QByteArray dir = m_dir.path().toUtf8();
    const QString req = QStringLiteral("req");
    auto selfSigned = [&](const QString &name, const QString &subject) {
        return run(QStringList{req, QStringLiteral("-x509")} + kEcKey
                   + QStringList{QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"),
                                 name + QStringLiteral(".crt"), QStringLiteral("-days"), QStringLiteral("3650"),
                                 QStringLiteral("-subj"), subject});
    };
    auto request = [&](const QString &name, const QString &subject) {
        return run(QStringList{req} + kEcKey
                   + QStringList{QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"),
                                 name + QStringLiteral(".csr"), QStringLiteral("-subj"), subject});
    };
    auto sign = [&](const QString &name, const QString &extFile) {
        return run({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), name + QStringLiteral(".csr"),
                    QStringLiteral("-CA"), QStringLiteral("ca.crt"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                    QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("365"),
                    QStringLiteral("-extfile"), extFile, QStringLiteral("-out"), name + QStringLiteral(".crt")});
    };
    const bool ok = selfSigned(QStringLiteral("ca"), QStringLiteral("/CN=Fleetwatch Test CA"))
        && selfSigned(QStringLiteral("other-ca"), QStringLiteral("/CN=Unrelated Test CA"))
        && write(QStringLiteral("server.ext"), "subjectAltName=IP:127.0.0.1,DNS:localhost\n")
        && write(QStringLiteral("wrong-host.ext"), "subjectAltName=DNS:wrong.example\n")
        && request(QStringLiteral("server"), QStringLiteral("/CN=localhost"))
        && sign(QStringLiteral("server"), QStringLiteral("server.ext"))
        && request(QStringLiteral("wrong-host"), QStringLiteral("/CN=wrong.example"))
        && sign(QStringLiteral("wrong-host"), QStringLiteral("wrong-host.ext"))
        && write(QStringLiteral("index.txt"), "") && write(QStringLiteral("serial"), "2000\n")
        && write(QStringLiteral("ca.cnf"),
                 "[ ca ]\ndefault_ca = testca\n[ testca ]\n"
                 "database = " + dir + "/index.txt\nnew_certs_dir = " + dir + "\nserial = " + dir + "/serial\n"
                 "certificate = " + dir + "/ca.crt\nprivate_key = " + dir + "/ca.key\n"
                 "default_md = sha256\npolicy = anything\nunique_subject = no\n"
                 "[ anything ]\ncommonName = supplied\n")
        // Valid only in January 2020: expired for real, no clock faked.
        && run({QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"), QStringLiteral("ca.cnf"),
                QStringLiteral("-startdate"), QStringLiteral("20200101000000Z"), QStringLiteral("-enddate"),
                QStringLiteral("20200201000000Z"), QStringLiteral("-in"), QStringLiteral("server.csr"),
                QStringLiteral("-extfile"), QStringLiteral("server.ext"), QStringLiteral("-notext"),
                QStringLiteral("-out"), QStringLiteral("expired.crt")});
    if (!ok)
        return false;
    // The broker runs as "mosquitto": it must read the directory and the files (test keys only).
    QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                           | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                           | QFileDevice::ExeOther);
    for (const QString &name : {QStringLiteral("server.key"), QStringLiteral("wrong-host.key")})
        QFile::setPermissions(path(name), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                              | QFileDevice::ReadOther);
    return true;
}

QString TestCertificates::listener(int port, const QString &certFile, const QString &keyFile) const
{
    return QStringLiteral("listener %1 127.0.0.1\ncafile %2\ncertfile %3\nkeyfile %4\n")
        .arg(port)
        .arg(path(QStringLiteral("ca.crt")), path(certFile), path(keyFile));
}

} // namespace fw::test

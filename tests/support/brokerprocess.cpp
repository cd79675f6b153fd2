#include "support/brokerprocess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <csignal>

namespace fw::test {

BrokerProcess::BrokerProcess(const QString &extraConfig)
    : m_port(freePort()), m_extra(extraConfig)
{
    // mosquitto started as root drops to the "mosquitto" user, which must be able to write its
    // persistence file here.
    QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                           | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther
                                           | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardOutputFile(m_dir.filePath(QStringLiteral("mosquitto.log")));
}

BrokerProcess::~BrokerProcess()
{
    kill();
}

int BrokerProcess::freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

QString BrokerProcess::brokerPath()
{
    const QByteArray env = qgetenv("MOSQUITTO_BROKER");
    if (!env.isEmpty())
        return QString::fromLocal8Bit(env);
    return QStringLiteral("/usr/sbin/mosquitto");
}

QString BrokerProcess::url() const
{
    return QStringLiteral("mqtt://127.0.0.1:%1").arg(m_port);
}

QString BrokerProcess::log() const
{
    QFile f(m_dir.filePath(QStringLiteral("mosquitto.log")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

bool BrokerProcess::start()
{
    if (m_process.state() != QProcess::NotRunning)
        return true;
    const QString conf = m_dir.filePath(QStringLiteral("mosquitto.conf"));
    QFile f(conf);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = QStringLiteral("cannot write %1").arg(conf);
        return false;
    }
    const QString text = QStringLiteral(
        "listener %1 127.0.0.1\n"
        "allow_anonymous true\n"
        "persistence true\n"
        "persistence_location %2/\n"
        "autosave_interval 1\n"
        "max_queued_messages 100000\n"
        "max_inflight_messages 100\n"
        "log_dest stdout\n"
        "log_type error\nlog_type warning\n"
        "%3\n").arg(m_port).arg(m_dir.path(), m_extra);
    f.write(text.toUtf8());
    f.close();

    m_process.start(brokerPath(), {QStringLiteral("-c"), conf});
    if (!m_process.waitForStarted(5000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(brokerPath(), m_process.errorString());
        return false;
    }
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, quint16(m_port));
        if (probe.waitForConnected(200)) {
            probe.abort();
            return true;
        }
        if (m_process.state() == QProcess::NotRunning) {
            m_error = QStringLiteral("mosquitto exited: %1").arg(log());
            return false;
        }
        QThread::msleep(50);
    }
    m_error = QStringLiteral("mosquitto did not accept connections on port %1").arg(m_port);
    return false;
}

void BrokerProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

void BrokerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        kill();
}

} // namespace fw::test

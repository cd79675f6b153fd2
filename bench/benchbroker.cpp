#include "bench/benchbroker.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace fw::bench {
namespace {

int freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

} // namespace

BenchBroker::BenchBroker()
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardOutputFile(m_dir.filePath(QStringLiteral("mosquitto.log")));
}

BenchBroker::~BenchBroker()
{
    stop();
}

QString BenchBroker::brokerPath()
{
    const QByteArray env = qgetenv("MOSQUITTO_BROKER");
    return env.isEmpty() ? QStringLiteral("/usr/sbin/mosquitto") : QString::fromLocal8Bit(env);
}

QString BenchBroker::logTail(int maxLines) const
{
    QFile f(m_dir.filePath(QStringLiteral("mosquitto.log")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.size() > maxLines)
        lines = lines.mid(lines.size() - maxLines);
    return lines.join(QLatin1Char('\n'));
}

bool BenchBroker::start(QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    m_port = freePort();
    if (m_port == 0) {
        *error = QStringLiteral("no free port on 127.0.0.1");
        return false;
    }
    const QString conf = m_dir.filePath(QStringLiteral("mosquitto.conf"));
    QFile f(conf);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QStringLiteral("cannot write %1").arg(conf);
        return false;
    }
    // Everything that waits for an offline persistent session is kept: the drain measures the
    // subscriber, not the broker's limits.
    f.write(QStringLiteral("listener %1 127.0.0.1\n"
                           "allow_anonymous true\n"
                           "persistence false\n"
                           "max_queued_messages 0\n"
                           "max_queued_bytes 0\n"
                           "queue_qos0_messages true\n"
                           "max_inflight_messages 0\n"
                           "log_dest stdout\n"
                           "log_type error\n"
                           "log_type warning\n"
                           "log_type notice\n")
                .arg(m_port)
                .toUtf8());
    f.close();

    m_process.start(brokerPath(), {QStringLiteral("-c"), conf});
    if (!m_process.waitForStarted(5000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(brokerPath(), m_process.errorString());
        return false;
    }
    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, quint16(m_port));
        if (probe.waitForConnected(200)) {
            probe.abort();
            return true;
        }
        if (m_process.state() == QProcess::NotRunning) {
            *error = QStringLiteral("mosquitto exited:\n%1").arg(logTail());
            return false;
        }
        QThread::msleep(50);
    }
    *error = QStringLiteral("mosquitto did not accept connections on port %1 within 10 s").arg(m_port);
    return false;
}

void BenchBroker::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

} // namespace fw::bench

#pragma once
// BenchBroker: a mosquitto broker of the benchmark's own, on 127.0.0.1 on a free port, configured to
// keep everything for offline persistent sessions (no queue limits, QoS 0 queued, no persistence).
// Its config and log live in a temporary directory owned by this object. The destructor stops it
// (SIGTERM, then SIGKILL after 5 s). Owner thread only.

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace fw::bench {

class BenchBroker
{
public:
    BenchBroker();
    ~BenchBroker();
    BenchBroker(const BenchBroker &) = delete;
    BenchBroker &operator=(const BenchBroker &) = delete;

    // Starts mosquitto and waits (at most 10 s) until its port accepts connections.
    bool start(QString *error);
    void stop();

    int port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    QString logTail(int maxLines = 20) const;

    static QString brokerPath();   // $MOSQUITTO_BROKER, else /usr/sbin/mosquitto

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
};

} // namespace fw::bench

#pragma once
// BrokerProcess: a real mosquitto broker on 127.0.0.1 on a free port, for integration tests and
// benchmarks. Its config and persistence live in a temporary directory owned by this object.
// kill() (SIGKILL) and start() again keep the port and the persistence file, so a test can take the
// broker away and bring it back as a real outage would.

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace fw::test {

class BrokerProcess
{
public:
    // extraConfig: lines appended to the generated mosquitto.conf.
    explicit BrokerProcess(const QString &extraConfig = {});
    ~BrokerProcess();

    bool start();              // waits until the port accepts connections (at most 10 s)
    void kill();               // SIGKILL, no clean shutdown
    void stop();               // SIGTERM, saves persistence
    int port() const { return m_port; }
    QString url() const;       // "mqtt://127.0.0.1:PORT"
    QString errorString() const { return m_error; }
    QString log() const;

    static int freePort();
    static QString brokerPath();   // $MOSQUITTO_BROKER, else /usr/sbin/mosquitto

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
    QString m_extra;
    QString m_error;
};

} // namespace fw::test

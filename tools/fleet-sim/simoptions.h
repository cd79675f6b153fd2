#pragma once
// SimOptions: fleet-sim's command line (see docs/fleet-sim.md and --help).

#include <QString>
#include <QStringList>

namespace fw::sim {

struct SimOptions
{
    // Replay
    QString dataDir;                   // empty: defaultDataDir()
    int sites = 1;
    int engines = 0;                   // 0: all
    double speed = 2.0;                // engine cycles per second
    quint32 seed = 1;
    bool evaluate = false;             // print the model's figures on the data and exit
    int retrainAfter = 20;             // labels for the model version in service before retraining; 0: never

    // Synthetic load
    bool synthetic = false;
    int assets = 100;
    int signalCount = 8;
    double rate = 1000.0;              // messages per second
    qint64 count = 0;                  // 0: until stopped
    int qos = 0;
    bool meta = true;

    // Common
    QString root = QStringLiteral("fleet/v1");
    QString brokerUrl = QStringLiteral("mqtt://127.0.0.1:1883");
    QString clientId = QStringLiteral("fleet-sim");
    double durationSeconds = 0.0;      // 0: until SIGINT/SIGTERM
    QString statsJson;
    QString logLevel = QStringLiteral("info");

    enum class Parse { Run, Help, Error };
    // arguments include the program name (QCoreApplication::arguments()). On Help, *message is the
    // help text; on Error, one line saying what is wrong.
    static Parse parse(const QStringList &arguments, SimOptions *options, QString *message);
};

} // namespace fw::sim

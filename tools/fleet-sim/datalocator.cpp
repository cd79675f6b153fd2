#include "tools/fleet-sim/datalocator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace fw::sim {

QStringList dataDirCandidates()
{
    QStringList dirs;
    const QString env = qEnvironmentVariable("FLEETSIM_DATA_DIR");
    if (!env.isEmpty())
        dirs << env;
    if (QCoreApplication::instance()) {
        const QDir exe(QCoreApplication::applicationDirPath());
        dirs << exe.filePath(QStringLiteral("../share/fleetwatch/cmapss"));
        QDir up = exe;
        for (int i = 0; i < 4 && up.cdUp(); ++i)
            dirs << up.filePath(QStringLiteral("data/cmapss"));
    }
    dirs << QStringLiteral(FLEETSIM_INSTALLED_DATA_DIR);
    dirs << QStringLiteral(FLEETSIM_SOURCE_DATA_DIR);
    return dirs;
}

QString defaultDataDir()
{
    for (const QString &dir : dataDirCandidates()) {
        if (QFileInfo::exists(QDir(dir).filePath(QStringLiteral("train_FD001.txt"))))
            return QDir::cleanPath(dir);
    }
    return QStringLiteral(FLEETSIM_SOURCE_DATA_DIR);
}

} // namespace fw::sim

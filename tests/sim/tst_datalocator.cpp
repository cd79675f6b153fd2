// Where fleet-sim looks for the C-MAPSS files without --data: $FLEETSIM_DATA_DIR first, then beside the
// executable, the build tree, the installed data directory (/usr/share/fleetwatch/cmapss in the Debian
// package) and the source tree; the first that holds train_FD001.txt wins.
#include "tools/fleet-sim/datalocator.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fw::sim;

class TestDataLocator : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { qunsetenv("FLEETSIM_DATA_DIR"); }
    void candidatesInOrder();
    void environmentWins();
    void directoryWithoutDataIsSkipped();
};

void TestDataLocator::candidatesInOrder()
{
    qputenv("FLEETSIM_DATA_DIR", "/nowhere/cmapss");
    const QStringList dirs = dataDirCandidates();
    QVERIFY(dirs.size() >= 4);
    QCOMPARE(dirs.first(), QStringLiteral("/nowhere/cmapss"));
    QCOMPARE(QDir::cleanPath(dirs.at(1)),
             QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../share/fleetwatch/cmapss")));
    // The installed location (compiled in from the install prefix), then the source tree's.
    const QString installed = dirs.at(dirs.size() - 2);
    QVERIFY2(QDir::isAbsolutePath(installed), qPrintable(installed));
    QVERIFY2(installed.endsWith(QStringLiteral("/share/fleetwatch/cmapss")), qPrintable(installed));
    QCOMPARE(QDir::cleanPath(dirs.last()),
             QDir::cleanPath(qEnvironmentVariable("FLEETWATCH_SOURCE_DIR") + QStringLiteral("/data/cmapss")));
}

void TestDataLocator::environmentWins()
{
    QTemporaryDir dir;
    QFile train(dir.filePath(QStringLiteral("train_FD001.txt")));
    QVERIFY(train.open(QIODevice::WriteOnly));
    train.close();
    qputenv("FLEETSIM_DATA_DIR", dir.path().toLocal8Bit());
    QCOMPARE(defaultDataDir(), QDir::cleanPath(dir.path()));
}

void TestDataLocator::directoryWithoutDataIsSkipped()
{
    QTemporaryDir empty;
    qputenv("FLEETSIM_DATA_DIR", empty.path().toLocal8Bit());
    const QString found = defaultDataDir();
    QVERIFY(found != QDir::cleanPath(empty.path()));
    QVERIFY2(QFile::exists(QDir(found).filePath(QStringLiteral("train_FD001.txt"))), qPrintable(found));
}

QTEST_GUILESS_MAIN(TestDataLocator)
#include "tst_datalocator.moc"

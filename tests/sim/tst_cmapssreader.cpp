// CmapssReader: reads NASA C-MAPSS FD001 into engine runs, and rejects malformed files with the
// file and line in one error line.
#include "tools/fleet-sim/cmapssreader.h"
#include "tools/fleet-sim/datalocator.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fw::sim;

class TestCmapssReader : public QObject
{
    Q_OBJECT

private slots:
    void readsTrainingSet();
    void sensorColumnsInOrder_data();
    void sensorColumnsInOrder();
    void rejectsMalformed_data();
    void rejectsMalformed();
    void acceptsBlankLinesAndTrailingSpace();
    void missingFileIsOneLine();
    void readsRulFile();

private:
    static QString trainPath() { return QDir(defaultDataDir()).filePath(QStringLiteral("train_FD001.txt")); }
};

void TestCmapssReader::readsTrainingSet()
{
    QString error;
    const auto runs = CmapssReader::readFile(trainPath(), &error);
    QVERIFY2(runs, qPrintable(error));
    QCOMPARE(int(runs->size()), 100);
    size_t rows = 0;
    for (size_t i = 0; i < runs->size(); ++i) {
        const EngineRun &run = (*runs)[i];
        QCOMPARE(run.unit, int(i) + 1);
        for (size_t c = 0; c < run.cycles.size(); ++c)
            QCOMPARE(run.cycles[c].cycle, int(c) + 1);
        rows += run.cycles.size();
    }
    QCOMPARE(int(rows), 20631);
    QCOMPARE(int(runs->front().cycles.size()), 192);
}

void TestCmapssReader::sensorColumnsInOrder_data()
{
    // First row of train_FD001.txt: 1 1 -0.0007 -0.0004 100.0 518.67 641.82 1589.70 1400.60 14.62 ...
    QTest::addColumn<int>("sensor");   // 0-based, s1 = 0
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("name");
    QTest::newRow("s1 T2") << 0 << 518.67 << "T2";
    QTest::newRow("s2 T24") << 1 << 641.82 << "T24";
    QTest::newRow("s3 T30") << 2 << 1589.70 << "T30";
    QTest::newRow("s11 Ps30") << 10 << 47.47 << "Ps30";
    QTest::newRow("s12 phi") << 11 << 521.66 << "phi";
    QTest::newRow("s21 W32") << 20 << 23.4190 << "W32";
}

void TestCmapssReader::sensorColumnsInOrder()
{
    QFETCH(int, sensor);
    QFETCH(double, value);
    QFETCH(QString, name);
    QString error;
    const auto runs = CmapssReader::readFile(trainPath(), &error);
    QVERIFY2(runs, qPrintable(error));
    const CycleRow &row = runs->front().cycles.front();
    QCOMPARE(row.sensors[size_t(sensor)], value);
    QCOMPARE(QString::fromLatin1(sensorName(sensor)), name);
    QCOMPARE(row.settings[2], 100.0);
    QCOMPARE(row.settings[0], -0.0007);
}

namespace {
QByteArray row(int unit, int cycle, int columns = kColumnCount)
{
    QByteArray line = QByteArray::number(unit) + ' ' + QByteArray::number(cycle);
    for (int i = 2; i < columns; ++i)
        line += ' ' + QByteArray::number(i * 1.5);
    return line + '\n';
}
} // namespace

void TestCmapssReader::rejectsMalformed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");   // part of the error line
    QTest::newRow("empty") << QByteArray() << "no data rows";
    QTest::newRow("only blank lines") << QByteArray("\n  \n") << "no data rows";
    QTest::newRow("too few columns") << (row(1, 1) + row(1, 2, 25)) << "mem:2: expected 26 numbers, found 25";
    QTest::newRow("too many columns") << row(1, 1, 27) << "mem:1: expected 26 numbers, found 27";
    QTest::newRow("not a number") << QByteArray(row(1, 1)).replace("4.5", "x4.5") << "mem:1: \"x4.5\" is not a number";
    QTest::newRow("nan") << QByteArray(row(1, 1)).replace("4.5", "nan") << "\"nan\" is not a number";
    QTest::newRow("cycle gap") << (row(1, 1) + row(1, 3)) << "mem:2: unit 1: expected cycle 2, found 3";
    QTest::newRow("not starting at 1") << row(1, 2) << "expected cycle 1, found 2";
    QTest::newRow("unit again") << (row(1, 1) + row(2, 1) + row(1, 2)) << "mem:3: unit 1 appears again";
    QTest::newRow("fractional cycle") << QByteArray(row(1, 1)).replace("1 1 ", "1 1.5 ") << "positive integers";
    QTest::newRow("unit zero") << row(0, 1) << "positive integers";
}

void TestCmapssReader::rejectsMalformed()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    QString error;
    const auto runs = CmapssReader::parse(text, QStringLiteral("mem"), &error);
    QVERIFY(!runs);
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
}

void TestCmapssReader::acceptsBlankLinesAndTrailingSpace()
{
    QByteArray text = row(1, 1) + "\n" + row(1, 2);
    text.replace('\n', "  \r\n");
    text += row(7, 1);
    QString error;
    const auto runs = CmapssReader::parse(text, QStringLiteral("mem"), &error);
    QVERIFY2(runs, qPrintable(error));
    QCOMPARE(int(runs->size()), 2);
    QCOMPARE(int((*runs)[0].cycles.size()), 2);
    QCOMPARE((*runs)[1].unit, 7);
    QCOMPARE((*runs)[1].cycles[0].sensors[20], 25 * 1.5);
}

void TestCmapssReader::missingFileIsOneLine()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("train_FD001.txt"));
    QString error;
    QVERIFY(!CmapssReader::readFile(path, &error));
    QVERIFY2(error.startsWith(path + QStringLiteral(": cannot open")), qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
}

void TestCmapssReader::readsRulFile()
{
    QString error;
    const auto rul = CmapssReader::readRulFile(QDir(defaultDataDir()).filePath(QStringLiteral("RUL_FD001.txt")), &error);
    QVERIFY2(rul, qPrintable(error));
    QCOMPARE(int(rul->size()), 100);
    QCOMPARE(rul->front(), 112);   // first line of RUL_FD001.txt
    QTemporaryDir dir;
    QFile bad(dir.filePath(QStringLiteral("RUL.txt")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("12\n-3\n");
    bad.close();
    QVERIFY(!CmapssReader::readRulFile(bad.fileName(), &error));
    QVERIFY2(error.endsWith(QStringLiteral("RUL.txt:2: expected a non-negative integer")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestCmapssReader)
#include "tst_cmapssreader.moc"

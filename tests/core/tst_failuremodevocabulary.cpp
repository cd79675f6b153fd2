// FailureModeVocabulary: the built-in ISO 14224-style lists (turbofan and the default for unknown
// types) come from the compiled-in resource; a user file renames, adds and hides modes; a bad file is
// refused whole with an error that names it, and the built-in list stays.

#include "core/labels/failuremodevocabulary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

namespace {

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size();
}

const QStringList kTurbofan = {
    QStringLiteral("Abnormal instrument reading"), QStringLiteral("Breakdown"), QStringLiteral("Vibration"),
    QStringLiteral("Overheating"), QStringLiteral("Fail to start on demand"), QStringLiteral("Low output"),
    QStringLiteral("Erratic output"), QStringLiteral("External leakage – process medium"),
    QStringLiteral("Internal leakage"), QStringLiteral("Parameter deviation"), QStringLiteral("Structural deficiency"),
    QStringLiteral("Noise"), QStringLiteral("Plugged/choked"), QStringLiteral("Other")};

const QByteArray kUserFile = R"json({
  "version": 1,
  "asset_types": {
    "Turbofan": [
      {"code": "VIB", "name": "Vibration (fan or core)"},
      {"code": "FOD", "name": "Foreign object damage"},
      {"code": "NOI", "hidden": true}
    ],
    "gearbox": [
      {"code": "WEA", "name": "Gear wear"},
      {"code": "OTH", "name": "Other"}
    ]
  }
})json";

} // namespace

class TestFailureModeVocabulary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // The user's configuration folder is a temporary one: nothing is read from or left in $HOME.
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
        QVERIFY(FailureModeVocabulary::userFilePath().startsWith(m_config.path()));
        QVERIFY(QDir().mkpath(QFileInfo(FailureModeVocabulary::userFilePath()).path()));
    }

    void cleanup() { QFile::remove(FailureModeVocabulary::userFilePath()); }

    void builtInTurbofanModesInOrder()
    {
        QString error;
        const FailureModeVocabulary v = FailureModeVocabulary::builtIn(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(v.modesFor(QStringLiteral("turbofan")), kTurbofan);
        QCOMPARE(v.modesFor(QStringLiteral("  TurboFan ")), kTurbofan);   // as an asset's meta may spell it
    }

    void builtInTurbofanCodes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("code");
        const QStringList codes = {QStringLiteral("AIR"), QStringLiteral("BRD"), QStringLiteral("VIB"),
                                   QStringLiteral("OHE"), QStringLiteral("FTS"), QStringLiteral("LOO"),
                                   QStringLiteral("ERO"), QStringLiteral("ELP"), QStringLiteral("INL"),
                                   QStringLiteral("PDE"), QStringLiteral("STD"), QStringLiteral("NOI"),
                                   QStringLiteral("PLU"), QStringLiteral("OTH")};
        for (int i = 0; i < kTurbofan.size(); ++i)
            QTest::newRow(qPrintable(codes[i])) << kTurbofan[i] << codes[i];
    }

    void builtInTurbofanCodes()
    {
        QFETCH(QString, name);
        QFETCH(QString, code);
        const FailureModeVocabulary v = FailureModeVocabulary::builtIn();
        QCOMPARE(v.codeOf(QStringLiteral("turbofan"), name), code);
        QCOMPARE(v.isOther(QStringLiteral("turbofan"), name), code == QLatin1String("OTH"));
    }

    void unknownTypeGetsTheDefaultList()
    {
        const FailureModeVocabulary v = FailureModeVocabulary::builtIn();
        const QStringList fallback = v.modesFor(QStringLiteral("default"));
        QVERIFY(fallback.size() >= 10);
        QCOMPARE(fallback.last(), QStringLiteral("Other"));
        QVERIFY(fallback.contains(QStringLiteral("Breakdown")));
        QCOMPARE(v.modesFor(QStringLiteral("wind-turbine")), fallback);
        QCOMPARE(v.modesFor(QString()), fallback);
        QCOMPARE(v.codeOf(QStringLiteral("wind-turbine"), QStringLiteral("Breakdown")), QStringLiteral("BRD"));
        QVERIFY(v.codeOf(QStringLiteral("turbofan"), QStringLiteral("compressor fouling")).isEmpty());
        QVERIFY(v.assetTypes().contains(QStringLiteral("turbofan")));
        QVERIFY(v.assetTypes().contains(QStringLiteral("default")));
    }

    void userFileOverridesAddsAndHides()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("failure-modes.json"));
        QVERIFY(writeFile(path, kUserFile));
        FailureModeVocabulary v = FailureModeVocabulary::builtIn();
        const QStringList defaults = v.modesFor(QStringLiteral("default"));
        QString error;
        QVERIFY2(v.loadFile(path, &error), qPrintable(error));
        QVERIFY(error.isEmpty());

        const QStringList turbofan = v.modesFor(QStringLiteral("turbofan"));
        QStringList expected = kTurbofan;
        expected[2] = QStringLiteral("Vibration (fan or core)");   // renamed in place
        expected.removeAll(QStringLiteral("Noise"));                // hidden
        expected.insert(expected.size() - 1, QStringLiteral("Foreign object damage"));   // added before Other
        QCOMPARE(turbofan, expected);
        QCOMPARE(v.codeOf(QStringLiteral("turbofan"), QStringLiteral("Vibration (fan or core)")), QStringLiteral("VIB"));
        QCOMPARE(v.codeOf(QStringLiteral("turbofan"), QStringLiteral("Foreign object damage")), QStringLiteral("FOD"));
        QVERIFY(v.codeOf(QStringLiteral("turbofan"), QStringLiteral("Noise")).isEmpty());

        QCOMPARE(v.modesFor(QStringLiteral("gearbox")), (QStringList{QStringLiteral("Gear wear"), QStringLiteral("Other")}));
        QCOMPARE(v.modesFor(QStringLiteral("default")), defaults);   // untouched
    }

    void loadReadsTheUserFileFromTheConfigFolder()
    {
        QVERIFY(writeFile(FailureModeVocabulary::userFilePath(), kUserFile));
        QString error;
        const FailureModeVocabulary v = FailureModeVocabulary::load(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(v.modesFor(QStringLiteral("turbofan")).contains(QStringLiteral("Foreign object damage")));
        QCOMPARE(v.modesFor(QStringLiteral("gearbox")).first(), QStringLiteral("Gear wear"));
    }

    void loadWithoutUserFileIsTheBuiltInList()
    {
        QString error = QStringLiteral("stale");
        const FailureModeVocabulary v = FailureModeVocabulary::load(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(v.modesFor(QStringLiteral("turbofan")), kTurbofan);
    }

    void badFileKeepsBuiltInsWithAnError_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("truncated JSON") << QByteArray("{\n  \"asset_types\": {\n    \"turbofan\": [\n")
                                        << QStringLiteral("line 4");
        QTest::newRow("trailing comma") << QByteArray("{\"asset_types\": {\"turbofan\": [{\"code\": \"VIB\", \"name\": \"V\"},]}}")
                                        << QStringLiteral("not valid JSON");
        QTest::newRow("array at top") << QByteArray("[]") << QStringLiteral("one JSON object");
        QTest::newRow("no asset_types") << QByteArray("{\"types\": {}}") << QStringLiteral("asset_types");
        QTest::newRow("list is an object") << QByteArray("{\"asset_types\": {\"turbofan\": {}}}")
                                           << QStringLiteral("expected a list");
        QTest::newRow("entry not an object") << QByteArray("{\"asset_types\": {\"turbofan\": [\"VIB\"]}}")
                                             << QStringLiteral("entry 1");
        QTest::newRow("bad code") << QByteArray("{\"asset_types\": {\"turbofan\": [{\"code\": \"v!\", \"name\": \"V\"}]}}")
                                  << QStringLiteral("\"code\"");
        QTest::newRow("missing name") << QByteArray("{\"asset_types\": {\"turbofan\": [{\"code\": \"NEW\"}]}}")
                                      << QStringLiteral("\"name\"");
        QTest::newRow("name too long")
            << QByteArray("{\"asset_types\": {\"turbofan\": [{\"code\": \"NEW\", \"name\": \"") + QByteArray(121, 'x')
                   + QByteArray("\"}]}}")
            << QStringLiteral("120");
        QTest::newRow("code twice")
            << QByteArray("{\"asset_types\": {\"pump\": [{\"code\": \"AAA\", \"name\": \"A\"}, {\"code\": \"AAA\", \"name\": \"B\"}]}}")
            << QStringLiteral("twice");
        QTest::newRow("name twice")
            << QByteArray("{\"asset_types\": {\"turbofan\": [{\"code\": \"NEW\", \"name\": \"Noise\"}]}}")
            << QStringLiteral("used twice");
        QTest::newRow("hidden not bool")
            << QByteArray("{\"asset_types\": {\"turbofan\": [{\"code\": \"NOI\", \"hidden\": \"yes\"}]}}")
            << QStringLiteral("hidden");
        QTest::newRow("version 2") << QByteArray("{\"version\": 2, \"asset_types\": {}}") << QStringLiteral("version");
    }

    void badFileKeepsBuiltInsWithAnError()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, errorPart);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("failure-modes.json"));
        QVERIFY(writeFile(path, content));
        FailureModeVocabulary v = FailureModeVocabulary::builtIn();
        const FailureModeVocabulary before = v;
        QString error;
        QVERIFY(!v.loadFile(path, &error));
        QVERIFY2(error.contains(QStringLiteral("failure-modes.json")), qPrintable(error));
        QVERIFY2(error.contains(errorPart), qPrintable(error));
        QCOMPARE(v.modesFor(QStringLiteral("turbofan")), kTurbofan);   // nothing of the file applied
        QCOMPARE(v.assetTypes(), before.assetTypes());
        for (const QString &type : before.assetTypes())
            QCOMPARE(v.entriesFor(type), before.entriesFor(type));
    }

    void badUserFileMakesLoadFallBackToBuiltIns()
    {
        QVERIFY(writeFile(FailureModeVocabulary::userFilePath(), QByteArray("{\"asset_types\": ")));
        QString error;
        const FailureModeVocabulary v = FailureModeVocabulary::load(&error);
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(QStringLiteral("failure-modes.json")), qPrintable(error));
        QCOMPARE(v.modesFor(QStringLiteral("turbofan")), kTurbofan);
    }

    void missingFileIsAnError()
    {
        FailureModeVocabulary v = FailureModeVocabulary::builtIn();
        QString error;
        QVERIFY(!v.loadFile(QStringLiteral("/nonexistent/failure-modes.json"), &error));
        QVERIFY(error.contains(QStringLiteral("cannot be read")));
        QCOMPARE(v.modesFor(QStringLiteral("turbofan")), kTurbofan);
    }

    void emptyVocabularyHasNoModes()
    {
        const FailureModeVocabulary v;
        QVERIFY(v.isEmpty());
        QVERIFY(v.modesFor(QStringLiteral("turbofan")).isEmpty());
        QVERIFY(v.codeOf(QStringLiteral("turbofan"), QStringLiteral("Vibration")).isEmpty());
    }

private:
    QTemporaryDir m_config;
};

QTEST_GUILESS_MAIN(TestFailureModeVocabulary)
#include "tst_failuremodevocabulary.moc"

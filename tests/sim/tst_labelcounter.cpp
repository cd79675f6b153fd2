// LabelCounter: repeated deliveries of a label_id are counted and dropped; unique labels are kept per
// model version for a later retraining step.
#include "tools/fleet-sim/labelcounter.h"

#include <QTest>

using namespace fw;
using namespace fw::sim;

class TestLabelCounter : public QObject
{
    Q_OBJECT

private slots:
    void deliveries_data();
    void deliveries();
    void keepsUniqueLabelsPerModel();
    void modelKey_data();
    void modelKey();

private:
    static LabelMsg label(const QString &id, Outcome outcome = Outcome::TruePositive,
                          std::optional<ModelRef> model = ModelRef{QStringLiteral("hpc-degradation"), QStringLiteral("1.0.0")});
};

LabelMsg TestLabelCounter::label(const QString &id, Outcome outcome, std::optional<ModelRef> model)
{
    LabelMsg m;
    m.labelId = id;
    m.site = QStringLiteral("plant-a");
    m.asset = QStringLiteral("engine-017");
    m.outcome = outcome;
    m.model = std::move(model);
    return m;
}

void TestLabelCounter::deliveries_data()
{
    QTest::addColumn<QStringList>("ids");        // delivered in this order
    QTest::addColumn<QString>("verdicts");       // N new, D duplicate, one per delivery
    QTest::addColumn<int>("unique");
    QTest::newRow("none") << QStringList{} << "" << 0;
    QTest::newRow("one") << QStringList{"a"} << "N" << 1;
    QTest::newRow("repeat") << QStringList{"a", "a"} << "ND" << 1;
    QTest::newRow("three deliveries") << QStringList{"a", "a", "a"} << "NDD" << 1;
    QTest::newRow("interleaved") << QStringList{"a", "b", "a", "c", "b"} << "NNDND" << 3;
    // Ids are compared exactly: a UUID in another case is another id.
    QTest::newRow("case differs") << QStringList{"0d6f9c1e-3b7a", "0D6F9C1E-3B7A"} << "NN" << 2;
}

void TestLabelCounter::deliveries()
{
    QFETCH(QStringList, ids);
    QFETCH(QString, verdicts);
    QFETCH(int, unique);
    LabelCounter counter;
    QString got;
    for (const QString &id : ids)
        got += counter.add(label(id)) == LabelCounter::Delivery::New ? QLatin1Char('N') : QLatin1Char('D');
    QCOMPARE(got, verdicts);
    QCOMPARE(counter.received(), qint64(ids.size()));
    QCOMPARE(counter.unique(), qint64(unique));
    QCOMPARE(counter.duplicates(), qint64(ids.size() - unique));
    qint64 total = 0;
    for (const QString &id : ids)
        QCOMPARE(counter.deliveriesById().value(id), qint64(ids.count(id)));
    for (qint64 n : counter.deliveriesById())
        total += n;
    QCOMPARE(total, qint64(ids.size()));
}

void TestLabelCounter::keepsUniqueLabelsPerModel()
{
    LabelCounter counter;
    const ModelRef v2{QStringLiteral("hpc-degradation"), QStringLiteral("2.0.0")};
    counter.add(label(QStringLiteral("1"), Outcome::TruePositive));
    counter.add(label(QStringLiteral("2"), Outcome::FalsePositive));
    counter.add(label(QStringLiteral("2"), Outcome::FalsePositive));   // repeat: not kept twice
    counter.add(label(QStringLiteral("3"), Outcome::TruePositive, v2));
    counter.add(label(QStringLiteral("4"), Outcome::MissedFailure, std::nullopt));
    LabelMsg changed = label(QStringLiteral("1"), Outcome::FalsePositive);   // same id, other content
    QCOMPARE(counter.add(changed), LabelCounter::Delivery::Duplicate);

    QCOMPARE(counter.modelKeys(), (QStringList{"hpc-degradation@1.0.0", "hpc-degradation@2.0.0", "unknown"}));
    const auto &v1Labels = counter.labelsFor(QStringLiteral("hpc-degradation@1.0.0"));
    QCOMPARE(v1Labels.size(), size_t(2));
    QCOMPARE(v1Labels[0].labelId, QStringLiteral("1"));
    QCOMPARE(v1Labels[0].outcome, Outcome::TruePositive);   // the first delivery wins
    QCOMPARE(v1Labels[1].labelId, QStringLiteral("2"));
    const QMap<QString, qint64> outcomes = counter.outcomesFor(QStringLiteral("hpc-degradation@1.0.0"));
    QCOMPARE(outcomes.value(QStringLiteral("true_positive")), qint64(1));
    QCOMPARE(outcomes.value(QStringLiteral("false_positive")), qint64(1));
    QCOMPARE(counter.outcomesFor(QStringLiteral("unknown")).value(QStringLiteral("missed_failure")), qint64(1));
    QVERIFY(counter.labelsFor(QStringLiteral("other@1")).empty());
    QCOMPARE(counter.unique(), qint64(4));
    QCOMPARE(counter.duplicates(), qint64(2));
}

void TestLabelCounter::modelKey_data()
{
    QTest::addColumn<bool>("hasModel");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("key");
    QTest::newRow("model") << true << "hpc-degradation" << "1.0.0" << "hpc-degradation@1.0.0";
    QTest::newRow("none") << false << "" << "" << "unknown";
    QTest::newRow("empty name") << true << "" << "1" << "unknown";
}

void TestLabelCounter::modelKey()
{
    QFETCH(bool, hasModel);
    QFETCH(QString, name);
    QFETCH(QString, version);
    QFETCH(QString, key);
    const std::optional<ModelRef> model = hasModel ? std::optional<ModelRef>(ModelRef{name, version}) : std::nullopt;
    QCOMPARE(LabelCounter::modelKey(model), key);
}

QTEST_GUILESS_MAIN(TestLabelCounter)
#include "tst_labelcounter.moc"

// Retrainer and RaisedAlertLog: unique labels are counted per model version; labels of alerts the
// simulator raised contribute their score at the raise; after retrainAfter labels for the version in
// service the next minor version is trained with a threshold above the false alarms it was told about,
// as far as the true positives' recall allows, and lowered a little for missed failures.
#include "tools/fleet-sim/feedbackreceiver.h"
#include "tools/fleet-sim/retrainer.h"

#include "core/fleet/payloadencoder.h"

#include <QTest>

using namespace fw;
using namespace fw::sim;

using Scores = QList<double>;

class TestRetrainer : public QObject
{
    Q_OBJECT

private slots:
    void chooseThreshold_data();
    void chooseThreshold();
    void nextVersion_data();
    void nextVersion();
    void retrainsOnLabels_data();
    void retrainsOnLabels();
    void versionIncrementsAndPoolsScores();
    void unknownAlertsCountedNotScored();
    void attribution_data();
    void attribution();
    void duplicatesNeverReachIt();
    void raisedAlertLogIsBounded();

private:
    static LabelMsg label(const QString &id, Outcome outcome, const std::optional<QString> &alert,
                          const QString &version = QStringLiteral("1.0.0"));
};

LabelMsg TestRetrainer::label(const QString &id, Outcome outcome, const std::optional<QString> &alert,
                              const QString &version)
{
    LabelMsg m;
    m.labelId = id;
    m.site = QStringLiteral("plant-a");
    m.asset = QStringLiteral("engine-017");
    m.alert = alert;
    m.outcome = outcome;
    m.recordedAt = 1'795'312'792'000;
    if (outcome == Outcome::MissedFailure)
        m.failedAt = 1'795'312'000'000;
    if (!version.isEmpty())
        m.model = ModelRef{QStringLiteral("hpc-degradation"), version};
    return m;
}

void TestRetrainer::chooseThreshold_data()
{
    QTest::addColumn<double>("current");
    QTest::addColumn<Scores>("truePositives");
    QTest::addColumn<Scores>("falsePositives");
    QTest::addColumn<int>("missed");
    QTest::addColumn<double>("expected");
    const Scores high{0.7, 0.75, 0.8, 0.85, 0.9, 0.95};
    QTest::newRow("false alarms below the true positives") << 0.4 << high << Scores{0.55, 0.6} << 0 << 0.61;
    QTest::newRow("no false positives: unchanged") << 0.4 << high << Scores{} << 0 << 0.4;
    QTest::newRow("nothing scored: unchanged") << 0.4 << Scores{} << Scores{} << 0 << 0.4;
    QTest::newRow("false positive on the grid") << 0.4 << high << Scores{0.5} << 0 << 0.51;
    QTest::newRow("false positive between grid steps") << 0.4 << high << Scores{0.5549} << 0 << 0.56;
    QTest::newRow("only false positives") << 0.4 << Scores{} << Scores{0.45, 0.42} << 0 << 0.46;
    // 10 true positives may lose 1 (90% recall): the threshold stops at the second lowest.
    QTest::newRow("recall caps it")
        << 0.4 << Scores{0.45, 0.5, 0.55, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95} << Scores{0.6} << 0 << 0.5;
    QTest::newRow("few true positives: all kept") << 0.4 << Scores{0.8, 0.5, 0.9} << Scores{0.6} << 0 << 0.5;
    QTest::newRow("true positive scores floored to the grid") << 0.4 << Scores{0.537} << Scores{0.6} << 0 << 0.53;
    QTest::newRow("false positive above every true positive")
        << 0.4 << Scores{0.5, 0.6, 0.7} << Scores{0.9} << 0 << 0.5;
    QTest::newRow("never below the current threshold")
        << 0.5 << Scores{0.45, 0.48, 0.7} << Scores{0.46} << 0 << 0.5;
    QTest::newRow("at most 0.95") << 0.4 << Scores{} << Scores{0.97} << 0 << 0.95;
    QTest::newRow("missed failures pull it down") << 0.4 << high << Scores{} << 2 << 0.38;
    QTest::newRow("missed failures pull at most 0.05") << 0.4 << high << Scores{} << 10 << 0.35;
    QTest::newRow("raised, then pulled down") << 0.4 << high << Scores{0.55, 0.6} << 1 << 0.6;
    QTest::newRow("not pulled below 0.3") << 0.32 << Scores{} << Scores{} << 5 << 0.3;
}

void TestRetrainer::chooseThreshold()
{
    QFETCH(double, current);
    QFETCH(Scores, truePositives);
    QFETCH(Scores, falsePositives);
    QFETCH(int, missed);
    QFETCH(double, expected);
    const double got = Retrainer::chooseThreshold(current, {truePositives.begin(), truePositives.end()},
                                                  {falsePositives.begin(), falsePositives.end()}, missed);
    QCOMPARE(got, expected);   // on the 0.01 grid exactly, as it is published
    QVERIFY(got <= 0.95);
}

void TestRetrainer::nextVersion_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("next");
    QTest::newRow("first") << "1.0.0" << "1.1.0";
    QTest::newRow("second") << "1.1.0" << "1.2.0";
    QTest::newRow("patch reset") << "3.2.7" << "3.3.0";
    QTest::newRow("two digits") << "1.9.0" << "1.10.0";
    QTest::newRow("not x.y.z") << "beta" << "beta.1";
    QTest::newRow("two parts") << "2.0" << "2.0.1";
}

void TestRetrainer::nextVersion()
{
    QFETCH(QString, version);
    QFETCH(QString, next);
    QCOMPARE(Retrainer::nextVersion(version), next);
}

void TestRetrainer::retrainsOnLabels_data()
{
    // Labels in arrival order: alert scores (the log holds alert "a-<i>" with the i-th score), the
    // outcome per label: T true positive, F false positive, I inconclusive, M missed failure.
    QTest::addColumn<Scores>("scores");
    QTest::addColumn<QString>("outcomes");
    QTest::addColumn<int>("retrainAfter");
    QTest::addColumn<QString>("version");       // in service afterwards
    QTest::addColumn<double>("threshold");
    QTest::newRow("the issue's example")
        << Scores{0.7, 0.55, 0.75, 0.8, 0.6, 0.85, 0.9, 0.95} << "TFTTFTTT" << 8 << "1.1.0" << 0.61;
    QTest::newRow("one label short") << Scores{0.7, 0.55, 0.75, 0.8, 0.6, 0.85, 0.9} << "TFTTFTT" << 8 << "1.0.0" << 0.4;
    QTest::newRow("no false positives") << Scores{0.7, 0.75, 0.8, 0.85, 0.9} << "TTTTT" << 5 << "1.1.0" << 0.4;
    QTest::newRow("inconclusive counts, is not scored") << Scores{0.7, 0.9, 0.8} << "TII" << 3 << "1.1.0" << 0.4;
    QTest::newRow("missed failure") << Scores{0.7, 0.9, 0.0} << "TTM" << 3 << "1.1.0" << 0.39;
    QTest::newRow("disabled") << Scores{0.7, 0.55, 0.6, 0.8} << "TFFT" << 0 << "1.0.0" << 0.4;
}

void TestRetrainer::retrainsOnLabels()
{
    QFETCH(Scores, scores);
    QFETCH(QString, outcomes);
    QFETCH(int, retrainAfter);
    QFETCH(QString, version);
    QFETCH(double, threshold);
    RaisedAlertLog log;
    RetrainerConfig config;
    config.retrainAfter = retrainAfter;
    Retrainer retrainer(config, &log);
    std::optional<Retraining> done;
    for (int i = 0; i < scores.size(); ++i) {
        const QString alert = QStringLiteral("a-%1").arg(i);
        log.record(alert, RaisedAlert{scores[i], 30, QStringLiteral("1.0.0")});
        const char o = outcomes[i].toLatin1();
        const Outcome outcome = o == 'T' ? Outcome::TruePositive : o == 'F' ? Outcome::FalsePositive
                              : o == 'I' ? Outcome::Inconclusive : Outcome::MissedFailure;
        const auto r = retrainer.add(label(QString::number(i), outcome,
                                           outcome == Outcome::MissedFailure ? std::nullopt : std::optional(alert)),
                                     1000 + i);
        QVERIFY(!done || !r);   // one retraining at most here
        if (r)
            done = r;
    }
    QCOMPARE(retrainer.version(), version);
    QCOMPARE(retrainer.threshold(), threshold);
    QCOMPARE(retrainer.labelsUsed(), qint64(scores.size()));
    QCOMPARE(bool(done), version != QStringLiteral("1.0.0"));
    QCOMPARE(retrainer.retrainings().size(), size_t(done ? 1 : 0));
    if (done) {
        QCOMPARE(done->fromVersion, QStringLiteral("1.0.0"));
        QCOMPARE(done->toVersion, version);
        QCOMPARE(done->thresholdFrom, 0.4);
        QCOMPARE(done->thresholdTo, threshold);
        QCOMPARE(done->labelsUsed, qint64(retrainAfter));
        QCOMPARE(done->versionLabels, qint64(retrainAfter));
        QCOMPARE(done->trainedAt, qint64(1000 + scores.size() - 1));
        QCOMPARE(done->falsePositiveScores, int(outcomes.count(QLatin1Char('F'))));
        QCOMPARE(done->truePositiveScores, int(outcomes.count(QLatin1Char('T'))));
        QCOMPARE(done->missedFailures, qint64(outcomes.count(QLatin1Char('M'))));
        QVERIFY(retrainer.tallies().contains(version));   // in service, no labels yet
        QCOMPARE(retrainer.tallies().value(version).total(), qint64(0));
    }
    const LabelTally t = retrainer.tallies().value(QStringLiteral("1.0.0"));
    QCOMPARE(t.truePositive, qint64(outcomes.count(QLatin1Char('T'))));
    QCOMPARE(t.falsePositive, qint64(outcomes.count(QLatin1Char('F'))));
    QCOMPARE(t.inconclusive, qint64(outcomes.count(QLatin1Char('I'))));
    QCOMPARE(t.missedFailure, qint64(outcomes.count(QLatin1Char('M'))));
    QCOMPARE(t.unknownAlert, qint64(0));
    QCOMPARE(t.falsePositiveScores.size(), size_t(outcomes.count(QLatin1Char('F'))));
}

void TestRetrainer::versionIncrementsAndPoolsScores()
{
    RaisedAlertLog log;
    RetrainerConfig config;
    config.retrainAfter = 4;
    Retrainer retrainer(config, &log);
    int n = 0;
    auto feed = [&](double score, Outcome outcome, const QString &version) {
        const QString alert = QStringLiteral("a-%1").arg(++n);
        log.record(alert, RaisedAlert{score, 40, version});
        return retrainer.add(label(QString::number(n), outcome, alert, version), n);
    };
    QVERIFY(!feed(0.45, Outcome::FalsePositive, "1.0.0"));
    QVERIFY(!feed(0.8, Outcome::TruePositive, "1.0.0"));
    QVERIFY(!feed(0.9, Outcome::TruePositive, "1.0.0"));
    const auto first = feed(0.85, Outcome::TruePositive, "1.0.0");
    QVERIFY(first);
    QCOMPARE(first->toVersion, QStringLiteral("1.1.0"));
    QCOMPARE(first->thresholdTo, 0.46);

    // A late label for 1.0.0 is counted there and does not bring 1.1.0's retraining closer.
    QVERIFY(!feed(0.5, Outcome::FalsePositive, "1.0.0"));
    QCOMPARE(retrainer.tallies().value(QStringLiteral("1.0.0")).total(), qint64(5));
    QVERIFY(!feed(0.7, Outcome::TruePositive, "1.1.0"));
    QVERIFY(!feed(0.65, Outcome::FalsePositive, "1.1.0"));
    QVERIFY(!feed(0.75, Outcome::TruePositive, "1.1.0"));
    const auto second = feed(0.95, Outcome::TruePositive, "1.1.0");
    QVERIFY(second);
    QCOMPARE(second->fromVersion, QStringLiteral("1.1.0"));
    QCOMPARE(second->toVersion, QStringLiteral("1.2.0"));
    QCOMPARE(second->thresholdFrom, 0.46);
    QCOMPARE(second->thresholdTo, 0.66);        // above 0.65, every version's scores pooled
    QCOMPARE(second->labelsUsed, qint64(9));    // cumulative, late label included
    QCOMPARE(second->versionLabels, qint64(4));
    QCOMPARE(second->falsePositiveScores, 3);
    QCOMPARE(second->truePositiveScores, 6);
    QCOMPARE(retrainer.version(), QStringLiteral("1.2.0"));
    QCOMPARE(retrainer.retrainings().size(), size_t(2));
    QCOMPARE(retrainer.tallies().keys(), (QStringList{"1.0.0", "1.1.0", "1.2.0"}));
}

void TestRetrainer::unknownAlertsCountedNotScored()
{
    RaisedAlertLog log;
    log.record(QStringLiteral("a-known"), RaisedAlert{0.8, 20, QStringLiteral("1.0.0")});
    RetrainerConfig config;
    config.retrainAfter = 3;
    Retrainer retrainer(config, &log);
    // A false alarm on an alert this run never raised (an earlier run's, or one forgotten): its score
    // is unknown, so it cannot move the threshold.
    QVERIFY(!retrainer.add(label("1", Outcome::FalsePositive, QStringLiteral("a-other-run-1")), 1));
    QVERIFY(!retrainer.add(label("2", Outcome::TruePositive, QStringLiteral("a-other-run-2")), 2));
    const auto r = retrainer.add(label("3", Outcome::TruePositive, QStringLiteral("a-known")), 3);
    QVERIFY(r);
    QCOMPARE(r->thresholdTo, 0.4);
    QCOMPARE(r->falsePositiveScores, 0);
    QCOMPARE(r->truePositiveScores, 1);
    const LabelTally t = retrainer.tallies().value(QStringLiteral("1.0.0"));
    QCOMPARE(t.falsePositive, qint64(1));
    QCOMPARE(t.truePositive, qint64(2));
    QCOMPARE(t.unknownAlert, qint64(2));
    QCOMPARE(t.truePositiveCyclesToFailure, std::vector<int>{20});
}

void TestRetrainer::attribution_data()
{
    QTest::addColumn<QString>("name");          // the label's model name; empty: no model
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("alertKnown");       // raised by 1.1.0 in this run
    QTest::addColumn<QString>("countedFor");    // empty: ignored
    QTest::newRow("names the version") << "hpc-degradation" << "1.0.0" << true << "1.0.0";
    QTest::newRow("names a version of another run") << "hpc-degradation" << "7.3.0" << false << "7.3.0";
    QTest::newRow("no model: the alert's version") << "" << "" << true << "1.1.0";
    QTest::newRow("no model, unknown alert: in service") << "" << "" << false << "1.2.0";
    QTest::newRow("another model") << "fan-imbalance" << "1.0.0" << true << "";
}

void TestRetrainer::attribution()
{
    QFETCH(QString, name);
    QFETCH(QString, version);
    QFETCH(bool, alertKnown);
    QFETCH(QString, countedFor);
    RaisedAlertLog log;
    if (alertKnown)
        log.record(QStringLiteral("a-1"), RaisedAlert{0.5, 10, QStringLiteral("1.1.0")});
    RetrainerConfig config;
    config.version = QStringLiteral("1.2.0");
    Retrainer retrainer(config, &log);
    LabelMsg m = label("x", Outcome::FalsePositive, QStringLiteral("a-1"), {});
    if (!name.isEmpty())
        m.model = ModelRef{name, version};
    QVERIFY(!retrainer.add(m, 1));
    QCOMPARE(retrainer.labelsUsed(), qint64(countedFor.isEmpty() ? 0 : 1));
    qint64 total = 0;
    for (const LabelTally &t : retrainer.tallies())
        total += t.total();
    QCOMPARE(total, retrainer.labelsUsed());
    if (!countedFor.isEmpty())
        QCOMPARE(retrainer.tallies().value(countedFor).falsePositive, qint64(1));
}

void TestRetrainer::duplicatesNeverReachIt()
{
    // The fleet's path: FeedbackReceiver (LabelCounter dedupes by label_id) hands on first deliveries only.
    RaisedAlertLog log;
    log.record(QStringLiteral("a-1"), RaisedAlert{0.55, 90, QStringLiteral("1.0.0")});
    log.record(QStringLiteral("a-2"), RaisedAlert{0.9, 5, QStringLiteral("1.0.0")});
    RetrainerConfig config;
    config.retrainAfter = 3;
    Retrainer retrainer(config, &log);
    FeedbackReceiver receiver;
    std::vector<Retraining> done;
    auto deliver = [&](const QString &id, Outcome outcome, const QString &alert) {
        const QByteArray payload = PayloadEncoder::encode(label(id, outcome, alert));
        if (const auto fresh = receiver.process(RawMessage{"fleet/v1/plant-a/engine-017/labels", payload, 0})) {
            if (const auto r = retrainer.add(*fresh, 1))
                done.push_back(*r);
        }
    };
    deliver("id-1", Outcome::FalsePositive, "a-1");
    deliver("id-1", Outcome::FalsePositive, "a-1");
    deliver("id-2", Outcome::TruePositive, "a-2");
    deliver("id-2", Outcome::TruePositive, "a-2");
    deliver("id-1", Outcome::TruePositive, "a-1");   // same id, changed content: still a repeat
    QVERIFY(done.empty());
    QCOMPARE(retrainer.labelsUsed(), qint64(2));
    QCOMPARE(receiver.labels().received(), qint64(5));
    deliver("id-3", Outcome::TruePositive, "a-2");
    QCOMPARE(done.size(), size_t(1));
    QCOMPARE(done[0].labelsUsed, qint64(3));
    QCOMPARE(done[0].falsePositiveScores, 1);
    QCOMPARE(done[0].thresholdTo, 0.56);
    const LabelTally t = retrainer.tallies().value(QStringLiteral("1.0.0"));
    QCOMPARE(t.falsePositive, qint64(1));
    QCOMPARE(t.truePositive, qint64(2));
    QCOMPARE(t.falsePositiveCyclesToFailure, std::vector<int>{90});
}

void TestRetrainer::raisedAlertLogIsBounded()
{
    RaisedAlertLog log(3);
    for (int i = 1; i <= 5; ++i)
        log.record(QStringLiteral("a-%1").arg(i), RaisedAlert{0.1 * i, i, QStringLiteral("1.0.0")});
    QCOMPARE(log.size(), 3);
    QVERIFY(!log.find(QStringLiteral("a-1")));
    QVERIFY(!log.find(QStringLiteral("a-2")));
    QCOMPARE(log.find(QStringLiteral("a-5"))->cyclesToFailure, 5);
    log.record(QStringLiteral("a-5"), RaisedAlert{0.9, 7, QStringLiteral("1.1.0")});   // replaces, no growth
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.find(QStringLiteral("a-5"))->modelVersion, QStringLiteral("1.1.0"));
    QVERIFY(log.find(QStringLiteral("a-3")));
}

QTEST_GUILESS_MAIN(TestRetrainer)
#include "tst_retrainer.moc"

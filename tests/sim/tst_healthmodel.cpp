// HealthModel, EngineMonitor and AlertTracker on NASA C-MAPSS FD001: learnt directions, per-engine
// baselines, health falling toward failure, contributions that account for the score, alerts raised
// before failure without chattering, and the alert lifecycle (raise, escalate, clear, replace).
#include "tools/fleet-sim/alerttracker.h"
#include "tools/fleet-sim/cmapssreader.h"
#include "tools/fleet-sim/datalocator.h"
#include "tools/fleet-sim/enginemonitor.h"
#include "tools/fleet-sim/healthmodel.h"
#include "tools/fleet-sim/modelevaluation.h"

#include <QDir>
#include <QTest>

#include <cmath>

using namespace fw;
using namespace fw::sim;

class TestHealthModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void directions_data();
    void directions();
    void baselineFromFirstCycles();
    void healthFallsTowardFailure();
    void contributionsSumToScore();
    void alertsBeforeFailure();
    void rulNearFailure();
    void noFalseAlarmsOnTestSet();
    void stateAndPriority_data();
    void stateAndPriority();
    void hysteresis_data();
    void hysteresis();
    void escalationAndReplacement();
    void retrainedVersion();
    void summaryNamesTopTwo();
    void drift();

private:
    static Assessment assessment(double alertScore, int cycle);
    std::vector<EngineRun> m_runs;
    HealthModel m_model;
};

void TestHealthModel::initTestCase()
{
    QString error;
    auto runs = CmapssReader::readFile(QDir(defaultDataDir()).filePath(QStringLiteral("train_FD001.txt")), &error);
    QVERIFY2(runs, qPrintable(error));
    m_runs = std::move(*runs);
    m_model = HealthModel::train(m_runs);
    QVERIFY(m_model.failureDeviation() > 1.0);
}

void TestHealthModel::directions_data()
{
    // Known physics of HPC degradation in FD001: temperatures and Ps30 rise, phi and coolant bleed fall.
    QTest::addColumn<int>("sensor");
    QTest::addColumn<int>("direction");
    QTest::newRow("T24 up") << 1 << 1;
    QTest::newRow("T30 up") << 2 << 1;
    QTest::newRow("T50 up") << 3 << 1;
    QTest::newRow("P30 down") << 6 << -1;
    QTest::newRow("Ps30 up") << 10 << 1;
    QTest::newRow("phi down") << 11 << -1;
    QTest::newRow("BPR up") << 14 << 1;
    QTest::newRow("W31 down") << 19 << -1;
    QTest::newRow("W32 down") << 20 << -1;
}

void TestHealthModel::directions()
{
    QFETCH(int, sensor);
    QFETCH(int, direction);
    const auto &sensors = informativeSensors();
    const auto it = std::find(sensors.begin(), sensors.end(), sensor);
    QVERIFY(it != sensors.end());
    const size_t k = size_t(it - sensors.begin());
    QCOMPARE(m_model.directions()[k], direction);
    QVERIFY(std::abs(m_model.correlations()[k]) > 0.3);
}

void TestHealthModel::baselineFromFirstCycles()
{
    const EngineRun &run = m_runs.front();
    const int n = m_model.config().baselineCycles;
    EngineMonitor monitor(&m_model);
    for (int c = 0; c < n; ++c) {
        QVERIFY(!monitor.baselineReady());
        const Assessment a = monitor.feed(run.cycles[size_t(c)], c * 1000);
        QVERIFY(!a.ready);
        QCOMPARE(a.health, 1.0);
        QCOMPARE(a.state, HealthState::Ok);
    }
    QVERIFY(monitor.baselineReady());
    // T30 (s3, informative index 1): mean of the first n rows.
    double sum = 0;
    for (int c = 0; c < n; ++c)
        sum += run.cycles[size_t(c)].sensors[2];
    QVERIFY(std::abs(monitor.baseline()->mean[1] - sum / n) < 1e-9);
    QVERIFY(monitor.baseline()->stdDev[1] > 0.0);
    const Assessment next = monitor.feed(run.cycles[size_t(n)], n * 1000);
    QVERIFY(next.ready);
    QCOMPARE(int(next.contributions.size()), int(informativeSensors().size()));
    // reset() forgets the baseline (a replaced engine).
    monitor.reset();
    QVERIFY(!monitor.baselineReady());
    QVERIFY(!monitor.feed(run.cycles[0], 0).ready);
}

void TestHealthModel::healthFallsTowardFailure()
{
    const int baseline = m_model.config().baselineCycles;
    int falling = 0;
    for (const EngineRun &run : m_runs) {
        EngineMonitor monitor(&m_model);
        double early = 0, late = 0;
        int earlyN = 0, lateN = 0;
        for (const CycleRow &row : run.cycles) {
            const Assessment a = monitor.feed(row, row.cycle);
            if (a.ready && row.cycle <= baseline + 20) {
                early += a.health;
                ++earlyN;
            }
            if (int(run.cycles.size()) - row.cycle < 10) {
                late += a.health;
                ++lateN;
            }
        }
        QVERIFY(earlyN > 0 && lateN > 0);
        if (late / lateN < early / earlyN - 0.3)
            ++falling;
    }
    QVERIFY2(falling >= 95, qPrintable(QString::number(falling)));
}

void TestHealthModel::contributionsSumToScore()
{
    int checked = 0, clampedHigh = 0, clampedLow = 0;
    for (size_t e = 0; e < m_runs.size(); e += 7) {
        EngineMonitor monitor(&m_model);
        for (const CycleRow &row : m_runs[e].cycles) {
            const Assessment a = monitor.feed(row, row.cycle);
            if (!a.ready)
                continue;
            double sum = 0;
            for (const SensorContribution &c : a.contributions)
                sum += c.weight;
            QVERIFY2(std::abs(sum - a.alertScore) < 1e-9,
                     qPrintable(QStringLiteral("engine %1 cycle %2: %3 vs %4").arg(e).arg(row.cycle).arg(sum).arg(a.alertScore)));
            QVERIFY(std::abs(a.health + a.alertScore - 1.0) < 1e-12);
            clampedHigh += a.alertScore == 1.0;
            clampedLow += a.alertScore == 0.0;
            ++checked;
        }
    }
    QVERIFY(checked > 1000);
    // The clamped ends were exercised too.
    QVERIFY(clampedHigh > 0);
    QVERIFY(clampedLow > 0);
}

void TestHealthModel::alertsBeforeFailure()
{
    const EvaluationSummary s = ModelEvaluation::evaluate(m_runs, m_model);
    qInfo("engines alerting %d/%d, lead mean %.1f median %.1f min %d max %d, premature %d, false %d, "
          "repeat %d, missed %d, RUL MAE(last 50) %.1f coverage %.2f, health start %.2f end %.2f",
          s.enginesAlerting, s.engines, s.meanLeadCycles, s.medianLeadCycles, s.minLeadCycles, s.maxLeadCycles,
          s.prematureAlerts, s.falseAlerts, s.enginesWithRepeatRaises, s.missedFailures, s.rulMaeLast50,
          s.rulCoverageLast50, s.healthAtStart, s.healthAtEnd);
    QCOMPARE(s.engines, 100);
    QVERIFY(s.enginesAlerting >= 95);
    QVERIFY(s.meanLeadCycles >= 20 && s.meanLeadCycles <= ModelEvaluation::kPrematureLead);
    QCOMPARE(s.prematureAlerts, 0);
    // No chattering: no alert clears by itself before the failure, none is raised twice.
    QCOMPARE(s.falseAlerts, 0);
    QCOMPARE(s.enginesWithRepeatRaises, 0);
    QVERIFY(s.missedFailures <= 5);
}

void TestHealthModel::rulNearFailure()
{
    const EvaluationSummary s = ModelEvaluation::evaluate(m_runs, m_model);
    QVERIFY(s.rulCoverageLast50 > 0.8);
    // A crude linear trend; what matters is that it is in the right range, not a constant.
    QVERIFY2(s.rulMaeLast50 < 40.0, qPrintable(QString::number(s.rulMaeLast50)));
}

void TestHealthModel::noFalseAlarmsOnTestSet()
{
    // test_FD001 engines stop before failure; RUL_FD001 gives the remaining cycles at the cut.
    const QDir dir(defaultDataDir());
    QString error;
    const auto runs = CmapssReader::readFile(dir.filePath(QStringLiteral("test_FD001.txt")), &error);
    QVERIFY2(runs, qPrintable(error));
    const auto rul = CmapssReader::readRulFile(dir.filePath(QStringLiteral("RUL_FD001.txt")), &error);
    QVERIFY2(rul, qPrintable(error));
    QCOMPARE(rul->size(), runs->size());
    const EvaluationSummary s = ModelEvaluation::evaluate(*runs, m_model, *rul);
    QCOMPARE(s.missedFailures, 0);   // none ends in failure
    QCOMPARE(s.prematureAlerts, 0);
    QVERIFY(s.enginesAlerting > 0);
    int near = 0, nearOpen = 0;
    for (const EngineOutcome &o : s.outcomes) {
        QCOMPARE(o.failureCycle - o.cycles, (*rul)[size_t(o.unit - 1)]);
        if (o.failureCycle - o.cycles <= 30) {
            ++near;
            nearOpen += o.openAtEnd;
        }
    }
    QVERIFY(near > 10);
    QVERIFY2(nearOpen * 10 >= near * 8, qPrintable(QStringLiteral("%1 of %2").arg(nearOpen).arg(near)));
}

void TestHealthModel::stateAndPriority_data()
{
    QTest::addColumn<double>("score");
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("priority");
    QTest::newRow("0") << 0.0 << int(HealthState::Ok) << int(Priority::Low);
    QTest::newRow("0.19") << 0.19 << int(HealthState::Ok) << int(Priority::Low);
    QTest::newRow("0.2") << 0.2 << int(HealthState::Watch) << int(Priority::Low);
    QTest::newRow("0.4") << 0.4 << int(HealthState::Warning) << int(Priority::Low);
    QTest::newRow("0.5") << 0.5 << int(HealthState::Warning) << int(Priority::Medium);
    QTest::newRow("0.69") << 0.69 << int(HealthState::Warning) << int(Priority::High);
    QTest::newRow("0.7") << 0.7 << int(HealthState::Critical) << int(Priority::High);
    QTest::newRow("0.9") << 0.9 << int(HealthState::Critical) << int(Priority::Critical);
    QTest::newRow("1") << 1.0 << int(HealthState::Critical) << int(Priority::Critical);
}

void TestHealthModel::stateAndPriority()
{
    QFETCH(double, score);
    QFETCH(int, state);
    QFETCH(int, priority);
    QCOMPARE(int(m_model.stateFor(score)), state);
    QCOMPARE(int(m_model.priorityFor(score)), priority);
}

Assessment TestHealthModel::assessment(double alertScore, int cycle)
{
    Assessment a;
    a.ready = true;
    a.cycle = cycle;
    a.alertScore = alertScore;
    a.health = 1.0 - alertScore;
    a.contributions.push_back({2, 1600.0, 1590.0, alertScore});
    a.windowFrom = cycle - 9;
    a.windowTo = cycle;
    return a;
}

void TestHealthModel::hysteresis_data()
{
    // Threshold 0.4, clear below 0.3, both after 3 consecutive cycles. Events: R raised, U updated,
    // C cleared, . none.
    QTest::addColumn<QList<double>>("scores");
    QTest::addColumn<QString>("events");
    QTest::newRow("below") << QList<double>{0.1, 0.3, 0.39, 0.2} << "....";
    QTest::newRow("flicker around threshold") << QList<double>{0.41, 0.39, 0.41, 0.41, 0.39, 0.41} << "......";
    QTest::newRow("three above raises") << QList<double>{0.41, 0.42, 0.43, 0.44} << "..R.";
    QTest::newRow("band does not clear")
        << QList<double>{0.41, 0.41, 0.41, 0.35, 0.31, 0.35, 0.32, 0.33} << "..R.....";
    QTest::newRow("three below band clears")
        << QList<double>{0.41, 0.41, 0.41, 0.29, 0.29, 0.29, 0.29} << "..R..C.";
    QTest::newRow("dip into band resets clearing")
        << QList<double>{0.41, 0.41, 0.41, 0.29, 0.29, 0.31, 0.29, 0.29, 0.29} << "..R.....C";
    QTest::newRow("escalation updates once per priority")
        << QList<double>{0.41, 0.41, 0.41, 0.55, 0.55, 0.6, 0.95, 0.5} << "..RU..U.";
    QTest::newRow("not ready is ignored") << QList<double>{-1, -1, -1, 0.5, 0.5, 0.5} << ".....R";
}

void TestHealthModel::hysteresis()
{
    QFETCH(QList<double>, scores);
    QFETCH(QString, events);
    AlertTracker tracker(&m_model, QStringLiteral("a-test"), 100);
    QString got;
    for (int i = 0; i < scores.size(); ++i) {
        Assessment a = assessment(std::max(0.0, scores[i]), i + 1);
        a.ready = scores[i] >= 0;
        const auto e = tracker.update(a, 1000 * (i + 1));
        got += !e ? QLatin1Char('.') : e->event == AlertEventType::Raised ? QLatin1Char('R')
                                      : e->event == AlertEventType::Updated ? QLatin1Char('U') : QLatin1Char('C');
    }
    QCOMPARE(got, events);
}

void TestHealthModel::escalationAndReplacement()
{
    AlertTracker tracker(&m_model, QStringLiteral("a-x"), 4710);
    QCOMPARE(tracker.active(5).alerts.size(), size_t(0));
    QCOMPARE(tracker.active(5).seq, qint64(4710));
    std::optional<AlertMsg> raised;
    for (int i = 1; i <= 3; ++i)
        raised = tracker.update(assessment(0.45, i), i * 1000);
    QVERIFY(raised);
    QCOMPARE(raised->event, AlertEventType::Raised);
    QCOMPARE(raised->seq, qint64(4711));
    QCOMPARE(raised->id, QStringLiteral("a-x-1"));
    QCOMPARE(*raised->priority, Priority::Low);
    QCOMPARE(*raised->threshold, m_model.config().threshold);
    QCOMPARE(*raised->model, HealthModel::modelRef());
    QCOMPARE(raised->explanation->method, QStringLiteral("zscore-attribution"));
    QCOMPARE(*raised->windowFrom, qint64(3 - 9));
    QCOMPARE(*raised->windowTo, qint64(3));
    QCOMPARE(tracker.openSinceCycle().value_or(-1), 3);

    const auto updated = tracker.update(assessment(0.9, 4), 4000);
    QVERIFY(updated);
    QCOMPARE(updated->event, AlertEventType::Updated);
    QCOMPARE(updated->id, raised->id);
    QCOMPARE(updated->seq, qint64(4712));
    QCOMPARE(*updated->priority, Priority::Critical);

    ActiveAlertsMsg active = tracker.active(4500);
    QCOMPARE(active.seq, qint64(4712));
    QCOMPARE(active.alerts.size(), size_t(1));
    QCOMPARE(active.alerts[0].event, AlertEventType::Updated);
    QCOMPARE(*active.alerts[0].priority, Priority::Critical);

    const auto cleared = tracker.replaced(5000);
    QVERIFY(cleared);
    QCOMPARE(cleared->event, AlertEventType::Cleared);
    QCOMPARE(cleared->id, raised->id);
    QCOMPARE(cleared->seq, qint64(4713));
    QVERIFY(!tracker.hasOpenAlert());
    QCOMPARE(tracker.active(5000).alerts.size(), size_t(0));
    QCOMPARE(tracker.active(5000).seq, qint64(4713));
    QVERIFY(!tracker.replaced(6000));   // nothing open: no event, seq unchanged
    QCOMPARE(tracker.seq(), qint64(4713));

    // The next alert of the asset gets a new id.
    std::optional<AlertMsg> second;
    for (int i = 1; i <= 3; ++i)
        second = tracker.update(assessment(0.5, i), 7000 + i);
    QVERIFY(second);
    QCOMPARE(second->id, QStringLiteral("a-x-2"));
    QCOMPARE(second->seq, qint64(4714));
    QCOMPARE(tracker.raisedCount(), 2);
}

void TestHealthModel::retrainedVersion()
{
    const HealthModel v11 = m_model.retrained(QStringLiteral("1.1.0"), 0.6);
    QCOMPARE(v11.ref(), (ModelRef{QStringLiteral("hpc-degradation"), QStringLiteral("1.1.0")}));
    QCOMPARE(m_model.ref(), HealthModel::modelRef());
    QCOMPARE(v11.config().threshold, 0.6);
    // Only the threshold moves: the same trained score.
    QCOMPARE(v11.failureDeviation(), m_model.failureDeviation());
    QCOMPARE(v11.directions(), m_model.directions());
    QCOMPARE(v11.stateFor(0.55), HealthState::Watch);
    QCOMPARE(v11.stateFor(0.6), HealthState::Warning);

    AlertTracker tracker(&m_model, QStringLiteral("a-r"), 0);
    std::optional<AlertMsg> raised;
    for (int i = 1; i <= 3; ++i)
        raised = tracker.update(assessment(0.45, i), i);
    QVERIFY(raised);
    tracker.setModel(&v11);
    // The open alert stays with the version that raised it: its escalation and its clear level.
    const auto updated = tracker.update(assessment(0.9, 4), 4);
    QVERIFY(updated);
    QCOMPARE(updated->event, AlertEventType::Updated);
    QCOMPARE(*updated->model, HealthModel::modelRef());
    QCOMPARE(*updated->threshold, 0.4);
    QCOMPARE(*updated->priority, Priority::Critical);
    QString events;
    for (double score : {0.45, 0.45, 0.45, 0.29, 0.29, 0.29})
        events += tracker.update(assessment(score, 5), 5) ? QLatin1Char('E') : QLatin1Char('.');
    QCOMPARE(events, QStringLiteral(".....E"));   // below 1.0.0's clear level, not 1.1.0's
    QVERIFY(!tracker.hasOpenAlert());
    // New alerts: raised at the new threshold, carrying the new version.
    events.clear();
    std::optional<AlertMsg> second;
    for (double score : {0.55, 0.55, 0.55, 0.6, 0.6, 0.6}) {
        second = tracker.update(assessment(score, 6), 6);
        events += second ? QLatin1Char('R') : QLatin1Char('.');
    }
    QCOMPARE(events, QStringLiteral(".....R"));
    QCOMPARE(*second->model, v11.ref());
    QCOMPARE(*second->threshold, 0.6);
    QCOMPARE(*second->priority, Priority::Low);
    QCOMPARE(second->id, QStringLiteral("a-r-2"));
}

void TestHealthModel::summaryNamesTopTwo()
{
    std::vector<SensorContribution> c{{2, 1600, 1590, 0.1}, {10, 48.0, 47.5, 0.3}, {11, 520, 522, 0.2},
                                      {3, 1400, 1401, -0.4}};
    QCOMPARE(AlertTracker::summaryFor(c), QStringLiteral("Ps30 above and phi below this engine's baseline"));
    c.resize(1);
    QCOMPARE(AlertTracker::summaryFor(c), QStringLiteral("T30 above this engine's baseline"));
    c[0].weight = -0.1;
    QVERIFY(AlertTracker::summaryFor(c).startsWith(QStringLiteral("No signal")));
}

void TestHealthModel::drift()
{
    std::vector<EngineBaseline> baselines;
    for (const EngineRun &run : m_runs) {
        baselines.push_back(m_model.baselineFrom(std::vector<CycleRow>(
            run.cycles.begin(), run.cycles.begin() + m_model.config().baselineCycles)));
    }
    const double own = m_model.driftScore(baselines);
    QVERIFY2(own < m_model.config().driftThreshold, qPrintable(QString::number(own)));
    for (EngineBaseline &b : baselines) {
        for (size_t k = 0; k < b.mean.size(); ++k)
            b.mean[k] += 10 * b.stdDev[k] * 10;
    }
    QCOMPARE(m_model.driftScore(baselines), 1.0);
    QCOMPARE(m_model.driftScore({}), 0.0);
}

QTEST_GUILESS_MAIN(TestHealthModel)
#include "tst_healthmodel.moc"

// Scenario: the precision the console shows for a model, checked against the ground truth of a C-MAPSS
// replay. No broker: fw_sim's ReplayFleet is stepped in-process, every message it publishes is decoded
// with the console's FleetDecoder (its payloads come from PayloadEncoder), and the alert events and
// alerts/active lists go, in publishing order and one batch per replay cycle (the AlertTraffic the
// ingest worker would hand on, without evidence; received at the cycle's publishing time, 0.5 s
// apart, in the recent past), into an AlertCenter with a temporary SQLite store. The operator acknowledges each new alert after its
// batch; a technician then works through the awaiting-outcome list and records each alert's outcome
// with recordOutcome(); requestModelQuality() must show what the test counted itself.
//
// The fleet: the first kEngines (30) engines of data/cmapss/train_FD001.txt, one site, seed 1, model
// hpc-degradation 1.0.0 as trained by the simulator (threshold 0.4). Each engine replays ONE life:
// from its staggered start cycle to its failure; what the replay publishes for an engine after that
// (the replacement engine's new life) is not given to the console, except the `cleared` event and
// alerts/active of the replacement itself, which come before the new life's first telemetry.
//
// Ground truth, read by the test with its own parser (not fw_sim's CmapssReader): an engine fails at
// its last cycle in train_FD001.txt. An alert counts as a true fault when the engine fails within
// kWithinCycles = K = 60 cycles after the raise, i.e. failureCycle - raiseCycle <= 60; an alert raised
// earlier counts as a false positive ("no fault found" by a technician who looked too early). The
// model runs at its own threshold, 0.4: its few alerts more than 60 cycles ahead of the failure are
// the scenario's false positives. Alerts of units ending in 5 are labelled inconclusive; alerts of
// units ending in 0 are acknowledged but left without a label (so the labelled share is below 1).
// An engine whose life ends without any alert would get a missed_failure label (none does here).
//
// The raise cycle comes from what the replay published, in publishing order: the replay publishes an
// engine's telemetry, then its health, then the alert events of that same cycle. Telemetry `seq`
// counts up from 1 per asset starting at the engine's first live cycle, so the cycle of telemetry
// seq n is startCycle + n - 1, where startCycle is ReplayFleet::nextCycles() before the first step.
// An alert's raise cycle is the cycle of the newest telemetry of its asset before the raised event.
// (Cross-checked against the replay's cycle counter, nextCycles() - 1 after the step, and the
// simulator's own RaisedAlertLog::cyclesToFailure; the precision itself uses only the test's counts.)
//
// Numbers with seed 1 (deterministic; printed by the test, not asserted, so that a change to the
// model does not read as a console bug): 270 cycles stepped; 30 alerts raised, one per engine, from
// 13 to 84 cycles before the failure; 27 labelled: 21 true positives, 3 false positives (units 7, 11,
// 17: 63, 61 and 84 cycles ahead), 3 inconclusive (units 5, 15, 25); 3 unlabelled (units 10, 20, 30);
// no missed failure. Precision 21/24 = 0.875, labelled share 27/30 = 0.9. (With K = 30 it would be
// 13 TP, 11 FP: 0.542.) The test insists only that there are true and false positives, inconclusive
// and unlabelled alerts, and that the console's figures equal the test's own counts exactly.
// Runs in about 1.5 s.

#include "core/alerts/alertcenter.h"
#include "core/alerts/operatoractions.h"
#include "core/labels/labeldesk.h"
#include "core/fleet/fleetdecoder.h"
#include "tools/fleet-sim/cmapssreader.h"
#include "tools/fleet-sim/datalocator.h"
#include "tools/fleet-sim/healthmodel.h"
#include "tools/fleet-sim/replayfleet.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace fw;
using namespace fw::sim;

namespace {

constexpr int kEngines = 30;
constexpr int kWithinCycles = 60;        // K: a true fault fails within K cycles after the raise
constexpr double kCyclesPerSecond = 2.0;
constexpr qint64 kPeriodMs = qint64(1000 / kCyclesPerSecond);
constexpr int kMaxSteps = 400;           // longer than any FD001 life (362 cycles)

QString dataDir()
{
    const QString source = qEnvironmentVariable("FLEETWATCH_SOURCE_DIR");
    if (!source.isEmpty())
        return QDir(source).filePath(QStringLiteral("data/cmapss"));
    return defaultDataDir();
}

// The test's own reading of a C-MAPSS trajectory file: unit -> its last (failure) cycle. Rows are
// "unit cycle op1 op2 op3 s1..s21"; a unit's cycles must count up 1, 2, 3, ... Empty on error.
std::map<int, int> failureCycles(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return {};
    }
    std::map<int, int> last;
    int lineNo = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().simplified();
        ++lineNo;
        if (line.isEmpty())
            continue;
        const QList<QByteArray> cols = line.split(' ');
        bool unitOk = false, cycleOk = false;
        const int unit = cols.value(0).toInt(&unitOk);
        const int cycle = cols.value(1).toInt(&cycleOk);
        const int expected = last.count(unit) ? last[unit] + 1 : 1;
        if (cols.size() != 26 || !unitOk || !cycleOk || cycle != expected) {
            *error = QStringLiteral("%1:%2: unexpected row").arg(path).arg(lineNo);
            return {};
        }
        last[unit] = cycle;
    }
    return last;
}

int unitOf(const QString &asset)
{
    // "engine-017" -> 17
    return asset.startsWith(QStringLiteral("engine-")) ? asset.mid(7).toInt() : 0;
}

struct RaisedAlertSeen
{
    QString key;            // site/asset/alertId, as the console names it
    QString alertId;
    QString asset;
    int unit = 0;
    int raiseCycle = 0;     // from the published telemetry (see the header)
    int failureCycle = 0;   // from the test's own reading of train_FD001.txt
    int leadCycles() const { return failureCycle - raiseCycle; }
};

struct EngineLife
{
    int layoutIndex = 0;
    int unit = 0;
    int startCycle = 0;     // the cycle of telemetry seq 1
    int failureCycle = 0;
    int lastCycle = 0;      // cycle of the newest telemetry published
    qint64 lastSeq = 0;
    qint64 failedAt = 0;    // ts of the failure cycle's telemetry
    int raised = 0;
    bool done = false;      // its life is over: the rest is the replacement's
};

} // namespace

class TestPrecisionScenario : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void precisionMatchesTheGroundTruth()
    {
        QElapsedTimer clock;
        clock.start();
        const QString trainFile = QDir(dataDir()).filePath(QStringLiteral("train_FD001.txt"));

        // Ground truth, read independently.
        QString error;
        const std::map<int, int> failures = failureCycles(trainFile, &error);
        QVERIFY2(!failures.empty(), qPrintable(error));
        QCOMPARE(int(failures.size()), 100);

        // The fleet side, as fleet-sim runs it.
        auto runs = CmapssReader::readFile(trainFile, &error);
        QVERIFY2(runs, qPrintable(error));
        const HealthModel model = HealthModel::train(*runs);
        QCOMPARE(model.config().threshold, 0.4);
        ReplayConfig config;
        config.engineLimit = kEngines;
        config.seed = 1;
        config.cyclesPerSecond = kCyclesPerSecond;
        config.runTag = QStringLiteral("scn01");
        config.alertSeqBase = 5000;
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - qint64(kMaxSteps + 10) * kPeriodMs;
        config.trainedAt = t0;
        ReplayFleet fleet(&*runs, &model, config, t0);
        QCOMPARE(int(fleet.layout().assets().size()), kEngines);

        QHash<QString, EngineLife> lives;   // by asset id
        const std::vector<int> starts = fleet.nextCycles();
        for (size_t i = 0; i < fleet.layout().assets().size(); ++i) {
            const AssetInfo &a = fleet.layout().assets()[i];
            EngineLife life;
            life.layoutIndex = int(i);
            life.unit = unitOf(a.assetId);
            QCOMPARE(life.unit, a.unit);
            QVERIFY(failures.count(life.unit));
            life.startCycle = starts[i];
            life.failureCycle = failures.at(life.unit);
            QVERIFY(life.startCycle >= 1 && life.startCycle <= life.failureCycle);
            lives.insert(a.assetId, life);
        }

        // The console side.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        AlertCenter::Options options;
        options.dbPath = dir.filePath(QStringLiteral("scenario.sqlite"));
        options.consoleId = QStringLiteral("ws-scenario");
        options.user = QStringLiteral("tech-1");
        options.role = QStringLiteral("supervisor");   // acknowledges and records outcomes
        AlertCenter center(options, nullptr);
        QSignalSpy storeProblem(&center, &AlertCenter::storeProblem);
        center.start();
        QVERIFY(center.isOpen());
        QCOMPARE(storeProblem.count(), 0);
        QSignalSpy announced(&center, &AlertCenter::alertsAnnounced);
        QSignalSpy actionRejected(center.operatorActions(), &OperatorActions::actionRejected);

        FleetDecoder decoder;
        int rejected = 0;
        QString firstRejection;
        auto decode = [&](const OutMessage &m, qint64 receivedAt) -> std::optional<FleetMessage> {
            DecodeResult r = decoder.decode(RawMessage{m.topic.toUtf8(), m.payload, receivedAt});
            if (const auto *rej = std::get_if<Rejection>(&r)) {
                if (rejected++ == 0)
                    firstRejection = m.topic + QStringLiteral(": ") + QString::fromLatin1(rejectReasonName(rej->reason))
                                     + QLatin1Char(' ') + rej->detail;
                return std::nullopt;
            }
            return std::get<FleetMessage>(std::move(r));
        };

        // The retained messages a console gets on subscribing (empty alerts/active lists).
        {
            auto traffic = std::make_shared<FleetMessages>();
            for (const OutMessage &m : fleet.connectMessages(0, t0)) {
                const auto f = decode(m, t0);
                if (f && f->topic.kind == MessageKind::ActiveAlerts)
                    traffic->push_back(*f);
            }
            QCOMPARE(int(traffic->size()), kEngines);
            center.applyMessages(FleetMessagesPtr(traffic));
        }

        std::vector<RaisedAlertSeen> raised;   // in the order the console received them
        QHash<QString, size_t> raisedByKey;
        int steps = 0, doneCount = 0;
        for (; steps < kMaxSteps && doneCount < kEngines; ++steps) {
            const qint64 now = t0 + qint64(steps) * kPeriodMs;
            const std::vector<OutMessage> out = fleet.step(now);
            const std::vector<int> cyclesAfter = fleet.nextCycles();
            auto traffic = std::make_shared<FleetMessages>();
            QStringList newKeys;
            for (const OutMessage &m : out) {
                const auto f = decode(m, now);
                if (!f)
                    continue;
                const auto it = lives.find(f->topic.asset);
                if (it == lives.end())
                    continue;   // the gateway, the model status
                EngineLife &life = *it;
                if (life.done)
                    continue;
                if (const auto *t = std::get_if<TelemetryMsg>(&f->payload)) {
                    QVERIFY(t->seq);
                    QCOMPARE(*t->seq, life.lastSeq + 1);
                    life.lastSeq = *t->seq;
                    const int cycle = life.startCycle + int(*t->seq) - 1;
                    if (cycle > life.failureCycle) {   // the replacement's first cycle
                        life.done = true;
                        ++doneCount;
                        continue;
                    }
                    life.lastCycle = cycle;
                    if (cycle == life.failureCycle)
                        life.failedAt = t->ts;
                    // The replay's own counter agrees: it has published this cycle.
                    QCOMPARE(cycle, cyclesAfter[size_t(life.layoutIndex)] - 1);
                } else if (const auto *a = std::get_if<AlertMsg>(&f->payload)) {
                    traffic->push_back(*f);
                    if (a->event != AlertEventType::Raised)
                        continue;
                    QVERIFY2(life.lastCycle > 0, qPrintable(a->id));   // telemetry of this cycle came first
                    QVERIFY(a->model);
                    QCOMPARE(*a->model, HealthModel::modelRef());
                    RaisedAlertSeen r;
                    r.key = f->topic.site + QLatin1Char('/') + f->topic.asset + QLatin1Char('/') + a->id;
                    r.alertId = a->id;
                    r.asset = f->topic.asset;
                    r.unit = life.unit;
                    r.raiseCycle = life.lastCycle;
                    r.failureCycle = life.failureCycle;
                    QVERIFY2(!raisedByKey.contains(r.key), qPrintable(r.key));
                    raisedByKey.insert(r.key, raised.size());
                    raised.push_back(r);
                    ++life.raised;
                    newKeys << r.key;
                } else if (f->topic.kind == MessageKind::ActiveAlerts) {
                    traffic->push_back(*f);
                }
            }
            if (!traffic->empty())
                center.applyMessages(FleetMessagesPtr(traffic));
            // The operator acknowledges what just came in.
            if (!newKeys.isEmpty())
                center.operatorActions()->acknowledge(newKeys, QStringLiteral("seen"));
        }
        QVERIFY2(rejected == 0, qPrintable(firstRejection));
        QCOMPARE(doneCount, kEngines);   // every engine lived its life to the failure
        QCOMPARE(actionRejected.count(), 0);
        for (const EngineLife &life : std::as_const(lives))
            QVERIFY(life.failedAt > 0);

        // The console has every alert, announced once, acknowledged, resolved at the replacement.
        QVERIFY(!raised.empty());
        int announcedCount = 0;
        for (const QList<QVariant> &args : std::as_const(announced))
            announcedCount += int(args.first().value<AlertRecordsPtr>()->size());
        QCOMPARE(announcedCount, int(raised.size()));
        // Cleared at the replacement and acknowledged: resolved, gone from the queue at the next flush.
        QTRY_COMPARE(center.unresolvedCount(), 0);
        QCOMPARE(center.outboxPending(), int(raised.size()));   // the acknowledgements, no broker

        // The raise cycles agree with the simulator's own record of its raises.
        for (const RaisedAlertSeen &r : raised) {
            const std::optional<RaisedAlert> logged = fleet.raisedAlerts().find(r.alertId);
            QVERIFY2(logged, qPrintable(r.alertId));
            QCOMPARE(logged->cyclesToFailure, r.leadCycles());
        }

        {
            QStringList leads;
            for (const RaisedAlertSeen &r : raised)
                leads << QStringLiteral("%1:%2").arg(r.unit).arg(r.leadCycles());
            qInfo("unit:cycles from raise to failure: %s", qPrintable(leads.join(QLatin1Char(' '))));
        }

        // The technician works through the awaiting-outcome list: every alert, acknowledged, no label.
        QSignalSpy awaiting(center.labelDesk(), &LabelDesk::awaitingOutcomeReady);
        center.labelDesk()->requestAwaitingOutcome();
        QCOMPARE(awaiting.count(), 1);
        const AlertRecordsPtr toLabel = awaiting.last().first().value<AlertRecordsPtr>();
        QCOMPARE(int(toLabel->size()), int(raised.size()));

        QSignalSpy saved(center.labelDesk(), &LabelDesk::labelSaved);
        QSignalSpy labelRejected(center.labelDesk(), &LabelDesk::labelRejected);
        int tp = 0, fp = 0, inconclusive = 0, unlabelled = 0;
        for (const AlertRecord &record : *toLabel) {
            QVERIFY(record.ackedAt);
            QVERIFY2(raisedByKey.contains(record.key()), qPrintable(record.key()));
            const RaisedAlertSeen &r = raised[raisedByKey.value(record.key())];
            if (r.unit % 10 == 0) {
                ++unlabelled;
                continue;
            }
            LabelDraft d;
            d.alertKey = r.key;
            if (r.unit % 10 == 5) {
                d.outcome = Outcome::Inconclusive;
                d.notes = QStringLiteral("borescope inconclusive");
                ++inconclusive;
            } else if (r.leadCycles() <= kWithinCycles) {
                d.outcome = Outcome::TruePositive;
                d.failureMode = QStringLiteral("HPC degradation");
                d.action = QStringLiteral("engine removed");
                d.downtimeMinutes = 240;
                ++tp;
            } else {
                d.outcome = Outcome::FalsePositive;
                d.notes = QStringLiteral("no fault found; failed %1 cycles after the alert").arg(r.leadCycles());
                ++fp;
            }
            center.labelDesk()->recordOutcome(d);
        }
        QCOMPARE(labelRejected.count(), 0);
        QCOMPARE(saved.count(), tp + fp + inconclusive);

        // Failures no alert foresaw: recorded as such (the asset never had an alert: no model).
        int missed = 0;
        for (const EngineLife &life : std::as_const(lives)) {
            if (life.raised > 0)
                continue;
            LabelDraft d;
            d.site = fleet.layout().assets()[size_t(life.layoutIndex)].siteId;
            d.asset = fleet.layout().assets()[size_t(life.layoutIndex)].assetId;
            d.outcome = Outcome::MissedFailure;
            d.failedAt = life.failedAt;
            center.labelDesk()->recordOutcome(d);
            ++missed;
        }
        QCOMPARE(labelRejected.count(), 0);
        QCOMPARE(saved.count(), tp + fp + inconclusive + missed);

        // What the console shows.
        QSignalSpy ready(center.labelDesk(), &LabelDesk::modelQualityReady);
        center.labelDesk()->requestModelQuality();
        QCOMPARE(ready.count(), 1);
        const ModelQualities qualities = *ready.first().first().value<ModelQualitiesPtr>();
        QCOMPARE(int(qualities.size()), missed > 0 ? 2 : 1);
        const ModelRef ref = HealthModel::modelRef();
        const ModelQuality *q = nullptr;
        for (const ModelQuality &x : qualities) {
            if (x.model == ref.name && x.version == ref.version)
                q = &x;
            else {
                QCOMPARE(x.model, QString());   // missed failures of assets never alerted
                QCOMPARE(x.missedFailures, missed);
            }
        }
        QVERIFY(q);

        const int alerts = int(raised.size());
        const int labelled = tp + fp + inconclusive;
        const double precision = double(tp) / double(tp + fp);
        qInfo("%d engines, %d cycles stepped, K = %d: %d alerts, %d labelled (%d TP, %d FP, %d inconclusive), "
              "%d unlabelled, %d missed; precision %d/%d = %.3f (console %.3f), labelled share %.2f; %lld ms",
              kEngines, steps, kWithinCycles, alerts, labelled, tp, fp, inconclusive, unlabelled, missed, tp, tp + fp,
              precision, q->precision().value_or(-1), q->labelledShare(), qint64(clock.elapsed()));

        // A scenario worth the name.
        QVERIFY(tp > 0);
        QVERIFY(fp > 0);
        QVERIFY(inconclusive > 0);
        QVERIFY(unlabelled > 0);
        QCOMPARE(alerts, labelled + unlabelled);

        QCOMPARE(q->alerts, alerts);
        QCOMPARE(q->labelled, labelled);
        QCOMPARE(q->truePositives, tp);
        QCOMPARE(q->falsePositives, fp);
        QCOMPARE(q->inconclusive, inconclusive);
        QCOMPARE(q->missedFailures, 0);
        QVERIFY(q->precision());
        QCOMPARE(*q->precision(), precision);
        QCOMPARE(q->labelledShare(), double(labelled) / double(alerts));

        // What is left awaiting an outcome is exactly the unlabelled alerts.
        awaiting.clear();
        center.labelDesk()->requestAwaitingOutcome();
        QCOMPARE(awaiting.count(), 1);
        QCOMPARE(int(awaiting.last().first().value<AlertRecordsPtr>()->size()), unlabelled);
        center.stop();
    }
};

QTEST_GUILESS_MAIN(TestPrecisionScenario)
#include "tst_precisionscenario.moc"

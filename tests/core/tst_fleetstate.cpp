// FleetState: what the console makes of decoded messages: assets appear on any message, meta, state,
// health and alerts update their row, telemetry fills aligned ring buffers, seq gaps count as lost
// samples, the retained active list replaces the open set.

#include "core/fleet/fleetstate.h"

#include <QTest>

#include <cmath>

using namespace fw;

namespace {

FleetMessage message(MessageKind kind, const QString &asset, Payload payload, qint64 at = 1000)
{
    FleetMessage m;
    m.topic.kind = kind;
    m.topic.site = QStringLiteral("plant-a");
    m.topic.asset = asset;
    m.receivedAt = at;
    m.payload = std::move(payload);
    return m;
}

TelemetryMsg telemetry(std::optional<qint64> seq, std::vector<SignalValue> values)
{
    TelemetryMsg t;
    t.ts = 1;
    t.seq = seq;
    t.values = std::move(values);
    return t;
}

AlertMsg alert(const QString &id, AlertEventType event, std::optional<Priority> priority = std::nullopt)
{
    AlertMsg a;
    a.id = id;
    a.event = event;
    a.priority = priority;
    return a;
}

} // namespace

class TestFleetState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void assetAppearsOnFirstMessage()
    {
        FleetState state;
        state.apply(message(MessageKind::State, QStringLiteral("e1"), StateMsg{5, true}, 1234));
        QCOMPARE(state.assetCount(), 1);
        const auto s = state.asset(QStringLiteral("plant-a/e1"));
        QVERIFY(s);
        QCOMPARE(s->online, std::optional<bool>(true));
        QCOMPARE(s->lastUpdate, 1234);
        QVERIFY(!s->hasMeta);
    }

    void metaAndHealthFillTheRow()
    {
        FleetState state;
        MetaMsg meta;
        meta.name = QStringLiteral("Turbofan 1");
        meta.line = QStringLiteral("Line 1");
        meta.criticality = Criticality::High;
        meta.signalInfos = {SignalInfo{QStringLiteral("T30"), QStringLiteral("degR"), {}}};
        state.apply(message(MessageKind::Meta, QStringLiteral("e1"), meta));
        HealthMsg h;
        h.score = 0.42;
        h.state = HealthState::Warning;
        h.rul = 37;
        h.rulUnit = QStringLiteral("cycles");
        h.model = {QStringLiteral("hpc"), QStringLiteral("1.0.0")};
        state.apply(message(MessageKind::Health, QStringLiteral("e1"), h, 2000));
        const auto s = state.asset(QStringLiteral("plant-a/e1"));
        QVERIFY(s);
        QCOMPARE(s->name, QStringLiteral("Turbofan 1"));
        QCOMPARE(s->criticality, Criticality::High);
        QCOMPARE(s->signalInfos.size(), size_t(1));
        QCOMPARE(*s->score, 0.42);
        QCOMPARE(*s->state, HealthState::Warning);
        QCOMPARE(*s->rul, 37.0);
        QCOMPARE(s->model.version, QStringLiteral("1.0.0"));
        const auto hist = state.history(QStringLiteral("plant-a/e1"));
        QCOMPARE(hist->healthScores.size(), size_t(1));
        QCOMPARE(hist->healthTimes.front(), 2000);
    }

    void changedSetIsTakenOnce()
    {
        FleetState state;
        state.apply(message(MessageKind::State, QStringLiteral("e1"), StateMsg{1, true}));
        state.apply(message(MessageKind::State, QStringLiteral("e2"), StateMsg{1, false}));
        state.apply(message(MessageKind::State, QStringLiteral("e1"), StateMsg{2, false}));
        auto changed = state.takeChangedAssets();
        QCOMPARE(changed.size(), size_t(2));
        QVERIFY(state.takeChangedAssets().empty());
    }

    void telemetryColumnsStayAligned()
    {
        FleetState state(4);
        const QString a = QStringLiteral("e1");
        state.apply(message(MessageKind::Telemetry, a, telemetry(1, {{QStringLiteral("x"), 1.0}}), 10));
        // y appears later: it is backfilled with NaN for the first sample.
        state.apply(message(MessageKind::Telemetry, a, telemetry(2, {{QStringLiteral("x"), 2.0}, {QStringLiteral("y"), 20.0}}), 20));
        // x missing from this sample.
        state.apply(message(MessageKind::Telemetry, a, telemetry(3, {{QStringLiteral("y"), 30.0}}), 30));
        const auto h = state.history(QStringLiteral("plant-a/e1"));
        QVERIFY(h);
        QCOMPARE(h->signalNames, QStringList({QStringLiteral("x"), QStringLiteral("y")}));
        QCOMPARE(h->telemetryTimes, (std::vector<qint64>{10, 20, 30}));
        QCOMPARE(h->signalValues[0].size(), size_t(3));
        QCOMPARE(h->signalValues[1].size(), size_t(3));
        QCOMPARE(h->signalValues[0][1], 2.0f);
        QVERIFY(std::isnan(h->signalValues[0][2]));
        QVERIFY(std::isnan(h->signalValues[1][0]));
        QCOMPARE(h->signalValues[1][2], 30.0f);
    }

    void ringKeepsNewestSamples()
    {
        FleetState state(3);
        for (int i = 1; i <= 5; ++i)
            state.apply(message(MessageKind::Telemetry, QStringLiteral("e1"),
                                telemetry(i, {{QStringLiteral("x"), double(i)}}), i * 10));
        const auto h = state.history(QStringLiteral("plant-a/e1"));
        QCOMPARE(h->telemetryTimes, (std::vector<qint64>{30, 40, 50}));
        QCOMPARE(h->signalValues[0], (std::vector<float>{3, 4, 5}));
    }

    void sequenceGapsCountLostSamples_data()
    {
        QTest::addColumn<QList<int>>("seqs");
        QTest::addColumn<int>("lost");
        QTest::newRow("in order") << QList<int>{1, 2, 3, 4} << 0;
        QTest::newRow("one gap of two") << QList<int>{1, 2, 5} << 2;
        QTest::newRow("two gaps") << QList<int>{10, 12, 14} << 2;
        QTest::newRow("duplicate is not a loss") << QList<int>{1, 2, 2, 3} << 0;
        QTest::newRow("restart from 1") << QList<int>{100, 101, 1, 2} << 0;
    }

    void sequenceGapsCountLostSamples()
    {
        QFETCH(QList<int>, seqs);
        QFETCH(int, lost);
        FleetState state;
        for (int seq : seqs)
            state.apply(message(MessageKind::Telemetry, QStringLiteral("e1"), telemetry(seq, {{QStringLiteral("x"), 1}})));
        QCOMPARE(state.asset(QStringLiteral("plant-a/e1"))->lostSamples, qint64(lost));
    }

    void alertsOpenAndClear()
    {
        FleetState state;
        const QString a = QStringLiteral("e1");
        state.apply(message(MessageKind::Alert, a, alert(QStringLiteral("a1"), AlertEventType::Raised, Priority::Medium)));
        state.apply(message(MessageKind::Alert, a, alert(QStringLiteral("a2"), AlertEventType::Raised, Priority::High)));
        // A repeated delivery changes nothing.
        state.apply(message(MessageKind::Alert, a, alert(QStringLiteral("a2"), AlertEventType::Raised, Priority::High)));
        QCOMPARE(state.openAlertCount(), 2);
        QCOMPARE(*state.asset(QStringLiteral("plant-a/e1"))->worstOpenPriority, Priority::High);
        state.apply(message(MessageKind::Alert, a, alert(QStringLiteral("a2"), AlertEventType::Cleared)));
        QCOMPARE(state.openAlertCount(), 1);
        QCOMPARE(*state.asset(QStringLiteral("plant-a/e1"))->worstOpenPriority, Priority::Medium);
        // An update for an id never raised is kept.
        state.apply(message(MessageKind::Alert, a, alert(QStringLiteral("a9"), AlertEventType::Updated, Priority::Critical)));
        QCOMPARE(state.openAlertCount(), 2);
        QCOMPARE(*state.asset(QStringLiteral("plant-a/e1"))->worstOpenPriority, Priority::Critical);
    }

    void activeListReplacesOpenSet()
    {
        FleetState state;
        const QString a = QStringLiteral("e1");
        state.apply(message(MessageKind::Alert, a, alert(QStringLiteral("a1"), AlertEventType::Raised, Priority::Low)));
        ActiveAlertsMsg active;
        active.seq = 7;
        active.alerts = {alert(QStringLiteral("b1"), AlertEventType::Raised, Priority::High),
                         alert(QStringLiteral("b2"), AlertEventType::Updated, Priority::Critical)};
        state.apply(message(MessageKind::ActiveAlerts, a, active));
        QCOMPARE(state.openAlertCount(), 2);
        QCOMPARE(state.asset(QStringLiteral("plant-a/e1"))->openAlerts, 2);
        active.alerts.clear();
        state.apply(message(MessageKind::ActiveAlerts, a, active));
        QCOMPARE(state.openAlertCount(), 0);
        QVERIFY(!state.asset(QStringLiteral("plant-a/e1"))->worstOpenPriority);
    }

    void modelStatusIsKeyedBySiteAndModel()
    {
        FleetState state;
        FleetMessage m;
        m.topic.kind = MessageKind::ModelStatus;
        m.topic.site = QStringLiteral("plant-a");
        m.topic.model = QStringLiteral("hpc");
        ModelStatusMsg status;
        status.version = QStringLiteral("2.0.0");
        status.drifting = true;
        m.payload = status;
        state.apply(m);
        QCOMPARE(state.assetCount(), 0);
        const auto models = state.takeChangedModels();
        QCOMPARE(models.size(), size_t(1));
        QCOMPARE(models.front().key, QStringLiteral("plant-a/hpc"));
        QVERIFY(models.front().status.drifting);
    }

    // Freshness is timed by data only: meta and state (retained, resent on every reconnect) do not
    // make a silent asset fresh; telemetry sets the interval; health beside it keeps it fresh.
    void freshnessCountsDataOnly()
    {
        FleetState state;
        const QString key = QStringLiteral("plant-a/e1");
        MetaMsg meta;
        meta.name = QStringLiteral("x");
        state.apply(message(MessageKind::Meta, QStringLiteral("e1"), meta, 1000));
        state.apply(message(MessageKind::State, QStringLiteral("e1"), StateMsg{1, true}, 1100));
        QVERIFY(!state.asset(key)->freshness.hasData());
        for (int i = 0; i < 5; ++i)
            state.apply(message(MessageKind::Telemetry, QStringLiteral("e1"), telemetry(i + 1, {{QStringLiteral("T30"), 1.0}}),
                                2000 + i * 3000));
        HealthMsg h;
        h.score = 0.9;
        h.state = HealthState::Ok;
        state.apply(message(MessageKind::Health, QStringLiteral("e1"), h, 14'050));
        state.apply(message(MessageKind::State, QStringLiteral("e1"), StateMsg{2, true}, 30'000));
        const DataFreshness f = state.asset(key)->freshness;
        QCOMPARE(f.usualIntervalMs(), std::optional<qint64>(3000));
        QCOMPARE(f.lastArrivalMs(), 14'050);
        QCOMPARE(state.asset(key)->lastUpdate, 30'000);
    }

    // An asset that sends health only is timed by its health messages.
    void healthOnlyAssetIsTimedByHealth()
    {
        FleetState state;
        HealthMsg h;
        h.score = 0.9;
        h.state = HealthState::Ok;
        for (int i = 0; i < 4; ++i)
            state.apply(message(MessageKind::Health, QStringLiteral("e1"), h, 1000 + i * 20'000));
        const DataFreshness f = state.asset(QStringLiteral("plant-a/e1"))->freshness;
        QCOMPARE(f.usualIntervalMs(), std::optional<qint64>(20'000));
        QCOMPARE(f.staleAfterMs(), 60'000);
    }

    void signalCountIsBounded()
    {
        FleetState state;
        for (int batch = 0; batch < 3; ++batch) {
            std::vector<SignalValue> values;
            for (int i = 0; i < 200; ++i)
                values.push_back({QStringLiteral("s%1_%2").arg(batch).arg(i), 1.0});
            state.apply(message(MessageKind::Telemetry, QStringLiteral("e1"), telemetry(batch + 1, values)));
        }
        const auto h = state.history(QStringLiteral("plant-a/e1"));
        QCOMPARE(h->signalNames.size(), FleetState::kMaxSignalsPerAsset);
        for (const auto &column : h->signalValues)
            QCOMPARE(column.size(), h->telemetryTimes.size());
    }
};

QTEST_GUILESS_MAIN(TestFleetState)
#include "tst_fleetstate.moc"

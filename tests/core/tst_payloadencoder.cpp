// PayloadEncoder: every message kind, encoded and decoded again by FleetDecoder, equals the original
// (with all optional fields set, and with them left out); empty optional fields are not written.

#include "core/fleet/fleetdecoder.h"
#include "core/fleet/rfc3339.h"
#include "core/fleet/payloadencoder.h"
#include "core/fleet/topicparser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

Q_DECLARE_METATYPE(fw::Payload)

namespace fw {
namespace {

qint64 ts(const char *text)
{
    qint64 ms = 0;
    if (!parseRfc3339(text, &ms))
        qFatal("bad test timestamp %s", text);
    return ms;
}

const ModelRef kModel{QStringLiteral("hpc-degradation"), QStringLiteral("3.2.0")};

TopicRef topicFor(const Payload &payload)
{
    TopicRef ref;
    ref.kind = MessageKind(payload.index());   // Payload's alternatives follow MessageKind
    ref.site = QStringLiteral("plant-a");
    ref.asset = QStringLiteral("engine-017");
    if (ref.kind == MessageKind::ModelStatus) {
        ref.asset.clear();
        ref.model = QStringLiteral("hpc-degradation");
    }
    if (const auto *ack = std::get_if<AckMsg>(&payload))
        ref.alert = ack->alert;
    if (const auto *label = std::get_if<LabelMsg>(&payload)) {
        ref.site = label->site;
        ref.asset = label->asset;
    }
    return ref;
}

AlertMsg fullAlert(const QString &id, AlertEventType event)
{
    AlertMsg a;
    a.id = id;
    a.event = event;
    a.ts = ts("2026-11-22T08:15:30.250Z");
    a.seq = 4711;
    a.priority = Priority::High;
    a.title = QStringLiteral("HPC degradation suspected");
    a.score = 0.93;
    a.threshold = 0.8;
    a.model = kModel;
    a.explanation = Explanation{QStringLiteral("shap"), QStringLiteral("T30 and Ps30 high"),
                                {{QStringLiteral("T30"), 1601.2, 1589.0, 0.41},
                                 {QStringLiteral("Ps30"), std::nullopt, std::nullopt, -0.27}}};
    a.windowFrom = ts("2026-11-22T07:15:30Z");
    a.windowTo = ts("2026-11-22T08:15:30Z");
    return a;
}

} // namespace
} // namespace fw

using namespace fw;

class TestPayloadEncoder : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void leavesOutEmptyOptionalFields();
    void labelWritesNullAlertForMissedFailure();
    void telemetryKeepsSignalNames();
};

void TestPayloadEncoder::roundTrip_data()
{
    QTest::addColumn<Payload>("payload");

    MetaMsg meta{QStringLiteral("Turbofan 17"), QStringLiteral("turbofan"), QStringLiteral("Line 2"),
                 Criticality::High, QStringLiteral("Bay 4"),
                 {{QStringLiteral("T30"), QStringLiteral("degR"), QStringLiteral("HPC outlet")},
                  {QStringLiteral("Nf"), {}, {}}},
                 {{QStringLiteral("oem"), QStringLiteral("acme")}, {QStringLiteral("ü"), QStringLiteral("✓")}}};
    QTest::newRow("meta full") << Payload(meta);
    QTest::newRow("meta name only") << Payload(MetaMsg{QStringLiteral("Pump 3"), {}, {}, {}, {}, {}, {}});

    QTest::newRow("state online") << Payload(StateMsg{ts("2026-11-22T08:15:30.250Z"), true});
    QTest::newRow("state offline") << Payload(StateMsg{ts("1999-12-31T23:59:59.999Z"), false});

    TelemetryMsg telemetry{ts("2026-11-22T08:15:30.001Z"), 1234,
                           {{QStringLiteral("Nc"), 9046.19},
                            {QStringLiteral("Ps30"), 47.47},
                            {QStringLiteral("T24"), 642.3},
                            {QStringLiteral("huge"), -2.5e300},
                            {QStringLiteral("tiny"), 1e-300},
                            {QStringLiteral("whole"), 1589.0},
                            {QStringLiteral("x"), 0.30000000000000004}}};
    QTest::newRow("telemetry full") << Payload(telemetry);
    telemetry.seq.reset();
    telemetry.values.resize(1);
    QTest::newRow("telemetry without seq") << Payload(telemetry);

    QTest::newRow("health full") << Payload(HealthMsg{ts("2026-11-22T08:15:30Z"), 0.82, HealthState::Watch,
                                                      112.0, QStringLiteral("cycles"), kModel});
    QTest::newRow("health minimal") << Payload(HealthMsg{ts("2026-11-22T08:15:30Z"), 0.0,
                                                         HealthState::Critical, {}, {}, kModel});
    QTest::newRow("health rul without unit") << Payload(HealthMsg{ts("2026-11-22T08:15:30Z"), 1.0,
                                                                  HealthState::Ok, 5.5, {}, kModel});

    QTest::newRow("alert raised full")
        << Payload(fullAlert(QStringLiteral("a-7f3c2e"), AlertEventType::Raised));
    AlertMsg updated;
    updated.id = QStringLiteral("a-7f3c2e");
    updated.event = AlertEventType::Updated;
    updated.ts = ts("2026-11-22T08:20:00Z");
    updated.seq = 4712;
    updated.score = 0.97;
    QTest::newRow("alert updated minimal") << Payload(updated);
    AlertMsg cleared = updated;
    cleared.event = AlertEventType::Cleared;
    cleared.score.reset();
    cleared.seq = 0;
    QTest::newRow("alert cleared") << Payload(cleared);
    AlertMsg noContributions = fullAlert(QStringLiteral("b"), AlertEventType::Raised);
    noContributions.explanation->contributions.clear();
    noContributions.windowTo.reset();
    QTest::newRow("alert explanation without contributions") << Payload(noContributions);

    ActiveAlertsMsg active{ts("2026-11-22T08:20:00Z"), 4712,
                           {fullAlert(QStringLiteral("a-1"), AlertEventType::Raised),
                            fullAlert(QStringLiteral("a-2"), AlertEventType::Updated)}};
    active.alerts[1].explanation.reset();
    QTest::newRow("active alerts") << Payload(active);
    QTest::newRow("active alerts empty") << Payload(ActiveAlertsMsg{ts("2026-11-22T08:20:00Z"), 0, {}});

    QTest::newRow("model status full")
        << Payload(ModelStatusMsg{QStringLiteral("3.2.0"), ts("2026-10-01T00:00:00Z"), 412, 0.12, 0.3, true});
    QTest::newRow("model status minimal")
        << Payload(ModelStatusMsg{QStringLiteral("1"), {}, {}, {}, {}, false});

    QTest::newRow("ack shelve full")
        << Payload(AckMsg{QStringLiteral("a-7f3c2e"), AckAction::Shelve, QStringLiteral("alice"),
                          QStringLiteral("operator"), QStringLiteral("ws-07"), ts("2026-11-22T08:16:00Z"),
                          QStringLiteral("crew dispatched"), 30});
    QTest::newRow("ack out of service until")
        << Payload(AckMsg{QStringLiteral("a-7f3c2e"), AckAction::OutOfService, QStringLiteral("sue"),
                          QStringLiteral("supervisor"), QStringLiteral("ws-07"), ts("2026-11-22T08:16:00Z"),
                          QStringLiteral("pump swap"), 0, ts("2026-11-23T08:00:00Z")});
    QTest::newRow("ack comment") << Payload(AckMsg{QStringLiteral("a-7f3c2e"), AckAction::Comment,
                                                   QStringLiteral("bob"), {}, {}, ts("2026-11-22T08:16:00Z"),
                                                   QStringLiteral("seen"), 0});
    QTest::newRow("ack minimal") << Payload(AckMsg{QStringLiteral("a-7f3c2e"), AckAction::Ack,
                                                   QStringLiteral("bob"), {}, {}, ts("2026-11-22T08:16:00Z"),
                                                   {}, 0});

    LabelMsg label{QStringLiteral("0d6f9c1e-3b7a-4a43-9a55-5b0a1c2d9e77"), QStringLiteral("plant-a"),
                   QStringLiteral("engine-017"), QStringLiteral("a-7f3c2e"), Outcome::TruePositive,
                   QStringLiteral("HPC degradation"), QStringLiteral("compressor fouling"),
                   QStringLiteral("washed compressor"), 45.0, QStringLiteral("bob"),
                   ts("2026-11-23T10:00:00Z"), ts("2026-11-22T08:15:30.250Z"), {}, kModel,
                   QStringLiteral("ws-07")};
    QTest::newRow("label true positive full") << Payload(label);
    LabelMsg missed{QStringLiteral("1b2c"), QStringLiteral("plant-b"), QStringLiteral("pump.3"), {},
                    Outcome::MissedFailure, {}, {}, {}, {}, {}, ts("2026-11-23T10:00:00Z"), {},
                    ts("2026-11-21T03:00:00Z"), {}, {}};
    QTest::newRow("label missed failure") << Payload(missed);
    missed.outcome = Outcome::Inconclusive;
    missed.failedAt.reset();
    QTest::newRow("label inconclusive minimal") << Payload(missed);
}

void TestPayloadEncoder::roundTrip()
{
    QFETCH(Payload, payload);
    const QByteArray json = PayloadEncoder::encode(payload);
    const TopicRef topic = topicFor(payload);
    const RawMessage raw{TopicParser().topicFor(topic).toUtf8(), json, 42};

    FleetDecoder decoder;
    const DecodeResult result = decoder.decode(raw);
    if (const auto *rejection = std::get_if<Rejection>(&result))
        QFAIL(qPrintable(QStringLiteral("rejected (%1: %2): %3")
                             .arg(QLatin1StringView(rejectReasonName(rejection->reason)),
                                  rejection->detail, QString::fromUtf8(json))));
    const auto &message = std::get<FleetMessage>(result);
    QCOMPARE(message.topic, topic);
    QCOMPARE(message.receivedAt, qint64(42));
    QCOMPARE(PayloadEncoder::encode(message.payload), json);   // readable on failure
    QVERIFY(message.payload == payload);
}

void TestPayloadEncoder::leavesOutEmptyOptionalFields()
{
    const QJsonObject meta =
        QJsonDocument::fromJson(PayloadEncoder::encode(MetaMsg{QStringLiteral("n"), {}, {}, {}, {}, {}, {}}))
            .object();
    QCOMPARE(meta.keys(), QStringList{QStringLiteral("name")});

    AlertMsg cleared;
    cleared.id = QStringLiteral("a");
    cleared.event = AlertEventType::Cleared;
    const QJsonObject alert = QJsonDocument::fromJson(PayloadEncoder::encode(cleared)).object();
    QCOMPARE(alert.keys(), (QStringList{QStringLiteral("event"), QStringLiteral("id"),
                                        QStringLiteral("seq"), QStringLiteral("ts")}));

    const QByteArray state = PayloadEncoder::encode(StateMsg{0, true});
    QCOMPARE(state, QByteArray(R"({"online":true,"ts":"1970-01-01T00:00:00.000Z"})"));
}

void TestPayloadEncoder::labelWritesNullAlertForMissedFailure()
{
    LabelMsg label;
    label.labelId = QStringLiteral("x");
    label.outcome = Outcome::MissedFailure;
    label.failedAt = 1000;
    const QJsonObject o = QJsonDocument::fromJson(PayloadEncoder::encode(label)).object();
    QVERIFY(o.contains(QLatin1StringView("alert")));
    QVERIFY(o.value(QLatin1StringView("alert")).isNull());
    QCOMPARE(o.value(QLatin1StringView("failed_at")).toString(), QStringLiteral("1970-01-01T00:00:01.000Z"));
    QCOMPARE(o.value(QLatin1StringView("outcome")).toString(), QStringLiteral("missed_failure"));

    label.failedAt.reset();
    QVERIFY(!QJsonDocument::fromJson(PayloadEncoder::encode(label)).object().contains(
        QLatin1StringView("failed_at")));
}

void TestPayloadEncoder::telemetryKeepsSignalNames()
{
    const TelemetryMsg m{0, 7, {{QStringLiteral("T30"), 1.5}, {QStringLiteral("P s/ü\""), -2.0}}};
    const QJsonObject o = QJsonDocument::fromJson(PayloadEncoder::encode(m)).object();
    const QJsonObject values = o.value(QLatin1StringView("values")).toObject();
    QCOMPARE(values.size(), 2);
    QCOMPARE(values.value(QLatin1StringView("T30")).toDouble(), 1.5);
    QCOMPARE(values.value(QStringLiteral("P s/ü\"")).toDouble(), -2.0);
    QCOMPARE(o.value(QLatin1StringView("seq")).toInteger(), qint64(7));
}

QTEST_GUILESS_MAIN(TestPayloadEncoder)
#include "tst_payloadencoder.moc"

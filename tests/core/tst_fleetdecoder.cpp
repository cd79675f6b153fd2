// FleetDecoder against the fleet interface v1: good messages of every kind decode field by field;
// bad ones are rejected with the reason the spec's rules give; nesting, duplicates, out-of-order
// timestamps, truncated payloads, and the RFC 3339 functions.

#include "core/fleet/fleetdecoder.h"
#include "core/fleet/rfc3339.h"
#include "core/fleet/payloadencoder.h"

#include <QTest>

#include <limits>

using namespace fw;

Q_DECLARE_METATYPE(fw::Payload)
Q_DECLARE_METATYPE(fw::RejectReason)

namespace {

const QByteArray kAsset = "fleet/v1/plant-a/engine-017/";
const QByteArray kTs = R"("ts":"2026-11-22T08:15:30.250Z")";
constexpr qint64 kTsMs = 1795335330250;   // 2026-11-22T08:15:30.250Z
const ModelRef kModel{QStringLiteral("hpc-degradation"), QStringLiteral("3.2.0")};
const QByteArray kModelJson = R"("model":{"name":"hpc-degradation","version":"3.2.0"})";
const QByteArray kRaised = R"({"id":"a-1","event":"raised",)" + kTs + R"(,"seq":1,"priority":"high",)"
                           R"("score":0.9,"threshold":0.8,)" + kModelJson;   // no closing brace

QByteArray nested(int depth, bool emptyInnermost)
{
    // depth containers in total, the payload's object counting 1.
    QByteArray inner = emptyInnermost ? "[]" : "[1]";
    for (int level = 2; level < depth; ++level)
        inner = (level % 2 ? "[" : "{\"k\":") + inner + (level % 2 ? "]" : "}");
    return depth == 1 ? QByteArray(R"({"name":"n"})") : R"({"name":"n","deep":)" + inner + "}";
}

QByteArray repeated(const QByteArray &item, int count, const char *separator = ",")
{
    QByteArrayList items;
    for (int i = 0; i < count; ++i)
        items << QByteArray(item).replace("%i", QByteArray::number(i));
    return items.join(separator);
}

QByteArray valuesJson(int count)
{
    return "{" + kTs + R"(,"values":{)" + repeated(R"("s%i":%i.5)", count) + "}}";
}

QByteArray contributionsJson(int count)
{
    return kRaised + R"(,"explanation":{"contributions":[)"
           + repeated(R"({"signal":"s%i","weight":-0.%i})", count) + "]}}";
}

QByteArray activeJson(int count)
{
    return "{" + kTs + R"(,"seq":9,"alerts":[)" + repeated(kRaised + "}", count) + "]}";
}

AlertMsg raisedAlert(const QString &id)
{
    AlertMsg a;
    a.id = id;
    a.ts = kTsMs;
    a.seq = 1;
    a.priority = Priority::High;
    a.score = 0.9;
    a.threshold = 0.8;
    a.model = kModel;
    return a;
}

QString describe(const DecodeResult &result)
{
    if (const auto *rejection = std::get_if<Rejection>(&result))
        return QLatin1StringView(rejectReasonName(rejection->reason)) + QLatin1StringView(": ")
               + rejection->detail;
    return QString::fromUtf8(PayloadEncoder::encode(std::get<FleetMessage>(result).payload));
}

} // namespace

class TestFleetDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decodesGoodMessages_data();
    void decodesGoodMessages();
    void rejectsBadMessages_data();
    void rejectsBadMessages();
    void limitsNestingTo16_data();
    void limitsNestingTo16();
    void acceptsPayloadOfExactly64KiB();
    void acceptsDuplicateDeliveries();
    void acceptsOutOfOrderTimestamps();
    void rejectsEveryTruncation();
    void parsesRfc3339_data();
    void parsesRfc3339();
    void rejectsBadRfc3339_data();
    void rejectsBadRfc3339();
    void formatsRfc3339();

private:
    FleetDecoder m_decoder;   // one decoder for all rows: its parser is reused as in the ingest worker
};

void TestFleetDecoder::decodesGoodMessages_data()
{
    QTest::addColumn<QByteArray>("topic");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<Payload>("expected");

    QTest::newRow("meta full, unknown fields, non-string tag")
        << kAsset + "meta"
        << QByteArray(R"({"name":"Turbofan 17","type":"turbofan","line":"Line 2","criticality":"high",)"
                      R"("location":"Bay 4","signals":[{"name":"T30","unit":"degR","label":"HPC outlet"},)"
                      R"({"name":"Nf","future":1}],"tags":{"oem":"acme","year":2019,"ü":"✓"},)"
                      R"("added_in_v2":{"x":[1,{"y":null}]}})")
        << Payload(MetaMsg{QStringLiteral("Turbofan 17"), QStringLiteral("turbofan"),
                           QStringLiteral("Line 2"), Criticality::High, QStringLiteral("Bay 4"),
                           {{QStringLiteral("T30"), QStringLiteral("degR"), QStringLiteral("HPC outlet")},
                            {QStringLiteral("Nf"), {}, {}}},
                           {{QStringLiteral("oem"), QStringLiteral("acme")},
                            {QStringLiteral("ü"), QStringLiteral("✓")}}});
    QTest::newRow("meta name only, nulls as absent")
        << kAsset + "meta" << QByteArray(R"({"name":"P","type":null,"criticality":null,"tags":null})")
        << Payload(MetaMsg{QStringLiteral("P"), {}, {}, Criticality::Unknown, {}, {}, {}});
    QTest::newRow("state, numeric offset")
        << kAsset + "state" << QByteArray(R"({"ts":"2026-11-22T10:15:30.250+02:00","online":true})")
        << Payload(StateMsg{kTsMs, true});
    QTest::newRow("state, lower case, long fraction, negative offset")
        << kAsset + "state" << QByteArray(R"({"online":false,"ts":"2026-11-22t03:45:30.250999999-04:30"})")
        << Payload(StateMsg{kTsMs, false});
    QTest::newRow("telemetry from the spec")
        << kAsset + "telemetry"
        << QByteArray("{" + kTs + R"(,"seq":1234,"values":{"T24":642.3,"T30":1589.7,"Ps30":47.47}})")
        << Payload(TelemetryMsg{kTsMs, 1234, {{QStringLiteral("T24"), 642.3}, {QStringLiteral("T30"), 1589.7},
                                              {QStringLiteral("Ps30"), 47.47}}});
    QTest::newRow("telemetry, integers, exponents, no seq, unknown field")
        << kAsset + "telemetry"
        << QByteArray("{" + kTs + R"(,"values":{"a":-3,"b":1e-999,"c":2.5E+3,"d":18446744073709551615},"q":1})")
        << Payload(TelemetryMsg{kTsMs, std::nullopt, {{QStringLiteral("a"), -3.0}, {QStringLiteral("b"), 0.0},
                                                      {QStringLiteral("c"), 2500.0},
                                                      {QStringLiteral("d"), 18446744073709551615.0}}});
    // Qt and JavaScript write doubles up to 1e21 as plain integers; JSON allows it.
    QTest::newRow("telemetry, integer beyond 64 bits")
        << kAsset + "telemetry"
        << QByteArray("{" + kTs + R"(,"values":{"a":983333333333333400000,"b":-18446744073709551616}})")
        << Payload(TelemetryMsg{kTsMs, std::nullopt, {{QStringLiteral("a"), 9.833333333333334e20},
                                                      {QStringLiteral("b"), -18446744073709551616.0}}});
    TelemetryMsg many{kTsMs, std::nullopt, {}};
    for (int i = 0; i < 256; ++i)
        many.values.push_back({QStringLiteral("s%1").arg(i), i + 0.5});
    QTest::newRow("telemetry, 256 values") << kAsset + "telemetry" << valuesJson(256) << Payload(many);
    QTest::newRow("health from the spec")
        << kAsset + "health"
        << QByteArray("{" + kTs + R"(,"score":0.82,"state":"watch","rul":{"value":112,"unit":"cycles"},)"
                      + kModelJson + "}")
        << Payload(HealthMsg{kTsMs, 0.82, HealthState::Watch, 112.0, QStringLiteral("cycles"), kModel});
    QTest::newRow("health, score 0, no rul")
        << kAsset + "health" << QByteArray("{" + kTs + R"(,"score":0,"state":"critical",)" + kModelJson + "}")
        << Payload(HealthMsg{kTsMs, 0.0, HealthState::Critical, {}, {}, kModel});
    AlertMsg full = raisedAlert(QStringLiteral("a-7f3c2e"));
    full.seq = 4711;
    full.score = 0.93;
    full.threshold = 0.80;
    full.title = QStringLiteral("HPC degradation suspected");
    full.explanation = Explanation{QStringLiteral("shap"), QStringLiteral("T30 high"),
                                   {{QStringLiteral("T30"), 1601.2, 1589.0, 0.41},
                                    {QStringLiteral("Ps30"), std::nullopt, std::nullopt, -0.27}}};
    full.windowFrom = kTsMs - 3600000;
    full.windowTo = kTsMs;
    QTest::newRow("alert raised from the spec")
        << kAsset + "alerts"
        << QByteArray(R"({"id":"a-7f3c2e","event":"raised",)" + kTs + R"(,"seq":4711,"priority":"high",)"
                      R"("title":"HPC degradation suspected","score":0.93,"threshold":0.80,)" + kModelJson
                      + R"(,"explanation":{"method":"shap","summary":"T30 high","contributions":[)"
                        R"({"signal":"T30","value":1601.2,"baseline":1589.0,"weight":0.41},)"
                        R"({"signal":"Ps30","weight":-0.27}]},)"
                        R"("window":{"from":"2026-11-22T07:15:30.250Z","to":"2026-11-22T08:15:30.250Z"}})")
        << Payload(full);
    AlertMsg updated;
    updated.id = QStringLiteral("a-1");
    updated.event = AlertEventType::Updated;
    updated.ts = kTsMs;
    updated.seq = 2;
    updated.priority = Priority::Critical;
    QTest::newRow("alert updated, only what changed")
        << kAsset + "alerts"
        << QByteArray(R"({"id":"a-1","event":"updated",)" + kTs + R"(,"seq":2,"priority":"critical"})")
        << Payload(updated);
    AlertMsg cleared = updated;
    cleared.event = AlertEventType::Cleared;
    cleared.priority.reset();
    QTest::newRow("alert cleared") << kAsset + "alerts"
                                   << QByteArray(R"({"id":"a-1","event":"cleared",)" + kTs + R"(,"seq":2})")
                                   << Payload(cleared);
    AlertMsg withContributions = raisedAlert(QStringLiteral("a-1"));
    withContributions.explanation.emplace();
    for (int i = 0; i < 64; ++i)
        withContributions.explanation->contributions.push_back(
            {QStringLiteral("s%1").arg(i), {}, {}, QByteArray("-0." + QByteArray::number(i)).toDouble()});
    QTest::newRow("alert, 64 contributions") << kAsset + "alerts" << contributionsJson(64)
                                             << Payload(withContributions);
    ActiveAlertsMsg active{kTsMs, 9, {raisedAlert(QStringLiteral("a-1")), raisedAlert(QStringLiteral("a-1"))}};
    active.alerts[1].event = AlertEventType::Updated;
    QTest::newRow("alerts/active, raised and updated")
        << kAsset + "alerts/active"
        << QByteArray("{" + kTs + R"(,"seq":9,"alerts":[)" + kRaised + "}," + QByteArray(kRaised).replace(
                          "raised", "updated") + "}]}")
        << Payload(active);
    QTest::newRow("alerts/active, empty") << kAsset + "alerts/active" << activeJson(0)
                                          << Payload(ActiveAlertsMsg{kTsMs, 9, {}});
    QTest::newRow("model status full")
        << QByteArray("fleet/v1/plant-a/model/hpc-degradation/status")
        << QByteArray(R"({"version":"3.2.0","trained_at":"2026-11-22T08:15:30.250Z","labels_used":412,)"
                      R"("drift":{"score":0.12,"threshold":0.30,"status":"drifting"}})")
        << Payload(ModelStatusMsg{QStringLiteral("3.2.0"), kTsMs, 412, 0.12, 0.30, true});
    QTest::newRow("model status minimal") << QByteArray("fleet/v1/plant-a/model/m/status")
                                          << QByteArray(R"({"version":"1"})")
                                          << Payload(ModelStatusMsg{QStringLiteral("1"), {}, {}, {}, {}, false});
    QTest::newRow("ack full")
        << kAsset + "alerts/a-7f3c2e/ack"
        << QByteArray(R"({"alert":"a-7f3c2e","action":"shelve","by":"alice","role":"operator",)"
                      R"("console":"ws-07",)" + kTs + R"(,"note":"crew dispatched","shelve_minutes":30})")
        << Payload(AckMsg{QStringLiteral("a-7f3c2e"), AckAction::Shelve, QStringLiteral("alice"),
                          QStringLiteral("operator"), QStringLiteral("ws-07"), kTsMs,
                          QStringLiteral("crew dispatched"), 30});
    QTest::newRow("ack minimal") << kAsset + "alerts/a-1/ack"
                                 << QByteArray(R"({"alert":"a-1","action":"unshelve","by":"bob",)" + kTs + "}")
                                 << Payload(AckMsg{QStringLiteral("a-1"), AckAction::Unshelve,
                                                   QStringLiteral("bob"), {}, {}, kTsMs, {}, 0});
    QTest::newRow("ack out of service until")
        << kAsset + "alerts/a-1/ack"
        << QByteArray(R"({"alert":"a-1","action":"out_of_service","by":"sue","role":"supervisor",)" + kTs
                      + R"(,"note":"pump swap","until":"2026-11-23T08:15:30.250Z"})")
        << Payload(AckMsg{QStringLiteral("a-1"), AckAction::OutOfService, QStringLiteral("sue"),
                          QStringLiteral("supervisor"), {}, kTsMs, QStringLiteral("pump swap"), 0,
                          kTsMs + 24 * 3600 * 1000});
    for (const auto &[name, action] : {std::pair{"suppress", AckAction::Suppress}, std::pair{"unsuppress", AckAction::Unsuppress},
                                       std::pair{"return_to_service", AckAction::ReturnToService},
                                       std::pair{"comment", AckAction::Comment}})
        QTest::newRow(qPrintable(QStringLiteral("ack ") + QLatin1String(name)))
            << kAsset + "alerts/a-1/ack"
            << QByteArray(R"({"alert":"a-1","action":")" + QByteArray(name) + R"(","by":"bob",)" + kTs
                          + R"(,"note":"why"})")
            << Payload(AckMsg{QStringLiteral("a-1"), action, QStringLiteral("bob"), {}, {}, kTsMs,
                              QStringLiteral("why"), 0});
    QTest::newRow("ack until ignored on a comment")
        << kAsset + "alerts/a-1/ack"
        << QByteArray(R"({"alert":"a-1","action":"comment","by":"bob",)" + kTs
                      + R"(,"note":"n","until":"2026-11-23T08:15:30Z"})")
        << Payload(AckMsg{QStringLiteral("a-1"), AckAction::Comment, QStringLiteral("bob"), {}, {}, kTsMs,
                          QStringLiteral("n"), 0});
    QTest::newRow("label from the spec")
        << kAsset + "labels"
        << QByteArray(R"({"label_id":"0d6f9c1e-3b7a-4a43-9a55-5b0a1c2d9e77","site":"plant-a",)"
                      R"("asset":"engine-017","alert":"a-7f3c2e","outcome":"true_positive",)"
                      R"("failure_mode":"HPC degradation","cause":"compressor fouling",)"
                      R"("action":"washed compressor","downtime_minutes":45,"technician":"bob",)"
                      R"("recorded_at":"2026-11-22T08:15:30.250Z","alert_ts":"2026-11-22T08:15:30.250Z",)"
                      + kModelJson + R"(,"console":"ws-07"})")
        << Payload(LabelMsg{QStringLiteral("0d6f9c1e-3b7a-4a43-9a55-5b0a1c2d9e77"), QStringLiteral("plant-a"),
                            QStringLiteral("engine-017"), QStringLiteral("a-7f3c2e"), Outcome::TruePositive,
                            QStringLiteral("HPC degradation"), QStringLiteral("compressor fouling"),
                            QStringLiteral("washed compressor"), 45.0, QStringLiteral("bob"), kTsMs, kTsMs,
                            {}, kModel, QStringLiteral("ws-07")});
    QTest::newRow("label missed failure")
        << kAsset + "labels"
        << QByteArray(R"({"label_id":"x","site":"plant-a","asset":"engine-017","alert":null,)"
                      R"("outcome":"missed_failure","recorded_at":"2026-11-22T08:15:30.250Z",)"
                      R"("failed_at":"2026-11-22T08:15:30.250Z"})")
        << Payload(LabelMsg{QStringLiteral("x"), QStringLiteral("plant-a"), QStringLiteral("engine-017"), {},
                            Outcome::MissedFailure, {}, {}, {}, {}, {}, kTsMs, {}, kTsMs, {}, {}});
}

void TestFleetDecoder::decodesGoodMessages()
{
    QFETCH(QByteArray, topic);
    QFETCH(QByteArray, payload);
    QFETCH(Payload, expected);

    const DecodeResult result = m_decoder.decode(RawMessage{topic, payload, 7});
    QVERIFY2(std::holds_alternative<FleetMessage>(result), qPrintable(describe(result)));
    const auto &message = std::get<FleetMessage>(result);
    QCOMPARE(int(message.topic.kind), int(expected.index()));
    QCOMPARE(message.receivedAt, qint64(7));
    QCOMPARE(PayloadEncoder::encode(message.payload), PayloadEncoder::encode(expected));   // readable
    QVERIFY(message.payload == expected);
}

void TestFleetDecoder::rejectsBadMessages_data()
{
    QTest::addColumn<QByteArray>("topic");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<RejectReason>("reason");

    const QByteArray state = R"({"ts":"2026-11-22T08:15:30Z","online":true})";
    const auto row = [](const char *name, const QByteArray &topic, const QByteArray &payload,
                        RejectReason reason) { QTest::newRow(name) << topic << payload << reason; };
    using R = RejectReason;
    const QByteArray meta = kAsset + "meta", tel = kAsset + "telemetry", health = kAsset + "health";
    const QByteArray alerts = kAsset + "alerts", active = kAsset + "alerts/active";
    const QByteArray status = "fleet/v1/plant-a/model/m/status", ack = kAsset + "alerts/a-1/ack";
    const QByteArray labels = kAsset + "labels";
    const QByteArray healthHead = "{" + kTs + R"(,"state":"ok",)" + kModelJson;
    const QByteArray labelHead = R"({"label_id":"x","site":"plant-a","asset":"engine-017",)"
                                 R"("recorded_at":"2026-11-22T08:15:30Z",)";
    const QByteArray ackHead = R"({"alert":"a-1","by":"bob",)" + kTs;

    // Topics
    row("outside root", "fleet/v2/plant-a/engine-017/state", state, R::TopicOutsideRoot);
    row("unknown kind", kAsset + "status", state, R::TopicUnknown);
    row("reserved asset id model", "fleet/v1/plant-a/model/state", state, R::TopicUnknown);
    row("slash in an id", "fleet/v1/plant/a/engine-017/state", state, R::TopicUnknown);
    row("plus in id", "fleet/v1/plant+a/engine-017/state", state, R::TopicBadId);
    row("hash in id", "fleet/v1/plant-a/#/state", state, R::TopicBadId);
    row("empty level", "fleet/v1/plant-a//state", state, R::TopicBadId);
    row("65-character id", "fleet/v1/" + QByteArray(65, 'p') + "/e/state", state, R::TopicBadId);
    row("space in id", "fleet/v1/plant a/engine-017/state", state, R::TopicBadId);
    row("control character in id", "fleet/v1/plant-a/engine\x7f/state", state, R::TopicBadId);
    row("bad alert id in ack topic", kAsset + "alerts/a+1/ack", state, R::TopicBadId);
    // Transport and JSON
    row("oversized", meta, R"({"name":")" + QByteArray(64 * 1024, 'x') + R"("})", R::PayloadTooLarge);
    row("empty payload", meta, {}, R::InvalidJson);
    row("whitespace only", meta, "  \n", R::InvalidJson);
    row("invalid UTF-8 in value", meta, "{\"name\":\"\xff\"}", R::InvalidUtf8);
    row("invalid UTF-8 in key", meta, "{\"name\":\"n\",\"\xc3\":1}", R::InvalidUtf8);
    row("overlong UTF-8", meta, "{\"name\":\"\xc0\xaf\"}", R::InvalidUtf8);
    row("UTF-8 encoded surrogate", meta, "{\"name\":\"\xed\xa0\x80\"}", R::InvalidUtf8);
    row("nesting 17 deep", meta, nested(17, false), R::TooDeep);
    row("NaN", tel, "{" + kTs + R"(,"values":{"a":NaN}})", R::NonFiniteNumber);
    row("Infinity", tel, "{" + kTs + R"(,"values":{"a":Infinity}})", R::NonFiniteNumber);
    row("-Infinity", tel, "{" + kTs + R"(,"values":{"a":-Infinity}})", R::NonFiniteNumber);
    row("1e999", tel, "{" + kTs + R"(,"values":{"a":1e999}})", R::NonFiniteNumber);
    row("-1e999 in unknown field", meta, R"({"name":"n","x":-1e999})", R::NonFiniteNumber);
    row("integer beyond double", tel, "{" + kTs + R"(,"values":{"a":1)" + QByteArray(400, '0') + "}}",
        R::NonFiniteNumber);
    row("big integer and NaN", tel, "{" + kTs + R"(,"values":{"a":123456789012345678901,"b":NaN}})",
        R::NonFiniteNumber);
    row("big integer and bad JSON", tel, "{" + kTs + R"(,"values":{"a":123456789012345678901,}})",
        R::InvalidJson);
    row("truncated", meta, R"({"name":"n")", R::InvalidJson);
    row("trailing garbage", meta, R"({"name":"n"} x)", R::InvalidJson);
    row("two objects", meta, R"({"name":"n"}{"name":"m"})", R::InvalidJson);
    row("single quotes", meta, "{'name':'n'}", R::InvalidJson);
    row("trailing comma", meta, R"({"name":"n",})", R::InvalidJson);
    row("leading zero", meta, R"({"name":"n","x":01})", R::InvalidJson);
    row("raw control character in string", meta, "{\"name\":\"a\nb\"}", R::InvalidJson);
    row("array root", meta, R"([{"name":"n"}])", R::NotAnObject);
    row("string root", meta, R"("name")", R::NotAnObject);
    row("number root", meta, "42", R::NotAnObject);
    row("null root", meta, "null", R::NotAnObject);
    // Missing required fields (null counts as missing)
    row("meta without name", meta, R"({"type":"pump"})", R::MissingField);
    row("state without online", kAsset + "state", "{" + kTs + "}", R::MissingField);
    row("state with null ts", kAsset + "state", R"({"ts":null,"online":true})", R::MissingField);
    row("telemetry without ts", tel, R"({"values":{"a":1}})", R::MissingField);
    row("telemetry without values", tel, "{" + kTs + "}", R::MissingField);
    row("health without model", health, "{" + kTs + R"(,"score":1,"state":"ok"})", R::MissingField);
    row("health without score", health, healthHead + "}", R::MissingField);
    row("health model without version", health,
        "{" + kTs + R"(,"score":1,"state":"ok","model":{"name":"m"}})", R::MissingField);
    row("alert without id", alerts, R"({"event":"cleared",)" + kTs + R"(,"seq":1})", R::MissingField);
    row("alert without seq", alerts, R"({"id":"a","event":"cleared",)" + kTs + "}", R::MissingField);
    row("raised without priority", alerts, QByteArray(kRaised).replace(R"("priority":"high",)", "") + "}",
        R::MissingField);
    row("raised without score", alerts, QByteArray(kRaised).replace(R"("score":0.9,)", "") + "}",
        R::MissingField);
    row("raised without threshold", alerts, QByteArray(kRaised).replace(R"("threshold":0.8,)", "") + "}",
        R::MissingField);
    row("raised without model", alerts,
        R"({"id":"a","event":"raised",)" + kTs + R"(,"seq":1,"priority":"low","score":1,"threshold":1})",
        R::MissingField);
    row("contribution without weight", alerts, kRaised + R"(,"explanation":{"contributions":[{"signal":"a"}]}})",
        R::MissingField);
    row("active entry without model", active,
        "{" + kTs + R"(,"seq":1,"alerts":[{"id":"a","event":"updated",)" + kTs
            + R"(,"seq":1,"priority":"low","score":1,"threshold":1}]})",
        R::MissingField);
    row("active without alerts", active, "{" + kTs + R"(,"seq":1})", R::MissingField);
    row("model status without version", status, R"({"labels_used":3})", R::MissingField);
    row("drift without status", status, R"({"version":"1","drift":{"score":0.1}})", R::MissingField);
    row("ack without action", ack, ackHead + "}", R::MissingField);
    row("ack without by", ack, R"({"alert":"a-1","action":"ack",)" + kTs + "}", R::MissingField);
    row("label without label_id", labels,
        R"({"site":"plant-a","asset":"engine-017","outcome":"inconclusive","recorded_at":"2026-11-22T08:15:30Z"})",
        R::MissingField);
    row("missed failure without failed_at", labels, labelHead + R"("outcome":"missed_failure"})",
        R::MissingField);
    // Wrong types
    row("meta name number", meta, R"({"name":17})", R::WrongType);
    row("meta signals object", meta, R"({"name":"n","signals":{"name":"a"}})", R::WrongType);
    row("meta signal not an object", meta, R"({"name":"n","signals":["T30"]})", R::WrongType);
    row("state online string", kAsset + "state", "{" + kTs + R"(,"online":"true"})", R::WrongType);
    row("state ts number", kAsset + "state", R"({"ts":1700000000,"online":true})", R::WrongType);
    row("telemetry values array", tel, "{" + kTs + R"(,"values":[1,2]})", R::WrongType);
    row("telemetry value string", tel, "{" + kTs + R"(,"values":{"a":"1.5"}})", R::WrongType);
    row("telemetry value null", tel, "{" + kTs + R"(,"values":{"a":null}})", R::WrongType);
    row("telemetry value bool", tel, "{" + kTs + R"(,"values":{"a":true}})", R::WrongType);
    row("telemetry seq 12.0", tel, "{" + kTs + R"(,"seq":12.0,"values":{"a":1}})", R::WrongType);
    row("telemetry seq string", tel, "{" + kTs + R"(,"seq":"12","values":{"a":1}})", R::WrongType);
    row("health score string", health, healthHead + R"(,"score":"0.5"})", R::WrongType);
    row("health model string", health, "{" + kTs + R"(,"score":1,"state":"ok","model":"m"})", R::WrongType);
    row("health rul number", health, healthHead + R"(,"score":1,"rul":112})", R::WrongType);
    row("alert id number", alerts, R"({"id":7,"event":"cleared",)" + kTs + R"(,"seq":1})", R::WrongType);
    row("alert seq fraction", alerts, R"({"id":"a","event":"cleared",)" + kTs + R"(,"seq":4711.5})",
        R::WrongType);
    row("alert threshold string", alerts, QByteArray(kRaised).replace("0.8", "\"0.8\"") + "}", R::WrongType);
    row("explanation array", alerts, kRaised + R"(,"explanation":[]})", R::WrongType);
    row("contribution weight string", alerts,
        kRaised + R"(,"explanation":{"contributions":[{"signal":"a","weight":"0.1"}]}})", R::WrongType);
    row("active alerts object", active, "{" + kTs + R"(,"seq":1,"alerts":{}})", R::WrongType);
    row("labels_used fraction", status, R"({"version":"1","labels_used":1.5})", R::WrongType);
    row("ack by number", ack, R"({"alert":"a-1","action":"ack","by":3,)" + kTs + "}", R::WrongType);
    row("label outcome number", labels, labelHead + R"("outcome":1})", R::WrongType);
    // Values outside what the spec allows
    row("criticality unknown", meta, R"({"name":"n","criticality":"severe"})", R::BadValue);
    row("health state unknown", health, "{" + kTs + R"(,"score":1,"state":"fine",)" + kModelJson + "}",
        R::BadValue);
    row("score above 1", health, healthHead + R"(,"score":1.01})", R::BadValue);
    row("score below 0", health, healthHead + R"(,"score":-0.1})", R::BadValue);
    row("empty values", tel, "{" + kTs + R"(,"values":{}})", R::BadValue);
    row("alert event unknown", alerts, R"({"id":"a","event":"opened",)" + kTs + R"(,"seq":1})", R::BadValue);
    row("priority unknown", alerts, QByteArray(kRaised).replace("high", "urgent") + "}", R::BadValue);
    row("alert id with plus", alerts, QByteArray(kRaised).replace("a-1", "a+1") + "}", R::BadValue);
    row("alert id empty", alerts, QByteArray(kRaised).replace("a-1", "") + "}", R::BadValue);
    row("alert id 65 characters", alerts, QByteArray(kRaised).replace("a-1", QByteArray(65, 'a')) + "}",
        R::BadValue);
    row("negative seq", alerts, QByteArray(kRaised).replace("\"seq\":1", "\"seq\":-1") + "}", R::BadValue);
    row("seq beyond 64 bits", tel, "{" + kTs + R"(,"seq":123456789012345678901,"values":{"a":1}})",
        R::BadValue);
    row("seq beyond int64", alerts, QByteArray(kRaised).replace("\"seq\":1", "\"seq\":9223372036854775808") + "}",
        R::BadValue);
    row("cleared in active list", active,
        "{" + kTs + R"(,"seq":1,"alerts":[)" + QByteArray(kRaised).replace("raised", "cleared") + "}]}",
        R::BadValue);
    row("drift status unknown", status, R"({"version":"1","drift":{"status":"unknown"}})", R::BadValue);
    row("ack action unknown", ack, ackHead + R"(,"action":"snooze"})", R::BadValue);
    row("ack alert differs from topic", ack, R"({"alert":"a-2","action":"ack","by":"b",)" + kTs + "}",
        R::BadValue);
    row("negative shelve minutes", ack, ackHead + R"(,"action":"shelve","shelve_minutes":-5})", R::BadValue);
    for (const char *action : {"shelve", "suppress", "unsuppress", "out_of_service", "return_to_service", "comment"}) {
        row((QByteArray("ack ") + action + " without note").constData(), ack,
            ackHead + R"(,"action":")" + action + R"(","shelve_minutes":30})", R::MissingField);
        row((QByteArray("ack ") + action + " with a blank note").constData(), ack,
            ackHead + R"(,"action":")" + action + R"(","note":"  ","shelve_minutes":30})", R::MissingField);
    }
    row("ack until not a timestamp", ack,
        ackHead + R"(,"action":"out_of_service","note":"n","until":"tomorrow"})", R::BadTimestamp);
    row("label outcome unknown", labels, labelHead + R"("outcome":"maybe"})", R::BadValue);
    row("label site differs from topic", labels,
        R"({"label_id":"x","site":"plant-b","asset":"engine-017","outcome":"inconclusive",)"
        R"("recorded_at":"2026-11-22T08:15:30Z"})",
        R::BadValue);
    row("missed failure with alert", labels,
        labelHead + R"("outcome":"missed_failure","alert":"a-1","failed_at":"2026-11-22T08:15:30Z"})",
        R::BadValue);
    // Too many entries
    row("257 values", tel, valuesJson(257), R::TooManyEntries);
    row("65 contributions", alerts, contributionsJson(65), R::TooManyEntries);
    row("257 active alerts", active, activeJson(257), R::TooManyEntries);
    // Timestamps
    row("month 13", kAsset + "state", R"({"ts":"2026-13-22T08:15:30Z","online":true})", R::BadTimestamp);
    row("February 30", kAsset + "state", R"({"ts":"2024-02-30T08:15:30Z","online":true})", R::BadTimestamp);
    row("February 29 of 2026", kAsset + "state", R"({"ts":"2026-02-29T08:15:30Z","online":true})",
        R::BadTimestamp);
    row("missing zone", kAsset + "state", R"({"ts":"2026-11-22T08:15:30","online":true})", R::BadTimestamp);
    row("garbage", kAsset + "state", R"({"ts":"yesterday","online":true})", R::BadTimestamp);
    row("epoch seconds as string", kAsset + "state", R"({"ts":"1700000000","online":true})", R::BadTimestamp);
    row("bad window.from", alerts, kRaised + R"(,"window":{"from":"2026-11-22T25:00:00Z"}})", R::BadTimestamp);
    row("bad recorded_at", labels,
        R"({"label_id":"x","site":"plant-a","asset":"engine-017","outcome":"inconclusive","recorded_at":"now"})",
        R::BadTimestamp);
}

void TestFleetDecoder::rejectsBadMessages()
{
    QFETCH(QByteArray, topic);
    QFETCH(QByteArray, payload);
    QFETCH(RejectReason, reason);

    const DecodeResult result = m_decoder.decode(RawMessage{topic, payload, 0});
    const auto *rejection = std::get_if<Rejection>(&result);
    QVERIFY2(rejection, qPrintable(describe(result)));
    QCOMPARE(rejectReasonName(rejection->reason), rejectReasonName(reason));
    QVERIFY2(!rejection->detail.isEmpty(), "the log needs a detail");
}

void TestFleetDecoder::limitsNestingTo16_data()
{
    QTest::addColumn<int>("depth");
    QTest::addColumn<bool>("emptyInnermost");
    QTest::addColumn<bool>("accepted");
    for (const bool empty : {false, true}) {
        for (int depth : {1, 2, 15, 16, 17, 18, 40}) {
            QTest::addRow("depth %d%s", depth, empty ? ", empty innermost" : "")
                << depth << empty << (depth <= FleetDecoder::kMaxDepth);
        }
    }
}

void TestFleetDecoder::limitsNestingTo16()
{
    QFETCH(int, depth);
    QFETCH(bool, emptyInnermost);
    QFETCH(bool, accepted);

    const DecodeResult result = m_decoder.decode(RawMessage{kAsset + "meta", nested(depth, emptyInnermost), 0});
    if (accepted) {
        QVERIFY2(std::holds_alternative<FleetMessage>(result), qPrintable(describe(result)));
    } else {
        QVERIFY(std::holds_alternative<Rejection>(result));
        QCOMPARE(rejectReasonName(std::get<Rejection>(result).reason), rejectReasonName(RejectReason::TooDeep));
    }
}

void TestFleetDecoder::acceptsPayloadOfExactly64KiB()
{
    QByteArray payload = R"({"name":"n","pad":""})";
    payload.insert(payload.size() - 2, QByteArray(FleetDecoder::kMaxPayloadBytes - payload.size(), ' '));
    QCOMPARE(payload.size(), FleetDecoder::kMaxPayloadBytes);
    const DecodeResult result = m_decoder.decode(RawMessage{kAsset + "meta", payload, 0});
    QVERIFY2(std::holds_alternative<FleetMessage>(result), qPrintable(describe(result)));
}

void TestFleetDecoder::acceptsDuplicateDeliveries()
{
    const RawMessage raw{kAsset + "alerts", contributionsJson(3), 5};
    const DecodeResult first = m_decoder.decode(raw);
    const DecodeResult second = m_decoder.decode(raw);   // QoS 1 may deliver twice: handled downstream
    QVERIFY(std::holds_alternative<FleetMessage>(first));
    QVERIFY(std::get<FleetMessage>(first) == std::get<FleetMessage>(second));
}

void TestFleetDecoder::acceptsOutOfOrderTimestamps()
{
    const QByteArray topic = kAsset + "telemetry";
    const DecodeResult newer =
        m_decoder.decode({topic, R"({"ts":"2026-11-22T08:15:31Z","seq":2,"values":{"a":1}})", 0});
    const DecodeResult older =
        m_decoder.decode({topic, R"({"ts":"2026-11-22T08:15:30Z","seq":1,"values":{"a":1}})", 0});
    QVERIFY(std::holds_alternative<FleetMessage>(newer));
    QVERIFY(std::holds_alternative<FleetMessage>(older));
    QCOMPARE(std::get<TelemetryMsg>(std::get<FleetMessage>(older).payload).ts,
             std::get<TelemetryMsg>(std::get<FleetMessage>(newer).payload).ts - 1000);
}

void TestFleetDecoder::rejectsEveryTruncation()
{
    const QByteArray full = contributionsJson(2);
    for (qsizetype n = 0; n < full.size(); ++n) {
        const DecodeResult result = m_decoder.decode(RawMessage{kAsset + "alerts", full.left(n), 0});
        QVERIFY2(std::holds_alternative<Rejection>(result), full.left(n).constData());
    }
    QVERIFY(std::holds_alternative<FleetMessage>(m_decoder.decode(RawMessage{kAsset + "alerts", full, 0})));
}

void TestFleetDecoder::parsesRfc3339_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("spec example") << QByteArray("2026-11-22T08:15:30.250Z") << kTsMs;
    QTest::newRow("epoch") << QByteArray("1970-01-01T00:00:00Z") << qint64(0);
    QTest::newRow("before epoch") << QByteArray("1969-12-31T23:59:59.999Z") << qint64(-1);
    QTest::newRow("plus offset") << QByteArray("2026-11-22T10:15:30.250+02:00") << kTsMs;
    QTest::newRow("minus offset across midnight") << QByteArray("2026-11-21T23:15:30.250-09:00") << kTsMs;
    QTest::newRow("-00:00") << QByteArray("2026-11-22T08:15:30.250-00:00") << kTsMs;
    QTest::newRow("lower case t and z") << QByteArray("2026-11-22t08:15:30.250z") << kTsMs;
    QTest::newRow("space separator") << QByteArray("2026-11-22 08:15:30.250Z") << kTsMs;
    QTest::newRow("one fraction digit") << QByteArray("1970-01-01T00:00:00.1Z") << qint64(100);
    QTest::newRow("nine fraction digits") << QByteArray("1970-01-01T00:00:00.123999999Z") << qint64(123);
    QTest::newRow("leap day") << QByteArray("2024-02-29T00:00:00Z") << qint64(1709164800000);
    QTest::newRow("leap day 2000") << QByteArray("2000-02-29T00:00:00Z") << qint64(951868800000 - 86400000);
    QTest::newRow("leap second") << QByteArray("2016-12-31T23:59:60Z") << qint64(1483228800000);
    QTest::newRow("year 0") << QByteArray("0000-01-01T00:00:00Z") << qint64(-62167219200000);
    QTest::newRow("year 9999") << QByteArray("9999-12-31T23:59:59.999Z") << qint64(253402300799999);
}

void TestFleetDecoder::parsesRfc3339()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, ms);
    qint64 parsed = 0;
    QVERIFY(parseRfc3339(std::string_view(text.constData(), size_t(text.size())), &parsed));
    QCOMPARE(parsed, ms);
}

void TestFleetDecoder::rejectsBadRfc3339_data()
{
    QTest::addColumn<QByteArray>("text");
    for (const char *bad :
         {"", "2026-11-22", "2026-11-22T08:15:30", "2026-11-22T08:15Z", "2026-13-01T00:00:00Z",
          "2026-00-01T00:00:00Z", "2026-01-00T00:00:00Z", "2026-04-31T00:00:00Z", "2026-02-29T00:00:00Z",
          "1900-02-29T00:00:00Z", "2026-11-22T24:00:00Z", "2026-11-22T08:60:00Z", "2026-11-22T08:15:61Z",
          "2026-11-22T08:15:60Z", "2026-11-22T08:15:30.Z", "2026-11-22T08:15:30+0200",
          "2026-11-22T08:15:30+02", "2026-11-22T08:15:30+24:00", "2026-11-22T08:15:30+02:60",
          "2026/11/22T08:15:30Z", "2026-11-22X08:15:30Z", "2026-11-22T08:15:30Zx", " 2026-11-22T08:15:30Z",
          "2026-1-22T08:15:30Z", "+2026-11-22T08:15:30Z", "2026-11-22T08:15:30.250 Z",
          "2026-11-22T08:15:30.25a0Z", "20261122T081530Z", "2026-11-22T08:15:30z+01:00",
          "0000-01-01T00:00:00+00:01", "9999-12-31T23:59:59.999-00:01"}) {
        QTest::newRow(bad) << QByteArray(bad);
    }
}

void TestFleetDecoder::rejectsBadRfc3339()
{
    QFETCH(QByteArray, text);
    qint64 parsed = 0;
    QVERIFY(!parseRfc3339(std::string_view(text.constData(), size_t(text.size())), &parsed));
}

void TestFleetDecoder::formatsRfc3339()
{
    QCOMPARE(formatRfc3339(kTsMs), QStringLiteral("2026-11-22T08:15:30.250Z"));
    QCOMPARE(formatRfc3339(0), QStringLiteral("1970-01-01T00:00:00.000Z"));
    QCOMPARE(formatRfc3339(-1), QStringLiteral("1969-12-31T23:59:59.999Z"));
    QCOMPARE(formatRfc3339(std::numeric_limits<qint64>::max()), QStringLiteral("9999-12-31T23:59:59.999Z"));
    QCOMPARE(formatRfc3339(std::numeric_limits<qint64>::min()), QStringLiteral("0000-01-01T00:00:00.000Z"));
    for (qint64 ms = -62167219200000; ms < 253402300799999; ms += 86400000LL * 367 + 3600007) {
        const QByteArray text = formatRfc3339(ms).toLatin1();
        qint64 parsed = 0;
        QVERIFY2(parseRfc3339(std::string_view(text.constData(), size_t(text.size())), &parsed), text);
        QCOMPARE(parsed, ms);
    }
}

QTEST_GUILESS_MAIN(TestFleetDecoder)
#include "tst_fleetdecoder.moc"

// FeedbackReceiver and SimStats: labels and acks from consoles are decoded and counted, repeats of a
// label_id dropped (only a first delivery is handed on for retraining), bad messages counted by reason
// without harm, and --stats-json carries it all, with the model, labels per version and retrainings.
#include "core/fleet/payloadencoder.h"
#include "tools/fleet-sim/feedbackreceiver.h"
#include "tools/fleet-sim/retrainer.h"
#include "tools/fleet-sim/simstats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace fw;
using namespace fw::sim;

class TestFeedbackReceiver : public QObject
{
    Q_OBJECT

private slots:
    void labelsAndAcks();
    void rejections_data();
    void rejections();
    void statsJson();
    void statsJsonWithRetraining();

private:
    static RawMessage labelMessage(const QString &id, const QString &asset = QStringLiteral("engine-017"));
    static RawMessage ackMessage(AckAction action);
};

RawMessage TestFeedbackReceiver::labelMessage(const QString &id, const QString &asset)
{
    LabelMsg m;
    m.labelId = id;
    m.site = QStringLiteral("plant-a");
    m.asset = asset;
    m.alert = QStringLiteral("a-7f3c2e");
    m.outcome = Outcome::TruePositive;
    m.recordedAt = 1'795'312'792'000;
    m.model = ModelRef{QStringLiteral("hpc-degradation"), QStringLiteral("1.0.0")};
    return RawMessage{"fleet/v1/plant-a/engine-017/labels", PayloadEncoder::encode(m), 0};
}

RawMessage TestFeedbackReceiver::ackMessage(AckAction action)
{
    AckMsg m;
    m.alert = QStringLiteral("a-7f3c2e");
    m.action = action;
    m.by = QStringLiteral("alice");
    m.ts = 1'795'312'792'000;
    m.shelveMinutes = action == AckAction::Shelve ? 30 : 0;
    if (ackActionNeedsNote(action))
        m.note = QStringLiteral("nuisance");   // the spec: a shelve needs its reason
    return RawMessage{"fleet/v1/plant-a/engine-017/alerts/a-7f3c2e/ack", PayloadEncoder::encode(m), 0};
}

void TestFeedbackReceiver::labelsAndAcks()
{
    FeedbackReceiver r;
    const auto first = r.process(labelMessage(QStringLiteral("0d6f9c1e-3b7a-4a43-9a55-5b0a1c2d9e77")));
    QVERIFY(first);
    QCOMPARE(first->labelId, QStringLiteral("0d6f9c1e-3b7a-4a43-9a55-5b0a1c2d9e77"));
    QVERIFY(!r.process(labelMessage(QStringLiteral("0d6f9c1e-3b7a-4a43-9a55-5b0a1c2d9e77"))));
    QVERIFY(r.process(labelMessage(QStringLiteral("11111111-3b7a-4a43-9a55-5b0a1c2d9e77"))));
    QVERIFY(!r.process(ackMessage(AckAction::Ack)));
    r.process(ackMessage(AckAction::Shelve));
    r.process(ackMessage(AckAction::Ack));
    QCOMPARE(r.labels().received(), qint64(3));
    QCOMPARE(r.labels().unique(), qint64(2));
    QCOMPARE(r.labels().duplicates(), qint64(1));
    QCOMPARE(r.acksReceived(), qint64(3));
    QCOMPARE(r.acksByAction().value(QStringLiteral("ack")), qint64(2));
    QCOMPARE(r.acksByAction().value(QStringLiteral("shelve")), qint64(1));
    QCOMPARE(r.rejected(), qint64(0));
}

void TestFeedbackReceiver::rejections_data()
{
    QTest::addColumn<QByteArray>("topic");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("reason");
    const QByteArray labels = "fleet/v1/plant-a/engine-017/labels";
    QTest::newRow("not json") << labels << QByteArray("{nope") << "invalid_json";
    QTest::newRow("not an object") << labels << QByteArray("[1]") << "not_an_object";
    QTest::newRow("no label_id") << labels << QByteArray(R"({"site":"plant-a","asset":"engine-017","outcome":"true_positive","recorded_at":"2026-11-22T08:15:30Z"})") << "missing_field";
    QTest::newRow("site differs from topic") << labels << labelMessage(QStringLiteral("x")).payload.replace("plant-a", "plant-b") << "bad_value";
    QTest::newRow("outside root") << QByteArray("other/plant-a/engine-017/labels") << labelMessage(QStringLiteral("x")).payload << "topic_outside_root";
    QTest::newRow("bad utf8") << labels << QByteArray("{\"label_id\":\"\xff\"}") << "invalid_utf8";
}

void TestFeedbackReceiver::rejections()
{
    QFETCH(QByteArray, topic);
    QFETCH(QByteArray, payload);
    QFETCH(QString, reason);
    FeedbackReceiver r;
    r.process(RawMessage{topic, payload, 0});
    QCOMPARE(r.rejected(), qint64(1));
    QCOMPARE(r.rejectedByReason().keys(), QStringList{reason});
    QCOMPARE(r.labels().received(), qint64(0));
    // Still works afterwards.
    r.process(labelMessage(QStringLiteral("y")));
    QCOMPARE(r.labels().unique(), qint64(1));
}

void TestFeedbackReceiver::statsJson()
{
    FeedbackReceiver r;
    r.process(labelMessage(QStringLiteral("id-1")));
    r.process(labelMessage(QStringLiteral("id-1")));
    r.process(ackMessage(AckAction::Unshelve));
    r.process(RawMessage{"fleet/v1/plant-a/engine-017/labels", "{", 0});
    SimStats stats;
    stats.countPublished(MessageKind::Telemetry, 10);
    stats.countPublished(MessageKind::Health, 10);
    stats.countPublished(MessageKind::Alert, 2);
    stats.countDropped(MessageKind::Telemetry, 3);
    stats.countAlertRaised();
    stats.countFailure(12);
    stats.countFailure(std::nullopt);
    const QJsonObject o = QJsonDocument::fromJson(stats.toJson(r)).object();
    QCOMPARE(o.value(QStringLiteral("labels_received")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("labels_unique")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("labels_duplicate")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("label_ids")).toObject().value(QStringLiteral("id-1")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("acks_received")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("acks_by_action")).toObject().value(QStringLiteral("unshelve")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("rejected")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("rejected_by_reason")).toObject().value(QStringLiteral("invalid_json")).toInt(), 1);
    const QJsonObject published = o.value(QStringLiteral("published")).toObject();
    QCOMPARE(published.value(QStringLiteral("telemetry")).toInt(), 10);
    QCOMPARE(published.value(QStringLiteral("health")).toInt(), 10);
    QCOMPARE(published.value(QStringLiteral("alerts")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("dropped")).toObject().value(QStringLiteral("telemetry")).toInt(), 3);
    QCOMPARE(o.value(QStringLiteral("alerts_raised")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("failures")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("failures_alerted")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("mean_lead_cycles")).toDouble(), 12.0);
    QCOMPARE(o.value(QStringLiteral("labels_by_model")).toObject().value(QStringLiteral("hpc-degradation@1.0.0"))
                 .toObject().value(QStringLiteral("true_positive")).toInt(), 1);
    QVERIFY(stats.summary(r).contains(QStringLiteral("labels: 2 received, 1 unique, 1 duplicate")));
}

void TestFeedbackReceiver::statsJsonWithRetraining()
{
    FeedbackReceiver r;
    RaisedAlertLog log;
    log.record(QStringLiteral("a-7f3c2e"), RaisedAlert{0.8, 10, QStringLiteral("1.0.0")});
    log.record(QStringLiteral("a-fp"), RaisedAlert{0.5, 60, QStringLiteral("1.0.0")});
    RetrainerConfig config;
    config.retrainAfter = 2;
    Retrainer retrainer(config, &log);
    RawMessage fp = labelMessage(QStringLiteral("id-2"));
    fp.payload.replace("true_positive", "false_positive").replace("a-7f3c2e", "a-fp");
    for (const RawMessage &m : {labelMessage(QStringLiteral("id-1")), fp, labelMessage(QStringLiteral("id-3"))}) {
        if (const auto label = r.process(m))
            retrainer.add(*label, 1'795'312'800'000);
    }
    SimStats stats;
    const QJsonObject o = QJsonDocument::fromJson(stats.toJson(r, &retrainer)).object();
    const QJsonObject model = o.value(QStringLiteral("model")).toObject();
    QCOMPARE(model.value(QStringLiteral("name")).toString(), QStringLiteral("hpc-degradation"));
    QCOMPARE(model.value(QStringLiteral("version")).toString(), QStringLiteral("1.1.0"));
    QCOMPARE(model.value(QStringLiteral("threshold")).toDouble(), 0.51);
    QCOMPARE(model.value(QStringLiteral("labels_used")).toInt(), 3);
    QCOMPARE(model.value(QStringLiteral("retrain_after")).toInt(), 2);
    const QJsonArray retrainings = o.value(QStringLiteral("retrainings")).toArray();
    QCOMPARE(retrainings.size(), 1);
    const QJsonObject first = retrainings[0].toObject();
    QCOMPARE(first.value(QStringLiteral("from")).toString(), QStringLiteral("1.0.0"));
    QCOMPARE(first.value(QStringLiteral("to")).toString(), QStringLiteral("1.1.0"));
    QCOMPARE(first.value(QStringLiteral("labels")).toInt(), 2);
    QCOMPARE(first.value(QStringLiteral("threshold_from")).toDouble(), 0.4);
    QCOMPARE(first.value(QStringLiteral("threshold_to")).toDouble(), 0.51);
    QCOMPARE(first.value(QStringLiteral("trained_at")).toString(), QStringLiteral("2026-11-22T02:00:00.000Z"));
    const QJsonObject byVersion = o.value(QStringLiteral("labels_by_version")).toObject();
    const QJsonObject v1 = byVersion.value(QStringLiteral("1.0.0")).toObject();
    QCOMPARE(v1.value(QStringLiteral("true_positive")).toInt(), 2);
    QCOMPARE(v1.value(QStringLiteral("false_positive")).toInt(), 1);
    QCOMPARE(v1.value(QStringLiteral("alert_unknown")).toInt(), 0);
    const QJsonObject scoredFalse = v1.value(QStringLiteral("scored")).toObject().value(QStringLiteral("false_positive")).toObject();
    QCOMPARE(scoredFalse.value(QStringLiteral("count")).toInt(), 1);
    QCOMPARE(scoredFalse.value(QStringLiteral("mean_score")).toDouble(), 0.5);
    QCOMPARE(scoredFalse.value(QStringLiteral("mean_cycles_to_failure")).toDouble(), 60.0);
    // The third label names 1.0.0 (it was raised by it): a late label for 1.0.0, none yet for 1.1.0.
    QCOMPARE(byVersion.value(QStringLiteral("1.1.0")).toObject().value(QStringLiteral("true_positive")).toInt(), 0);
    const QString summary = stats.summary(r, &retrainer);
    QVERIFY2(summary.contains(QStringLiteral("model: hpc-degradation 1.1.0, threshold 0.51, 3 labels used; "
                                             "retrainings: 1.0.0 -> 1.1.0 at 2 labels (threshold 0.40 -> 0.51)")),
             qPrintable(summary));
}

QTEST_GUILESS_MAIN(TestFeedbackReceiver)
#include "tst_feedbackreceiver.moc"

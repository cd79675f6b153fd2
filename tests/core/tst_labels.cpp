// Technicians' labels and the explanation data, through AlertCenter on a real SQLite store, without a
// broker: a saved label is one labels row and one outbox row of kind "label" written in one transaction
// (a failing label insert leaves no outbox row) and never updated afterwards, with a fresh UUID each
// time and the alert's site,
// asset, id, raise time and model; a missed failure has no alert, has failed_at and takes the model
// of the asset's latest alert; invalid drafts and unknown alerts are refused with nothing written;
// a label shows delivered once its outbox row is; evidence that comes with a raise (directly, and
// captured by the IngestWorker from its telemetry history) is returned by requestDetails, with the
// scores of the stored events and the latest explanation; similar alerts carry their label's outcome;
// model quality counts against a hand-made fixture; the awaiting-outcome list holds acknowledged
// alerts without a label and follows labels and acknowledgements; a version 1 store is migrated.

#include "core/alerts/alertcenter.h"
#include "core/alerts/operatoractions.h"
#include "core/labels/labeldesk.h"
#include "core/audit/journalchain.h"
#include "core/store/database.h"
#include "core/users/role.h"
#include "core/fleet/fleetdecoder.h"
#include "core/mqtt/ingestqueue.h"
#include "core/mqtt/ingestworker.h"
#include "core/store/outboxrepository.h"
#include "core/fleet/payloadencoder.h"
#include "core/store/schema.h"
#include "core/store/sqlstatement.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sqlite3.h>

#include <cmath>

using namespace fw;

namespace {

const QString kSite = QStringLiteral("plant-a");
const ModelRef kHpc1{QStringLiteral("hpc"), QStringLiteral("1.0.0")};
const ModelRef kHpc2{QStringLiteral("hpc"), QStringLiteral("2.0.0")};

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString key(const QString &asset, const QString &id)
{
    return kSite + QLatin1Char('/') + asset + QLatin1Char('/') + id;
}

FleetMessage alertMsg(const QString &asset, const QString &id, AlertEventType event, qint64 seq, qint64 receivedAt,
                      std::optional<double> score = 0.9, const ModelRef &model = kHpc1)
{
    FleetMessage m;
    m.topic = TopicRef{MessageKind::Alert, kSite, asset, {}, {}};
    m.receivedAt = receivedAt;
    AlertMsg a;
    a.id = id;
    a.event = event;
    a.ts = receivedAt - 10;
    a.seq = seq;
    a.score = score;
    if (event != AlertEventType::Cleared)
        a.threshold = 0.5;
    if (event == AlertEventType::Raised) {
        a.priority = Priority::High;
        a.model = model;
        a.title = QStringLiteral("HPC degradation suspected");
    }
    m.payload = a;
    return m;
}

FleetMessagesPtr batch(std::initializer_list<FleetMessage> messages)
{
    return std::make_shared<FleetMessages>(messages);
}

LabelDraft draftFor(const QString &alertKey, Outcome outcome, const QString &failureMode = {})
{
    LabelDraft d;
    d.alertKey = alertKey;
    d.outcome = outcome;
    d.failureMode = failureMode;
    d.cause = QStringLiteral("compressor fouling");
    d.action = QStringLiteral("washed compressor");
    d.downtimeMinutes = 45;
    d.notes = QStringLiteral("kept locally");
    return d;
}

LabelDraft missedFailure(const QString &asset, qint64 failedAt)
{
    LabelDraft d;
    d.site = kSite;
    d.asset = asset;
    d.outcome = Outcome::MissedFailure;
    d.failedAt = failedAt;
    d.failureMode = QStringLiteral("bearing seizure");
    return d;
}

EvidenceWindow sampleWindow(qint64 start, int samples)
{
    EvidenceWindow w;
    w.signalNames = {QStringLiteral("T30"), QStringLiteral("Ps30")};
    w.values.resize(2);
    for (int i = 0; i < samples; ++i) {
        w.times.push_back(start + i * 1000);
        w.values[0].push_back(1589.0f + float(i));
        w.values[1].push_back(i == 3 ? std::numeric_limits<float>::quiet_NaN() : 47.0f + float(i) / 10);
    }
    return w;
}

bool sameWindow(const EvidenceWindow &a, const EvidenceWindow &b)
{
    if (a.times != b.times || a.signalNames != b.signalNames || a.values.size() != b.values.size())
        return false;
    for (size_t c = 0; c < a.values.size(); ++c) {
        if (a.values[c].size() != b.values[c].size())
            return false;
        for (size_t i = 0; i < a.values[c].size(); ++i) {
            const float x = a.values[c][i], y = b.values[c][i];
            if (!(x == y || (std::isnan(x) && std::isnan(y))))
                return false;
        }
    }
    return true;
}

// A second connection on the test's store, for looking at rows the way a report would.
struct StoreView
{
    explicit StoreView(const QString &path) : db(Database::open(path, nullptr)) {}
    qint64 count(const char *sql) const { return db->queryInt(sql).value_or(-1); }
    std::unique_ptr<Database> db;
};

} // namespace

class TestLabels : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QString m_path;

    std::unique_ptr<AlertCenter> make(const QString &db = {})
    {
        AlertCenter::Options o;
        m_path = db.isEmpty() ? m_dir.filePath(QStringLiteral("l%1.sqlite").arg(++m_n)) : db;
        o.dbPath = m_path;
        o.consoleId = QStringLiteral("ws-7");
        o.user = QStringLiteral("bob");
        o.role = QStringLiteral("supervisor");   // acknowledges and records outcomes
        auto c = std::make_unique<AlertCenter>(o, nullptr);
        c->start();
        return c;
    }

    // Saves the draft; the label id, or empty when refused (problems in *problems).
    static QString save(AlertCenter *c, const LabelDraft &draft, QStringList *problems = nullptr)
    {
        QSignalSpy saved(c->labelDesk(), &LabelDesk::labelSaved);
        QSignalSpy rejected(c->labelDesk(), &LabelDesk::labelRejected);
        c->labelDesk()->recordOutcome(draft);
        if (problems && !rejected.isEmpty())
            *problems = rejected.first().at(1).toStringList();
        return saved.isEmpty() ? QString() : saved.first().at(1).toString();
    }

    static AlertDetailsPtr details(AlertCenter *c, const QString &alertKey)
    {
        QSignalSpy ready(c->labelDesk(), &LabelDesk::detailsReady);
        c->labelDesk()->requestDetails(alertKey);
        return ready.isEmpty() ? nullptr : ready.first().first().value<AlertDetailsPtr>();
    }

private Q_SLOTS:
    void savingWritesLabelAndOutboxRow()
    {
        auto c = make();
        const qint64 t = now();
        c->applyMessages(batch({alertMsg(QStringLiteral("e1"), QStringLiteral("a1"), AlertEventType::Raised, 1, t)}));
        QSignalSpy counts(c->labelDesk(), &LabelDesk::labelCountsChanged);
        const QString id = save(c.get(), draftFor(key(QStringLiteral("e1"), QStringLiteral("a1")), Outcome::TruePositive,
                                                  QStringLiteral("HPC degradation")));
        QVERIFY(!id.isEmpty());
        const QUuid uuid = QUuid::fromString(id);
        QVERIFY(!uuid.isNull());
        QCOMPARE(uuid.version(), QUuid::Random);
        QCOMPARE(uuid.toString(QUuid::WithoutBraces), id);
        QCOMPARE(counts.count(), 1);
        QCOMPARE(counts.first().at(0).toInt(), 1);   // waits for a broker
        QCOMPARE(counts.first().at(1).toInt(), 0);

        const auto record = c->labelDesk()->label(id);
        QVERIFY(record);
        QVERIFY(!record->deliveredAt);
        QCOMPARE(record->notes, QStringLiteral("kept locally"));
        const LabelMsg &m = record->message;
        QCOMPARE(m.labelId, id);
        QCOMPARE(m.site, kSite);
        QCOMPARE(m.asset, QStringLiteral("e1"));
        QCOMPARE(m.alert, std::optional<QString>(QStringLiteral("a1")));
        QCOMPARE(m.outcome, Outcome::TruePositive);
        QCOMPARE(m.failureMode, QStringLiteral("HPC degradation"));
        QCOMPARE(m.downtimeMinutes, std::optional<double>(45));
        QCOMPARE(m.technician, QStringLiteral("bob"));
        QCOMPARE(m.console, QStringLiteral("ws-7"));
        QCOMPARE(m.alertTs, std::optional<qint64>(t - 10));
        QCOMPARE(m.model, std::optional<ModelRef>(kHpc1));
        QVERIFY(!m.failedAt);
        QVERIFY(std::abs(m.recordedAt - now()) < 60'000);

        // One labels row and one outbox row of kind label, tied together, carrying the same bytes.
        StoreView v(m_path);
        QCOMPARE(v.count("SELECT count(*) FROM labels"), 1);
        QCOMPARE(v.count("SELECT count(*) FROM outbox"), 1);
        QCOMPARE(v.count("SELECT count(*) FROM labels l JOIN outbox o ON o.id = l.outbox_id "
                         "WHERE o.kind = 'label' AND o.qos = 1 AND o.payload = l.payload "
                         "AND o.topic = 'fleet/v1/plant-a/e1/labels' AND o.delivered_at IS NULL"), 1);
        QCOMPARE(v.count("SELECT count(*) FROM labels l JOIN alerts a ON a.id = l.alert_row WHERE a.alert_id = 'a1'"), 1);
        SqlStatement payload(v.db->handle(), "SELECT payload FROM outbox");
        QVERIFY(payload.next());
        FleetDecoder decoder;
        DecodeResult decoded = decoder.decodePayload(TopicRef{MessageKind::Label, kSite, QStringLiteral("e1"), {}, {}},
                                                     payload.blob(0), 0);
        QVERIFY(std::holds_alternative<FleetMessage>(decoded));   // the fleet accepts what is sent
        QCOMPARE(std::get<LabelMsg>(std::get<FleetMessage>(decoded).payload), m);
        // Never changed once saved.
        QVERIFY(!v.db->exec("UPDATE labels SET outcome = 'false_positive'"));
        QCOMPARE(c->labelDesk()->label(id)->message, m);
    }

    void twoSavesTwoUuids()
    {
        auto c = make();
        c->applyMessages(batch({alertMsg(QStringLiteral("e1"), QStringLiteral("a1"), AlertEventType::Raised, 1, now())}));
        const LabelDraft d = draftFor(key(QStringLiteral("e1"), QStringLiteral("a1")), Outcome::FalsePositive);
        const QString first = save(c.get(), d);
        const QString second = save(c.get(), d);   // a correction is a new label
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        QVERIFY(first != second);
        QCOMPARE(c->outboxPending(), 2);
    }

    void labelAndOutboxRowAreOneTransaction()
    {
        auto c = make();
        c->applyMessages(batch({alertMsg(QStringLiteral("e1"), QStringLiteral("a1"), AlertEventType::Raised, 1, now())}));
        {
            StoreView v(m_path);
            QVERIFY(v.db->exec("CREATE TRIGGER refuse_label BEFORE INSERT ON labels WHEN NEW.cause = 'refuse' "
                               "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"));
        }
        LabelDraft d = draftFor(key(QStringLiteral("e1"), QStringLiteral("a1")), Outcome::TruePositive);
        d.cause = QStringLiteral("refuse");
        QStringList problems;
        QVERIFY(save(c.get(), d, &problems).isEmpty());
        QCOMPARE(problems.size(), 1);
        QCOMPARE(c->outboxPending(), 0);   // the outbox row went with the failed label
        d.cause = QStringLiteral("fine");
        QVERIFY(!save(c.get(), d).isEmpty());
        StoreView v(m_path);
        QCOMPARE(v.count("SELECT count(*) FROM outbox"), 1);
        QCOMPARE(v.count("SELECT count(*) FROM labels"), 1);
    }

    void outcomesNeedTheRoleAndAreJournalled()
    {
        auto c = make();
        const qint64 t = now();
        c->applyMessages(batch({alertMsg(QStringLiteral("e1"), QStringLiteral("a1"), AlertEventType::Raised, 1, t)}));
        const LabelDraft d = draftFor(key(QStringLiteral("e1"), QStringLiteral("a1")), Outcome::FalsePositive, QString());
        QStringList problems;
        c->setOperator(QStringLiteral("olga"), QStringLiteral("operator"));
        QVERIFY(save(c.get(), d, &problems).isEmpty());
        QCOMPARE(problems, QStringList{refusalFor(Role::Operator, Capability::RecordOutcome)});
        c->setOperator(QString(), QString());   // nobody signed in
        QVERIFY(save(c.get(), d, &problems).isEmpty());
        QCOMPARE(problems, QStringList{signInRefusal(Capability::RecordOutcome)});
        c->setOperator(QStringLiteral("bob"), QStringLiteral("technician"));
        QVERIFY(!save(c.get(), d).isEmpty());
        c.reset();
        auto db = Database::openReadOnly(m_path, nullptr);
        QCOMPARE(db->queryInt("SELECT count(*) FROM labels"), std::optional<qint64>(1));
        QCOMPARE(db->queryInt("SELECT count(*) FROM journal WHERE what = 'outcome' AND user = 'bob' AND role = 'technician' "
                              "AND subject = 'plant-a/e1/a1' AND after = 'false_positive'"),
                 std::optional<qint64>(1));
        QVERIFY(JournalChain::verify(*db).intact);
    }

    void missedFailureHasNoAlert()
    {
        auto c = make();
        const qint64 t = now();
        c->applyMessages(batch({alertMsg(QStringLiteral("e1"), QStringLiteral("a1"), AlertEventType::Raised, 1, t - 5000,
                                         0.9, kHpc1),
                                alertMsg(QStringLiteral("e1"), QStringLiteral("a2"), AlertEventType::Raised, 2, t, 0.9, kHpc2)}));
        const QString id = save(c.get(), missedFailure(QStringLiteral("e1"), t - 3'600'000));
        QVERIFY(!id.isEmpty());
        const LabelMsg m = c->labelDesk()->label(id)->message;
        QCOMPARE(m.outcome, Outcome::MissedFailure);
        QVERIFY(!m.alert);
        QVERIFY(!m.alertTs);
        QCOMPARE(m.failedAt, std::optional<qint64>(t - 3'600'000));
        QCOMPARE(m.model, std::optional<ModelRef>(kHpc2));   // the asset's latest alert's model
        QCOMPARE(m.site, kSite);
        QCOMPARE(m.asset, QStringLiteral("e1"));
        QVERIFY(PayloadEncoder::encode(m).contains("\"alert\":null"));

        // No alert ever on this asset: no model.
        const QString other = save(c.get(), missedFailure(QStringLiteral("e9"), t - 60'000));
        QVERIFY(!c->labelDesk()->label(other)->message.model);
        StoreView v(m_path);
        QCOMPARE(v.count("SELECT count(*) FROM labels WHERE alert_row IS NULL AND failed_at IS NOT NULL"), 2);
        QCOMPARE(v.count("SELECT count(*) FROM outbox WHERE topic = 'fleet/v1/plant-a/e9/labels'"), 1);
    }

    void refusedDraftsWriteNothing_data()
    {
        QTest::addColumn<LabelDraft>("draft");
        QTest::addColumn<QString>("field");
        LabelDraft undecided = draftFor(key(QStringLiteral("e1"), QStringLiteral("a1")), Outcome::TruePositive);
        undecided.outcome.reset();
        QTest::newRow("no outcome") << undecided << QStringLiteral("Outcome");
        QTest::newRow("unknown alert") << draftFor(key(QStringLiteral("e1"), QStringLiteral("nope")), Outcome::TruePositive)
                                       << QStringLiteral("Alert");
        QTest::newRow("malformed alert key") << draftFor(QStringLiteral("e1/a1"), Outcome::TruePositive) << QStringLiteral("Alert");
        LabelDraft future = missedFailure(QStringLiteral("e1"), now() + 3'600'000);
        QTest::newRow("failure in the future") << future << QStringLiteral("Failed at");
    }

    void refusedDraftsWriteNothing()
    {
        QFETCH(LabelDraft, draft);
        QFETCH(QString, field);
        auto c = make();
        c->applyMessages(batch({alertMsg(QStringLiteral("e1"), QStringLiteral("a1"), AlertEventType::Raised, 1, now())}));
        QSignalSpy rejected(c->labelDesk(), &LabelDesk::labelRejected);
        QSignalSpy saved(c->labelDesk(), &LabelDesk::labelSaved);
        c->labelDesk()->recordOutcome(draft);
        QCOMPARE(saved.count(), 0);
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(rejected.first().at(0).toString(), draft.alertKey);
        const QStringList problems = rejected.first().at(1).toStringList();
        QVERIFY(!problems.isEmpty());
        QVERIFY2(problems.first().startsWith(field), qPrintable(problems.join(QLatin1Char('|'))));
        QCOMPARE(c->outboxPending(), 0);
        StoreView v(m_path);
        QCOMPARE(v.count("SELECT count(*) FROM labels"), 0);
    }

    void deliveredOnceTheOutboxRowIs()
    {
        auto c = make();
        c->applyMessages(batch({alertMsg(QStringLiteral("e1"), QStringLiteral("a1"), AlertEventType::Raised, 1, now())}));
        const QString id = save(c.get(), draftFor(key(QStringLiteral("e1"), QStringLiteral("a1")), Outcome::TruePositive));
        const auto before = c->labelDesk()->label(id);
        QVERIFY(before && !before->deliveredAt);
        {
            // What the OutboxPublisher does on the broker's PUBACK.
            StoreView v(m_path);
            OutboxRepository outbox(*v.db);
            QVERIFY(outbox.markDelivered(before->outboxId, 1234));
        }
        QCOMPARE(c->labelDesk()->label(id)->deliveredAt, std::optional<qint64>(1234));
    }

    void evidenceComesBackWithTheDetails()
    {
        auto c = make();
        const qint64 t = now();
        auto evidence = std::make_shared<EvidenceBatch>();
        evidence->push_back(AlertEvidence{key(QStringLiteral("e1"), QStringLiteral("a1")), t, sampleWindow(t - 60'000, 60)});
        evidence->push_back(AlertEvidence{key(QStringLiteral("e1"), QStringLiteral("gone")), t, sampleWindow(t, 5)});
        c->applyMessages(AlertTraffic(batch({alertMsg(QStringLiteral("e1"), QStringLiteral("a1"), AlertEventType::Raised, 1, t)}),
                                      evidence));
        // A repeated delivery with other evidence changes nothing.
        auto repeat = std::make_shared<EvidenceBatch>();
        repeat->push_back(AlertEvidence{key(QStringLiteral("e1"), QStringLiteral("a1")), t + 5, sampleWindow(t, 3)});
        c->applyMessages(AlertTraffic(batch({alertMsg(QStringLiteral("e1"), QStringLiteral("a1"), AlertEventType::Raised, 1, t + 5)}),
                                      repeat));
        const AlertDetailsPtr d = details(c.get(), key(QStringLiteral("e1"), QStringLiteral("a1")));
        QVERIFY(d);
        QVERIFY(sameWindow(d->evidence, sampleWindow(t - 60'000, 60)));
        StoreView v(m_path);
        QCOMPARE(v.count("SELECT count(*) FROM alert_evidence"), 1);   // none for an alert that was not raised
        QCOMPARE(v.count("SELECT count(*) FROM alert_evidence WHERE format = 'fw-evidence/1'"), 1);
        // Survives a restart.
        c.reset();
        auto again = make(m_path);
        QVERIFY(sameWindow(details(again.get(), key(QStringLiteral("e1"), QStringLiteral("a1")))->evidence,
                           sampleWindow(t - 60'000, 60)));
    }

    void ingestWorkerCapturesTheWindow()
    {
        // Telemetry of one asset, then an alert whose window covers 20 of its samples (in the fleet's
        // clock, 2 s behind the console's), and one without a window on another asset.
        IngestQueue queue;
        IngestWorker worker(&queue, IngestWorker::Options{});
        QSignalSpy traffic(&worker, &IngestWorker::alertTrafficReady);
        const qint64 t0 = now() - 200'000;
        const qint64 skew = 2000;
        auto push = [&queue](const QString &topic, const QByteArray &payload, qint64 at) {
            queue.push(RawMessage{topic.toUtf8(), payload, at});
        };
        for (int i = 0; i < 150; ++i) {
            TelemetryMsg tm;
            tm.ts = t0 + i * 1000 - skew;
            tm.values = {{QStringLiteral("T30"), 1500.0 + i}, {QStringLiteral("Ps30"), 40.0 + i}};
            if (i >= 140)
                tm.values.push_back({QStringLiteral("late"), double(i)});
            push(QStringLiteral("fleet/v1/plant-a/e1/telemetry"), PayloadEncoder::encode(tm), t0 + i * 1000);
            push(QStringLiteral("fleet/v1/plant-a/e2/telemetry"), PayloadEncoder::encode(tm), t0 + i * 1000);
        }
        AlertMsg a = std::get<AlertMsg>(alertMsg(QStringLiteral("e1"), QStringLiteral("w1"), AlertEventType::Raised, 1, 0).payload);
        a.ts = t0 + 150'000 - skew;
        a.windowFrom = t0 + 100'000 - skew;
        a.windowTo = t0 + 119'000 - skew;
        push(QStringLiteral("fleet/v1/plant-a/e1/alerts"), PayloadEncoder::encode(a), t0 + 150'000);
        AlertMsg b = std::get<AlertMsg>(alertMsg(QStringLiteral("e2"), QStringLiteral("n1"), AlertEventType::Raised, 1, 0).payload);
        b.ts = t0 + 150'000;
        push(QStringLiteral("fleet/v1/plant-a/e2/alerts"), PayloadEncoder::encode(b), t0 + 150'000);
        AlertMsg cleared = std::get<AlertMsg>(alertMsg(QStringLiteral("e2"), QStringLiteral("n1"), AlertEventType::Cleared, 2, 0).payload);
        cleared.ts = t0 + 151'000;
        push(QStringLiteral("fleet/v1/plant-a/e3/alerts"), PayloadEncoder::encode(cleared), t0 + 151'000);
        worker.processPending(true);
        QCOMPARE(traffic.count(), 1);
        const AlertTraffic sent = traffic.first().first().value<AlertTraffic>();
        QCOMPARE(sent.messages->size(), size_t(3));
        QVERIFY(sent.evidence);
        QCOMPARE(sent.evidence->size(), size_t(2));   // the cleared event and the asset without telemetry: none
        const AlertEvidence &windowed = sent.evidence->at(0);
        QCOMPARE(windowed.alertKey, key(QStringLiteral("e1"), QStringLiteral("w1")));
        QCOMPARE(windowed.capturedAt, t0 + 150'000);
        QCOMPARE(windowed.window.times.size(), size_t(20));
        QCOMPARE(windowed.window.times.front(), t0 + 100'000);
        QCOMPARE(windowed.window.times.back(), t0 + 119'000);
        QStringList names = windowed.window.signalNames;
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("Ps30"), QStringLiteral("T30")}));   // "late" had no value then
        const qsizetype t30 = windowed.window.signalNames.indexOf(QStringLiteral("T30"));
        QCOMPARE(windowed.window.values[size_t(t30)].front(), 1600.0f);
        QCOMPARE(windowed.window.values[size_t(t30)].back(), 1619.0f);
        const AlertEvidence &last = sent.evidence->at(1);
        QCOMPARE(last.window.times.size(), size_t(EvidenceWindow::kDefaultSamples));
        QCOMPARE(last.window.times.back(), t0 + 149'000);
        QCOMPARE(last.window.signalNames.size(), 3);

        // Handed on as the console does: stored with the alert, returned with its details.
        auto c = make();
        c->applyMessages(sent);
        QVERIFY(sameWindow(details(c.get(), key(QStringLiteral("e1"), QStringLiteral("w1")))->evidence, windowed.window));
        QVERIFY(sameWindow(details(c.get(), key(QStringLiteral("e2"), QStringLiteral("n1")))->evidence, last.window));
    }

    void scoresAndExplanationFromTheStore()
    {
        auto c = make();
        const qint64 t = now();
        FleetMessage raised = alertMsg(QStringLiteral("e1"), QStringLiteral("a1"), AlertEventType::Raised, 1, t, 0.7);
        FleetMessage updated = alertMsg(QStringLiteral("e1"), QStringLiteral("a1"), AlertEventType::Updated, 2, t + 1000, 0.95);
        auto &u = std::get<AlertMsg>(updated.payload);
        u.explanation = Explanation{QStringLiteral("shap"), QStringLiteral("T30 above baseline"),
                                    {Contribution{QStringLiteral("T30"), 1601.2, 1589.0, 0.41},
                                     Contribution{QStringLiteral("Ps30"), 48.1, 47.4, -0.1}}};
        u.windowFrom = t - 60'000;
        u.windowTo = t;
        c->applyMessages(batch({raised, updated,
                                alertMsg(QStringLiteral("e1"), QStringLiteral("a1"), AlertEventType::Cleared, 3, t + 2000, std::nullopt)}));
        const AlertDetailsPtr d = details(c.get(), key(QStringLiteral("e1"), QStringLiteral("a1")));
        QVERIFY(d);
        QCOMPARE(d->alert.alertId, QStringLiteral("a1"));
        QCOMPARE(d->scores.size(), size_t(2));   // the cleared event carried no score
        QCOMPARE(d->scores[0].at, t - 10);
        QCOMPARE(d->scores[0].score, 0.7);
        QCOMPARE(d->scores[1].at, t + 990);
        QCOMPARE(d->scores[1].score, 0.95);
        QCOMPARE(d->scores[1].threshold, std::optional<double>(0.5));
        QVERIFY(d->explanation);
        QCOMPARE(*d->explanation, *u.explanation);
        QCOMPARE(d->windowFrom, u.windowFrom);
        QCOMPARE(d->windowTo, u.windowTo);
        QVERIFY(d->evidence.empty());

        QSignalSpy unavailable(c->labelDesk(), &LabelDesk::detailsUnavailable);
        c->labelDesk()->requestDetails(key(QStringLiteral("e1"), QStringLiteral("nope")));
        QCOMPARE(unavailable.count(), 1);
    }

    void similarAlertsShowWhatWasFound()
    {
        auto c = make();
        const qint64 t = now() - 100'000;
        const ModelRef other{QStringLiteral("fan"), QStringLiteral("1.0.0")};
        // e1: s0..s3 (hpc 1); e2: m0..m5 (hpc 1 and 2 alternating); e3: x0 (fan): unrelated.
        qint64 at = t;
        for (int i = 0; i < 4; ++i)
            c->applyMessages(batch({alertMsg(QStringLiteral("e1"), QStringLiteral("s%1").arg(i), AlertEventType::Raised, i + 1, at += 1000)}));
        for (int i = 0; i < 6; ++i)
            c->applyMessages(batch({alertMsg(QStringLiteral("e2"), QStringLiteral("m%1").arg(i), AlertEventType::Raised, i + 1, at += 1000,
                                             0.9, i % 2 ? kHpc2 : kHpc1)}));
        c->applyMessages(batch({alertMsg(QStringLiteral("e3"), QStringLiteral("x0"), AlertEventType::Raised, 1, at += 1000, 0.9, other),
                                alertMsg(QStringLiteral("e1"), QStringLiteral("me"), AlertEventType::Raised, 5, at += 1000)}));
        QVERIFY(!save(c.get(), draftFor(key(QStringLiteral("e2"), QStringLiteral("m5")), Outcome::TruePositive, QStringLiteral("fouling"))).isEmpty());
        QVERIFY(!save(c.get(), draftFor(key(QStringLiteral("e1"), QStringLiteral("s3")), Outcome::TruePositive, QStringLiteral("first look"))).isEmpty());
        QVERIFY(!save(c.get(), draftFor(key(QStringLiteral("e1"), QStringLiteral("s3")), Outcome::FalsePositive, QStringLiteral("second look"))).isEmpty());

        const AlertDetailsPtr d = details(c.get(), key(QStringLiteral("e1"), QStringLiteral("me")));
        QVERIFY(d);
        QStringList keys;
        for (const SimilarAlert &s : d->similar)
            keys << s.key;
        // Newest first, 8 at most, never itself nor the other model's alert.
        QCOMPARE(keys, (QStringList{key(QStringLiteral("e2"), QStringLiteral("m5")), key(QStringLiteral("e2"), QStringLiteral("m4")),
                                    key(QStringLiteral("e2"), QStringLiteral("m3")), key(QStringLiteral("e2"), QStringLiteral("m2")),
                                    key(QStringLiteral("e2"), QStringLiteral("m1")), key(QStringLiteral("e2"), QStringLiteral("m0")),
                                    key(QStringLiteral("e1"), QStringLiteral("s3")), key(QStringLiteral("e1"), QStringLiteral("s2"))}));
        QCOMPARE(d->similar[0].outcome, QStringLiteral("true_positive"));
        QCOMPARE(d->similar[0].failureMode, QStringLiteral("fouling"));
        QCOMPARE(d->similar[1].outcome, QString());
        QCOMPARE(d->similar[6].outcome, QStringLiteral("false_positive"));   // the newest label counts
        QCOMPARE(d->similar[6].failureMode, QStringLiteral("second look"));
        QCOMPARE(d->similar[0].model, kHpc2);
        QCOMPARE(d->similar[1].model, kHpc1);
        QCOMPARE(d->similar[1].asset, QStringLiteral("e2"));
    }

    void modelQuality()
    {
        auto c = make();
        const qint64 t = now();
        const QList<std::pair<QString, ModelRef>> alerts = {
            {QStringLiteral("v1-a"), kHpc1}, {QStringLiteral("v1-b"), kHpc1}, {QStringLiteral("v1-c"), kHpc1},
            {QStringLiteral("v1-d"), kHpc1}, {QStringLiteral("v1-e"), kHpc1}, {QStringLiteral("v2-a"), kHpc2},
            {QStringLiteral("v2-b"), kHpc2}, {QStringLiteral("v2-c"), kHpc2}};
        int seq = 0;
        for (const auto &[id, model] : alerts) {
            ++seq;
            c->applyMessages(batch({alertMsg(QStringLiteral("e1"), id, AlertEventType::Raised, seq, t + seq, 0.9, model)}));
        }
        auto label = [&](const QString &id, Outcome o) {
            QVERIFY(!save(c.get(), draftFor(key(QStringLiteral("e1"), id), o)).isEmpty());
        };
        // v1: 5 alerts, 4 labelled: 2 true, 1 false, 1 inconclusive.
        label(QStringLiteral("v1-a"), Outcome::TruePositive);
        label(QStringLiteral("v1-b"), Outcome::TruePositive);
        label(QStringLiteral("v1-c"), Outcome::FalsePositive);
        label(QStringLiteral("v1-d"), Outcome::Inconclusive);
        // v2: 3 alerts, 1 labelled: first true, then corrected to false (counts once, as false).
        label(QStringLiteral("v2-a"), Outcome::TruePositive);
        label(QStringLiteral("v2-a"), Outcome::FalsePositive);
        // Missed failures: two on e1 (whose latest alert is v2), one on an asset never alerted.
        QVERIFY(!save(c.get(), missedFailure(QStringLiteral("e1"), t - 1000)).isEmpty());
        QVERIFY(!save(c.get(), missedFailure(QStringLiteral("e1"), t - 2000)).isEmpty());
        QVERIFY(!save(c.get(), missedFailure(QStringLiteral("e5"), t - 3000)).isEmpty());

        QSignalSpy ready(c->labelDesk(), &LabelDesk::modelQualityReady);
        c->labelDesk()->requestModelQuality();
        QCOMPARE(ready.count(), 1);
        const ModelQualities q = *ready.first().first().value<ModelQualitiesPtr>();
        QCOMPARE(q.size(), size_t(3));
        QCOMPARE(q[0].model, QString());   // missed failures that named no model
        QCOMPARE(q[0].missedFailures, 1);
        QCOMPARE(q[0].alerts, 0);

        QCOMPARE(q[1].model, QStringLiteral("hpc"));
        QCOMPARE(q[1].version, QStringLiteral("1.0.0"));
        QCOMPARE(q[1].alerts, 5);
        QCOMPARE(q[1].labelled, 4);
        QCOMPARE(q[1].truePositives, 2);
        QCOMPARE(q[1].falsePositives, 1);
        QCOMPARE(q[1].inconclusive, 1);
        QCOMPARE(q[1].missedFailures, 0);
        QCOMPARE(q[1].precision(), std::optional<double>(2.0 / 3.0));
        QCOMPARE(q[1].labelledShare(), 0.8);

        QCOMPARE(q[2].version, QStringLiteral("2.0.0"));
        QCOMPARE(q[2].alerts, 3);
        QCOMPARE(q[2].labelled, 1);
        QCOMPARE(q[2].truePositives, 0);
        QCOMPARE(q[2].falsePositives, 1);
        QCOMPARE(q[2].missedFailures, 2);
        QCOMPARE(q[2].precision(), std::optional<double>(0.0));
    }

    void awaitingOutcome()
    {
        auto c = make();
        const qint64 t = now();
        QSignalSpy awaiting(c->labelDesk(), &LabelDesk::awaitingOutcomeReady);
        auto last = [&awaiting] {
            QStringList ids;
            for (const AlertRecord &r : *awaiting.last().first().value<AlertRecordsPtr>())
                ids << r.alertId;
            return ids;
        };
        c->applyMessages(batch({alertMsg(QStringLiteral("e1"), QStringLiteral("a1"), AlertEventType::Raised, 1, t - 3000),
                                alertMsg(QStringLiteral("e1"), QStringLiteral("a2"), AlertEventType::Raised, 2, t - 2000),
                                alertMsg(QStringLiteral("e1"), QStringLiteral("a3"), AlertEventType::Raised, 3, t - 1000),
                                alertMsg(QStringLiteral("e1"), QStringLiteral("old"), AlertEventType::Raised, 4,
                                         t - 31LL * 24 * 3600 * 1000)}));
        c->labelDesk()->requestAwaitingOutcome();
        QCOMPARE(awaiting.count(), 1);
        QCOMPARE(last(), QStringList{});   // nothing acknowledged yet

        c->operatorActions()->acknowledge({key(QStringLiteral("e1"), QStringLiteral("a3")),
                                           key(QStringLiteral("e1"), QStringLiteral("a1")),
                                           key(QStringLiteral("e1"), QStringLiteral("a2")),
                                           key(QStringLiteral("e1"), QStringLiteral("old"))},
                                          {});
        QCOMPARE(awaiting.count(), 2);   // once for the acknowledgements
        QCOMPARE(last(), (QStringList{QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("a3")}));   // oldest first; not older than 30 days

        // Resolved (cleared and acknowledged) still waits for its outcome.
        c->applyMessages(batch({alertMsg(QStringLiteral("e1"), QStringLiteral("a2"), AlertEventType::Cleared, 5, t, std::nullopt)}));
        c->stop();
        c = make(m_path);
        QSignalSpy again(c->labelDesk(), &LabelDesk::awaitingOutcomeReady);
        c->labelDesk()->requestAwaitingOutcome();
        QCOMPARE(again.count(), 1);
        QCOMPARE(again.last().first().value<AlertRecordsPtr>()->size(), size_t(3));

        QVERIFY(!save(c.get(), draftFor(key(QStringLiteral("e1"), QStringLiteral("a2")), Outcome::TruePositive)).isEmpty());
        QCOMPARE(again.count(), 2);   // after the label
        QStringList ids;
        for (const AlertRecord &r : *again.last().first().value<AlertRecordsPtr>())
            ids << r.alertId;
        QCOMPARE(ids, (QStringList{QStringLiteral("a1"), QStringLiteral("a3")}));
        // Another console's acknowledgement counts too.
        FleetMessage remote;
        remote.topic = TopicRef{MessageKind::Ack, kSite, QStringLiteral("e1"), {}, QStringLiteral("a4")};
        remote.receivedAt = t;
        remote.payload = AckMsg{QStringLiteral("a4"), AckAction::Ack, QStringLiteral("carol"), QStringLiteral("operator"),
                                QStringLiteral("ws-9"), t, {}, 0};
        c->applyMessages(batch({alertMsg(QStringLiteral("e1"), QStringLiteral("a4"), AlertEventType::Raised, 6, t), remote}));
        QTRY_COMPARE(again.count(), 3);   // on the next batch flush
        QCOMPARE(again.last().first().value<AlertRecordsPtr>()->size(), size_t(3));
    }

    void versionOneStoreIsMigrated()
    {
        const QString path = m_dir.filePath(QStringLiteral("v1.sqlite"));
        {
            sqlite3 *raw = nullptr;
            QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &raw), SQLITE_OK);
            QVERIFY(execSql(raw, "BEGIN"));
            QVERIFY(schema::migrateTo(raw, 1));
            QVERIFY(execSql(raw, "INSERT INTO alerts(site, asset, alert_id, priority, model_name, model_version, raised_ts, "
                                 "raised_at, last_event_at, acked_at) VALUES ('plant-a', 'e1', 'old', 2, 'hpc', '1.0.0', 1, "
                                 "1, 1, 2)"));
            const QByteArray stamp = "PRAGMA user_version=1; PRAGMA application_id=" + QByteArray::number(schema::kApplicationId)
                                     + "; COMMIT";
            QVERIFY(execSql(raw, stamp.constData()));
            sqlite3_close(raw);
        }
        OpenReport report;
        {
            auto db = Database::open(path, &report);
            QVERIFY(db);
        }
        QCOMPARE(report.outcome, OpenReport::Outcome::Migrated);
        QCOMPARE(report.fromVersion, 1);
        QCOMPARE(report.toVersion, schema::kCurrentVersion);
        auto c = make(path);
        QVERIFY(!save(c.get(), draftFor(key(QStringLiteral("e1"), QStringLiteral("old")), Outcome::Inconclusive)).isEmpty());
        QSignalSpy ready(c->labelDesk(), &LabelDesk::modelQualityReady);
        c->labelDesk()->requestModelQuality();
        QCOMPARE(ready.first().first().value<ModelQualitiesPtr>()->at(0).inconclusive, 1);
    }
};

QTEST_GUILESS_MAIN(TestLabels)
#include "tst_labels.moc"

// TopicParser: the topic table of the fleet interface v1, the id rule, the reserved asset id "model",
// topicFor() round trips, subscription filters and the console's asset and alert keys.

#include "core/fleet/topicparser.h"

#include <QTest>

using namespace fw;

Q_DECLARE_METATYPE(fw::MessageKind)
Q_DECLARE_METATYPE(fw::RejectReason)

class TestTopicParser : public QObject
{
    Q_OBJECT

private slots:
    void parsesGoodTopics_data();
    void parsesGoodTopics();
    void rejectsBadTopics_data();
    void rejectsBadTopics();
    void topicForRoundTrips_data();
    void topicForRoundTrips();
    void validatesIds_data();
    void validatesIds();
    void usesConfiguredRoot();
    void buildsSubscriptionFilters();
    void buildsKeys();
};

void TestTopicParser::parsesGoodTopics_data()
{
    QTest::addColumn<QByteArray>("topic");
    QTest::addColumn<MessageKind>("kind");
    QTest::addColumn<QString>("site");
    QTest::addColumn<QString>("asset");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("alert");

    const QString s = QStringLiteral("plant-a");
    const QString a = QStringLiteral("engine-017");
    QTest::newRow("meta") << QByteArray("fleet/v1/plant-a/engine-017/meta") << MessageKind::Meta << s << a
                          << QString() << QString();
    QTest::newRow("state") << QByteArray("fleet/v1/plant-a/engine-017/state") << MessageKind::State << s
                           << a << QString() << QString();
    QTest::newRow("telemetry") << QByteArray("fleet/v1/plant-a/engine-017/telemetry")
                               << MessageKind::Telemetry << s << a << QString() << QString();
    QTest::newRow("health") << QByteArray("fleet/v1/plant-a/engine-017/health") << MessageKind::Health
                            << s << a << QString() << QString();
    QTest::newRow("alerts") << QByteArray("fleet/v1/plant-a/engine-017/alerts") << MessageKind::Alert << s
                            << a << QString() << QString();
    QTest::newRow("alerts/active") << QByteArray("fleet/v1/plant-a/engine-017/alerts/active")
                                   << MessageKind::ActiveAlerts << s << a << QString() << QString();
    QTest::newRow("model status") << QByteArray("fleet/v1/plant-a/model/hpc-degradation/status")
                                  << MessageKind::ModelStatus << s << QString()
                                  << QStringLiteral("hpc-degradation") << QString();
    QTest::newRow("ack") << QByteArray("fleet/v1/plant-a/engine-017/alerts/a-7f3c2e/ack") << MessageKind::Ack
                         << s << a << QString() << QStringLiteral("a-7f3c2e");
    QTest::newRow("ack of alert named active")
        << QByteArray("fleet/v1/plant-a/engine-017/alerts/active/ack") << MessageKind::Ack << s << a
        << QString() << QStringLiteral("active");
    QTest::newRow("labels") << QByteArray("fleet/v1/plant-a/engine-017/labels") << MessageKind::Label << s
                            << a << QString() << QString();
    QTest::newRow("id characters") << QByteArray("fleet/v1/A.Z_a-z.09/..._---/meta") << MessageKind::Meta
                                   << QStringLiteral("A.Z_a-z.09") << QStringLiteral("..._---")
                                   << QString() << QString();
    const QByteArray id64(64, 'x');
    QTest::newRow("64-character ids") << QByteArray("fleet/v1/" + id64 + "/" + id64 + "/state")
                                      << MessageKind::State << QString::fromLatin1(id64)
                                      << QString::fromLatin1(id64) << QString() << QString();
    QTest::newRow("one-character ids") << QByteArray("fleet/v1/a/b/alerts/c/ack") << MessageKind::Ack
                                       << QStringLiteral("a") << QStringLiteral("b") << QString()
                                       << QStringLiteral("c");
    QTest::newRow("site named model") << QByteArray("fleet/v1/model/pump/health") << MessageKind::Health
                                      << QStringLiteral("model") << QStringLiteral("pump") << QString()
                                      << QString();
    QTest::newRow("model named status") << QByteArray("fleet/v1/s/model/status/status")
                                        << MessageKind::ModelStatus << QStringLiteral("s") << QString()
                                        << QStringLiteral("status") << QString();
}

void TestTopicParser::parsesGoodTopics()
{
    QFETCH(QByteArray, topic);
    QFETCH(MessageKind, kind);
    QFETCH(QString, site);
    QFETCH(QString, asset);
    QFETCH(QString, model);
    QFETCH(QString, alert);

    RejectReason reason = RejectReason::Count_;
    const std::optional<TopicRef> ref = TopicParser().parse(topic, &reason);
    QVERIFY2(ref.has_value(), rejectReasonName(reason));
    QCOMPARE(ref->kind, kind);
    QCOMPARE(ref->site, site);
    QCOMPARE(ref->asset, asset);
    QCOMPARE(ref->model, model);
    QCOMPARE(ref->alert, alert);
}

void TestTopicParser::rejectsBadTopics_data()
{
    QTest::addColumn<QByteArray>("topic");
    QTest::addColumn<RejectReason>("reason");

    const auto outside = RejectReason::TopicOutsideRoot;
    const auto unknown = RejectReason::TopicUnknown;
    const auto badId = RejectReason::TopicBadId;
    QTest::newRow("other root") << QByteArray("fleet/v2/s/a/meta") << outside;
    QTest::newRow("root as prefix of a level") << QByteArray("fleet/v10/s/a/meta") << outside;
    QTest::newRow("root itself") << QByteArray("fleet/v1") << outside;
    QTest::newRow("empty") << QByteArray() << outside;
    QTest::newRow("leading slash") << QByteArray("/fleet/v1/s/a/meta") << outside;
    QTest::newRow("case differs") << QByteArray("Fleet/v1/s/a/meta") << outside;

    QTest::newRow("root and slash") << QByteArray("fleet/v1/") << unknown;
    QTest::newRow("site only") << QByteArray("fleet/v1/s") << unknown;
    QTest::newRow("site and asset") << QByteArray("fleet/v1/s/a") << unknown;
    QTest::newRow("unknown kind") << QByteArray("fleet/v1/s/a/metadata") << unknown;
    QTest::newRow("kind case differs") << QByteArray("fleet/v1/s/a/Meta") << unknown;
    QTest::newRow("extra level") << QByteArray("fleet/v1/s/a/telemetry/x") << unknown;
    QTest::newRow("trailing slash") << QByteArray("fleet/v1/s/a/meta/") << unknown;
    QTest::newRow("alerts/other") << QByteArray("fleet/v1/s/a/alerts/open") << unknown;
    QTest::newRow("ack without alert") << QByteArray("fleet/v1/s/a/alerts/ack") << unknown;
    QTest::newRow("ack wrong last level") << QByteArray("fleet/v1/s/a/alerts/x/acknowledge") << unknown;
    QTest::newRow("six levels") << QByteArray("fleet/v1/s/a/alerts/x/ack/y") << unknown;
    QTest::newRow("asset model: meta") << QByteArray("fleet/v1/s/model/meta") << unknown;
    QTest::newRow("asset model: alerts/active") << QByteArray("fleet/v1/s/model/alerts/active") << unknown;
    QTest::newRow("asset model: ack") << QByteArray("fleet/v1/s/model/alerts/x/ack") << unknown;
    QTest::newRow("model without name") << QByteArray("fleet/v1/s/model/status") << unknown;
    QTest::newRow("model other suffix") << QByteArray("fleet/v1/s/model/m/state") << unknown;
    QTest::newRow("slash inside an id") << QByteArray("fleet/v1/plant/a/engine/meta") << unknown;

    QTest::newRow("plus in site") << QByteArray("fleet/v1/+/a/meta") << badId;
    QTest::newRow("hash in asset") << QByteArray("fleet/v1/s/#/meta") << badId;
    QTest::newRow("empty site") << QByteArray("fleet/v1//a/meta") << badId;
    QTest::newRow("empty asset") << QByteArray("fleet/v1/s//telemetry") << badId;
    QTest::newRow("65-character site") << QByteArray("fleet/v1/" + QByteArray(65, 's') + "/a/meta") << badId;
    QTest::newRow("65-character asset") << QByteArray("fleet/v1/s/" + QByteArray(65, 'a') + "/meta") << badId;
    QTest::newRow("space") << QByteArray("fleet/v1/plant a/a/meta") << badId;
    QTest::newRow("control character") << QByteArray("fleet/v1/s/a\x01/meta") << badId;
    QTest::newRow("newline") << QByteArray("fleet/v1/s/a\n/meta") << badId;
    QTest::newRow("NUL") << QByteArray("fleet/v1/s/a\0b/meta", 19) << badId;
    QTest::newRow("non-ASCII") << QByteArray("fleet/v1/s/mot\xc3\xb6r/meta") << badId;
    QTest::newRow("colon") << QByteArray("fleet/v1/s:1/a/meta") << badId;
    QTest::newRow("bad model id") << QByteArray("fleet/v1/s/model/m+1/status") << badId;
    QTest::newRow("empty model id") << QByteArray("fleet/v1/s/model//status") << badId;
    QTest::newRow("bad alert id") << QByteArray("fleet/v1/s/a/alerts/a#1/ack") << badId;
    QTest::newRow("empty alert id") << QByteArray("fleet/v1/s/a/alerts//ack") << badId;
    QTest::newRow("65-character alert id")
        << QByteArray("fleet/v1/s/a/alerts/" + QByteArray(65, 'x') + "/ack") << badId;
}

void TestTopicParser::rejectsBadTopics()
{
    QFETCH(QByteArray, topic);
    QFETCH(RejectReason, reason);

    RejectReason actual = RejectReason::Count_;
    QVERIFY(!TopicParser().parse(topic, &actual).has_value());
    QCOMPARE(rejectReasonName(actual), rejectReasonName(reason));
    QVERIFY(!TopicParser().parse(topic, nullptr).has_value());   // reason is optional
}

void TestTopicParser::topicForRoundTrips_data()
{
    QTest::addColumn<int>("kind");
    for (int k = 0; k <= int(MessageKind::Label); ++k)
        QTest::addRow("kind %d", k) << k;
}

void TestTopicParser::topicForRoundTrips()
{
    QFETCH(int, kind);
    TopicRef ref;
    ref.kind = MessageKind(kind);
    ref.site = QStringLiteral("plant-a");
    if (ref.kind == MessageKind::ModelStatus)
        ref.model = QStringLiteral("hpc-degradation");
    else
        ref.asset = QStringLiteral("engine_017");
    if (ref.kind == MessageKind::Ack)
        ref.alert = QStringLiteral("a-7f3c2e");

    for (const QString &root : {QStringLiteral("fleet/v1"), QStringLiteral("acme/plants/fleet")}) {
        const TopicParser parser(root);
        const QString topic = parser.topicFor(ref);
        QVERIFY(topic.startsWith(root + QLatin1Char('/')));
        RejectReason reason = RejectReason::Count_;
        const std::optional<TopicRef> parsed = parser.parse(topic.toUtf8(), &reason);
        QVERIFY2(parsed.has_value(), qPrintable(topic));
        QCOMPARE(*parsed, ref);
    }
}

void TestTopicParser::validatesIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::newRow("simple") << QStringLiteral("engine-017") << true;
    QTest::newRow("all classes") << QStringLiteral("AZaz09._-") << true;
    QTest::newRow("64") << QString(64, QLatin1Char('a')) << true;
    QTest::newRow("65") << QString(65, QLatin1Char('a')) << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("slash") << QStringLiteral("a/b") << false;
    QTest::newRow("plus") << QStringLiteral("a+") << false;
    QTest::newRow("hash") << QStringLiteral("#") << false;
    QTest::newRow("space") << QStringLiteral("a b") << false;
    QTest::newRow("tab") << QStringLiteral("a\tb") << false;
    QTest::newRow("latin-1 letter") << QStringLiteral("motör") << false;
    QTest::newRow("non-latin") << QStringLiteral("a✓") << false;
}

void TestTopicParser::validatesIds()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QCOMPARE(TopicParser::isValidId(QStringView(id)), valid);
    const QByteArray utf8 = id.toUtf8();
    QCOMPARE(TopicParser::isValidId(QByteArrayView(utf8)), valid);
}

void TestTopicParser::usesConfiguredRoot()
{
    const TopicParser parser(QStringLiteral("acme/fleet/"));   // a trailing slash is dropped
    QCOMPARE(parser.root(), QStringLiteral("acme/fleet"));
    RejectReason reason = RejectReason::Count_;
    QVERIFY(parser.parse("acme/fleet/s/a/meta", &reason).has_value());
    QVERIFY(!parser.parse("fleet/v1/s/a/meta", &reason).has_value());
    QCOMPARE(reason, RejectReason::TopicOutsideRoot);
    QVERIFY(!parser.parse("acme/fleetx/s/a/meta", &reason).has_value());
    QCOMPARE(reason, RejectReason::TopicOutsideRoot);
}

void TestTopicParser::buildsSubscriptionFilters()
{
    const TopicParser parser;
    QCOMPARE(parser.root(), QStringLiteral("fleet/v1"));
    QCOMPARE(parser.subscriptionFilter(), QStringLiteral("fleet/v1/#"));
    QCOMPARE(parser.subscriptionFilter(QStringLiteral("plant-a")), QStringLiteral("fleet/v1/plant-a/#"));
}

void TestTopicParser::buildsKeys()
{
    QCOMPARE(TopicParser::assetKey(QStringLiteral("plant-a"), QStringLiteral("engine-017")),
             QStringLiteral("plant-a/engine-017"));
    QCOMPARE(TopicParser::alertKey(QStringLiteral("plant-a"), QStringLiteral("engine-017"), QStringLiteral("a-7f3c")),
             QStringLiteral("plant-a/engine-017/a-7f3c"));
}

QTEST_GUILESS_MAIN(TestTopicParser)
#include "tst_topicparser.moc"

// AssetDetailPanel (offscreen): the selected asset's header says in words when its data is not live
// ("STALE: no data since ..." with its usual interval, "LAST KNOWN: not connected ...") and nothing
// while it is; its health trend breaks where the samples are further apart than the asset's
// stale-after time, and runs on to now with a "no data" tail while stale; another asset starts live.

#include "core/common/localformat.h"
#include "widgets/assetdetailpanel.h"
#include "widgets/trendchart.h"

#include <QTest>

using namespace fw;
using Status = DataFreshness::Status;

namespace {

constexpr qint64 kT0 = 1'790'000'000'000;

AssetSummary summary(const QString &id)
{
    AssetSummary s;
    s.site = QStringLiteral("plant-a");
    s.asset = id;
    s.key = s.site + QLatin1Char('/') + id;
    s.name = QStringLiteral("Turbofan ") + id;
    s.score = 0.3;
    s.state = HealthState::Warning;
    s.online = true;
    return s;
}

// Health every 2 s: 20 samples, a 5-minute silence, 20 more; the last at the returned time.
AssetHistory historyWithAGap(const QString &key, AssetSummary *s)
{
    AssetHistory h;
    h.key = key;
    qint64 t = kT0;
    for (int i = 0; i < 40; ++i) {
        if (i == 20)
            t += 300'000;
        h.healthTimes.push_back(t);
        h.healthScores.push_back(0.3f + 0.01f * float(i % 5));
        s->freshness.sampleArrived(t);
        t += 2'000;
    }
    return h;
}

TrendChart *healthChart(AssetDetailPanel &panel)
{
    for (TrendChart *c : panel.findChildren<TrendChart *>()) {
        if (c->chart()->title() == QStringLiteral("Health score"))
            return c;
    }
    return nullptr;
}

} // namespace

class TestAssetDetailPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void headerAndTrendSayWhenTheDataIsNotLive()
    {
        AssetDetailPanel panel;
        panel.resize(700, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        AssetSummary s = summary(QStringLiteral("e1"));
        const AssetHistory history = historyWithAGap(s.key, &s);
        const qint64 last = history.healthTimes.back();
        panel.showAsset(s.key, &s);
        panel.updateHistory(history);
        TrendChart *health = healthChart(panel);
        QVERIFY(health);
        QCOMPARE(health->segmentCount(), 2);   // the 5-minute silence is not drawn across
        QCOMPARE(health->pointCount(), 40);

        panel.setFreshness(Status::Fresh, last + 1'000);
        QCOMPARE(panel.freshnessText(), QString());
        QVERIFY(!health->showsNoDataTail());

        // Every 2 s, lifted to 2.1 s by the silence (counted as 4 x 2 s, then smoothed away by 7/8 a sample).
        panel.setFreshness(Status::Stale, last + 90'000);
        QCOMPARE(panel.freshnessText(), QStringLiteral("STALE: no data since %1 (90 s ago); it usually sends every 2.1 s.")
                                            .arg(LocalFormat::time(last)));
        QVERIFY(health->showsNoDataTail());

        panel.setFreshness(Status::LastKnown, last + 95'000);
        QCOMPARE(panel.freshnessText(),
                 QStringLiteral("LAST KNOWN: not connected to the broker; these values were received at %1.")
                     .arg(LocalFormat::time(last)));
        QVERIFY(health->showsNoDataTail());

        panel.setFreshness(Status::Fresh, last + 96'000);
        QCOMPARE(panel.freshnessText(), QString());
        QVERIFY(!health->showsNoDataTail());
    }

    void anotherAssetStartsLive()
    {
        AssetDetailPanel panel;
        AssetSummary a = summary(QStringLiteral("e1"));
        a.freshness.sampleArrived(kT0);
        panel.showAsset(a.key, &a);
        panel.setFreshness(Status::Stale, kT0 + 60'000);
        QVERIFY(!panel.freshnessText().isEmpty());
        AssetSummary b = summary(QStringLiteral("e2"));
        b.freshness.sampleArrived(kT0 + 59'000);
        panel.showAsset(b.key, &b);
        QCOMPARE(panel.freshnessText(), QString());
    }
};

QTEST_MAIN(TestAssetDetailPanel)
#include "tst_assetdetailpanel.moc"

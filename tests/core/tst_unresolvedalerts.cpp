// UnresolvedAlerts: records are found by key and by asset; a record first seen after its asset's meta
// takes the asset's line; a batch (takeChanged) holds each changed record once, whole, and forgets
// those resolved (returned to normal and acknowledged, not shelved) while keeping shelved ones; an
// alert resolved earlier comes back from the store (a temporary SQLite store) for one batch.

#include "core/alerts/unresolvedalerts.h"
#include "core/store/alertrepository.h"
#include "core/store/database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fw;

namespace {

AlertRecord alert(const QString &asset, const QString &id)
{
    AlertRecord r;
    r.site = QStringLiteral("plant-a");
    r.asset = asset;
    r.alertId = id;
    r.raisedTs = r.raisedAt = r.lastEventAt = 1000;
    return r;
}

QStringList keysOf(const AlertRecords &records)
{
    QStringList keys;
    for (const AlertRecord &r : records)
        keys << r.key();
    keys.sort();
    return keys;
}

} // namespace

class TestUnresolvedAlerts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findsByKeyAndAsset()
    {
        UnresolvedAlerts alerts;
        alerts.setAssetLine(QStringLiteral("plant-a/e1"), QStringLiteral("Line 2"));
        alerts.remember(alert(QStringLiteral("e1"), QStringLiteral("a1")));
        alerts.remember(alert(QStringLiteral("e1"), QStringLiteral("a2")));
        AlertRecord withLine = alert(QStringLiteral("e2"), QStringLiteral("b1"));
        withLine.line = QStringLiteral("Line 9");
        alerts.remember(withLine);

        QCOMPARE(alerts.size(), 3);
        QVERIFY(alerts.find(QStringLiteral("plant-a/e1/a1")));
        QVERIFY(!alerts.find(QStringLiteral("plant-a/e1/zz")));
        QCOMPARE(alerts.find(QStringLiteral("plant-a/e1/a2"))->line, QStringLiteral("Line 2"));
        QCOMPARE(alerts.find(QStringLiteral("plant-a/e2/b1"))->line, QStringLiteral("Line 9"));   // its own kept
        QCOMPARE(alerts.keysOfAsset(QStringLiteral("plant-a/e1")),
                 (QSet<QString>{QStringLiteral("plant-a/e1/a1"), QStringLiteral("plant-a/e1/a2")}));
        QVERIFY(alerts.keysOfAsset(QStringLiteral("plant-a/e9")).isEmpty());
        QVERIFY(!alerts.hasChanges());
    }

    void batchForgetsResolvedAlerts()
    {
        UnresolvedAlerts alerts;
        AlertRecord *open = alerts.remember(alert(QStringLiteral("e1"), QStringLiteral("open")));
        AlertRecord *resolved = alerts.remember(alert(QStringLiteral("e1"), QStringLiteral("done")));
        AlertRecord *shelved = alerts.remember(alert(QStringLiteral("e1"), QStringLiteral("shelved")));
        resolved->state.active = false;
        resolved->state.acknowledged = true;
        shelved->state.active = false;
        shelved->state.acknowledged = true;
        shelved->state.shelvedUntil = 5000;
        for (AlertRecord *r : {open, resolved, shelved, open})
            alerts.markChanged(*r);
        QVERIFY(alerts.hasChanges());

        const AlertRecords batch = alerts.takeChanged();
        QCOMPARE(keysOf(batch), (QStringList{QStringLiteral("plant-a/e1/done"), QStringLiteral("plant-a/e1/open"),
                                             QStringLiteral("plant-a/e1/shelved")}));
        QVERIFY(!alerts.hasChanges());
        QCOMPARE(alerts.size(), 2);
        QVERIFY(!alerts.find(QStringLiteral("plant-a/e1/done")));
        QCOMPARE(alerts.keysOfAsset(QStringLiteral("plant-a/e1")).size(), 2);
        QVERIFY(alerts.takeChanged().empty());
    }

    void resolvedAlertComesBackFromTheStoreForOneBatch()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("store.sqlite")), nullptr);
        QVERIFY(db);
        AlertRepository repo(*db);
        AlertRecord stored = alert(QStringLiteral("e1"), QStringLiteral("old"));
        stored.state.active = false;
        stored.state.acknowledged = true;
        QVERIFY(repo.upsert(stored));

        UnresolvedAlerts alerts;
        QVERIFY(!alerts.findOrLoad(QStringLiteral("plant-a"), QStringLiteral("e1"), QStringLiteral("none"), repo));
        AlertRecord *r = alerts.findOrLoad(QStringLiteral("plant-a"), QStringLiteral("e1"), QStringLiteral("old"), repo);
        QVERIFY(r);
        QCOMPARE(r->rowId, stored.rowId);
        QVERIFY(alerts.hasChanges());   // marked, so that the next batch forgets it again
        QCOMPARE(alerts.findOrLoad(QStringLiteral("plant-a"), QStringLiteral("e1"), QStringLiteral("old"), repo), r);
        QCOMPARE(alerts.takeChanged().size(), size_t(1));
        QCOMPARE(alerts.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestUnresolvedAlerts)
#include "tst_unresolvedalerts.moc"

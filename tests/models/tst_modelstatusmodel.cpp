// ModelStatusModel under QAbstractItemModelTester: batches of model status insert (one insert) and
// update in place (one ranged dataChanged); a new version keeps the previous one in the text; a
// drifting model says DRIFTING and is marked abnormal; precision, labelled share, false alarms and
// missed failures come from the labels of the current version.

#include "models/modelstatusmodel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace fw;

namespace {

constexpr qint64 kT0 = 1'700'000'000'000;

ModelStatusRow status(const QString &site, const QString &model, const QString &version, qint64 receivedAt = kT0,
                      bool drifting = false, std::optional<double> driftScore = 0.12)
{
    ModelStatusRow r;
    r.site = site;
    r.model = model;
    r.key = site + QLatin1Char('/') + model;
    r.status.version = version;
    r.status.trainedAt = kT0 - 86'400'000;
    r.status.labelsUsed = 412;
    r.status.driftScore = driftScore;
    r.status.driftThreshold = 0.30;
    r.status.drifting = drifting;
    r.receivedAt = receivedAt;
    return r;
}

ModelQuality quality(const QString &model, const QString &version, int alerts, int labelled, int tp, int fp,
                     int inconclusive = 0, int missed = 0)
{
    ModelQuality q;
    q.model = model;
    q.version = version;
    q.alerts = alerts;
    q.labelled = labelled;
    q.truePositives = tp;
    q.falsePositives = fp;
    q.inconclusive = inconclusive;
    q.missedFailures = missed;
    return q;
}

const QString kSiteA = QStringLiteral("plant-a");
const QString kHpc = QStringLiteral("hpc-degradation");

} // namespace

class TestModelStatusModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void insertsThenUpdatesInPlace()
    {
        ModelStatusModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.applyModels({status(kSiteA, kHpc, QStringLiteral("3.2.0")),
                           status(QStringLiteral("plant-b"), kHpc, QStringLiteral("3.2.0"))});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(inserted.count(), 1);
        model.applyModels({status(kSiteA, kHpc, QStringLiteral("3.2.0"), kT0 + 1000),
                           status(kSiteA, QStringLiteral("bearing-wear"), QStringLiteral("1.0.0"))});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(changed.count(), 1);
        const int row = model.rowOf(QStringLiteral("plant-a/hpc-degradation"));
        QCOMPARE(row, 0);
        QCOMPARE(model.index(row, ModelStatusModel::SiteCol).data().toString(), kSiteA);
        QCOMPARE(model.index(row, ModelStatusModel::ModelCol).data().toString(), kHpc);
        QCOMPARE(model.index(row, ModelStatusModel::VersionCol).data().toString(), QStringLiteral("3.2.0"));
        QVERIFY(!model.index(row, 0).data(ModelStatusModel::VersionChangedRole).toBool());
        QCOMPARE(model.index(row, ModelStatusModel::LabelsUsedCol).data().toString(), QLocale().toString(412));
        QCOMPARE(model.index(row, ModelStatusModel::DriftCol).data().toString(),
                 QStringLiteral("%1 / %2").arg(QLocale().toString(0.12, 'f', 2), QLocale().toString(0.30, 'f', 2)));
        QCOMPARE(model.index(row, ModelStatusModel::DriftStatusCol).data().toString(), QStringLiteral("ok"));
        model.applyModels({});
        QCOMPARE(changed.count(), 1);
    }

    void newVersionShowsThePreviousOne()
    {
        ModelStatusModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 changedAt = QDateTime(QDate(2026, 11, 22), QTime(14, 5)).toMSecsSinceEpoch();
        model.setNow(changedAt + 60'000);
        model.applyModels({status(kSiteA, kHpc, QStringLiteral("3.2.0"), changedAt - 3'600'000)});
        model.applyModels({status(kSiteA, kHpc, QStringLiteral("3.3.0"), changedAt)});
        const QModelIndex version = model.index(0, ModelStatusModel::VersionCol);
        QCOMPARE(version.data().toString(), QStringLiteral("3.3.0 (changed from 3.2.0 at 14:05)"));
        QVERIFY(version.data(ModelStatusModel::VersionChangedRole).toBool());
        QCOMPARE(version.data(ModelStatusModel::PreviousVersionRole).toString(), QStringLiteral("3.2.0"));
        // The same version again (a retained message after a reconnect) keeps the note.
        model.applyModels({status(kSiteA, kHpc, QStringLiteral("3.3.0"), changedAt + 30'000)});
        QCOMPARE(version.data().toString(), QStringLiteral("3.3.0 (changed from 3.2.0 at 14:05)"));
        // A change on another day says the date as well.
        model.setNow(changedAt + 3 * 86'400'000);
        QCOMPARE(version.data().toString(), QStringLiteral("3.3.0 (changed from 3.2.0 at 2026-11-22 14:05)"));
    }

    void driftingModelStandsOut()
    {
        ModelStatusModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy drifting(&model, &ModelStatusModel::driftingCountChanged);
        model.applyModels({status(kSiteA, kHpc, QStringLiteral("3.2.0")),
                           status(kSiteA, QStringLiteral("bearing-wear"), QStringLiteral("1.0.0"), kT0, true, 0.41)});
        QCOMPARE(model.driftingCount(), 1);
        QCOMPARE(drifting.count(), 1);
        const int driftingRow = model.rowOf(QStringLiteral("plant-a/bearing-wear"));
        const int okRow = model.rowOf(QStringLiteral("plant-a/hpc-degradation"));
        QCOMPARE(model.index(driftingRow, ModelStatusModel::DriftStatusCol).data().toString(), QStringLiteral("DRIFTING"));
        for (int column = 0; column < model.columnCount(); ++column) {
            QVERIFY(model.index(driftingRow, column).data(ModelStatusModel::AbnormalRole).toBool());
            QVERIFY(!model.index(okRow, column).data(ModelStatusModel::AbnormalRole).toBool());
        }
        QVERIFY(!model.index(driftingRow, ModelStatusModel::DriftStatusCol).data(Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(model.index(driftingRow, ModelStatusModel::DriftStatusCol).data(ModelStatusModel::SortRole).toInt()
                > model.index(okRow, ModelStatusModel::DriftStatusCol).data(ModelStatusModel::SortRole).toInt());
        // Back to normal after retraining.
        model.applyModels({status(kSiteA, QStringLiteral("bearing-wear"), QStringLiteral("1.1.0"), kT0 + 1000)});
        QCOMPARE(model.driftingCount(), 0);
        QCOMPARE(drifting.count(), 2);
        QVERIFY(!model.index(driftingRow, 0).data(ModelStatusModel::AbnormalRole).toBool());
    }

    void driftNotReported()
    {
        ModelStatusModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ModelStatusRow bare = status(kSiteA, kHpc, QStringLiteral("3.2.0"), kT0, false, std::nullopt);
        bare.status.trainedAt.reset();
        bare.status.labelsUsed.reset();
        bare.status.driftThreshold.reset();
        model.applyModels({bare});
        QCOMPARE(model.index(0, ModelStatusModel::DriftStatusCol).data().toString(), QStringLiteral("not reported"));
        QCOMPARE(model.index(0, ModelStatusModel::DriftCol).data().toString(), QStringLiteral("–"));
        QCOMPARE(model.index(0, ModelStatusModel::TrainedAtCol).data().toString(), QStringLiteral("–"));
    }

    void qualityOfTheCurrentVersion_data()
    {
        QTest::addColumn<int>("alerts");
        QTest::addColumn<int>("labelled");
        QTest::addColumn<int>("tp");
        QTest::addColumn<int>("fp");
        QTest::addColumn<QString>("precision");
        QTest::addColumn<QString>("labelledText");
        QTest::addColumn<QString>("falseAlarms");
        const QLocale l;
        const auto pct = [&](int v) { return QStringLiteral("%1 %").arg(l.toString(v)); };
        QTest::newRow("mostly right") << 20 << 12 << 10 << 2 << QStringLiteral("%1 (10 of 12)").arg(pct(83))
                                      << QStringLiteral("%1 (12 of 20)").arg(pct(60)) << QStringLiteral("2 (%1)").arg(pct(17));
        QTest::newRow("all false") << 4 << 4 << 0 << 4 << QStringLiteral("%1 (0 of 4)").arg(pct(0))
                                   << QStringLiteral("%1 (4 of 4)").arg(pct(100)) << QStringLiteral("4 (%1)").arg(pct(100));
        QTest::newRow("no labels") << 7 << 0 << 0 << 0 << QStringLiteral("no labels yet")
                                   << QStringLiteral("%1 (0 of 7)").arg(pct(0)) << QStringLiteral("0");
        QTest::newRow("only inconclusive") << 3 << 2 << 0 << 0 << QStringLiteral("only inconclusive")
                                           << QStringLiteral("%1 (2 of 3)").arg(pct(67)) << QStringLiteral("0");
    }

    void qualityOfTheCurrentVersion()
    {
        QFETCH(int, alerts);
        QFETCH(int, labelled);
        QFETCH(int, tp);
        QFETCH(int, fp);
        QFETCH(QString, precision);
        QFETCH(QString, labelledText);
        QFETCH(QString, falseAlarms);
        ModelStatusModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.applyModels({status(kSiteA, kHpc, QStringLiteral("3.3.0"))});
        QCOMPARE(model.index(0, ModelStatusModel::PrecisionCol).data().toString(), QStringLiteral("no labels yet"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setQuality({quality(kHpc, QStringLiteral("3.2.0"), 100, 90, 1, 89),   // the old version: not shown
                          quality(kHpc, QStringLiteral("3.3.0"), alerts, labelled, tp, fp, labelled - tp - fp, 1)});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0, ModelStatusModel::PrecisionCol).data().toString(), precision);
        QCOMPARE(model.index(0, ModelStatusModel::LabelledCol).data().toString(), labelledText);
        QCOMPARE(model.index(0, ModelStatusModel::FalseAlarmsCol).data().toString(), falseAlarms);
        QCOMPARE(model.index(0, ModelStatusModel::MissedCol).data().toString(), QStringLiteral("1"));
        const QVariant p = model.index(0, 0).data(ModelStatusModel::PrecisionRole);
        QCOMPARE(p.isValid(), tp + fp > 0);
        if (p.isValid())
            QCOMPARE(p.toDouble(), double(tp) / (tp + fp));
    }

    void qualityFollowsTheVersion()
    {
        ModelStatusModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuality({quality(kHpc, QStringLiteral("3.2.0"), 10, 10, 5, 5)});
        model.applyModels({status(kSiteA, kHpc, QStringLiteral("3.2.0"))});
        QVERIFY(model.index(0, ModelStatusModel::PrecisionCol).data().toString().startsWith(QLocale().toString(50)));
        model.applyModels({status(kSiteA, kHpc, QStringLiteral("3.3.0"), kT0 + 1)});
        QCOMPARE(model.index(0, ModelStatusModel::PrecisionCol).data().toString(), QStringLiteral("no labels yet"));
        QCOMPARE(model.index(0, ModelStatusModel::LabelledCol).data().toString(), QStringLiteral("no alerts"));
    }

    void sameModelTwiceInOneBatchIsOneRow()
    {
        ModelStatusModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.applyModels({status(kSiteA, kHpc, QStringLiteral("3.2.0")), status(kSiteA, kHpc, QStringLiteral("3.3.0"), kT0 + 5)});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(ModelStatusModel::PreviousVersionRole).toString(), QStringLiteral("3.2.0"));
    }
};

QTEST_GUILESS_MAIN(TestModelStatusModel)
#include "tst_modelstatusmodel.moc"

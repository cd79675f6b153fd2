// LabelValidation::problems(): every rule of labeldraft.h, one row each. A valid draft has no
// problem; an invalid one has exactly the expected number, each non-empty and naming its field.

#include "core/labels/labeldraft.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace fw;

namespace {

constexpr qint64 kNow = 1'795'312'792'000;

LabelDraft alertDraft()
{
    LabelDraft d;
    d.alertKey = QStringLiteral("plant-a/engine-017/a-7f3c2e");
    d.outcome = Outcome::TruePositive;
    d.failureMode = QStringLiteral("HPC degradation");
    d.cause = QStringLiteral("compressor fouling");
    d.action = QStringLiteral("washed compressor");
    d.downtimeMinutes = 45.0;
    d.notes = QStringLiteral("found on the second borescope pass\nwash repeated");
    return d;
}

LabelDraft missedDraft()
{
    LabelDraft d;
    d.site = QStringLiteral("plant-a");
    d.asset = QStringLiteral("engine-017");
    d.outcome = Outcome::MissedFailure;
    d.failedAt = kNow - 3'600'000;
    return d;
}

} // namespace


class TestLabelValidation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void problems_data()
    {
        QTest::addColumn<LabelDraft>("draft");
        QTest::addColumn<QStringList>("fields");   // the field each expected problem names, in order

        QTest::newRow("valid alert outcome") << alertDraft() << QStringList{};
        QTest::newRow("valid missed failure") << missedDraft() << QStringList{};
        for (Outcome o : {Outcome::FalsePositive, Outcome::Inconclusive}) {
            LabelDraft d = alertDraft();
            d.outcome = o;
            QTest::newRow(qPrintable(QStringLiteral("valid %1").arg(outcomeName(o)))) << d << QStringList{};
        }
        {
            LabelDraft d = alertDraft();
            d.outcome.reset();
            QTest::newRow("no outcome") << d << QStringList{QStringLiteral("Outcome")};
        }
        {
            LabelDraft d = alertDraft();
            d.alertKey.clear();
            QTest::newRow("alert outcome without alert") << d << QStringList{QStringLiteral("Alert")};
        }
        {
            LabelDraft d = missedDraft();
            d.asset.clear();
            QTest::newRow("missed failure without asset") << d << QStringList{QStringLiteral("Asset")};
        }
        {
            LabelDraft d = missedDraft();
            d.site.clear();
            QTest::newRow("missed failure without site") << d << QStringList{QStringLiteral("Site")};
        }
        {
            LabelDraft d = missedDraft();
            d.asset = QStringLiteral("engine 17/#");
            QTest::newRow("missed failure with a bad asset id") << d << QStringList{QStringLiteral("Asset")};
        }
        {
            LabelDraft d = missedDraft();
            d.failedAt.reset();
            QTest::newRow("missed failure without failed_at") << d << QStringList{QStringLiteral("Failed at")};
        }
        {
            LabelDraft d = missedDraft();
            d.failedAt = kNow + 10 * 60'000;
            QTest::newRow("failed_at in the future") << d << QStringList{QStringLiteral("Failed at")};
        }
        {
            LabelDraft d = missedDraft();
            d.failedAt = kNow + 4 * 60'000;   // clocks differ a little
            QTest::newRow("failed_at a few minutes ahead") << d << QStringList{};
        }
        {
            LabelDraft d = missedDraft();
            d.alertKey = QStringLiteral("plant-a/engine-017/a-1");
            QTest::newRow("missed failure naming an alert") << d << QStringList{QStringLiteral("Alert")};
        }
        {
            LabelDraft d = alertDraft();
            d.downtimeMinutes = -1.0;
            QTest::newRow("negative downtime") << d << QStringList{QStringLiteral("Downtime")};
        }
        {
            LabelDraft d = alertDraft();
            d.downtimeMinutes = LabelValidation::kMaxDowntimeMinutes + 1.0;
            QTest::newRow("absurd downtime") << d << QStringList{QStringLiteral("Downtime")};
        }
        {
            LabelDraft d = alertDraft();
            d.downtimeMinutes = 0.0;
            QTest::newRow("zero downtime") << d << QStringList{};
        }
        {
            LabelDraft d = alertDraft();
            d.downtimeMinutes = std::numeric_limits<double>::quiet_NaN();
            QTest::newRow("NaN downtime") << d << QStringList{QStringLiteral("Downtime")};
        }
        {
            LabelDraft d = alertDraft();
            d.downtimeMinutes = std::numeric_limits<double>::infinity();
            QTest::newRow("infinite downtime") << d << QStringList{QStringLiteral("Downtime")};
        }
        const QString tooLong(LabelValidation::kMaxTextLength + 1, QLatin1Char('x'));
        const QString justRight(LabelValidation::kMaxTextLength, QLatin1Char('x'));
        {
            LabelDraft d = alertDraft();
            d.cause = tooLong;
            QTest::newRow("cause too long") << d << QStringList{QStringLiteral("Cause")};
            d.cause = justRight;
            QTest::newRow("cause at the limit") << d << QStringList{};
        }
        {
            LabelDraft d = alertDraft();
            d.action = tooLong;
            QTest::newRow("action too long") << d << QStringList{QStringLiteral("Action")};
        }
        {
            LabelDraft d = alertDraft();
            d.failureMode = tooLong;
            QTest::newRow("failure mode too long") << d << QStringList{QStringLiteral("Failure mode")};
        }
        {
            LabelDraft d = alertDraft();
            d.notes = QString(LabelValidation::kMaxNotesLength + 1, QLatin1Char('n'));
            QTest::newRow("notes too long") << d << QStringList{QStringLiteral("Notes")};
        }
        {
            LabelDraft d = alertDraft();
            d.cause = QStringLiteral("fouling\r\nINJECTED");
            QTest::newRow("line break in cause") << d << QStringList{QStringLiteral("Cause")};
        }
        {
            LabelDraft d = alertDraft();
            d.action = QStringLiteral("washed") + QChar(0x1b) + QStringLiteral("[2J");
            QTest::newRow("escape in action") << d << QStringList{QStringLiteral("Action")};
        }
        {
            LabelDraft d = alertDraft();
            d.failureMode = QStringLiteral("mode") + QChar(0x85);   // C1 NEXT LINE
            QTest::newRow("C1 control in failure mode") << d << QStringList{QStringLiteral("Failure mode")};
        }
        {
            LabelDraft d = alertDraft();
            d.notes = QStringLiteral("bell") + QChar(0x07);
            QTest::newRow("bell in notes") << d << QStringList{QStringLiteral("Notes")};
        }
        {
            LabelDraft d = alertDraft();
            d.cause = QStringLiteral("Verdichterverschmutzung — Schaufel ölig, 30 µm");
            QTest::newRow("non-ASCII text is fine") << d << QStringList{};
        }
        {
            LabelDraft d = missedDraft();
            d.asset.clear();
            d.failedAt.reset();
            d.downtimeMinutes = -5.0;
            d.cause = tooLong + QLatin1Char('\t');
            QTest::newRow("several problems at once")
                << d << QStringList{QStringLiteral("Asset"), QStringLiteral("Failed at"), QStringLiteral("Downtime"),
                                    QStringLiteral("Cause"), QStringLiteral("Cause")};
        }
    }

    void problems()
    {
        QFETCH(LabelDraft, draft);
        QFETCH(QStringList, fields);
        const QStringList found = LabelValidation::problems(draft, kNow);
        QVERIFY2(found.size() == fields.size(), qPrintable(found.join(QStringLiteral(" | "))));
        for (qsizetype i = 0; i < found.size(); ++i) {
            QVERIFY(!found[i].trimmed().isEmpty());
            // The field first, then what to do.
            QVERIFY2(found[i].startsWith(fields[i] + QLatin1Char(':')), qPrintable(found[i]));
            QVERIFY2(found[i].size() > fields[i].size() + 10, qPrintable(found[i]));
        }
    }
};

QTEST_GUILESS_MAIN(TestLabelValidation)
#include "tst_labelvalidation.moc"

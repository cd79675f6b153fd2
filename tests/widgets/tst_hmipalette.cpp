// The HMI themes: every text/background pair of Day and Night reads at 4.5:1 or better (WCAG 2), the
// alarm colours carry readable text, switching the theme reaches the application palette and the
// charts (QtCharts keeps its own colours), and theme names round-trip for the settings file.

#include "widgets/contributionchart.h"
#include "widgets/hmipalette.h"
#include "widgets/trendchart.h"

#include <QApplication>
#include <QChart>
#include <QTest>

using namespace fw;

Q_DECLARE_METATYPE(fw::hmi::Theme)

class TestHmiPalette : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { hmi::setTheme(hmi::Theme::Day); }

    void contrastRatioMatchesWcag()
    {
        QCOMPARE(qRound(hmi::contrastRatio(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(hmi::contrastRatio(QColor(0x77, 0x77, 0x77), QColor(0x77, 0x77, 0x77)), 1.0);
        // #767676 on white is the WCAG example of the 4.5:1 limit.
        QVERIFY(qAbs(hmi::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
    }

    void textContrast_data()
    {
        QTest::addColumn<hmi::Theme>("theme");
        QTest::addColumn<QPalette::ColorGroup>("group");
        QTest::addColumn<QPalette::ColorRole>("foreground");
        QTest::addColumn<QPalette::ColorRole>("background");
        const std::pair<QPalette::ColorRole, QPalette::ColorRole> pairs[] = {
            {QPalette::WindowText, QPalette::Window},  {QPalette::Text, QPalette::Base},
            {QPalette::Text, QPalette::AlternateBase}, {QPalette::ButtonText, QPalette::Button},
            {QPalette::HighlightedText, QPalette::Highlight}, {QPalette::ToolTipText, QPalette::ToolTipBase},
            {QPalette::PlaceholderText, QPalette::Base}, {QPalette::PlaceholderText, QPalette::Window},
            {QPalette::WindowText, QPalette::Base},
        };
        for (const hmi::Theme theme : {hmi::Theme::Day, hmi::Theme::Night}) {
            for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
                for (const auto &[fg, bg] : pairs)
                    QTest::addRow("%s %d %d/%d", qPrintable(hmi::themeName(theme)), int(group), int(fg), int(bg))
                        << theme << group << fg << bg;
            }
        }
    }
    void textContrast()
    {
        QFETCH(hmi::Theme, theme);
        QFETCH(QPalette::ColorGroup, group);
        QFETCH(QPalette::ColorRole, foreground);
        QFETCH(QPalette::ColorRole, background);
        const QPalette p = hmi::palette(theme);
        const double ratio = hmi::contrastRatio(p.color(group, foreground), p.color(group, background));
        QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 on %2: %3:1").arg(p.color(group, foreground).name(),
                                                                          p.color(group, background).name()).arg(ratio)));
    }

    void schemeTextContrast_data()
    {
        QTest::addColumn<hmi::Theme>("theme");
        for (const hmi::Theme theme : {hmi::Theme::Day, hmi::Theme::Night})
            QTest::addRow("%s", qPrintable(hmi::themeName(theme))) << theme;
    }
    void schemeTextContrast()
    {
        QFETCH(hmi::Theme, theme);
        const hmi::Scheme &s = hmi::scheme(theme);
        for (const QColor &fg : {s.text, s.mutedText, s.errorText}) {
            for (const QColor &bg : {s.window, s.base, s.alternateBase}) {
                const double ratio = hmi::contrastRatio(fg, bg);
                QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 on %2: %3:1").arg(fg.name(), bg.name()).arg(ratio)));
            }
        }
    }

    void alarmColoursCarryReadableText()
    {
        for (const QColor &c : {hmi::kCritical, hmi::kHigh, hmi::kMedium, hmi::kLow, hmi::kOffline}) {
            const double ratio = hmi::contrastRatio(hmi::textOn(c), c);
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("text on %1: %2:1").arg(c.name()).arg(ratio)));
        }
    }

    void nightIsDarkAndGrey()
    {
        const hmi::Scheme &night = hmi::scheme(hmi::Theme::Night);
        QVERIFY(night.window.lightnessF() < 0.25);
        // ISA-101: the normal picture has no colour; only alarms do.
        for (const QColor &c : {night.window, night.base, night.text, night.mutedText, night.grid, night.normalBar})
            QVERIFY2(c.hslSaturationF() < 0.1, qPrintable(c.name()));
    }

    void themeNamesRoundTrip()
    {
        for (const hmi::Theme theme : {hmi::Theme::Day, hmi::Theme::Night})
            QCOMPARE(hmi::themeFromName(hmi::themeName(theme)), theme);
        QVERIFY(!hmi::themeFromName(QStringLiteral("purple")));
    }

    void switchingReachesApplicationAndCharts()
    {
        TrendChart trend;
        ContributionChart contributions;
        Contribution up;
        up.signal = QStringLiteral("T30");
        up.weight = 0.4;
        Contribution down;
        down.signal = QStringLiteral("P15");
        down.weight = -0.1;
        contributions.setContributions({up, down});
        QCOMPARE(trend.chart()->backgroundBrush().color(), hmi::scheme(hmi::Theme::Day).base);

        hmi::setTheme(hmi::Theme::Night);
        QCOMPARE(hmi::currentTheme(), hmi::Theme::Night);
        QCOMPARE(QApplication::palette().color(QPalette::Window), hmi::scheme(hmi::Theme::Night).window);
        QTRY_COMPARE(trend.chart()->backgroundBrush().color(), hmi::scheme(hmi::Theme::Night).base);
        QTRY_COMPARE(contributions.chart()->backgroundBrush().color(), hmi::scheme(hmi::Theme::Night).base);
        QCOMPARE(contributions.chart()->titleBrush().color(), hmi::scheme(hmi::Theme::Night).text);

        hmi::setTheme(hmi::Theme::Day);
        QTRY_COMPARE(trend.chart()->backgroundBrush().color(), hmi::scheme(hmi::Theme::Day).base);
    }
};

QTEST_MAIN(TestHmiPalette)
#include "tst_hmipalette.moc"

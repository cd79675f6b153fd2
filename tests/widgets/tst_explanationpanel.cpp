// ExplanationPanel (offscreen), fed AlertDetails as AlertCenter builds them: the header names the
// alert, its model and version, its score against the threshold and the asset's meta, with only what
// the alert has; the score trend carries the threshold line (the newest event's threshold first); the
// signed contributions are drawn strongest first, at most six, each on its side of zero; the traces
// are the strongest positive contributors that have data, from the evidence kept with the alert or
// else from the asset's live history; the last similar alerts with what was found; fleet-supplied
// text is shown as text, never as markup; a new alert leaves nothing of the previous one behind, and
// an alert whose details are unavailable says so instead of showing the previous one.

#include "widgets/contributionchart.h"
#include "widgets/explanationpanel.h"
#include "widgets/trendchart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QDateTime>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QTest>
#include <QTextDocument>

#include <cmath>
#include <memory>

using namespace fw;

Q_DECLARE_METATYPE(std::vector<fw::Contribution>)

namespace {

const qint64 kRaised = QDateTime(QDate(2026, 3, 14), QTime(9, 26, 53)).toMSecsSinceEpoch();

AlertRecord alertRecord(const QString &asset = QStringLiteral("engine-017"), const QString &id = QStringLiteral("a-7f3c2e"))
{
    AlertRecord r;
    r.site = QStringLiteral("plant-a");
    r.asset = asset;
    r.alertId = id;
    r.priority = Priority::High;
    r.title = QStringLiteral("HPC degradation suspected");
    r.model = ModelRef{QStringLiteral("hpc-degradation"), QStringLiteral("3.2.0")};
    r.score = 0.82;
    r.threshold = 0.7;
    r.raisedAt = kRaised;
    return r;
}

Contribution contribution(const QString &signal, double weight, std::optional<double> baseline = std::nullopt)
{
    Contribution c;
    c.signal = signal;
    c.weight = weight;
    c.baseline = baseline;
    return c;
}

// n samples of each signal, one a second from kRaised - n s; signal k holds k + sample/100.
EvidenceWindow evidence(const QStringList &names, int n = 20)
{
    EvidenceWindow w;
    w.signalNames = names;
    for (int i = 0; i < n; ++i)
        w.times.push_back(kRaised - (n - i) * 1000);
    for (qsizetype k = 0; k < names.size(); ++k) {
        std::vector<float> v;
        for (int i = 0; i < n; ++i)
            v.push_back(float(k) + float(i) / 100.0f);
        w.values.push_back(v);
    }
    return w;
}

AssetHistory liveHistory(const QString &assetKey, const QStringList &names)
{
    const EvidenceWindow w = evidence(names, 30);
    AssetHistory h;
    h.key = assetKey;
    h.telemetryTimes = w.times;
    h.signalNames = w.signalNames;
    h.signalValues = w.values;
    return h;
}

// A whole explanation as AlertCenter gives it.
std::shared_ptr<AlertDetails> fullDetails()
{
    auto d = std::make_shared<AlertDetails>();
    d->alert = alertRecord();
    d->scores = {{kRaised - 120'000, 0.55, std::nullopt}, {kRaised - 60'000, 0.71, std::nullopt}, {kRaised, 0.82, std::nullopt}};
    Explanation e;
    e.method = QStringLiteral("SHAP");
    e.summary = QStringLiteral("HPC outlet temperature well above its baseline");
    e.contributions = {contribution(QStringLiteral("T30"), 0.31, 1590.0), contribution(QStringLiteral("Ps30"), -0.12, 47.3),
                       contribution(QStringLiteral("T50"), 0.44, 1400.0), contribution(QStringLiteral("Nc"), 0.08, 9050.0)};
    d->explanation = e;
    d->evidence = evidence({QStringLiteral("T30"), QStringLiteral("T50"), QStringLiteral("Ps30"), QStringLiteral("Nc")});
    SimilarAlert s;
    s.asset = QStringLiteral("engine-017");
    s.title = QStringLiteral("HPC degradation suspected");
    s.raisedAt = kRaised - 30LL * 86'400'000;
    s.outcome = QStringLiteral("true_positive");
    s.failureMode = QStringLiteral("Parameter deviation");
    d->similar = {s};
    return d;
}

// The bare minimum: no model, no score, no explanation, nothing similar, no evidence.
std::shared_ptr<AlertDetails> bareDetails()
{
    auto d = std::make_shared<AlertDetails>();
    d->alert.site = QStringLiteral("plant-b");
    d->alert.asset = QStringLiteral("pump-3");
    d->alert.alertId = QStringLiteral("b-001");
    d->alert.priority = Priority::Low;
    d->alert.raisedAt = kRaised;
    return d;
}

AssetSummary assetMeta()
{
    AssetSummary a;
    a.key = QStringLiteral("plant-a/engine-017");
    a.site = QStringLiteral("plant-a");
    a.asset = QStringLiteral("engine-017");
    a.hasMeta = true;
    a.name = QStringLiteral("Turbofan 17");
    a.type = QStringLiteral("turbofan");
    a.line = QStringLiteral("L1");
    a.criticality = Criticality::High;
    return a;
}

QString labelTexts(const ExplanationPanel &panel)
{
    QStringList texts;
    for (QLabel *l : panel.findChildren<QLabel *>())
        texts << l->text();
    return texts.join(QLatin1Char('|'));
}

QLabel *labelContaining(const ExplanationPanel &panel, const QString &part)
{
    for (QLabel *l : panel.findChildren<QLabel *>()) {
        if (l->text().contains(part))
            return l;
    }
    return nullptr;
}

// What the operator reads in a label: markup rendered away when the label takes its text as rich text.
QString readableText(const QLabel *l)
{
    const bool rich = l->textFormat() == Qt::RichText || (l->textFormat() == Qt::AutoText && Qt::mightBeRichText(l->text()));
    if (!rich)
        return l->text();
    QTextDocument doc;
    doc.setHtml(l->text());
    return doc.toPlainText();
}

TrendChart *scoreChart(const ExplanationPanel &panel)
{
    for (TrendChart *c : panel.findChildren<TrendChart *>()) {
        if (c->chart()->title() == QStringLiteral("Alert score against its threshold"))
            return c;
    }
    return nullptr;
}

QList<TrendChart *> visibleTraces(const ExplanationPanel &panel)
{
    QList<TrendChart *> traces;
    for (TrendChart *c : panel.findChildren<TrendChart *>()) {
        if (c != scoreChart(panel) && c->isVisibleTo(&panel))
            traces << c;
    }
    return traces;
}

// The chart's data series (unnamed) and its reference line (named "threshold" or "baseline").
QList<QPointF> seriesPoints(const TrendChart *chart, bool reference)
{
    for (QAbstractSeries *s : chart->chart()->series()) {
        auto *line = qobject_cast<QLineSeries *>(s);
        if (line && line->name().isEmpty() != reference)
            return line->points();
    }
    return {};
}

ContributionChart *contributionChart(const ExplanationPanel &panel)
{
    return panel.findChild<ContributionChart *>();
}

// The bars as drawn: category names left to right, and each bar's signed value.
std::vector<Contribution> bars(const ContributionChart *chart)
{
    std::vector<Contribution> out;
    const QList<QAbstractSeries *> series = chart->chart()->series();
    if (series.isEmpty())
        return out;
    auto *stacked = qobject_cast<QStackedBarSeries *>(series.constFirst());
    const QList<QAbstractAxis *> axes = chart->chart()->axes(Qt::Horizontal);
    auto *names = axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis *>(axes.constFirst());
    if (!stacked || !names || stacked->barSets().size() != 2)
        return out;
    const QBarSet *toward = stacked->barSets().at(0);
    const QBarSet *away = stacked->barSets().at(1);
    for (int i = 0; i < names->count(); ++i) {
        // A bar is on one side of zero only.
        if (toward->at(i) != 0.0 && away->at(i) != 0.0)
            return {};
        out.push_back(contribution(names->at(i), toward->at(i) + away->at(i)));
    }
    return out;
}

QStringList signalsOf(const std::vector<Contribution> &cs)
{
    QStringList s;
    for (const Contribution &c : cs)
        s << c.signal;
    return s;
}

} // namespace

class TestExplanationPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startsEmpty()
    {
        ExplanationPanel panel;
        QVERIFY(labelTexts(panel).contains(QStringLiteral("Select an alert in the queue")));
        QVERIFY(panel.alertKey().isEmpty());
        QVERIFY(panel.tracedSignals().isEmpty());
        QVERIFY(visibleTraces(panel).isEmpty());
        QCOMPARE(contributionChart(panel)->barCount(), 0);
        QVERIFY(scoreChart(panel));
        QCOMPARE(scoreChart(panel)->pointCount(), 0);
    }

    void headerSaysWhatTheAlertHas_data()
    {
        QTest::addColumn<bool>("withModel");
        QTest::addColumn<bool>("withThreshold");
        QTest::addColumn<bool>("withTitle");
        QTest::addColumn<bool>("withMeta");
        QTest::newRow("everything") << true << true << true << true;
        QTest::newRow("no model") << false << true << true << true;
        QTest::newRow("a score without threshold") << true << false << true << true;
        QTest::newRow("no title: the alert id") << true << true << false << true;
        QTest::newRow("asset without meta") << true << true << true << false;
    }

    void headerSaysWhatTheAlertHas()
    {
        QFETCH(bool, withModel);
        QFETCH(bool, withThreshold);
        QFETCH(bool, withTitle);
        QFETCH(bool, withMeta);
        auto d = fullDetails();
        if (!withModel)
            d->alert.model = {};
        if (!withThreshold)
            d->alert.threshold.reset();
        if (!withTitle)
            d->alert.title.clear();
        AssetSummary meta = assetMeta();
        meta.hasMeta = withMeta;
        ExplanationPanel panel;
        panel.showDetails(d, &meta);
        const QString all = labelTexts(panel);
        QCOMPARE(panel.alertKey(), QStringLiteral("plant-a/engine-017/a-7f3c2e"));
        QVERIFY2(all.contains(QStringLiteral("HIGH %1 — engine-017 on plant-a")
                                  .arg(withTitle ? QStringLiteral("HPC degradation suspected") : QStringLiteral("a-7f3c2e"))),
                 qPrintable(all));
        QCOMPARE(all.contains(QStringLiteral("model hpc-degradation version 3.2.0")), withModel);
        const QString score = QStringLiteral("score %1 against threshold %2")
                                  .arg(QLocale().toString(0.82, 'f', 2), QLocale().toString(0.7, 'f', 2));
        QCOMPARE(all.contains(score), withThreshold);
        QVERIFY2(all.contains(QStringLiteral("raised 2026-03-14 09:26:53")), qPrintable(all));
        QCOMPARE(all.contains(QStringLiteral("Turbofan 17 (turbofan, L1, criticality high)")), withMeta);
    }

    void scoreTrendAgainstThreshold_data()
    {
        QTest::addColumn<double>("alertThreshold");   // NaN: none
        QTest::addColumn<QList<double>>("pointThresholds");   // per score point; NaN: none
        QTest::addColumn<double>("line");   // NaN: no threshold line
        const double none = std::nan("");
        QTest::newRow("the alert's threshold") << 0.7 << QList<double>({none, none, none}) << 0.7;
        QTest::newRow("the newest event's threshold wins") << 0.7 << QList<double>({0.6, 0.65, none}) << 0.65;
        QTest::newRow("a threshold from the events only") << none << QList<double>({0.6, none, none}) << 0.6;
        QTest::newRow("no threshold anywhere") << none << QList<double>({none, none, none}) << none;
    }

    void scoreTrendAgainstThreshold()
    {
        QFETCH(double, alertThreshold);
        QFETCH(QList<double>, pointThresholds);
        QFETCH(double, line);
        auto d = fullDetails();
        d->alert.threshold = std::isnan(alertThreshold) ? std::nullopt : std::optional<double>(alertThreshold);
        for (size_t i = 0; i < d->scores.size(); ++i) {
            const double t = pointThresholds.at(qsizetype(i));
            d->scores[i].threshold = std::isnan(t) ? std::nullopt : std::optional<double>(t);
        }
        ExplanationPanel panel;
        panel.showDetails(d, nullptr);
        TrendChart *chart = scoreChart(panel);
        QVERIFY(chart);
        const QList<QPointF> points = seriesPoints(chart, false);
        QCOMPARE(points.size(), 3);
        for (size_t i = 0; i < d->scores.size(); ++i) {
            QCOMPARE(qint64(points.at(qsizetype(i)).x()), d->scores[i].at);
            QCOMPARE(float(points.at(qsizetype(i)).y()), float(d->scores[i].score));
        }
        const QList<QPointF> threshold = seriesPoints(chart, true);
        if (std::isnan(line)) {
            QVERIFY(threshold.isEmpty());
            return;
        }
        QCOMPARE(threshold.size(), 2);   // across the whole trend
        QCOMPARE(threshold.at(0), QPointF(double(d->scores.front().at), line));
        QCOMPARE(threshold.at(1), QPointF(double(d->scores.back().at), line));
    }

    void signedContributionsStrongestFirst_data()
    {
        QTest::addColumn<std::vector<Contribution>>("given");
        QTest::addColumn<std::vector<Contribution>>("drawn");
        const auto c = [](const char *s, double w) { return contribution(QString::fromLatin1(s), w); };
        QTest::newRow("both signs, by size") << std::vector<Contribution>{c("T30", 0.31), c("Ps30", -0.52), c("T50", 0.44)}
                                             << std::vector<Contribution>{c("Ps30", -0.52), c("T50", 0.44), c("T30", 0.31)};
        QTest::newRow("at most six, the weakest left out")
            << std::vector<Contribution>{c("a", 0.10), c("b", -0.50), c("c", 0.30), c("d", 0.05), c("e", -0.02), c("f", 0.40),
                                         c("g", 0.01)}
            << std::vector<Contribution>{c("b", -0.50), c("f", 0.40), c("c", 0.30), c("a", 0.10), c("d", 0.05), c("e", -0.02)};
        QTest::newRow("all pulling toward normal") << std::vector<Contribution>{c("x", -0.1), c("y", -0.3)}
                                                   << std::vector<Contribution>{c("y", -0.3), c("x", -0.1)};
        QTest::newRow("none") << std::vector<Contribution>{} << std::vector<Contribution>{};
    }

    void signedContributionsStrongestFirst()
    {
        QFETCH(std::vector<Contribution>, given);
        QFETCH(std::vector<Contribution>, drawn);
        auto d = fullDetails();
        d->explanation->contributions = given;
        ExplanationPanel panel;
        panel.showDetails(d, nullptr);
        ContributionChart *chart = contributionChart(panel);
        QVERIFY(chart);
        QCOMPARE(chart->barCount(), int(drawn.size()));
        const std::vector<Contribution> shown = bars(chart);
        QCOMPARE(signalsOf(shown), signalsOf(drawn));
        for (size_t i = 0; i < drawn.size(); ++i)
            QCOMPARE(float(shown[i].weight), float(drawn[i].weight));
        if (drawn.empty())
            QVERIFY(chart->chart()->title().contains(QStringLiteral("No contributions")));
    }

    void methodAndSummary_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("summary");
        QTest::addColumn<QString>("shown");
        QTest::newRow("both") << QStringLiteral("SHAP") << QStringLiteral("T50 high") << QStringLiteral("Method SHAP: T50 high");
        QTest::newRow("no method") << QString() << QStringLiteral("T50 high") << QStringLiteral("Method (not named): T50 high");
        QTest::newRow("no summary") << QStringLiteral("SHAP") << QString() << QStringLiteral("Method SHAP: (no summary)");
    }

    void methodAndSummary()
    {
        QFETCH(QString, method);
        QFETCH(QString, summary);
        QFETCH(QString, shown);
        auto d = fullDetails();
        d->explanation->method = method;
        d->explanation->summary = summary;
        ExplanationPanel panel;
        panel.showDetails(d, nullptr);
        QVERIFY2(labelTexts(panel).contains(shown), qPrintable(labelTexts(panel)));
    }

    void withoutExplanationShowsWhatItHas()
    {
        auto d = fullDetails();
        d->explanation.reset();
        ExplanationPanel panel;
        panel.showDetails(d, nullptr);
        const QString all = labelTexts(panel);
        QVERIFY2(all.contains(QStringLiteral("came without an explanation")), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("model hpc-degradation version 3.2.0")));
        QCOMPARE(contributionChart(panel)->barCount(), 0);
        QVERIFY(panel.tracedSignals().isEmpty());   // nothing says which signals matter
        QVERIFY(visibleTraces(panel).isEmpty());
        QCOMPARE(scoreChart(panel)->pointCount(), 3);
        QVERIFY(all.contains(QStringLiteral("Parameter deviation")));
    }

    void tracesTheStrongestPositiveContributorsWithData_data()
    {
        QTest::addColumn<std::vector<Contribution>>("contributions");
        QTest::addColumn<QStringList>("recorded");
        QTest::addColumn<QStringList>("traced");
        const auto c = [](const char *s, double w) { return contribution(QString::fromLatin1(s), w, 10.0 * w); };
        const QStringList abcd{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")};
        QTest::newRow("three strongest") << std::vector<Contribution>{c("d", 0.2), c("b", 0.4), c("a", 0.5), c("c", 0.3)} << abcd
                                         << QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        QTest::newRow("pulling toward normal is not traced") << std::vector<Contribution>{c("a", 0.5), c("b", -0.9), c("c", 0.1)}
                                                             << abcd << QStringList({QStringLiteral("a"), QStringLiteral("c")});
        QTest::newRow("a signal never recorded is skipped")
            << std::vector<Contribution>{c("zz", 0.9), c("b", 0.4), c("c", 0.3), c("d", 0.2)} << abcd
            << QStringList({QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")});
        QTest::newRow("nothing recorded") << std::vector<Contribution>{c("a", 0.5)} << QStringList() << QStringList();
        QTest::newRow("zero weight is not traced") << std::vector<Contribution>{c("a", 0.0)} << abcd << QStringList();
    }

    void tracesTheStrongestPositiveContributorsWithData()
    {
        QFETCH(std::vector<Contribution>, contributions);
        QFETCH(QStringList, recorded);
        QFETCH(QStringList, traced);
        auto d = fullDetails();
        d->explanation->contributions = contributions;
        d->evidence = evidence(recorded);
        if (recorded.isEmpty())
            d->evidence = {};
        ExplanationPanel panel;
        panel.showDetails(d, nullptr);
        QCOMPARE(panel.tracedSignals(), traced);
        const QList<TrendChart *> traces = visibleTraces(panel);
        QCOMPARE(traces.size(), traced.size());
        for (const QString &signal : traced) {
            TrendChart *chart = nullptr;
            for (TrendChart *t : traces) {
                if (t->chart()->title().startsWith(signal + QStringLiteral(" (evidence)")))
                    chart = t;
            }
            QVERIFY2(chart, qPrintable(signal));
            // The evidence samples of that signal, against its baseline.
            const QList<QPointF> points = seriesPoints(chart, false);
            QCOMPARE(points.size(), 20);
            const qsizetype column = recorded.indexOf(signal);
            QCOMPARE(float(points.constFirst().y()), d->evidence.values[size_t(column)].front());
            QCOMPARE(qint64(points.constLast().x()), d->evidence.times.back());
            double weight = 0.0;
            for (const Contribution &k : contributions) {
                if (k.signal == signal)
                    weight = k.weight;
            }
            const QList<QPointF> baseline = seriesPoints(chart, true);
            QCOMPARE(baseline.size(), 2);
            QCOMPARE(baseline.constFirst().y(), 10.0 * weight);
        }
    }

    void liveHistoryWhenNoEvidenceWasKept_data()
    {
        QTest::addColumn<bool>("historyFirst");
        QTest::newRow("history, then the details") << true;
        QTest::newRow("the details, then history") << false;
    }

    void liveHistoryWhenNoEvidenceWasKept()
    {
        QFETCH(bool, historyFirst);
        auto d = fullDetails();
        d->evidence = {};
        const QStringList names{QStringLiteral("T50"), QStringLiteral("T30"), QStringLiteral("Nc")};
        ExplanationPanel panel;
        if (historyFirst)
            panel.updateLiveHistory(liveHistory(QStringLiteral("plant-a/engine-017"), names));
        panel.showDetails(d, nullptr);
        if (!historyFirst) {
            QVERIFY(panel.tracedSignals().isEmpty());
            panel.updateLiveHistory(liveHistory(QStringLiteral("plant-a/engine-099"), names));   // another asset's
            QVERIFY(panel.tracedSignals().isEmpty());
            panel.updateLiveHistory(liveHistory(QStringLiteral("plant-a/engine-017"), names));
        }
        QCOMPARE(panel.tracedSignals(), QStringList({QStringLiteral("T50"), QStringLiteral("T30"), QStringLiteral("Nc")}));
        const QList<TrendChart *> traces = visibleTraces(panel);
        QCOMPARE(traces.size(), 3);
        for (TrendChart *t : traces) {
            QVERIFY2(t->chart()->title().contains(QStringLiteral("(live)")), qPrintable(t->chart()->title()));
            QCOMPARE(seriesPoints(t, false).size(), 30);
        }
    }

    void evidenceBeatsLiveHistory()
    {
        ExplanationPanel panel;
        panel.showDetails(fullDetails(), nullptr);
        const QStringList traced = panel.tracedSignals();
        QCOMPARE(traced, QStringList({QStringLiteral("T50"), QStringLiteral("T30"), QStringLiteral("Nc")}));
        panel.updateLiveHistory(liveHistory(QStringLiteral("plant-a/engine-017"), {QStringLiteral("Nc")}));
        QCOMPARE(panel.tracedSignals(), traced);
        for (TrendChart *t : visibleTraces(panel)) {
            QVERIFY2(t->chart()->title().contains(QStringLiteral("(evidence)")), qPrintable(t->chart()->title()));
            QCOMPARE(seriesPoints(t, false).size(), 20);
        }
    }

    void lastSimilarAlerts_data()
    {
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("failureMode");
        QTest::addColumn<QString>("found");
        QTest::newRow("outcome and failure mode") << QStringLiteral("true_positive") << QStringLiteral("Vibration")
                                                  << QStringLiteral("true fault: Vibration");
        QTest::newRow("outcome only") << QStringLiteral("false_positive") << QString() << QStringLiteral("no fault found");
        QTest::newRow("no label yet") << QString() << QString() << QStringLiteral("no finding yet");
    }

    void lastSimilarAlerts()
    {
        QFETCH(QString, outcome);
        QFETCH(QString, failureMode);
        QFETCH(QString, found);
        auto d = fullDetails();
        d->similar.front().outcome = outcome;
        d->similar.front().failureMode = failureMode;
        d->similar.front().title = QStringLiteral("Bearing temp <limit> & rising");
        ExplanationPanel panel;
        panel.showDetails(d, nullptr);
        QLabel *similar = labelContaining(panel, QStringLiteral("Last similar alerts"));
        QVERIFY(similar);
        const QString text = readableText(similar);
        const QString date = QDateTime::fromMSecsSinceEpoch(d->similar.front().raisedAt).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        QVERIFY2(text.contains(QStringLiteral("%1 · engine-017 · Bearing temp <limit> & rising — %2").arg(date, found)),
                 qPrintable(text));

        d->similar.clear();
        panel.showDetails(d, nullptr);
        QVERIFY(readableText(labelContaining(panel, QStringLiteral("Last similar alerts"))).contains(QStringLiteral("none in the store")));
    }

    void fleetTextIsShownAsText()
    {
        auto d = fullDetails();
        d->alert.title = QStringLiteral("<b>Bearing</b> temp <limit>");
        d->explanation->summary = QStringLiteral("T50 <above> baseline & rising");
        d->alert.model.name = QStringLiteral("<i>gbm</i>");
        ExplanationPanel panel;
        panel.showDetails(d, nullptr);
        QStringList readable;
        for (QLabel *l : panel.findChildren<QLabel *>())
            readable << readableText(l);
        const QString all = readable.join(QLatin1Char('|'));
        for (const QString &part : {QStringLiteral("<b>Bearing</b> temp <limit>"), QStringLiteral("T50 <above> baseline & rising"),
                                    QStringLiteral("model <i>gbm</i> version 3.2.0")})
            QVERIFY2(all.contains(part), qPrintable(part + QStringLiteral(" not in ") + all));
    }

    void aNewAlertLeavesNothingOfThePrevious()
    {
        ExplanationPanel panel;
        AssetSummary meta = assetMeta();
        panel.showDetails(fullDetails(), &meta);
        QVERIFY(!panel.tracedSignals().isEmpty());
        QCOMPARE(seriesPoints(scoreChart(panel), true).size(), 2);

        auto bare = bareDetails();
        bare->alert.threshold = 0.5;   // a threshold, but no score events to draw it against
        panel.showDetails(bare, nullptr);
        QCOMPARE(panel.alertKey(), QStringLiteral("plant-b/pump-3/b-001"));
        const QString all = labelTexts(panel);
        QVERIFY2(all.contains(QStringLiteral("LOW b-001 — pump-3 on plant-b")), qPrintable(all));
        for (const QString &old : {QStringLiteral("HPC"), QStringLiteral("hpc-degradation"), QStringLiteral("Turbofan 17"),
                                   QStringLiteral("SHAP"), QStringLiteral("Parameter deviation"), QStringLiteral("engine-017")})
            QVERIFY2(!all.contains(old), qPrintable(old + QStringLiteral(" still in ") + all));
        QVERIFY(all.contains(QStringLiteral("none in the store")));
        QVERIFY(all.contains(QStringLiteral("came without an explanation")));
        QCOMPARE(contributionChart(panel)->barCount(), 0);
        QVERIFY(panel.tracedSignals().isEmpty());
        QVERIFY(visibleTraces(panel).isEmpty());
        QCOMPARE(scoreChart(panel)->pointCount(), 0);
        // No threshold line left over from the previous alert's trend.
        QVERIFY(seriesPoints(scoreChart(panel), true).isEmpty());
    }

    void nothingToShowClears_data()
    {
        QTest::addColumn<bool>("null");
        QTest::newRow("no details") << true;
        QTest::newRow("clear()") << false;
    }

    void nothingToShowClears()
    {
        QFETCH(bool, null);
        ExplanationPanel panel;
        panel.showDetails(fullDetails(), nullptr);
        if (null)
            panel.showDetails(nullptr, nullptr);
        else
            panel.clear();
        QVERIFY(panel.alertKey().isEmpty());
        QVERIFY(panel.tracedSignals().isEmpty());
        QVERIFY(visibleTraces(panel).isEmpty());
        QCOMPARE(contributionChart(panel)->barCount(), 0);
        QCOMPARE(scoreChart(panel)->pointCount(), 0);
        const QString all = labelTexts(panel);
        QVERIFY(all.contains(QStringLiteral("Select an alert in the queue")));
        QVERIFY2(!all.contains(QStringLiteral("HPC")), qPrintable(all));
        // Live history for the old alert's asset draws nothing now.
        panel.updateLiveHistory(liveHistory(QStringLiteral("plant-a/engine-017"), {QStringLiteral("T50")}));
        QVERIFY(visibleTraces(panel).isEmpty());
    }

    void unavailableDetailsSaySo()
    {
        ExplanationPanel panel;
        panel.showDetails(fullDetails(), nullptr);
        panel.showUnavailable(QStringLiteral("plant-b/pump-3/b-001"), QStringLiteral("The local store is not open."));
        const QString all = labelTexts(panel);
        QVERIFY2(all.contains(QStringLiteral("plant-b/pump-3/b-001")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("The local store is not open.")), qPrintable(all));
        QVERIFY2(!all.contains(QStringLiteral("HPC")), qPrintable(all));
        QVERIFY(panel.alertKey().isEmpty());
        QVERIFY(panel.tracedSignals().isEmpty());
        QVERIFY(visibleTraces(panel).isEmpty());
        QCOMPARE(contributionChart(panel)->barCount(), 0);
        QCOMPARE(scoreChart(panel)->pointCount(), 0);
        // The details arriving later still show.
        panel.showDetails(bareDetails(), nullptr);
        QCOMPARE(panel.alertKey(), QStringLiteral("plant-b/pump-3/b-001"));
        QVERIFY(!labelTexts(panel).contains(QStringLiteral("not open")));
    }
};

QTEST_MAIN(TestExplanationPanel)
#include "tst_explanationpanel.moc"

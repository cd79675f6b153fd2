#include "widgets/explanationpanel.h"

#include "core/common/localformat.h"
#include "core/fleet/displaytext.h"
#include "core/labels/failuremodevocabulary.h"
#include "widgets/contributionchart.h"
#include "widgets/trendchart.h"

#include <QDateTime>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace fw {

ExplanationPanel::ExplanationPanel(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_facts(new QLabel(this)), m_summary(new QLabel(this)),
      m_score(new TrendChart(this)), m_contributions(new ContributionChart(this)), m_similar(new QLabel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_facts->setWordWrap(true);
    m_summary->setWordWrap(true);
    // Titles, model names and summaries come from the fleet's payloads: text, never markup.
    for (QLabel *label : {m_title, m_facts, m_summary})
        label->setTextFormat(Qt::PlainText);
    m_similar->setWordWrap(true);
    m_similar->setTextFormat(Qt::RichText);
    m_similar->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_score->setFixedRange(0.0, 1.0);
    m_score->setTitle(tr("Alert score against its threshold"));

    auto *grid = new QGridLayout;
    grid->addWidget(m_score, 0, 0);
    grid->addWidget(m_contributions, 0, 1);
    for (int i = 0; i < kTraces; ++i) {
        auto *trace = new TrendChart(this);
        m_traces.push_back(trace);
        grid->addWidget(trace, 1 + i / 2, i % 2);
    }
    grid->addWidget(m_similar, 2, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(m_summary);
    layout->addLayout(grid, 1);
    clear();
}

void ExplanationPanel::clear()
{
    m_details.reset();
    m_title->setText(tr("Select an alert in the queue to see why it was raised."));
    m_facts->clear();
    m_summary->clear();
    m_score->clear();
    m_contributions->setContributions({});
    for (TrendChart *t : m_traces)
        t->hide();
    m_similar->clear();
    m_traced.clear();
}

void ExplanationPanel::showDetails(const AlertDetailsPtr &details, const AssetSummary *asset)
{
    if (!details)
        return clear();
    m_details = details;
    const AlertRecord &a = details->alert;
    m_title->setText(tr("%1 %2 — %3 on %4").arg(DisplayText::priority(a.priority).toUpper(),
                                                a.title.isEmpty() ? a.alertId : a.title, a.asset, a.site));
    QStringList facts;
    if (!a.model.name.isEmpty())
        facts << tr("model %1 version %2").arg(a.model.name, a.model.version);
    if (a.score && a.threshold)
        facts << tr("score %1 against threshold %2").arg(QLocale().toString(*a.score, 'f', 2),
                                                         QLocale().toString(*a.threshold, 'f', 2));
    facts << tr("raised %1").arg(LocalFormat::dateTimeWithSeconds(a.raisedAt));
    if (asset && asset->hasMeta) {
        facts << tr("%1 (%2, %3, criticality %4)").arg(asset->name, asset->type, asset->line,
                                                       DisplayText::criticality(asset->criticality));
    }
    m_facts->setText(facts.join(QStringLiteral(" · ")));
    if (details->explanation) {
        const Explanation &e = *details->explanation;
        m_summary->setText(tr("Method %1: %2").arg(e.method.isEmpty() ? tr("(not named)") : e.method,
                                                   e.summary.isEmpty() ? tr("(no summary)") : e.summary));
        m_contributions->setContributions(e.contributions);
    } else {
        m_summary->setText(tr("This alert came without an explanation; what the console has is shown."));
        m_contributions->setContributions({});
    }

    std::vector<qint64> times;
    std::vector<float> scores;
    std::optional<double> threshold = a.threshold;
    for (const ScorePoint &p : details->scores) {
        times.push_back(p.at);
        scores.push_back(float(p.score));
        if (p.threshold)
            threshold = p.threshold;
    }
    m_score->setReference(threshold, tr("threshold"));
    m_score->setData(times, scores);

    QStringList lines;
    for (const SimilarAlert &s : details->similar) {
        const QString found = s.outcome.isEmpty()
                                  ? tr("no finding yet")
                                  : DisplayText::outcome(s.outcome)
                                        + (s.failureMode.isEmpty() ? QString()
                                                                   : QStringLiteral(": ") + FailureModeVocabulary::displayName(s.failureMode));
        lines << QStringLiteral("%1 · %2 · %3 — <i>%4</i>")
                     .arg(LocalFormat::dateTime(s.raisedAt),
                          s.asset.toHtmlEscaped(), s.title.toHtmlEscaped(), found.toHtmlEscaped());
    }
    m_similar->setText(tr("<b>Last similar alerts</b> (same asset, or same model)<br>%1")
                           .arg(lines.isEmpty() ? tr("none in the store") : lines.join(QStringLiteral("<br>"))));
    refreshTraces();
}

void ExplanationPanel::showUnavailable(const QString &alertKey, const QString &reason)
{
    clear();
    m_title->setText(tr("No explanation for %1").arg(alertKey));
    m_facts->setText(reason);
}

void ExplanationPanel::updateLiveHistory(const AssetHistory &history)
{
    m_live = history;
    if (m_details && m_details->evidence.empty() && history.key == m_details->alert.assetKey())
        refreshTraces();
}

void ExplanationPanel::refreshTraces()
{
    m_traced.clear();
    for (TrendChart *t : m_traces)
        t->hide();
    if (!m_details)
        return;
    // The evidence kept with the alert when there is one; the live history otherwise.
    const bool fromEvidence = !m_details->evidence.empty();
    const std::vector<qint64> &times = fromEvidence ? m_details->evidence.times : m_live.telemetryTimes;
    const QStringList &names = fromEvidence ? m_details->evidence.signalNames : m_live.signalNames;
    const auto &values = fromEvidence ? m_details->evidence.values : m_live.signalValues;
    if (fromEvidence == false && m_live.key != m_details->alert.assetKey())
        return;
    std::vector<Contribution> strongest;
    if (m_details->explanation)
        strongest = m_details->explanation->contributions;
    std::sort(strongest.begin(), strongest.end(), [](const Contribution &a, const Contribution &b) { return a.weight > b.weight; });
    size_t next = 0;
    for (const Contribution &c : strongest) {
        if (next >= m_traces.size() || c.weight <= 0)
            break;
        const qsizetype column = names.indexOf(c.signal);
        if (column < 0)
            continue;   // a signal this asset never sent: the bar shows it, there is no trace to draw
        TrendChart *chart = m_traces[next++];
        chart->setTitle(tr("%1 (%2) against its baseline").arg(c.signal, fromEvidence ? tr("evidence") : tr("live")));
        chart->setReference(c.baseline, tr("baseline"));
        chart->setData(times, values[size_t(column)]);
        chart->show();
        m_traced << c.signal;
    }
}

} // namespace fw

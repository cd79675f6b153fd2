#include "widgets/assetdetailpanel.h"

#include "core/fleet/displaytext.h"
#include "models/fleettablemodel.h"
#include "models/signallistmodel.h"
#include "widgets/hmipalette.h"
#include "widgets/trendchart.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QVBoxLayout>

namespace fw {
namespace {

// Signals that carry HPC degradation in C-MAPSS-like turbofans: a sensible first choice when present.
const QStringList kPreferredSignals{QStringLiteral("T30"), QStringLiteral("T50"), QStringLiteral("Ps30")};

} // namespace

AssetDetailPanel::AssetDetailPanel(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_facts(new QLabel(this)), m_freshness(new QLabel(this)),
      m_health(new TrendChart(this)),
      m_signalList(new QListView(this)), m_signals(new SignalListModel(this)), m_chartsLayout(new QVBoxLayout),
      m_empty(new QLabel(tr("Select an asset in the fleet table to see its trends."), this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_facts->setWordWrap(true);
    m_facts->setTextFormat(Qt::PlainText);
    m_freshness->setTextFormat(Qt::PlainText);
    m_freshness->setWordWrap(true);
    m_freshness->setMargin(4);
    m_freshness->setAutoFillBackground(true);
    QFont freshnessFont = m_freshness->font();
    freshnessFont.setBold(true);
    m_freshness->setFont(freshnessFont);
    QPalette hatched = m_freshness->palette();
    hatched.setBrush(QPalette::Window, FleetTableModel::staleBrush());
    m_freshness->setPalette(hatched);
    m_freshness->hide();
    m_health->setTitle(tr("Health score"));
    m_health->setFixedRange(0.0, 1.0);
    m_health->setMinimumHeight(110);
    m_signalList->setModel(m_signals);
    m_signalList->setMaximumWidth(190);
    m_signalList->setToolTip(tr("Check up to %1 signals to trend").arg(SignalListModel::maxChecked()));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto *signalsRow = new QHBoxLayout;
    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(new QLabel(tr("Signals (check to trend):"), this));
    listColumn->addWidget(m_signalList, 1);
    signalsRow->addLayout(listColumn);
    signalsRow->addLayout(m_chartsLayout, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(m_freshness);
    layout->addWidget(m_empty);
    layout->addWidget(m_health);
    layout->addLayout(signalsRow, 1);

    connect(m_signals, &SignalListModel::checkedChanged, this, &AssetDetailPanel::rebuildSignalCharts);
    showAsset({}, nullptr);
}

void AssetDetailPanel::showAsset(const QString &key, const AssetSummary *summary)
{
    m_key = key;
    m_history = AssetHistory{};
    m_health->clear();
    const bool has = !key.isEmpty() && summary;
    m_empty->setVisible(!has);
    m_health->setVisible(has);
    m_signalList->setVisible(has);
    m_title->setText(has ? QString() : tr("No asset selected"));
    m_facts->clear();
    m_dataFreshness = {};
    m_status = DataFreshness::Status::NoData;
    refreshFreshness();
    m_signals->setSignals(has ? summary->signalInfos : std::vector<SignalInfo>{}, {}, kPreferredSignals);
    if (has)
        updateSummary(*summary);
}

void AssetDetailPanel::updateSummary(const AssetSummary &s)
{
    if (s.key != m_key)
        return;
    m_title->setText(s.name.isEmpty() ? s.asset : tr("%1 — %2").arg(s.name, s.asset));
    QStringList facts;
    facts << tr("Site %1").arg(s.site);
    if (!s.line.isEmpty())
        facts << s.line;
    if (!s.type.isEmpty())
        facts << s.type;
    if (s.criticality != Criticality::Unknown)
        facts << tr("criticality %1").arg(DisplayText::criticality(s.criticality));
    if (!s.location.isEmpty())
        facts << s.location;
    QStringList health;
    if (s.score)
        health << tr("health %1 (%2)").arg(QLocale().toString(*s.score, 'f', 2), DisplayText::healthState(*s.state).toUpper());
    if (s.rul)
        health << tr("RUL %1 %2").arg(QLocale().toString(*s.rul, 'f', 0), s.rulUnit);
    if (!s.model.name.isEmpty())
        health << tr("model %1 %2").arg(s.model.name, s.model.version);
    if (s.online)
        health << (*s.online ? tr("online") : tr("OFFLINE"));
    if (s.lostSamples > 0)
        health << tr("%n sample(s) lost", nullptr, int(s.lostSamples));
    m_facts->setText(facts.join(QStringLiteral(" · ")) + QLatin1Char('\n') + health.join(QStringLiteral(" · ")));
    // A break in the trend is a stretch in which the table would have shown the asset stale.
    for (TrendChart *chart : charts())
        chart->setGapThreshold(s.freshness.staleAfterMs());
    if (s.freshness != m_dataFreshness) {
        m_dataFreshness = s.freshness;
        refreshFreshness();
    }
}

void AssetDetailPanel::setFreshness(DataFreshness::Status status, qint64 nowMs)
{
    m_status = status;
    m_now = nowMs;
    refreshFreshness();
}

std::vector<TrendChart *> AssetDetailPanel::charts() const
{
    std::vector<TrendChart *> all{m_health};
    all.insert(all.end(), m_signalCharts.begin(), m_signalCharts.end());
    return all;
}

QString AssetDetailPanel::freshnessText() const
{
    return m_freshness->isHidden() ? QString() : m_freshness->text();
}

void AssetDetailPanel::refreshFreshness()
{
    const bool stale = !m_key.isEmpty() && DataFreshness::isStale(m_status);
    const qint64 last = m_dataFreshness.lastArrivalMs();
    if (stale && m_status == DataFreshness::Status::LastKnown) {
        m_freshness->setText(last > 0 ? tr("LAST KNOWN: not connected to the broker; these values were received at %1.")
                                            .arg(FleetTableModel::sinceText(last, m_now))
                                      : tr("LAST KNOWN: not connected to the broker."));
    } else if (stale) {
        const auto usual = m_dataFreshness.usualIntervalMs();
        m_freshness->setText(usual ? tr("STALE: no data since %1 (%2 ago); it usually sends every %3.")
                                         .arg(FleetTableModel::sinceText(last, m_now),
                                              FleetTableModel::durationText(std::max<qint64>(0, m_now - last)),
                                              FleetTableModel::durationText(*usual))
                                   : tr("STALE: no data since %1 (%2 ago).")
                                         .arg(FleetTableModel::sinceText(last, m_now),
                                              FleetTableModel::durationText(std::max<qint64>(0, m_now - last))));
    }
    m_freshness->setVisible(stale);
    for (TrendChart *chart : charts())
        chart->setDataEnd(stale ? std::optional<qint64>(m_now) : std::nullopt);
}

void AssetDetailPanel::updateHistory(const AssetHistory &history)
{
    if (history.key != m_key)
        return;
    m_history = history;
    m_signals->addSeen(history.signalNames);
    if (m_signals->checkedNames().isEmpty() && !history.signalNames.isEmpty())
        m_signals->setSignals({}, history.signalNames, kPreferredSignals);
    m_health->setData(history.healthTimes, history.healthScores);
    refreshSignalCharts();
}

void AssetDetailPanel::rebuildSignalCharts()
{
    const QStringList names = m_signals->checkedNames();
    if (names == m_chartNames)
        return;
    m_chartNames = names;
    for (TrendChart *chart : m_signalCharts)
        chart->deleteLater();
    m_signalCharts.clear();
    for (const QString &name : names) {
        auto *chart = new TrendChart(this);
        const QString unit = m_signals->unitOf(name);
        const QString label = m_signals->labelOf(name);
        chart->setTitle(QStringLiteral("%1%2%3").arg(name, label.isEmpty() ? QString() : QStringLiteral(" — ") + label,
                                                     unit.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(unit)));
        chart->setGapThreshold(m_dataFreshness.staleAfterMs());
        m_chartsLayout->addWidget(chart, 1);
        m_signalCharts.push_back(chart);
    }
    refreshSignalCharts();
    refreshFreshness();   // new charts end where the others do
}

void AssetDetailPanel::refreshSignalCharts()
{
    for (size_t i = 0; i < m_signalCharts.size() && i < size_t(m_chartNames.size()); ++i) {
        const qsizetype column = m_history.signalNames.indexOf(m_chartNames[qsizetype(i)]);
        if (column < 0) {
            m_signalCharts[i]->clear();
            continue;
        }
        m_signalCharts[i]->setData(m_history.telemetryTimes, m_history.signalValues[size_t(column)]);
    }
}

} // namespace fw

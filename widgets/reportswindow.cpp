#include "widgets/reportswindow.h"

#include "core/fleetmessages.h"
#include "core/reportcli.h"
#include "core/reportcsv.h"
#include "widgets/hmipalette.h"
#include "widgets/reportpdfwriter.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextStream>
#include <QThread>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace fw {

namespace {

QString num(qint64 n)
{
    return QLocale::system().toString(n);
}

QString pct(double share)
{
    return QStringLiteral("%1 %").arg(share * 100.0, 0, 'f', 1);
}

QString ack(const AckStats &s, double ms)
{
    return s.acknowledged > 0 ? formatAckDuration(ms) : QStringLiteral("–");
}

QString when(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QTableWidget *makeTable(const QString &name, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->setVisible(false);
    t->horizontalHeader()->setStretchLastSection(false);
    return t;
}

// Numbers (anything starting with a digit, "–" or a sign: "+", "−", "±") right-aligned.
void fill(QTableWidget *t, const QList<QStringList> &rows)
{
    t->setSortingEnabled(false);
    t->setRowCount(int(rows.size()));
    for (int r = 0; r < int(rows.size()); ++r) {
        for (int c = 0; c < t->columnCount() && c < int(rows[r].size()); ++c) {
            auto *item = new QTableWidgetItem(rows[r][c]);
            const QString &text = rows[r][c];
            if (c > 0 && !text.isEmpty() && (text[0].isDigit() || text[0] == QChar(0x2013) || text[0] == QLatin1Char('+')
                                                    || text[0] == QChar(0x2212) || text[0] == QChar(0x00B1)))
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            t->setItem(r, c, item);
        }
    }
    t->resizeColumnsToContents();
}

// ---- charts (greys only, ISA-101: no colour for the normal picture) ----

const QColor kBarDark{0x55, 0x55, 0x55};

QChartView *makeChart(const QString &name)
{
    auto *chart = new QChart;
    chart->setBackgroundBrush(hmi::kPanel);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(6, 4, 6, 4));
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setTitleBrush(hmi::kText);
    auto *view = new QChartView(chart);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

void styleAxis(QAbstractAxis *axis, const QString &title)
{
    axis->setTitleText(title);
    axis->setLabelsColor(hmi::kText);
    axis->setTitleBrush(hmi::kMutedText);
    axis->setGridLineColor(hmi::kGrid);
    axis->setLinePenColor(hmi::kMutedText);
    QFont f = axis->titleFont();
    f.setBold(false);
    axis->setTitleFont(f);
}

// A value axis from 0 with round ticks.
QValueAxis *valueAxis(double max, const QString &title, const QString &format)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, max > 0 ? max : 1);
    axis->applyNiceNumbers();
    axis->setLabelFormat(format);
    styleAxis(axis, title);
    return axis;
}

// A short label for a histogram bound: "30 s", "5 min", "2 h", "1 d".
QString shortDuration(qint64 ms)
{
    const qint64 s = ms / 1000;
    if (s < 60)
        return ReportsWindow::tr("%1 s").arg(s);
    if (s < 3600)
        return s % 60 == 0 ? ReportsWindow::tr("%1 min").arg(s / 60)
                           : ReportsWindow::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    if (s < 86400)
        return s % 3600 == 0 ? ReportsWindow::tr("%1 h").arg(s / 3600)
                             : ReportsWindow::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    return s % 86400 == 0 ? ReportsWindow::tr("%1 d").arg(s / 86400)
                          : ReportsWindow::tr("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
}

QStringList statsRow(const QString &key, const AckStats &s)
{
    return {key, num(s.total()), num(s.acknowledged), num(s.unacknowledged), ack(s, s.meanMs), ack(s, s.medianMs),
            ack(s, s.p90Ms)};
}

} // namespace

ReportsWindow::ReportsWindow(QString dbPath, QWidget *parent)
    : QWidget(parent, Qt::Window), m_dbPath(std::move(dbPath))
{
    setWindowTitle(tr("Reports"));
    resize(1000, 700);

    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(today.addDays(-30));
    m_through = new QDateEdit(today);
    for (QDateEdit *e : {m_from, m_through}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_trend = new QComboBox;
    m_trend->addItem(tr("per day"));
    m_trend->addItem(tr("per week"));
    m_shifts = new QLineEdit(ShiftDefinition().toString());
    m_shifts->setToolTip(tr("Local start times of the shifts, e.g. 06:00,14:00,22:00"));
    m_run = new QPushButton(tr("&Run"));
    m_run->setDefault(true);
    m_csv = new QPushButton(tr("Export &CSV…"));
    m_pdf = new QPushButton(tr("Export &PDF…"));
    m_print = new QPushButton(tr("P&rint…"));
    m_csv->setEnabled(false);
    m_pdf->setEnabled(false);
    m_print->setEnabled(false);
    // Which MTTA grouping the "Time to acknowledge" table shows (and the tab shown after a run).
    m_dimension = new QComboBox;
    m_dimension->addItem(tr("All alerts"), -1);
    m_dimension->addItem(tr("By site"), int(MttaDimension::Site));
    m_dimension->addItem(tr("By line"), int(MttaDimension::Line));
    m_dimension->addItem(tr("By asset"), int(MttaDimension::Asset));
    m_dimension->addItem(tr("By priority"), int(MttaDimension::Priority));
    m_dimension->addItem(tr("By shift"), int(MttaDimension::Shift));
    m_dimension->addItem(tr("By operator"), int(MttaDimension::Operator));
    m_dimension->addItem(tr("Trend"), -2);
    m_dimension->setToolTip(tr("The grouping of the time-to-acknowledge table"));

    auto *pickers = new QHBoxLayout;
    auto *fromLabel = new QLabel(tr("&From"));
    fromLabel->setBuddy(m_from);
    pickers->addWidget(fromLabel);
    pickers->addWidget(m_from);
    auto *throughLabel = new QLabel(tr("&through"));
    throughLabel->setBuddy(m_through);
    pickers->addWidget(throughLabel);
    pickers->addWidget(m_through);
    auto *trendLabel = new QLabel(tr("&Trend"));
    trendLabel->setBuddy(m_trend);
    pickers->addWidget(trendLabel);
    pickers->addWidget(m_trend);
    auto *shiftsLabel = new QLabel(tr("&Shifts"));
    shiftsLabel->setBuddy(m_shifts);
    pickers->addWidget(shiftsLabel);
    pickers->addWidget(m_shifts);
    auto *groupLabel = new QLabel(tr("&Grouping"));
    groupLabel->setBuddy(m_dimension);
    pickers->addWidget(groupLabel);
    pickers->addWidget(m_dimension);
    pickers->addWidget(m_run);
    pickers->addStretch();
    pickers->addWidget(m_csv);
    pickers->addWidget(m_pdf);
    pickers->addWidget(m_print);

    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *tabs = new QTabWidget;
    // Charts: the MTTA trend across the top, the histogram and the priority mix below.
    auto *chartsPage = new QWidget;
    auto *chartsLayout = new QGridLayout(chartsPage);
    QChartView *trendChart = makeChart(QStringLiteral("trendChart"));
    QChartView *histogramChart = makeChart(QStringLiteral("histogramChart"));
    QChartView *mixChart = makeChart(QStringLiteral("mixChart"));
    chartsLayout->addWidget(trendChart, 0, 0, 1, 2);
    chartsLayout->addWidget(histogramChart, 1, 0);
    chartsLayout->addWidget(mixChart, 1, 1);
    chartsLayout->setRowStretch(0, 1);
    chartsLayout->setRowStretch(1, 1);
    chartsLayout->setColumnStretch(0, 3);   // the histogram's eight labels ("< 15 min") need the room
    chartsLayout->setColumnStretch(1, 2);
    m_charts = {trendChart, histogramChart, mixChart};
    tabs->addTab(chartsPage, tr("Charts"));
    // MTTA: the overall figures and the unacknowledged apart, then one dimension at a time.
    auto *mttaPage = new QWidget;
    auto *mttaLayout = new QVBoxLayout(mttaPage);
    m_unacked = new QLabel;
    m_unacked->setWordWrap(true);
    m_unacked->setFrameShape(QFrame::StyledPanel);
    auto *mtta = makeTable(QStringLiteral("mtta"), {tr("Group"), tr("Alerts"), tr("Acked"), tr("Unacked at end"),
                                                     tr("Mean"), tr("Median"), tr("90th pct")});
    mttaLayout->addWidget(m_unacked);
    mttaLayout->addWidget(mtta);
    tabs->addTab(mttaPage, tr("Time to acknowledge"));
    connect(m_dimension, &QComboBox::currentIndexChanged, this, &ReportsWindow::showDimension);

    auto *health = makeTable(QStringLiteral("health"), {tr("Figure"), tr("Value"), tr("Guide")});
    auto *mix = makeTable(QStringLiteral("mix"), {tr("Priority"), tr("Alerts"), tr("Share"), tr("Guide")});
    auto *healthPage = new QWidget;
    auto *healthLayout = new QVBoxLayout(healthPage);
    healthLayout->addWidget(health, 3);
    healthLayout->addWidget(mix, 1);
    tabs->addTab(healthPage, tr("Alarm health"));
    auto *top = makeTable(QStringLiteral("top"), {tr("#"), tr("Site"), tr("Asset"), tr("Alert"), tr("Raised")});
    tabs->addTab(top, tr("Top ten"));
    auto *standing = makeTable(QStringLiteral("standing"), {tr("Site"), tr("Asset"), tr("Alert"), tr("Priority"),
                                                             tr("Raised"), tr("Acknowledged"), tr("Active")});
    tabs->addTab(standing, tr("Standing"));
    auto *chattering = makeTable(QStringLiteral("chattering"), {tr("Site"), tr("Asset"), tr("Alert"), tr("Alerts")});
    tabs->addTab(chattering, tr("Chattering"));
    auto *shelved = makeTable(QStringLiteral("shelved"), {tr("Site"), tr("Asset"), tr("Alert"), tr("Shelves"),
                                                           tr("Minutes"), tr("Longest")});
    tabs->addTab(shelved, tr("Shelved"));
    auto *quality = makeTable(QStringLiteral("quality"), {tr("Model"), tr("Version"), tr("Alerts"), tr("Labelled"),
                                                           tr("True"), tr("False"), tr("Unclear"), tr("Missed"),
                                                           tr("Precision"), tr("False alarm"), tr("vs previous version")});
    quality->horizontalHeaderItem(10)->setToolTip(
        tr("Change of precision (percentage points) and of the false-alarm count against the previous version of "
           "the same model (semantic-version order)"));
    tabs->addTab(quality, tr("Model quality"));
    m_tables = {mtta, health, mix, top, standing, chattering, shelved, quality};

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pickers);
    layout->addWidget(m_status);
    layout->addWidget(m_summary);
    layout->addWidget(tabs, 1);

    connect(m_run, &QPushButton::clicked, this, &ReportsWindow::run);
    connect(m_csv, &QPushButton::clicked, this, &ReportsWindow::exportCsv);
    connect(m_pdf, &QPushButton::clicked, this, &ReportsWindow::exportPdf);
    connect(m_print, &QPushButton::clicked, this, &ReportsWindow::print);
}

ReportsWindow::~ReportsWindow()
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

void ReportsWindow::setPeriod(const QDate &from, const QDate &through)
{
    m_from->setDate(from);
    m_through->setDate(through);
}

QTableWidget *ReportsWindow::table(const QString &name) const
{
    for (QTableWidget *t : m_tables) {
        if (t->objectName() == name)
            return t;
    }
    return nullptr;
}

QChartView *ReportsWindow::chart(const QString &name) const
{
    for (QChartView *c : m_charts) {
        if (c->objectName() == name)
            return c;
    }
    return nullptr;
}

void ReportsWindow::run()
{
    if (m_worker)
        return;
    ReportRequest request;
    request.dbPath = m_dbPath;
    request.format = QStringLiteral("csv");
    const QDate from = m_from->date();
    const QDate to = m_through->date().addDays(1);
    if (to <= from) {
        m_status->setText(tr("The period must end on or after its first day."));
        return;
    }
    request.options.period = ReportPeriod{QDateTime(from, QTime(0, 0)).toMSecsSinceEpoch(),
                                          QDateTime(to, QTime(0, 0)).toMSecsSinceEpoch()};
    if (request.options.period.lengthMs() > kMaxReportPeriodMs) {
        m_status->setText(tr("The period is longer than ten years; choose a shorter one."));
        return;
    }
    QString problem;
    const auto shifts = ShiftDefinition::parse(m_shifts->text(), &problem);
    if (!shifts) {
        m_status->setText(problem);
        return;
    }
    request.options.shifts = *shifts;
    request.options.trendBucket = m_trend->currentIndex() == 1 ? TrendBucket::Week : TrendBucket::Day;

    struct Result
    {
        std::optional<Report> report;
        QString error;
    };
    auto result = std::make_shared<Result>();
    m_worker = QThread::create([request, result] {
        QTextStream err(&result->error);
        result->report = loadReport(request, err);
        err.flush();
    });
    connect(m_worker, &QThread::finished, this, [this, result] {
        m_worker->deleteLater();
        m_worker = nullptr;
        m_run->setEnabled(true);
        if (!result->report) {
            QString error = result->error.trimmed();
            error.remove(QStringLiteral("fleetwatch report: "));
            m_status->setText(error);
            emit reportFailed(error);
            return;
        }
        m_report = std::move(result->report);
        showReport();
        emit reportReady();
    });
    m_run->setEnabled(false);
    m_status->setText(tr("Building the report…"));
    m_worker->start();
}

void ReportsWindow::showReport()
{
    const Report &r = *m_report;
    const AckStats &all = r.mtta.overall;
    const AlarmHealthReport &h = r.health;
    m_csv->setEnabled(true);
    m_pdf->setEnabled(true);
    m_print->setEnabled(true);
    m_status->setText(tr("Period %1 to %2 (local time), generated %3.")
                          .arg(when(r.options.period.fromMs), when(r.options.period.toMs), when(r.generatedAt)));
    m_summary->setText(tr("%1 alerts raised; %2 acknowledged, mean %3, median %4, 90 % within %5; %6 per day.")
                           .arg(num(h.alerts), num(all.acknowledged), ack(all, all.meanMs), ack(all, all.medianMs),
                                ack(all, all.p90Ms), QString::number(h.perDay, 'f', 1)));
    m_unacked->setText(tr("<b>%1 of %2 alerts raised in the period were not acknowledged by its end.</b> They are "
                          "counted apart and not in the times to acknowledge.")
                           .arg(num(all.unacknowledged), num(all.total())));
    showDimension();
    showCharts();

    const auto guide = [](bool ok) { return ok ? tr("within") : tr("above"); };
    fill(table(QStringLiteral("health")),
         {{tr("Alerts raised"), num(h.alerts), QString()},
          {tr("Alerts per 10 minutes"), QString::number(h.perTenMinutes, 'f', 2), tr("about 1 — %1").arg(guide(h.perTenMinutes <= 1))},
          {tr("Alerts per day"), QString::number(h.perDay, 'f', 1),
           tr("about 150, at most 300 — %1").arg(h.perDay <= 150 ? tr("within") : (h.perDay <= 300 ? tr("manageable") : tr("above")))},
          {tr("Peak alerts in 10 minutes"), num(h.peakPerTenMinutes), tr("under 10 — %1").arg(guide(h.peakPerTenMinutes < 10))},
          {tr("Intervals in flood"), tr("%1 of %2 (%3)").arg(num(h.floodIntervals), num(h.intervals), pct(h.floodShare())),
           tr("under 1 % — %1").arg(guide(h.floodShare() < 0.01))},
          {tr("Standing over 24 h at end"), num(h.standingCount), tr("none — %1").arg(guide(h.standingCount == 0))},
          {tr("Chattering alerts"), num(h.chatteringCount), tr("none — %1").arg(guide(h.chatteringCount == 0))},
          {tr("Shelve actions"), num(h.shelveActions), QString()},
          {tr("Minutes shelved (asked for)"), num(h.shelvedMinutes), QString()}});
    fill(table(QStringLiteral("mix")),
         {{tr("low + medium"), num(h.priorityCounts[0] + h.priorityCounts[1]), pct(h.share(0) + h.share(1)), QStringLiteral("80 %")},
          {tr("high"), num(h.priorityCounts[2]), pct(h.share(2)), QStringLiteral("15 %")},
          {tr("critical"), num(h.priorityCounts[3]), pct(h.share(3)), QStringLiteral("5 %")}});

    QList<QStringList> rows;
    int rank = 0;
    for (const AlertCount &a : h.mostFrequent)
        rows << QStringList{QString::number(++rank), a.site, a.asset, a.title, num(a.count)};
    fill(table(QStringLiteral("top")), rows);
    rows.clear();
    for (const StandingAlert &a : h.standing)
        rows << QStringList{a.site, a.asset, a.title.isEmpty() ? a.alertId : a.title,
                            priorityName(Priority(std::clamp(a.priority, 0, 3))), when(a.raisedAt),
                            a.acknowledged ? tr("yes") : tr("no"), a.active ? tr("yes") : tr("no")};
    fill(table(QStringLiteral("standing")), rows);
    rows.clear();
    for (const AlertCount &a : h.chattering)
        rows << QStringList{a.site, a.asset, a.title, num(a.count)};
    fill(table(QStringLiteral("chattering")), rows);
    rows.clear();
    for (const ShelvedAlert &a : h.shelved)
        rows << QStringList{a.site, a.asset, a.title, num(a.shelves), num(a.minutes), num(a.longestMinutes)};
    fill(table(QStringLiteral("shelved")), rows);
    rows.clear();
    const QStringList changes = modelQualityChanges(r.modelQuality);
    for (size_t i = 0; i < r.modelQuality.size(); ++i) {
        const ModelQuality &q = r.modelQuality[i];
        const int decided = q.truePositives + q.falsePositives;
        const auto precision = q.precision();
        rows << QStringList{q.model, q.version, num(q.alerts), tr("%1 (%2)").arg(num(q.labelled), pct(q.labelledShare())),
                            num(q.truePositives), num(q.falsePositives), num(q.inconclusive), num(q.missedFailures),
                            precision ? pct(*precision) : QStringLiteral("–"),
                            decided > 0 ? pct(double(q.falsePositives) / decided) : QStringLiteral("–"),
                            changes.value(qsizetype(i))};
    }
    fill(table(QStringLiteral("quality")), rows);
}

void ReportsWindow::showCharts()
{
    const Report &r = *m_report;
    const MttaReport &m = r.mtta;

    // MTTA trend: one bar per day or week, the mean time to acknowledge in a unit that suits it.
    {
        QChart *c = chart(QStringLiteral("trendChart"))->chart();
        clearChart(c);
        double max = 0;
        for (const MttaTrendPoint &p : m.trend)
            max = std::max(max, p.stats.acknowledged > 0 ? p.stats.meanMs : 0.0);
        double unitMs = 1000;
        QString unit = tr("s");
        if (max >= 2 * 86'400'000.0) {
            unitMs = 86'400'000;
            unit = tr("d");
        } else if (max >= 2 * 3'600'000.0) {
            unitMs = 3'600'000;
            unit = tr("h");
        } else if (max >= 2 * 60'000.0) {
            unitMs = 60'000;
            unit = tr("min");
        }
        const bool week = m.trendBucket == TrendBucket::Week;
        const bool years = !m.trend.empty() && m.trend.back().startMs - m.trend.front().startMs > 330LL * 86'400'000;
        auto *set = new QBarSet(tr("mean MTTA"));
        set->setColor(hmi::kNormalBar);
        set->setBorderColor(hmi::kNormalBar);
        QStringList categories;
        for (const MttaTrendPoint &p : m.trend) {
            const QDate d = QDateTime::fromMSecsSinceEpoch(p.startMs).date();
            categories << d.toString(week || years ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("MM-dd"));
            set->append(p.stats.acknowledged > 0 ? p.stats.meanMs / unitMs : 0.0);
        }
        auto *series = new QBarSeries;
        series->setBarWidth(0.75);
        series->append(set);
        c->addSeries(series);
        auto *x = new QBarCategoryAxis;
        x->append(categories);
        styleAxis(x, week ? tr("week (from Monday)") : tr("day"));
        if (categories.size() > 62) {
            x->setLabelsVisible(false);
            x->setTitleText(tr("%1 to %2, one bar per %3")
                                .arg(categories.first(), categories.last(), week ? tr("week") : tr("day")));
        } else if (categories.size() > 16) {
            x->setLabelsAngle(-90);
        }
        auto *y = valueAxis(max / unitMs * 1.05, tr("mean MTTA (%1)").arg(unit),
                            max / unitMs < 10 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
        c->addAxis(x, Qt::AlignBottom);
        c->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
        c->setTitle(week ? tr("Mean time to acknowledge per week (empty: none acknowledged)")
                         : tr("Mean time to acknowledge per day (empty: none acknowledged)"));
    }

    // Histogram of the times to acknowledge.
    {
        QChart *c = chart(QStringLiteral("histogramChart"))->chart();
        clearChart(c);
        auto *set = new QBarSet(tr("alerts"));
        set->setColor(hmi::kNormalBar);
        set->setBorderColor(hmi::kNormalBar);
        QStringList categories;
        double max = 0;
        for (const MttaHistogramBin &b : m.histogram) {
            // Axis labels are rich text: "<" escaped.
            categories << (b.toMs ? tr("< %1").arg(shortDuration(*b.toMs)) : tr("≥ %1").arg(shortDuration(b.fromMs)))
                              .toHtmlEscaped();
            set->append(double(b.count));
            max = std::max(max, double(b.count));
        }
        auto *series = new QBarSeries;
        series->setBarWidth(0.8);
        series->append(set);
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        series->setLabelsFormat(QStringLiteral("@value"));
        set->setLabelColor(hmi::kText);
        c->addSeries(series);
        auto *x = new QBarCategoryAxis;
        x->append(categories);
        styleAxis(x, tr("time to acknowledge"));
        auto *y = valueAxis(max * 1.15, tr("acknowledged alerts"), QStringLiteral("%.0f"));
        c->addAxis(x, Qt::AlignBottom);
        c->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
        c->setTitle(tr("Distribution of times to acknowledge"));
    }

    // Priority mix against the ISA-18.2 guide 80 / 15 / 5 %.
    {
        QChart *c = chart(QStringLiteral("mixChart"))->chart();
        clearChart(c);
        const AlarmHealthReport &h = r.health;
        auto *actual = new QBarSet(tr("this period"));
        actual->setColor(kBarDark);
        actual->setBorderColor(kBarDark);
        actual->setLabelColor(hmi::kText);
        auto *guide = new QBarSet(tr("guide"));
        guide->setColor(Qt::white);
        guide->setBorderColor(hmi::kText);
        guide->setLabelColor(hmi::kMutedText);
        // Bottom to top: critical, high, low + medium (the largest share on top, as in the PDF).
        *actual << h.share(3) * 100.0 << h.share(2) * 100.0 << (h.share(0) + h.share(1)) * 100.0;
        *guide << 5.0 << 15.0 << 80.0;
        auto *series = new QHorizontalBarSeries;
        series->append(actual);
        series->append(guide);
        series->setBarWidth(0.8);
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        series->setLabelsFormat(QStringLiteral("@value %"));
        series->setLabelsPrecision(3);
        c->addSeries(series);
        auto *y = new QBarCategoryAxis;
        y->append({tr("critical"), tr("high"), tr("low + medium")});
        styleAxis(y, tr("priority"));
        auto *x = new QValueAxis;
        x->setRange(0, 100);
        x->setTickCount(6);
        x->setLabelFormat(QStringLiteral("%.0f %%"));
        styleAxis(x, tr("share of the alerts raised"));
        c->addAxis(y, Qt::AlignLeft);
        c->addAxis(x, Qt::AlignBottom);
        series->attachAxis(y);
        series->attachAxis(x);
        c->legend()->setVisible(true);
        c->legend()->setAlignment(Qt::AlignBottom);
        c->legend()->setLabelColor(hmi::kText);
        c->setTitle(tr("Priority mix against the ISA-18.2 guide (80 / 15 / 5 %)"));
    }
}

void ReportsWindow::showDimension()
{
    if (!m_report)
        return;
    const int d = m_dimension->currentData().toInt();
    QList<QStringList> rows;
    if (d == -1) {
        rows << statsRow(tr("All alerts"), m_report->mtta.overall);
    } else if (d == -2) {
        for (const MttaTrendPoint &p : m_report->mtta.trend)
            rows << statsRow(p.stats.key.isEmpty() ? QDateTime::fromMSecsSinceEpoch(p.startMs).date().toString(Qt::ISODate)
                                                   : p.stats.key,
                             p.stats);
    } else {
        for (const MttaGroup &g : m_report->mtta.groups) {
            if (int(g.dimension) != d)
                continue;
            for (const AckStats &s : g.rows)
                rows << statsRow(s.key.isEmpty() && g.dimension == MttaDimension::Operator ? tr("(not acknowledged)")
                                                                                            : s.key,
                                 s);
        }
    }
    fill(table(QStringLiteral("mtta")), rows);
}

bool ReportsWindow::exportCsvTo(const QString &path, QString *error) const
{
    if (!m_report) {
        if (error)
            *error = tr("Run the report first.");
        return false;
    }
    const QByteArray csv = reportToCsv(*m_report);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool ReportsWindow::exportPdfTo(const QString &path, QString *error) const
{
    if (!m_report) {
        if (error)
            *error = tr("Run the report first.");
        return false;
    }
    return writeReportPdf(*m_report, path, error);
}

bool ReportsWindow::printTo(QPrinter &printer, QString *error) const
{
    if (!m_report) {
        if (error)
            *error = tr("Run the report first.");
        return false;
    }
    if (printer.docName().isEmpty())
        printer.setDocName(reportDocumentTitle(*m_report));
    printer.setCreator(QStringLiteral("Fleetwatch"));
    return paintReport(*m_report, printer, error);
}

void ReportsWindow::print()
{
    if (!m_report)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(reportDocumentTitle(*m_report));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!printTo(printer, &error))
        m_status->setText(error);
    else if (!printer.outputFileName().isEmpty())
        m_status->setText(tr("Saved %1.").arg(printer.outputFileName()));
    else
        m_status->setText(tr("Sent the report to %1.").arg(printer.printerName()));
}

void ReportsWindow::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the report as CSV"),
                                                      QStringLiteral("fleetwatch-report.csv"), tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    m_status->setText(exportCsvTo(path, &error) ? tr("Saved %1.").arg(path) : error);
}

void ReportsWindow::exportPdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the report as PDF"),
                                                      QStringLiteral("fleetwatch-report.pdf"), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    m_status->setText(exportPdfTo(path, &error) ? tr("Saved %1.").arg(path) : error);
}

} // namespace fw

#include "widgets/reportswindow.h"

#include "core/common/localformat.h"
#include "core/reports/reportcsv.h"
#include "core/reports/reportloader.h"
#include "reports/reportformat.h"
#include "reports/reportpdfwriter.h"
#include "widgets/hmipalette.h"
#include "widgets/reportcharts.h"
#include "widgets/reporttablerows.h"

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
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QTabWidget>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

#include <cmath>

namespace fw {

namespace {

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

} // namespace

ReportsWindow::ReportsWindow(QString dbPath, QWidget *parent)
    : QWidget(parent, Qt::Window), m_dbPath(std::move(dbPath))
{
    setWindowTitle(tr("Reports"));
    resize(1000, 700);
    // A window, not a dialog: Escape would not close it by itself.
    auto *close = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(close, &QShortcut::activated, this, &QWidget::close);

    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(today.addDays(-30));
    m_through = new QDateEdit(today);
    for (QDateEdit *e : {m_from, m_through}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(LocalFormat::dateFormat());
    }
    m_trend = new QComboBox;
    m_trend->addItem(tr("per day"));
    m_trend->addItem(tr("per week"));
    m_shifts = new QLineEdit(ShiftDefinition().toString());
    m_shifts->setToolTip(tr("Local start times of the shifts, e.g. 06:00,14:00,22:00"));
    // Three shifts stay readable when longer labels (German) take the row's room.
    m_shifts->setMinimumWidth(m_shifts->fontMetrics().horizontalAdvance(QStringLiteral("00:00,00:00,00:00")) + 16);
    m_run = new QPushButton(tr("&Run"));
    m_run->setDefault(true);
    m_csv = new QPushButton(tr("Export &CSV…"));
    m_pdf = new QPushButton(tr("Export &PDF…"));
    m_print = new QPushButton(tr("Pr&int…"));
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
    auto *throughLabel = new QLabel(tr("t&hrough"));
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
    // What the rates are over: the part of the period passed and collected.
    m_coverage = new QLabel;
    m_coverage->setObjectName(QStringLiteral("coverage"));
    m_coverage->setWordWrap(true);
    m_coverage->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *tabs = new QTabWidget;
    // Charts: the MTTA trend across the top, the histogram and the priority mix below.
    auto *chartsPage = new QWidget;
    auto *chartsLayout = new QGridLayout(chartsPage);
    QChartView *trendChart = ReportCharts::makeView(QStringLiteral("trendChart"));
    QChartView *histogramChart = ReportCharts::makeView(QStringLiteral("histogramChart"));
    QChartView *mixChart = ReportCharts::makeView(QStringLiteral("mixChart"));
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
    layout->addWidget(m_coverage);
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
    QString problem;
    const auto shifts = ShiftDefinition::parse(m_shifts->text(), &problem);
    if (!shifts) {
        m_status->setText(problem);
        return;
    }
    ReportOptions options;
    options.period = ReportPeriod{QDateTime(m_from->date(), QTime(0, 0)).toMSecsSinceEpoch(),
                                  QDateTime(m_through->date().addDays(1), QTime(0, 0)).toMSecsSinceEpoch()};
    options.shifts = *shifts;
    options.trendBucket = m_trend->currentIndex() == 1 ? TrendBucket::Week : TrendBucket::Day;

    struct Result
    {
        std::optional<Report> report;
        QString error;
    };
    auto result = std::make_shared<Result>();
    m_worker = QThread::create([dbPath = m_dbPath, options, result] {
        result->report = loadReport(dbPath, options, &result->error);
    });
    connect(m_worker, &QThread::finished, this, [this, result] {
        m_worker->deleteLater();
        m_worker = nullptr;
        m_run->setEnabled(true);
        if (!result->report) {
            m_status->setText(result->error);
            emit reportFailed(result->error);
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
                          .arg(formatLocalMinute(r.options.period.fromMs), formatLocalMinute(r.options.period.toMs),
                               formatLocalMinute(r.generatedAt)));
    m_summary->setText(tr("%1 alerts raised; %2 acknowledged, mean %3, median %4, 90 % within %5; %6 per day.")
                           .arg(formatCount(h.alerts), formatCount(all.acknowledged), formatAckTime(all, all.meanMs),
                                formatAckTime(all, all.medianMs), formatAckTime(all, all.p90Ms),
                                QLocale().toString(h.perDay, 'f', 1)));
    m_unacked->setText(tr("<b>%1 of %2 alerts raised in the period were not acknowledged by its end.</b> They are "
                          "counted apart and not in the times to acknowledge.")
                           .arg(formatCount(all.unacknowledged), formatCount(all.total())));
    showDimension();
    showCharts();

    m_coverage->setText(formatCollection(h.coverage));
    fill(table(QStringLiteral("health")), ReportTableRows::health(h));
    fill(table(QStringLiteral("mix")), ReportTableRows::priorityMix(h));
    fill(table(QStringLiteral("top")), ReportTableRows::mostFrequent(h));
    fill(table(QStringLiteral("standing")), ReportTableRows::standing(h));
    fill(table(QStringLiteral("chattering")), ReportTableRows::chattering(h));
    fill(table(QStringLiteral("shelved")), ReportTableRows::shelved(h));
    fill(table(QStringLiteral("quality")), modelQualityRows(r.modelQuality, 1));
}

void ReportsWindow::showCharts()
{
    ReportCharts::fillTrend(chart(QStringLiteral("trendChart"))->chart(), *m_report);
    ReportCharts::fillHistogram(chart(QStringLiteral("histogramChart"))->chart(), *m_report);
    ReportCharts::fillMix(chart(QStringLiteral("mixChart"))->chart(), *m_report);
}

void ReportsWindow::showDimension()
{
    if (!m_report)
        return;
    const int d = m_dimension->currentData().toInt();
    QList<QStringList> rows;
    if (d == -1) {
        rows << ackStatsRow(tr("All alerts"), m_report->mtta.overall);
    } else if (d == -2) {
        for (const MttaTrendPoint &p : m_report->mtta.trend)
            rows << ackStatsRow(p.stats.key.isEmpty()
                                    ? LocalFormat::date(QDateTime::fromMSecsSinceEpoch(p.startMs).date())
                                    : p.stats.key,
                                p.stats);
    } else {
        for (const MttaGroup &g : m_report->mtta.groups) {
            if (int(g.dimension) != d)
                continue;
            for (const AckStats &s : g.rows)
                rows << ackStatsRow(
                    s.key.isEmpty() && g.dimension == MttaDimension::Operator ? tr("(not acknowledged)") : s.key, s);
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

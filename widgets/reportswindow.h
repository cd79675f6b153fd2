#pragma once
// "Reports…": the plant manager's report on screen. Period pickers at the top (from / through, whole
// local days; the report period is [from 00:00, day after through 00:00)), the trend bucket and the
// shifts and the MTTA grouping shown first; then the report's sections: charts (MTTA trend, MTTA
// histogram, priority mix against 80/15/5, in greys) and tables (one tab each); Export CSV / Export
// PDF / Print (the printout is the PDF's layout, painted on the printer).
// The report is built on a worker thread with its own Database (the store is only read); the window
// stays responsive and shows the result when it arrives. Errors are shown in the window.

#include "core/reports/reportbuilder.h"

#include <QDate>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QChartView;
class QLineEdit;
class QPrinter;
class QPushButton;
class QTableWidget;
class QThread;

namespace fw {

class ReportsWindow : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsWindow(QString dbPath, QWidget *parent = nullptr);
    ~ReportsWindow() override;   // waits for a report being built

    void setPeriod(const QDate &from, const QDate &through);
    const std::optional<Report> &report() const { return m_report; }
    bool isBuilding() const { return m_worker != nullptr; }

    // Without a dialog (the buttons ask for the path, then call these). false with *error set.
    bool exportCsvTo(const QString &path, QString *error) const;
    bool exportPdfTo(const QString &path, QString *error) const;
    // Paints the report on `printer` (set up by the caller: the Print… button's dialog, or a test's
    // PDF printer). false with *error set.
    bool printTo(QPrinter &printer, QString *error) const;

    // For tests: the table of a tab by its object name ("mtta", "health", "mix", "top", "standing",
    // "chattering", "shelved", "quality").
    QTableWidget *table(const QString &name) const;
    // For tests: a chart by its object name ("trendChart", "histogramChart", "mixChart").
    QChartView *chart(const QString &name) const;

public slots:
    void run();

signals:
    void reportReady();
    void reportFailed(const QString &error);

private:
    void exportCsv();
    void exportPdf();
    void print();
    void showCharts();
    void showReport();
    void showDimension();

    QString m_dbPath;
    QDateEdit *m_from;
    QDateEdit *m_through;
    QComboBox *m_trend;
    QLineEdit *m_shifts;
    QPushButton *m_run;
    QPushButton *m_csv;
    QPushButton *m_pdf;
    QPushButton *m_print;
    QLabel *m_status;
    QLabel *m_summary;
    QLabel *m_unacked;
    QLabel *m_coverage;   // what the rates are over (object name "coverage")
    QComboBox *m_dimension;
    QList<QTableWidget *> m_tables;
    QList<QChartView *> m_charts;
    QThread *m_worker = nullptr;
    std::optional<Report> m_report;
};

} // namespace fw

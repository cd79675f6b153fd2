#pragma once
// "Alarm journal" (View ▸ Alarm journal, Ctrl+J): every alert event (raised, updated, cleared) and
// every journal row (operator actions, sign-ins, user and settings changes), newest first, in one
// table: time (this console's clock), asset, alert, priority, state or what, user, console, text.
// Above it: one search field (words match asset, alert, user or text; "asset:", "alert:" and "user:"
// narrow a word to one column), the period (last hour, this shift, last 24 hours, last 7 days, or from /
// to), the priority and the kind. Below it: "N of M rows" and Load more (scrolling to the end loads
// more as well); Export CSV writes every matching row, not only those loaded.
// The rows come from AlarmJournalModel (models/alarmjournalmodel.h), which reads the store on its
// own thread: the window never waits for the store. A window of its own, GUI thread.

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace fw {

class AlarmJournalModel;

class AlarmJournalWindow : public QWidget
{
    Q_OBJECT
public:
    enum class Period { LastHour, Shift, Last24Hours, Last7Days, Custom };

    explicit AlarmJournalWindow(const QString &dbPath, QWidget *parent = nullptr);

    AlarmJournalModel *model() const { return m_model; }
    QLineEdit *searchField() const { return m_search; }
    QTableView *table() const { return m_table; }
    QString countText() const;   // "200 of 1,204 rows"

    void setPeriod(Period period);
    // A custom period [from, to) in ms since the epoch.
    void setCustomPeriod(qint64 from, qint64 to);
    // Writes every matching row as CSV, without a dialog (the button asks for the path, then calls
    // this); exportFinished() tells when it is written, or why not.
    void exportCsvTo(const QString &path);

public slots:
    void reload();        // the filter as the controls say, from the newest row
    void focusSearch();

signals:
    void exportFinished(const QString &path, const QString &error);

private:
    void showCount();
    void exportCsv();

    AlarmJournalModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_period;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QComboBox *m_priority;
    QComboBox *m_kind;
    QPushButton *m_export;
    QTableView *m_table;
    QLabel *m_count;
    QPushButton *m_more;
    QLabel *m_status;
    QTimer *m_typing;
};

} // namespace fw

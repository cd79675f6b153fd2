#pragma once
// AwaitingOutcomeView: the maintenance technician's worklist: the acknowledged alerts still waiting for
// an outcome, in a table over the AwaitingOutcomeModel it owns, with a line that says so and the
// buttons to record the selected alert's outcome or to report a failure that no alert foresaw.
// Enter, a double click and O ask to record the selected alert's outcome. The view only asks
// (signals); the caller opens the forms and feeds the model. GUI thread.

#include <QWidget>

class QTableView;

namespace fw {

class AwaitingOutcomeModel;

class AwaitingOutcomeView : public QWidget
{
    Q_OBJECT
public:
    explicit AwaitingOutcomeView(QWidget *parent = nullptr);

    AwaitingOutcomeModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // The current row's alert key; empty when there is none.
    QString currentKey() const;

Q_SIGNALS:
    void recordOutcomeRequested();
    void missedFailureReportRequested();

private:
    AwaitingOutcomeModel *m_model;
    QTableView *m_table;
};

} // namespace fw

#pragma once
// AlertQueueView: the operator's alert queue: counts per priority and unacknowledged, a flood banner,
// filters (site, priority, state, text), and the table ordered by priority then age, where
// unacknowledged alerts flash (and say so in words). Keyboard first:
//   Space / Enter   acknowledge the selected alerts
//   N               acknowledge with a note
//   S               shelve (duration and reason)
//   U               unshelve
//   O               record the outcome (technician's feedback)
// The view only asks (signals); OperatorActions decides. GUI thread.

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace fw {

class AlertQueueModel;
class AlertQueueProxy;

class AlertQueueView : public QWidget
{
    Q_OBJECT
public:
    explicit AlertQueueView(AlertQueueModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QStringList selectedKeys() const;
    bool flashPhase() const { return m_flashOn; }

public Q_SLOTS:
    void acknowledgeSelected();
    void acknowledgeSelectedWithNote();
    void shelveSelected();
    void unshelveSelected();
    void setFlood(bool inFlood, int newAlertsInWindow);
    void selectAsset(const QString &assetKey);   // selects that asset's most urgent alert
    void focusQueue();

Q_SIGNALS:
    void acknowledgeRequested(const QStringList &keys, const QString &note);
    void shelveRequested(const QStringList &keys, int minutes, const QString &reason);
    void unshelveRequested(const QStringList &keys);
    void assetSelected(const QString &assetKey);
    void alertOpened(const QString &alertKey);          // the current row changed: show why
    void recordOutcomeRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Acknowledging more than this many alerts at once, or any critical one among several, or several
    // with Enter (easily pressed by mistake), asks first with the counts by priority.
    static constexpr int kBulkAcknowledgeLimit = 20;

    void acknowledgeSelection(bool byEnter);
    bool confirmBulkAcknowledge(bool byEnter);
    void refreshCounts();
    int stateColumnWidth() const;

    AlertQueueModel *m_model;
    AlertQueueProxy *m_proxy;
    QTableView *m_table;
    QLabel *m_counts;
    QLabel *m_flood;
    QComboBox *m_site;
    QComboBox *m_priority;
    QComboBox *m_state;
    QLineEdit *m_filter;
    QTimer *m_flash;
    bool m_flashOn = true;
};

} // namespace fw

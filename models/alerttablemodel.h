#pragma once
// AlertTableModel: what the alert tables (AlertQueueModel, AwaitingOutcomeModel) share: their records,
// one row each, found by alert key; the clock their time columns count from; and the cells both show
// the same way. Subclasses own the columns, the roles and how rows come and go. GUI thread.

#include "core/alerts/alertrecord.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace fw {

class AlertTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;

    // Null when there is no such row.
    const AlertRecord *record(int row) const;
    const AlertRecord *record(const QString &key) const { return record(rowOf(key)); }
    int rowOf(const QString &key) const { return m_rowOf.value(key, -1); }
    void setNow(qint64 msSinceEpoch) { m_now = msSinceEpoch; }   // tests pin the clock

protected:
    AlertTableModel(int columnCount, QObject *parent);

    // The pinned time, else the wall clock (ms since the epoch).
    qint64 now() const;
    // Rebuilds m_rowOf from m_rows.
    void reindex();

    // "HIGH"; "hpc 1.0.0" (empty without a model); the title, or the alert id when there is none;
    // the words the filter box searches.
    static QString priorityText(const AlertRecord &r);
    static QString modelText(const AlertRecord &r);
    static QString titleText(const AlertRecord &r);
    static QString searchText(const AlertRecord &r);

    std::vector<AlertRecord> m_rows;
    QHash<QString, int> m_rowOf;   // alert key -> row

private:
    int m_columnCount;
    qint64 m_now = 0;
};

} // namespace fw

#pragma once
// AlarmJournalModel: the alarm journal (alert events and journal rows, core/audit/alarmjournalrow.h),
// newest first, for a filter (core/audit/alarmjournalfilter.h), loaded a page at a time.
//
// Lives in the GUI thread. The store is read on a worker thread of the model's own, with a read-only
// connection (Database::openReadOnly) opened again at each setFilter()/refresh() so that it sees what
// the console wrote since; results come back whole (one insert per page). setFilter() resets the
// model, loads the first page, then counts every matching row (totalCount(), -1 until known): the view
// shows "N of M rows", never a silent cap. fetchMore() (called by a view scrolled to the end, or by a
// "Load more" button) loads the next page after the last row loaded (keyset paging). A request made
// stale by a newer setFilter() is skipped, and its late answers are ignored.
// exportCsv() writes every matching row, not only those loaded (core/audit/alarmjournalcsv.h), on the
// worker thread, to a file written whole or not at all; exportFinished() tells how it went.
// Errors (no store, not readable): loadFailed() with one translated sentence; the model stays empty.

#include "core/audit/alarmjournalfilter.h"
#include "core/audit/alarmjournalrow.h"

#include <QAbstractTableModel>

#include <atomic>
#include <memory>
#include <vector>

class QThread;

namespace fw {

class AlarmJournalModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, AssetColumn, AlertColumn, PriorityColumn, WhatColumn, UserColumn, ConsoleColumn,
                  TextColumn, ColumnCount };
    enum Role {
        AtRole = Qt::UserRole + 1,   // qint64 ms since the epoch
        SourceRole,                  // int(AlarmJournalRow::Source)
        PriorityRole,                // int Priority, or -1
    };

    explicit AlarmJournalModel(QString dbPath, QObject *parent = nullptr);
    ~AlarmJournalModel() override;   // waits for the worker's current query

    void setFilter(const AlarmJournalFilter &filter);
    const AlarmJournalFilter &filter() const { return m_filter; }
    void refresh();   // the same filter again, from the newest row
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    int pageSize() const { return m_pageSize; }

    qint64 totalCount() const { return m_total; }   // -1: not counted yet
    bool isLoading() const { return m_loading; }
    const AlarmJournalRow &journalRow(int row) const { return m_rows[size_t(row)]; }

    void exportCsv(const QString &path);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void pageLoaded();                    // a page was added (possibly empty)
    void totalCountChanged(qint64 total);
    void loadingChanged(bool loading);
    void loadFailed(const QString &error);
    void exportFinished(const QString &path, qint64 rows, const QString &error);   // error empty: written

private:
    struct Worker;
    void requestPage(bool withCount);
    void setLoading(bool loading);

    QString m_dbPath;
    AlarmJournalFilter m_filter;
    std::vector<AlarmJournalRow> m_rows;
    qint64 m_total = -1;
    int m_pageSize = 200;
    bool m_loading = false;
    bool m_exhausted = false;   // the last page was short: nothing more to fetch
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<quint64>> m_latest;   // read by the worker to skip stale requests
    std::shared_ptr<Worker> m_worker;                 // touched on the worker thread only
    QThread *m_thread;
    QObject *m_context;                               // lives in m_thread: requests are posted to it
};

} // namespace fw

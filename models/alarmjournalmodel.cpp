#include "models/alarmjournalmodel.h"

#include "core/audit/alarmjournalcsv.h"
#include "core/audit/alarmjournalquery.h"
#include "core/common/localformat.h"
#include "core/fleet/displaytext.h"
#include "core/store/database.h"

#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QThread>

namespace fw {

// The worker thread's connection and query. Opened again for each new filter.
struct AlarmJournalModel::Worker
{
    QString dbPath;
    std::unique_ptr<Database> db;
    std::unique_ptr<AlarmJournalQuery> query;

    QString reopen()
    {
        query.reset();
        db.reset();
        const QFileInfo info(dbPath);
        if (dbPath.isEmpty() || !info.isFile() || info.size() == 0)
            return AlarmJournalModel::tr("There is no store to read the journal from (%1).").arg(dbPath);
        OpenReport report;
        db = Database::openReadOnly(dbPath, &report);
        if (!db)
            return AlarmJournalModel::tr("The store %1 cannot be read: %2")
                .arg(dbPath, report.error.isEmpty() ? report.message : report.error);
        query = std::make_unique<AlarmJournalQuery>(*db);
        return {};
    }
};

AlarmJournalModel::AlarmJournalModel(QString dbPath, QObject *parent)
    : QAbstractTableModel(parent), m_dbPath(std::move(dbPath)), m_latest(std::make_shared<std::atomic<quint64>>(0)),
      m_worker(std::make_shared<Worker>()), m_thread(new QThread), m_context(new QObject)
{
    m_worker->dbPath = m_dbPath;
    m_thread->setObjectName(QStringLiteral("alarm-journal"));
    m_context->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread->start();
}

AlarmJournalModel::~AlarmJournalModel()
{
    m_latest->store(~quint64(0));   // whatever is still queued is stale
    // The connection is closed on the thread that opened it.
    QMetaObject::invokeMethod(m_context, [worker = m_worker] {
        worker->query.reset();
        worker->db.reset();
    });
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void AlarmJournalModel::setFilter(const AlarmJournalFilter &filter)
{
    m_filter = filter;
    refresh();
}

void AlarmJournalModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_exhausted = false;
    endResetModel();
    if (m_total != -1) {
        m_total = -1;
        emit totalCountChanged(m_total);
    }
    m_latest->store(++m_generation);
    requestPage(true);
}

void AlarmJournalModel::requestPage(bool withCount)
{
    setLoading(true);
    const AlarmJournalCursor cursor = m_rows.empty() ? AlarmJournalCursor{} : AlarmJournalCursor::after(m_rows.back());
    QMetaObject::invokeMethod(m_context, [this, worker = m_worker, latest = m_latest, generation = m_generation,
                                          filter = m_filter, cursor, limit = m_pageSize, withCount] {
        if (latest->load() != generation)
            return;   // a newer filter is queued behind this one
        QString error;
        if (withCount)
            error = worker->reopen();
        std::vector<AlarmJournalRow> rows;
        if (error.isEmpty() && worker->query) {
            bool ok = false;
            rows = worker->query->page(filter, cursor, limit, &ok);
            if (!ok)
                error = tr("The journal could not be read from the store.");
        } else if (error.isEmpty()) {
            error = tr("The journal could not be read from the store.");
        }
        QMetaObject::invokeMethod(this, [this, generation, rows = std::move(rows), error, limit] {
            if (generation != m_generation)
                return;
            if (!error.isEmpty()) {
                m_exhausted = true;
                setLoading(false);
                emit loadFailed(error);
                return;
            }
            m_exhausted = int(rows.size()) < limit;
            // Still loading while the rows go in: a view that asks for more meanwhile waits for the next turn.
            if (!rows.empty()) {
                beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size()) - 1);
                m_rows.insert(m_rows.end(), rows.begin(), rows.end());
                endInsertRows();
            }
            setLoading(false);
            emit pageLoaded();
        });
        if (!error.isEmpty() || !withCount || latest->load() != generation)
            return;
        const std::optional<qint64> total = worker->query->count(filter);
        QMetaObject::invokeMethod(this, [this, generation, total] {
            if (generation != m_generation || !total)
                return;
            m_total = *total;
            emit totalCountChanged(m_total);
        });
    });
}

void AlarmJournalModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

void AlarmJournalModel::exportCsv(const QString &path)
{
    QMetaObject::invokeMethod(m_context, [this, dbPath = m_dbPath, filter = m_filter, path] {
        // A connection of its own: the export does not disturb the pages' cursor or filter.
        Worker own{dbPath, {}, {}};
        QString error = own.reopen();
        qint64 rows = 0;
        if (error.isEmpty()) {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                error = tr("Cannot write %1: %2").arg(path, file.errorString());
            else if (!writeAlarmJournalCsv(*own.query, filter, file, &rows, &error))
                file.cancelWriting();
            else if (!file.commit())
                error = tr("Cannot write %1: %2").arg(path, file.errorString());
        }
        own.query.reset();
        own.db.reset();
        QMetaObject::invokeMethod(this, [this, path, rows, error] { emit exportFinished(path, rows, error); });
    });
}

int AlarmJournalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AlarmJournalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

QString whatText(const AlarmJournalRow &r)
{
    if (r.source == AlarmJournalRow::Source::AlertEvent) {
        if (r.what == QLatin1String("raised"))
            return AlarmJournalModel::tr("raised");
        if (r.what == QLatin1String("updated"))
            return AlarmJournalModel::tr("updated");
        if (r.what == QLatin1String("cleared"))
            return AlarmJournalModel::tr("cleared");
    }
    return QString(r.what).replace(QLatin1Char('_'), QLatin1Char(' '));
}

} // namespace

QVariant AlarmJournalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AlarmJournalRow &r = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return LocalFormat::dateTimeWithSeconds(r.at);
        case AssetColumn: return r.site.isEmpty() ? r.asset : r.site + QLatin1Char('/') + r.asset;
        case AlertColumn: return r.alertId;
        case PriorityColumn:
            return r.priority && *r.priority >= 0 && *r.priority <= 3 ? DisplayText::priority(Priority(*r.priority))
                                                                      : QString();
        case WhatColumn: return whatText(r);
        case UserColumn: return r.user;
        case ConsoleColumn: return r.console;
        case TextColumn: return r.text;
        default: return {};
        }
    case Qt::ToolTipRole:
        return index.column() == TextColumn && !r.text.isEmpty() ? QVariant(r.text) : QVariant();
    case AtRole: return r.at;
    case SourceRole: return int(r.source);
    case PriorityRole: return r.priority.value_or(-1);
    default: return {};
    }
}

QVariant AlarmJournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case AssetColumn: return tr("Asset");
    case AlertColumn: return tr("Alert");
    case PriorityColumn: return tr("Priority");
    case WhatColumn: return tr("State / what");
    case UserColumn: return tr("User");
    case ConsoleColumn: return tr("Console");
    case TextColumn: return tr("Text");
    default: return {};
    }
}

bool AlarmJournalModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_loading && !m_exhausted && !m_rows.empty()
        && (m_total < 0 || qint64(m_rows.size()) < m_total);
}

void AlarmJournalModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage(false);
}

} // namespace fw

#pragma once
// StoreWatch: whether the alert store is saving, and the alerts it does not have yet. When a batch's
// transaction fails (disk full, read-only, I/O error, another process's lock), the batch is rolled
// back whole and its alerts are kept in memory, marked unsaved (at most kMaxUnsaved; beyond that new
// alerts are counted as not kept, and not shown); from then on batches are applied in memory only, so
// the screen stays live without a write attempt per batch. retry() (every few seconds) writes the
// unsaved alerts and a probe row in one transaction; when that commits the store is saving again.
// A console whose store could not be opened runs on a store in memory: read-only mode, until restart.
//
// A plain object of the alerts thread (AlertCenter owns it); not thread-safe.

#include "core/store/storefault.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QSet>
#include <QString>

namespace fw {

class AlertRepository;
class Database;
class UnresolvedAlerts;

struct StoreStatus
{
    enum class State {
        Saving,        // every change is written
        NotSaving,     // the store failed: changes are kept in memory and written when it recovers
        ReadOnlyMode,  // no store could be opened: nothing is kept beyond this run
    };
    State state = State::Saving;
    StoreFault fault = StoreFault::None;
    QString path;                // the store's file
    QString detail;              // SQLite's message or the open error, for the log and a tooltip
    qint64 since = 0;            // console time (ms) it stopped saving
    int unsavedAlerts = 0;       // in memory, not (all) in the store
    int droppedAlerts = 0;       // new alerts not kept at all (beyond kMaxUnsaved)
    qint64 failedWrites = 0;     // batches, actions and retries the store refused since start

    bool saving() const { return state == State::Saving; }
    bool operator==(const StoreStatus &) const = default;
};

class StoreWatch
{
    Q_DECLARE_TR_FUNCTIONS(fw::StoreWatch)
public:
    static constexpr int kMaxUnsaved = 5000;
    static constexpr int kRetryBusyTimeoutMs = 200;   // a retry against another process's lock: quick

    explicit StoreWatch(UnresolvedAlerts &alerts) : m_alerts(alerts) {}

    // The store is open (`db` may be in memory: then `openError` says why the file could not be).
    void open(Database &db, AlertRepository &repo, const QString &path, const QString &openError, qint64 now);
    void close();

    const StoreStatus &status() const { return m_status; }
    bool isSaving() const { return m_status.saving(); }

    // A batch's writes failed with `code` (an extended SQLite code, 0 when only COMMIT said so) and were
    // rolled back: the batch's alerts are unsaved from now on, those first stored in it have no row.
    void batchFailed(int code, const QString &detail, qint64 now);
    // A batch applied in memory only (not saving): its alerts are unsaved.
    void batchKeptInMemory();
    // Whether one more new alert may be kept in memory; false counts it as dropped.
    bool admitNew();
    // An action or label could not be written (`code` as above).
    void writeFailed(int code, const QString &detail, qint64 now);

    // While not saving (not in read-only mode): writes the unsaved alerts and a probe in one
    // transaction. True when it committed: the store saves again and the alerts it wrote are
    // marked changed (no longer unsaved).
    bool retry(qint64 now);

    // Why an operator action cannot be kept now, for the action's refusal; empty while saving.
    QString refusal() const;
    // The refusal for an action on an alert the store does not have (its row is 0).
    QString notStoredRefusal() const;

private:
    void stopSaving(StoreFault fault, const QString &detail, qint64 now);
    void markUnsaved(const QString &key);
    void updateCount();

    UnresolvedAlerts &m_alerts;
    Database *m_db = nullptr;
    AlertRepository *m_repo = nullptr;
    StoreStatus m_status;
    QSet<QString> m_unsaved;
};

} // namespace fw

Q_DECLARE_METATYPE(fw::StoreStatus)

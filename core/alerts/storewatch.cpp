#include "core/alerts/storewatch.h"

#include "core/alerts/unresolvedalerts.h"
#include "core/common/logging.h"
#include "core/store/alertrepository.h"
#include "core/store/database.h"

#include <sqlite3.h>

#include <vector>

namespace fw {

void StoreWatch::open(Database &db, AlertRepository &repo, const QString &path, const QString &openError, qint64 now)
{
    m_db = &db;
    m_repo = &repo;
    m_status = StoreStatus{};
    m_status.path = path;
    m_unsaved.clear();
    if (db.isInMemory()) {
        m_status.state = StoreStatus::State::ReadOnlyMode;
        m_status.fault = StoreFault::Unavailable;
        m_status.detail = openError;
        m_status.since = now;
    }
}

void StoreWatch::close()
{
    if (!m_unsaved.isEmpty())
        logging::get("store")->error("{} alerts changed while the store was not saving are not in it", m_unsaved.size());
    m_db = nullptr;
    m_repo = nullptr;
}

void StoreWatch::stopSaving(StoreFault fault, const QString &detail, qint64 now)
{
    ++m_status.failedWrites;
    if (m_status.state == StoreStatus::State::ReadOnlyMode)
        return;
    if (m_status.state == StoreStatus::State::Saving) {
        m_status.state = StoreStatus::State::NotSaving;
        m_status.since = now;
        logging::get("store")->error("the store {} is not saving: {} ({}); alerts are kept in memory until it is",
                                     logging::sanitize(m_status.path), StoreFaultText::cause(fault).toStdString(),
                                     logging::sanitize(detail, 300));
    }
    m_status.fault = fault;
    m_status.detail = detail;
}

void StoreWatch::markUnsaved(const QString &key)
{
    AlertRecord *r = m_alerts.find(key);
    if (!r)
        return;
    r->unsaved = true;
    m_unsaved.insert(key);
    m_alerts.markChanged(*r);
}

void StoreWatch::updateCount()
{
    m_status.unsavedAlerts = int(m_unsaved.size());
}

void StoreWatch::batchFailed(int code, const QString &detail, qint64 now)
{
    // Rolled back: an alert first stored in this batch has no row after all.
    for (const QString &key : m_alerts.batchNew()) {
        if (AlertRecord *r = m_alerts.find(key))
            r->rowId = 0;
    }
    const QSet<QString> keys = m_alerts.batchKeys();
    for (const QString &key : keys)
        markUnsaved(key);
    const StoreFault fault = storeFaultOf(code);
    stopSaving(fault == StoreFault::None ? StoreFault::IoError : fault, detail, now);
    updateCount();
}

void StoreWatch::batchKeptInMemory()
{
    const QSet<QString> keys = m_alerts.batchKeys();
    for (const QString &key : keys)
        markUnsaved(key);
    updateCount();
}

bool StoreWatch::admitNew()
{
    if (m_unsaved.size() < kMaxUnsaved)
        return true;
    ++m_status.droppedAlerts;
    return false;
}

void StoreWatch::writeFailed(int code, const QString &detail, qint64 now)
{
    const StoreFault fault = storeFaultOf(code);
    stopSaving(fault == StoreFault::None ? StoreFault::IoError : fault, detail, now);
}

bool StoreWatch::retry(qint64 now)
{
    if (!m_db || m_status.state != StoreStatus::State::NotSaving)
        return false;
    m_db->takeFault();
    m_db->setBusyTimeout(kRetryBusyTimeoutMs);
    std::vector<QString> withoutRow;
    bool ok = false;
    int fault = 0;
    {
        m_db->setDurable(true);
        Transaction tx(*m_db);
        ok = tx.isActive();
        for (const QString &key : std::as_const(m_unsaved)) {
            AlertRecord *r = m_alerts.find(key);
            if (!ok || !r)
                continue;
            if (r->rowId == 0)
                withoutRow.push_back(key);
            ok = m_repo->upsert(*r);
        }
        ok = ok && m_db->setMetaValue(QStringLiteral("store_checked_at"), QString::number(now));
        fault = m_db->takeFault();
        ok = ok && fault == 0 && tx.commit();
        if (!ok && fault == 0)
            fault = m_db->takeFault();
    }
    m_db->setBusyTimeout(Database::kDefaultBusyTimeoutMs);
    if (!ok) {
        for (const QString &key : withoutRow) {
            if (AlertRecord *r = m_alerts.find(key))
                r->rowId = 0;
        }
        if (fault != 0 && storeFaultOf(fault) != m_status.fault) {
            m_status.fault = storeFaultOf(fault);
            m_status.detail = QString::fromUtf8(sqlite3_errstr(fault));
        }
        return false;
    }
    for (const QString &key : std::as_const(m_unsaved)) {
        if (AlertRecord *r = m_alerts.find(key)) {
            r->unsaved = false;
            m_alerts.markChanged(*r);
        }
    }
    logging::get("store")->warn("the store {} saves again ({} alerts written that waited in memory; not saving since {} ms)",
                                logging::sanitize(m_status.path), m_unsaved.size(), now - m_status.since);
    m_unsaved.clear();
    m_status.state = StoreStatus::State::Saving;
    m_status.fault = StoreFault::None;
    m_status.detail.clear();
    m_status.since = 0;
    updateCount();
    return true;
}

QString StoreWatch::refusal() const
{
    switch (m_status.state) {
    case StoreStatus::State::Saving: return {};
    case StoreStatus::State::NotSaving:
        return tr("Not done: the store is not saving (%1), so the action could not be kept. %2")
            .arg(StoreFaultText::cause(m_status.fault), StoreFaultText::remedy(m_status.fault, m_status.path));
    case StoreStatus::State::ReadOnlyMode:
        return tr("Not done: Fleetwatch runs without a store (read-only mode), so the action could not be kept. %1")
            .arg(StoreFaultText::remedy(StoreFault::Unavailable, m_status.path));
    }
    return {};
}

QString StoreWatch::notStoredRefusal() const
{
    return tr("Not done: this alert is not in the store yet (it came while the store was not saving); act on it "
              "once the store saves again.");
}

} // namespace fw

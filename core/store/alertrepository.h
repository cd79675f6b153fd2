#pragma once
// AlertRepository: the `alerts` table. Statements are prepared once, in the constructor.
// Thread affinity and lifetime: those of the Database it is bound to (destroy it first).
// Errors: logged on the "store" logger; reported as false / nullopt, or an empty list with *ok set
// to false (ok may be null).

#include "core/alerts/alertrecord.h"
#include "core/store/sqlstatement.h"

#include <optional>

namespace fw {

class Database;

class AlertRepository
{
public:
    explicit AlertRepository(Database &db);

    // False if a statement could not be prepared (logged); every call then fails.
    bool isValid() const;

    // Inserts the alert, or updates every field of the stored row with the same (site, asset,
    // alertId); sets r.rowId to the row's id either way. Times in ms since the epoch.
    bool upsert(AlertRecord &r);
    std::optional<AlertRecord> find(const QString &site, const QString &asset, const QString &alertId);
    // Every alert still in the live queue: all but those returned to normal and acknowledged, plus
    // any that is shelved. Oldest first (raised_at).
    AlertRecords loadUnresolved(bool *ok = nullptr);
    // Alerts first received (raised_at) in [fromMs, toMs), oldest first.
    AlertRecords loadRange(qint64 fromMs, qint64 toMs, bool *ok = nullptr);

private:
    AlertRecords readAll(SqlStatement &select, bool *ok);

    SqlStatement m_upsert;
    SqlStatement m_find;
    SqlStatement m_unresolved;
    SqlStatement m_range;
};

} // namespace fw

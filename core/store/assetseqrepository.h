#pragma once
// AssetSeqRepository: the `asset_seq` table, the newest alert seq applied per asset, so that a
// restarted console still sees a gap. Statements are prepared once, in the constructor.
// Thread affinity and lifetime: those of the Database it is bound to (destroy it first).
// Errors: logged on the "store" logger; reported as false / nullopt with *ok false (ok may be null).

#include "core/store/sqlstatement.h"

#include <optional>

namespace fw {

class Database;

class AssetSeqRepository
{
public:
    explicit AssetSeqRepository(Database &db);
    bool isValid() const;

    // nullopt if no seq was stored for the asset (or on error).
    std::optional<qint64> lastSeq(const QString &site, const QString &asset, bool *ok = nullptr);
    // Stores seq as the asset's newest, whatever was stored before (a fleet restart may reset it).
    bool set(const QString &site, const QString &asset, qint64 seq);

private:
    SqlStatement m_select;
    SqlStatement m_upsert;
};

} // namespace fw

#include "core/store/assetseqrepository.h"

#include "core/store/database.h"

namespace fw {

AssetSeqRepository::AssetSeqRepository(Database &db)
    : m_select(db.handle(), "SELECT last_seq FROM asset_seq WHERE site = ?1 AND asset = ?2")
    , m_upsert(db.handle(),
               "INSERT INTO asset_seq(site, asset, last_seq) VALUES (?1, ?2, ?3) "
               "ON CONFLICT(site, asset) DO UPDATE SET last_seq = excluded.last_seq")
{
}

bool AssetSeqRepository::isValid() const
{
    return m_select.isValid() && m_upsert.isValid();
}

std::optional<qint64> AssetSeqRepository::lastSeq(const QString &site, const QString &asset, bool *ok)
{
    StatementReset reset(m_select);
    m_select.bind(1, site);
    m_select.bind(2, asset);
    const bool found = m_select.next();
    if (ok)
        *ok = !m_select.failed();
    if (!found)
        return std::nullopt;
    return m_select.int64(0);
}

bool AssetSeqRepository::set(const QString &site, const QString &asset, qint64 seq)
{
    m_upsert.bind(1, site);
    m_upsert.bind(2, asset);
    m_upsert.bind(3, seq);
    return m_upsert.exec();
}

} // namespace fw

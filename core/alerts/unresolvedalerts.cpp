#include "core/alerts/unresolvedalerts.h"

#include "core/store/alertrepository.h"

namespace fw {

AlertRecord *UnresolvedAlerts::find(const QString &key)
{
    const auto it = m_alerts.find(key);
    return it == m_alerts.end() ? nullptr : &*it;
}

const AlertRecord *UnresolvedAlerts::find(const QString &key) const
{
    const auto it = m_alerts.constFind(key);
    return it == m_alerts.constEnd() ? nullptr : &*it;
}

AlertRecord *UnresolvedAlerts::findOrLoad(const QString &site, const QString &asset, const QString &alertId,
                                          AlertRepository &store)
{
    if (AlertRecord *r = find(TopicParser::alertKey(site, asset, alertId)))
        return r;
    // Resolved alerts are not kept in memory: a late event for one comes from the store.
    if (auto stored = store.find(site, asset, alertId)) {
        AlertRecord *r = remember(*stored);
        markChanged(*r);   // so that the next takeChanged() forgets it again if it stays resolved
        return r;
    }
    return nullptr;
}

AlertRecord *UnresolvedAlerts::remember(const AlertRecord &record)
{
    AlertRecord r = record;
    if (r.line.isEmpty())
        r.line = m_assetLines.value(r.assetKey());   // the asset's line when the alert was first seen
    const QString key = r.key();
    if (r.rowId == 0)
        m_batchNew.insert(key);   // made here, not loaded from the store
    m_batchKeys.insert(key);
    m_keysByAsset[r.assetKey()].insert(key);
    return &*m_alerts.insert(key, r);
}

void UnresolvedAlerts::beginBatch()
{
    m_batchKeys.clear();
    m_batchNew.clear();
}

AlertRecords UnresolvedAlerts::takeChanged()
{
    AlertRecords changed;
    changed.reserve(size_t(m_changed.size()));
    for (const QString &key : std::as_const(m_changed)) {
        const auto it = m_alerts.constFind(key);
        if (it == m_alerts.constEnd())
            continue;
        changed.push_back(*it);
        // Resolved (returned to normal and acknowledged, not shelved): sent once more, then forgotten here.
        if (it->state.isNormal() && !it->state.shelved() && !it->unsaved) {
            const auto keys = m_keysByAsset.find(it->assetKey());
            if (keys != m_keysByAsset.end()) {
                keys->remove(key);
                if (keys->isEmpty())
                    m_keysByAsset.erase(keys);
            }
            m_alerts.erase(it);
        }
    }
    m_changed.clear();
    return changed;
}

} // namespace fw

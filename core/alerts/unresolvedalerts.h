#pragma once
// UnresolvedAlerts: the alerts the console holds in memory: every unresolved one, by key and by asset;
// the asset's line from its meta (filled into alerts first seen after it); and the keys changed since
// the last batch handed to the GUI. A resolved alert that gets a late event or action is brought back
// from the store until the next takeChanged() forgets it again.
//
// A plain value, not thread-safe: AlertCenter owns it; it and OperatorActions use it in the alerts
// thread (the owner thread may read it once that thread has stopped).

#include "core/alerts/alertrecord.h"

#include <QHash>
#include <QSet>

namespace fw {

class AlertRepository;

class UnresolvedAlerts
{
public:
    using Records = QHash<QString, AlertRecord>;   // by alert key

    AlertRecord *find(const QString &key);
    const AlertRecord *find(const QString &key) const;
    // In memory, else from the store (marked changed); null when the store does not have it either.
    AlertRecord *findOrLoad(const QString &site, const QString &asset, const QString &alertId, AlertRepository &store);
    // Adds the record (or replaces the one with its key); an empty line is taken from the asset's meta.
    AlertRecord *remember(const AlertRecord &record);
    void markChanged(const AlertRecord &r)
    {
        m_changed.insert(r.key());
        m_batchKeys.insert(r.key());
    }

    // The keys changed, and those first remembered, since beginBatch(): what a batch whose store
    // transaction failed has to keep as unsaved.
    void beginBatch();
    const QSet<QString> &batchKeys() const { return m_batchKeys; }
    const QSet<QString> &batchNew() const { return m_batchNew; }

    void setAssetLine(const QString &assetKey, const QString &line) { m_assetLines.insert(assetKey, line); }
    // The keys of one asset's alerts (a copy: records may be changed while it is walked).
    QSet<QString> keysOfAsset(const QString &assetKey) const { return m_keysByAsset.value(assetKey); }

    bool hasChanges() const { return !m_changed.isEmpty(); }
    // The records changed since the last call, whole; those resolved now (returned to normal and
    // acknowledged, not shelved) are in it once and forgotten here, unless they are unsaved (kept
    // until the store has them).
    AlertRecords takeChanged();

    int size() const { return int(m_alerts.size()); }
    Records::iterator begin() { return m_alerts.begin(); }
    Records::iterator end() { return m_alerts.end(); }

private:
    Records m_alerts;                              // unresolved, by key
    QHash<QString, QSet<QString>> m_keysByAsset;   // keys of m_alerts, by asset key
    QHash<QString, QString> m_assetLines;          // the asset's line from its meta, by asset key
    QSet<QString> m_changed;
    QSet<QString> m_batchKeys;
    QSet<QString> m_batchNew;
};

} // namespace fw

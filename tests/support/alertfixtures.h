#pragma once
// Alert records for model and proxy tests: a fixed time base and the two builders the alert table
// tests share (the full one, and "engine-<id> on plant-a").

#include "core/alerts/alertrecord.h"

namespace fw::test {

constexpr qint64 kT0 = 1'700'000'000'000;   // a fixed "raised at" base, ms since epoch

inline AlertRecord alert(const QString &site, const QString &asset, const QString &id, Priority priority,
                         qint64 raisedAt = kT0, AlarmState state = {})
{
    AlertRecord r;
    r.site = site;
    r.asset = asset;
    r.alertId = id;
    r.priority = priority;
    r.title = QStringLiteral("Alert %1 on %2").arg(id, asset);
    r.raisedAt = raisedAt;
    r.state = state;
    return r;
}

inline AlertRecord alert(const QString &id, Priority priority = Priority::Medium, qint64 raisedAt = kT0)
{
    return alert(QStringLiteral("plant-a"), QStringLiteral("engine-") + id, id, priority, raisedAt);
}

} // namespace fw::test

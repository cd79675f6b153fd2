#pragma once
// Alert records for model and proxy tests: a fixed time base and the two builders the alert table
// tests share (the full one, and "engine-<id> on plant-a"); and the fleet's "raised" message that the
// tests with a real broker publish.

#include "core/alerts/alertrecord.h"
#include "core/fleet/fleetmessages.h"

#include <QDateTime>

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

// A "raised" alert event as the fleet sends it (score 0.9 over 0.5, model hpc 1), stamped now.
inline AlertMsg raisedAlert(const QString &id, qint64 seq, Priority priority, const QString &title)
{
    AlertMsg a;
    a.id = id;
    a.event = AlertEventType::Raised;
    a.ts = QDateTime::currentMSecsSinceEpoch();
    a.seq = seq;
    a.priority = priority;
    a.score = 0.9;
    a.threshold = 0.5;
    a.model = ModelRef{QStringLiteral("hpc"), QStringLiteral("1")};
    a.title = title;
    return a;
}

} // namespace fw::test

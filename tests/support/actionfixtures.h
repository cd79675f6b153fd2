#pragma once
// Fleet messages for tests of alerts and operators' actions without a broker: an alert event of
// "plant-a" as the ingest worker hands it on, and an action from another console as received; and
// what the store then holds (a scalar query, the journal).

#include "core/audit/journalrepository.h"
#include "core/fleet/fleetbatch.h"
#include "core/fleet/fleetmessages.h"
#include "core/store/database.h"
#include "core/store/sqlstatement.h"

#include <limits>
#include <memory>
#include <vector>

namespace fw::test {

inline FleetMessage alertEvent(const QString &asset, const QString &id, AlertEventType event, qint64 seq,
                               qint64 receivedAt)
{
    FleetMessage m;
    m.topic = TopicRef{MessageKind::Alert, QStringLiteral("plant-a"), asset, {}, {}};
    m.receivedAt = receivedAt;
    AlertMsg a;
    a.id = id;
    a.event = event;
    a.ts = receivedAt - 10;
    a.seq = seq;
    if (event == AlertEventType::Raised) {
        a.priority = Priority::High;
        a.score = 0.9;
        a.threshold = 0.4;
        a.model = ModelRef{QStringLiteral("hpc"), QStringLiteral("1.0.0")};
        a.title = QStringLiteral("HPC degradation suspected");
    }
    m.payload = a;
    return m;
}

// An action from console `console` by `by`, claimed at `ts`, received here at `receivedAt`.
inline FleetMessage remoteAction(const QString &asset, const QString &id, AckAction action, const QString &console,
                                 const QString &by, qint64 ts, qint64 receivedAt, const QString &note = {},
                                 const QString &role = QStringLiteral("operator"))
{
    FleetMessage m;
    m.topic = TopicRef{MessageKind::Ack, QStringLiteral("plant-a"), asset, {}, id};
    m.receivedAt = receivedAt;
    AckMsg a;
    a.alert = id;
    a.action = action;
    a.by = by;
    a.role = role;
    a.console = console;
    a.ts = ts;
    a.note = note;
    m.payload = a;
    return m;
}

inline FleetMessagesPtr batchOf(std::initializer_list<FleetMessage> messages)
{
    return std::make_shared<FleetMessages>(messages);
}

// The first column of the first row of `sql` on the store at `db` (-1 when there is none).
inline qint64 scalar(const QString &db, const char *sql)
{
    auto d = Database::open(db, nullptr);
    SqlStatement s(d->handle(), sql);
    return s.next() ? s.int64(0) : -1;
}

// The store's whole journal, oldest first.
inline std::vector<JournalEntry> journal(const QString &db)
{
    auto d = Database::open(db, nullptr);
    JournalRepository repo(*d);
    return repo.range(0, std::numeric_limits<qint64>::max(), 100000);
}

} // namespace fw::test

#pragma once
// SessionRepository: the `console_sessions` table (schema version 4), the times this console was
// running on the store and so collecting alerts: one row per run, started_at and ended_at in ms since
// the epoch (ended_at: the last heartbeat, or the clean stop). SessionRecorder writes it; reports read
// it (core/reports/collectioncoverage.h). Statements are prepared once, in the constructor.
// A store opened read-only at an older schema has no such table: hasTable() is false, nothing is
// prepared and every call answers "none" (that is not an error).
// Thread affinity and lifetime: those of the Database it is bound to (destroy it first).
// Errors: logged on the "store" logger; false / nullopt, *ok false (ok may be null).

#include "core/store/sqlstatement.h"

#include <optional>
#include <vector>

namespace fw {

class Database;

struct SessionSpan
{
    qint64 startedAt = 0;
    qint64 endedAt = 0;
    bool cleanStop = false;
};

class SessionRepository
{
public:
    explicit SessionRepository(Database &db);
    bool hasTable() const { return m_hasTable; }
    bool isValid() const;

    // A new run starting at `now`, ended_at = now: its id, nullopt on error.
    std::optional<qint64> begin(qint64 now, const QString &console);
    // The run was still going at `now` (never moves its end back before its start).
    bool touch(qint64 id, qint64 now);
    // The run stopped cleanly at `now`.
    bool end(qint64 id, qint64 now);

    // The runs that overlap [from, to) (started_at < to and ended_at > from), by start.
    std::vector<SessionSpan> overlapping(qint64 from, qint64 to, bool *ok = nullptr);
    // The start of the first run recorded in this store: nullopt when there is none.
    std::optional<qint64> firstStart(bool *ok = nullptr);

private:
    bool m_hasTable = false;
    SqlStatement m_insert;
    SqlStatement m_touch;
    SqlStatement m_end;
    SqlStatement m_overlapping;
    SqlStatement m_first;
};

} // namespace fw

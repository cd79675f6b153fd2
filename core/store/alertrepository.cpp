#include "core/store/alertrepository.h"

#include "core/store/database.h"
#include "core/common/logging.h"

namespace fw {

namespace {

// Column n of kColumns is parameter ?n of the upsert and column n of the selects (column 0 is id).
#define FW_ALERT_COLUMNS                                                                              \
    "site, asset, alert_id, line, priority, title, model_name, model_version, score, threshold, "    \
    "raised_ts, raised_at, last_event_at, cleared_at, active, acknowledged, shelved_until, "          \
    "shelve_reason, suppressed, out_of_service, acked_at, acked_by, acked_console, ack_note, "        \
    "last_seq, caught_up, orphan, chattering, last_payload"

enum Column {
    Site = 1, Asset, AlertId, Line, PriorityCol, Title, ModelName, ModelVersion, Score, Threshold,
    RaisedTs, RaisedAt, LastEventAt, ClearedAt, Active, Acknowledged, ShelvedUntil,
    ShelveReason, Suppressed, OutOfService, AckedAt, AckedBy, AckedConsole, AckNote,
    LastSeq, CaughtUp, Orphan, Chattering, LastPayload
};

constexpr const char *kUpsert =
    "INSERT INTO alerts(" FW_ALERT_COLUMNS ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
    "?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29) "
    "ON CONFLICT(site, asset, alert_id) DO UPDATE SET line = excluded.line, priority = excluded.priority, "
    "title = excluded.title, model_name = excluded.model_name, model_version = excluded.model_version, "
    "score = excluded.score, threshold = excluded.threshold, raised_ts = excluded.raised_ts, "
    "raised_at = excluded.raised_at, last_event_at = excluded.last_event_at, "
    "cleared_at = excluded.cleared_at, active = excluded.active, acknowledged = excluded.acknowledged, "
    "shelved_until = excluded.shelved_until, shelve_reason = excluded.shelve_reason, "
    "suppressed = excluded.suppressed, out_of_service = excluded.out_of_service, "
    "acked_at = excluded.acked_at, acked_by = excluded.acked_by, acked_console = excluded.acked_console, "
    "ack_note = excluded.ack_note, last_seq = excluded.last_seq, caught_up = excluded.caught_up, "
    "orphan = excluded.orphan, chattering = excluded.chattering, last_payload = excluded.last_payload "
    "RETURNING id";

constexpr const char *kFind =
    "SELECT id, " FW_ALERT_COLUMNS " FROM alerts WHERE site = ?1 AND asset = ?2 AND alert_id = ?3";

// The WHERE clause repeats the partial index alerts_open word for word so that the planner uses it.
constexpr const char *kUnresolved =
    "SELECT id, " FW_ALERT_COLUMNS " FROM alerts "
    "WHERE active = 1 OR acknowledged = 0 OR shelved_until IS NOT NULL ORDER BY raised_at, id";

constexpr const char *kRange =
    "SELECT id, " FW_ALERT_COLUMNS " FROM alerts WHERE raised_at >= ?1 AND raised_at < ?2 "
    "ORDER BY raised_at, id";

#undef FW_ALERT_COLUMNS

Priority priorityFromInt(qint64 value)
{
    if (value < qint64(Priority::Low) || value > qint64(Priority::Critical))
        return Priority::Medium;
    return static_cast<Priority>(value);
}

AlertRecord readRecord(const SqlStatement &s)
{
    AlertRecord r;
    r.rowId = s.int64(0);
    r.site = s.text(Site);
    r.asset = s.text(Asset);
    r.alertId = s.text(AlertId);
    r.line = s.text(Line);
    r.priority = priorityFromInt(s.int64(PriorityCol));
    r.title = s.text(Title);
    r.model = ModelRef{s.text(ModelName), s.text(ModelVersion)};
    r.score = s.optionalReal(Score);
    r.threshold = s.optionalReal(Threshold);
    r.raisedTs = s.int64(RaisedTs);
    r.raisedAt = s.int64(RaisedAt);
    r.lastEventAt = s.int64(LastEventAt);
    r.clearedAt = s.optionalInt64(ClearedAt);
    r.state.active = s.boolean(Active);
    r.state.acknowledged = s.boolean(Acknowledged);
    r.state.shelvedUntil = s.optionalInt64(ShelvedUntil);
    r.state.shelveReason = s.text(ShelveReason);
    r.state.suppressed = s.boolean(Suppressed);
    r.state.outOfService = s.boolean(OutOfService);
    r.ackedAt = s.optionalInt64(AckedAt);
    r.ackedBy = s.text(AckedBy);
    r.ackedConsole = s.text(AckedConsole);
    r.ackNote = s.text(AckNote);
    r.lastSeq = s.int64(LastSeq);
    r.caughtUp = s.boolean(CaughtUp);
    r.orphan = s.boolean(Orphan);
    r.chattering = s.boolean(Chattering);
    r.lastPayload = s.blob(LastPayload);
    return r;
}

void bindRecord(SqlStatement &s, const AlertRecord &r)
{
    s.bind(Site, r.site);
    s.bind(Asset, r.asset);
    s.bind(AlertId, r.alertId);
    s.bind(Line, r.line);
    s.bind(PriorityCol, static_cast<int>(r.priority));
    s.bind(Title, r.title);
    s.bind(ModelName, r.model.name);
    s.bind(ModelVersion, r.model.version);
    s.bind(Score, r.score);
    s.bind(Threshold, r.threshold);
    s.bind(RaisedTs, r.raisedTs);
    s.bind(RaisedAt, r.raisedAt);
    s.bind(LastEventAt, r.lastEventAt);
    s.bind(ClearedAt, r.clearedAt);
    s.bind(Active, r.state.active);
    s.bind(Acknowledged, r.state.acknowledged);
    s.bind(ShelvedUntil, r.state.shelvedUntil);
    s.bind(ShelveReason, r.state.shelveReason);
    s.bind(Suppressed, r.state.suppressed);
    s.bind(OutOfService, r.state.outOfService);
    s.bind(AckedAt, r.ackedAt);
    s.bind(AckedBy, r.ackedBy);
    s.bind(AckedConsole, r.ackedConsole);
    s.bind(AckNote, r.ackNote);
    s.bind(LastSeq, r.lastSeq);
    s.bind(CaughtUp, r.caughtUp);
    s.bind(Orphan, r.orphan);
    s.bind(Chattering, r.chattering);
    s.bind(LastPayload, r.lastPayload);
}

} // namespace

AlertRepository::AlertRepository(Database &db)
    : m_upsert(db.handle(), kUpsert)
    , m_find(db.handle(), kFind)
    , m_unresolved(db.handle(), kUnresolved)
    , m_range(db.handle(), kRange)
{
}

bool AlertRepository::isValid() const
{
    return m_upsert.isValid() && m_find.isValid() && m_unresolved.isValid() && m_range.isValid();
}

bool AlertRepository::upsert(AlertRecord &r)
{
    StatementReset reset(m_upsert);
    bindRecord(m_upsert, r);
    if (!m_upsert.next())
        return false;
    const qint64 rowId = m_upsert.int64(0);
    // Step to the end so that the statement completes before it is reset.
    while (m_upsert.next()) {
    }
    if (m_upsert.failed())
        return false;
    r.rowId = rowId;
    return true;
}

std::optional<AlertRecord> AlertRepository::find(const QString &site, const QString &asset,
                                                 const QString &alertId)
{
    StatementReset reset(m_find);
    m_find.bind(1, site);
    m_find.bind(2, asset);
    m_find.bind(3, alertId);
    if (!m_find.next())
        return std::nullopt;
    return readRecord(m_find);
}

AlertRecords AlertRepository::loadUnresolved(bool *ok)
{
    return readAll(m_unresolved, ok);
}

AlertRecords AlertRepository::loadRange(qint64 fromMs, qint64 toMs, bool *ok)
{
    m_range.bind(1, fromMs);
    m_range.bind(2, toMs);
    return readAll(m_range, ok);
}

AlertRecords AlertRepository::readAll(SqlStatement &select, bool *ok)
{
    StatementReset reset(select);
    AlertRecords records;
    while (select.next())
        records.push_back(readRecord(select));
    if (ok)
        *ok = !select.failed();
    if (select.failed())
        return {};
    return records;
}

} // namespace fw

#include "core/store/schema.h"

#include "core/common/logging.h"
#include "core/store/sqlstatement.h"

#include <QDateTime>
#include <QUuid>

namespace fw::schema {

namespace {

// Version 1.
//
// alerts: one row per fleet alert (site, asset, alert_id). last_payload is the last column on
// purpose: SQLite reads a row's columns in order, and a payload larger than a page spills into
// overflow pages that a report would otherwise walk to reach the columns after it.
// Indexes: reports filter a period by raised_at (the console's first receive time, the start of
// time to acknowledge), optionally by site, asset or priority:
//   alerts_report           period scans and loadRange(); covering for time to acknowledge over a
//                           period grouped by priority, site, asset, line, operator or shift (from
//                           raised_at): a year of a million alerts is read from ~60 MB of index
//                           instead of the ~1 GB table;
//   alerts_site_raised      one site over a period;
//   alerts_asset_raised     one asset over a period, covering time to acknowledge (asset ids are
//                           unique within a site only, hence site first);
//   alerts_priority_raised  one priority over a period;
//   alerts_open             partial: what the console loads at start (not returned-to-normal-and-
//                           acknowledged, or shelved); stays small however long the history.
//
// alert_events: every fleet event applied, for the alert's history. A QoS 1 re-delivery carries the
// same (alert, seq, event) and is ignored by INSERT OR IGNORE. alert_row determines site and asset,
// so UNIQUE(alert_row, seq, event) is the same rule as (site, asset, seq, alert_row, event) and its
// index also serves "the events of one alert" (no second index to maintain per insert). site and
// asset are kept for per-asset seq-gap analysis without a join. Events go with their alert.
//
// actions: operator actions, local or from another console. A re-delivered remote action has the
// same (alert_row, event, console, ts) and is ignored. The unique index leads with alert_row and
// serves "the actions on one alert"; actions_user serves reports per operator. Actions are the
// audit record: deleting an alert that has actions is refused (no cascade).
//
// outbox: messages to publish at QoS 1; AUTOINCREMENT so that an id is never reused, even after
// delivered rows are purged (the id names the message). outbox_pending is partial: it holds only
// what still waits, however long the history.
//
// asset_seq: the newest alert seq applied per asset, to detect gaps after a restart.
// meta_kv: small settings, e.g. store_id (a UUID made when the store was created).
constexpr const char *kVersion1 = R"sql(
CREATE TABLE meta_kv(
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT
) WITHOUT ROWID;

CREATE TABLE alerts(
    id             INTEGER PRIMARY KEY,
    site           TEXT    NOT NULL,
    asset          TEXT    NOT NULL,
    alert_id       TEXT    NOT NULL,
    line           TEXT    NOT NULL DEFAULT '',
    priority       INTEGER NOT NULL CHECK (priority BETWEEN 0 AND 3),
    title          TEXT    NOT NULL DEFAULT '',
    model_name     TEXT    NOT NULL DEFAULT '',
    model_version  TEXT    NOT NULL DEFAULT '',
    score          REAL,
    threshold      REAL,
    raised_ts      INTEGER NOT NULL,
    raised_at      INTEGER NOT NULL,
    last_event_at  INTEGER NOT NULL,
    cleared_at     INTEGER,
    active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    acknowledged   INTEGER NOT NULL DEFAULT 0 CHECK (acknowledged IN (0, 1)),
    shelved_until  INTEGER,
    shelve_reason  TEXT    NOT NULL DEFAULT '',
    suppressed     INTEGER NOT NULL DEFAULT 0 CHECK (suppressed IN (0, 1)),
    out_of_service INTEGER NOT NULL DEFAULT 0 CHECK (out_of_service IN (0, 1)),
    acked_at       INTEGER,
    acked_by       TEXT    NOT NULL DEFAULT '',
    acked_console  TEXT    NOT NULL DEFAULT '',
    ack_note       TEXT    NOT NULL DEFAULT '',
    last_seq       INTEGER NOT NULL DEFAULT 0,
    caught_up      INTEGER NOT NULL DEFAULT 0 CHECK (caught_up IN (0, 1)),
    orphan         INTEGER NOT NULL DEFAULT 0 CHECK (orphan IN (0, 1)),
    chattering     INTEGER NOT NULL DEFAULT 0 CHECK (chattering IN (0, 1)),
    last_payload   BLOB,
    UNIQUE (site, asset, alert_id)
);
CREATE INDEX alerts_report ON alerts(raised_at, acked_at, priority, site, asset, line, acked_by);
CREATE INDEX alerts_site_raised ON alerts(site, raised_at);
CREATE INDEX alerts_asset_raised ON alerts(site, asset, raised_at, acked_at);
CREATE INDEX alerts_priority_raised ON alerts(priority, raised_at);
CREATE INDEX alerts_open ON alerts(raised_at)
    WHERE active = 1 OR acknowledged = 0 OR shelved_until IS NOT NULL;

CREATE TABLE alert_events(
    id          INTEGER PRIMARY KEY,
    alert_row   INTEGER NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
    site        TEXT    NOT NULL,
    asset       TEXT    NOT NULL,
    event       TEXT    NOT NULL,
    seq         INTEGER NOT NULL,
    ts          INTEGER NOT NULL,
    received_at INTEGER NOT NULL,
    payload     BLOB,
    UNIQUE (alert_row, seq, event)
);

CREATE TABLE actions(
    id             INTEGER PRIMARY KEY,
    alert_row      INTEGER NOT NULL REFERENCES alerts(id) ON DELETE RESTRICT,
    event          TEXT    NOT NULL,
    by_user        TEXT    NOT NULL,
    role           TEXT    NOT NULL DEFAULT '',
    console        TEXT    NOT NULL DEFAULT '',
    ts             INTEGER NOT NULL,
    received_at    INTEGER NOT NULL,
    note           TEXT    NOT NULL DEFAULT '',
    shelve_minutes INTEGER NOT NULL DEFAULT 0,
    local          INTEGER NOT NULL DEFAULT 1 CHECK (local IN (0, 1)),
    UNIQUE (alert_row, event, console, ts)
);
CREATE INDEX actions_user ON actions(by_user, ts);

CREATE TABLE outbox(
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    kind            TEXT    NOT NULL,
    topic           TEXT    NOT NULL,
    qos             INTEGER NOT NULL DEFAULT 1 CHECK (qos IN (0, 1, 2)),
    created_at      INTEGER NOT NULL,
    delivered_at    INTEGER,
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_attempt_at INTEGER,
    payload         BLOB    NOT NULL
);
CREATE INDEX outbox_pending ON outbox(id) WHERE delivered_at IS NULL;

CREATE TABLE asset_seq(
    site     TEXT    NOT NULL,
    asset    TEXT    NOT NULL,
    last_seq INTEGER NOT NULL,
    PRIMARY KEY (site, asset)
) WITHOUT ROWID;
)sql";

bool migrateToVersion1(sqlite3 *db)
{
    if (!execSql(db, kVersion1))
        return false;
    SqlStatement insert(db, "INSERT INTO meta_kv(key, value) VALUES (?1, ?2)");
    insert.bind(1, QStringLiteral("store_id"));
    insert.bind(2, QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!insert.exec())
        return false;
    insert.bind(1, QStringLiteral("created_at"));
    insert.bind(2, QString::number(QDateTime::currentMSecsSinceEpoch()));
    return insert.exec();
}

// Version 2: technicians' labelled outcomes and the evidence kept with each alert.
//
// labels: one row per saved label, never changed (a correction is a new label with a new label_id;
// the trigger labels_never_change refuses an UPDATE).
// label_id is the UUID sent to the fleet, which drops a second delivery of the same id. alert_row is
// NULL exactly for a missed failure (the CHECK keeps outcome and alert_row consistent); outcome is
// outcomeName() ("true_positive", ...). The row is written in one durable transaction with its
// outbox message (outbox_id, kind "label"): delivered once that outbox row has delivered_at.
// model_name/model_version are the label's model (the alert's, or for a missed failure that of the
// asset's latest alert, '' if none). Labels are the record of what technicians found: deleting an
// alert that has labels is refused. payload (the JSON as sent) is the last column, as in alerts.
// Indexes: labels_alert (the label of one alert; "not yet labelled"), labels_model (quality per model
// version), labels_recorded (labels over a period).
//
// alert_evidence: the telemetry window copied from memory when the alert was raised (the newest
// raise of that alert id). format names the encoding of data; "fw-evidence/1" is documented in
// core/store/evidencerepository.h (a versioned QDataStream). Goes with its alert.
//
// alerts_model: alerts per model version (quality reports, covering) and the newest alerts of one
// model version (similar alerts), from raised_at.
constexpr const char *kVersion2 = R"sql(
CREATE TABLE labels(
    id               INTEGER PRIMARY KEY,
    label_id         TEXT    NOT NULL UNIQUE,
    alert_row        INTEGER REFERENCES alerts(id) ON DELETE RESTRICT,
    site             TEXT    NOT NULL,
    asset            TEXT    NOT NULL,
    outcome          TEXT    NOT NULL
                     CHECK (outcome IN ('true_positive', 'false_positive', 'inconclusive', 'missed_failure')),
    failure_mode     TEXT    NOT NULL DEFAULT '',
    cause            TEXT    NOT NULL DEFAULT '',
    action           TEXT    NOT NULL DEFAULT '',
    downtime_minutes REAL    CHECK (downtime_minutes IS NULL OR downtime_minutes >= 0),
    technician       TEXT    NOT NULL DEFAULT '',
    recorded_at      INTEGER NOT NULL,
    alert_ts         INTEGER,
    failed_at        INTEGER,
    model_name       TEXT    NOT NULL DEFAULT '',
    model_version    TEXT    NOT NULL DEFAULT '',
    console          TEXT    NOT NULL DEFAULT '',
    notes            TEXT    NOT NULL DEFAULT '',
    outbox_id        INTEGER NOT NULL,
    payload          BLOB    NOT NULL,
    CHECK ((outcome = 'missed_failure') = (alert_row IS NULL))
);
CREATE INDEX labels_alert ON labels(alert_row);
CREATE INDEX labels_model ON labels(model_name, model_version);
CREATE INDEX labels_recorded ON labels(recorded_at);
CREATE TRIGGER labels_never_change BEFORE UPDATE ON labels
BEGIN
    SELECT RAISE(ABORT, 'a saved label is never changed: save a new one');
END;

CREATE TABLE alert_evidence(
    alert_row   INTEGER PRIMARY KEY REFERENCES alerts(id) ON DELETE CASCADE,
    captured_at INTEGER NOT NULL,
    format      TEXT    NOT NULL,
    data        BLOB    NOT NULL
);

CREATE INDEX alerts_model ON alerts(model_name, model_version, raised_at);
)sql";

bool migrateToVersion2(sqlite3 *db)
{
    return execSql(db, kVersion2);
}

// Version 3: actions_event_ts, actions of one kind over a period (the report's shelving section:
// event = 'shelve' AND ts in the period), a range seek instead of a scan of the whole actions table.
constexpr const char *kVersion3 = R"sql(
CREATE INDEX actions_event_ts ON actions(event, ts);
)sql";

bool migrateToVersion3(sqlite3 *db)
{
    return execSql(db, kVersion3);
}

// Version 4: console_sessions, when the console was collecting: one row per run of the console on this
// store (SessionRecorder), written at start with ended_at = started_at, ended_at moved on by a heartbeat
// about every minute and at a clean stop (clean_stop = 1). A crash or a kill leaves the last heartbeat
// as the end. Reports divide their rates by the time these rows cover within the period
// (core/reports/collectioncoverage.h); before the first row the store has no record of it.
// console_sessions_span: the rows overlapping a period (started_at < to, then ended_at > from).
constexpr const char *kVersion4 = R"sql(
CREATE TABLE console_sessions(
    id         INTEGER PRIMARY KEY,
    started_at INTEGER NOT NULL,
    ended_at   INTEGER NOT NULL CHECK (ended_at >= started_at),
    clean_stop INTEGER NOT NULL DEFAULT 0 CHECK (clean_stop IN (0, 1)),
    console    TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX console_sessions_span ON console_sessions(started_at, ended_at);
)sql";

bool migrateToVersion4(sqlite3 *db)
{
    return execSql(db, kVersion4);
}

// Version 5: who did what (issue 10).
//
// actions.until_ts: the end of an out-of-service action (ms, the receiving console's clock), NULL if
// open-ended or another kind. actions.ts stays the sender's claimed time (it names a re-delivery);
// received_at is the time a console works from.
//
// users: local accounts. name is the sign-in name (case-insensitive); role one of
// core/users/role.h's names; password_hash an Argon2id encoded string ("$argon2id$v=19$m=...");
// failed_signins counts failures since the last success, locked_until (ms) ends a lock after
// repeated failures; a disabled account cannot sign in (accounts are never deleted: the journal
// names them).
//
// journal: the append-only, hash-chained record (core/audit/journalrepository.h). One row per
// sign-in, sign-out, failed sign-in, lock, operator action, outcome, settings or user change. `at` is
// this console's clock, `claimed_at` the sender's claim for actions from other consoles (NULL for
// local rows). hash = SHA-256(prev_hash || the row's fields, see core/audit/journalchain.h); the first
// row's prev_hash is 32 zero bytes. Triggers refuse UPDATE and DELETE, so that the console itself never
// rewrites it; an edit made around them (another program, a changed file) breaks the chain and
// `fleetwatch audit verify` names the first bad row.
// journal_at: the journal over a period; journal_subject: the history of one alert or user.
constexpr const char *kVersion5 = R"sql(
ALTER TABLE actions ADD COLUMN until_ts INTEGER;

CREATE TABLE users(
    name            TEXT    PRIMARY KEY NOT NULL COLLATE NOCASE,
    display_name    TEXT    NOT NULL DEFAULT '',
    role            TEXT    NOT NULL,
    password_hash   TEXT    NOT NULL,
    disabled        INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    failed_signins  INTEGER NOT NULL DEFAULT 0,
    locked_until    INTEGER,
    created_at      INTEGER NOT NULL,
    changed_at      INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE journal(
    id          INTEGER PRIMARY KEY,
    at          INTEGER NOT NULL,
    claimed_at  INTEGER,
    user        TEXT    NOT NULL DEFAULT '',
    role        TEXT    NOT NULL DEFAULT '',
    console     TEXT    NOT NULL DEFAULT '',
    what        TEXT    NOT NULL,
    subject     TEXT    NOT NULL DEFAULT '',
    before      TEXT    NOT NULL DEFAULT '',
    after       TEXT    NOT NULL DEFAULT '',
    detail      TEXT    NOT NULL DEFAULT '',
    prev_hash   BLOB    NOT NULL,
    hash        BLOB    NOT NULL
);
CREATE INDEX journal_at ON journal(at);
CREATE INDEX journal_subject ON journal(subject, at);
CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal
BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END;
CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal
BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END;
)sql";

bool migrateToVersion5(sqlite3 *db)
{
    return execSql(db, kVersion5);
}

} // namespace

bool migrateTo(sqlite3 *db, int version)
{
    switch (version) {
    case 1: return migrateToVersion1(db);
    case 2: return migrateToVersion2(db);
    case 3: return migrateToVersion3(db);
    case 4: return migrateToVersion4(db);
    case 5: return migrateToVersion5(db);
    default: break;
    }
    logging::get("store")->error("no migration to schema version {}", version);
    return false;
}

} // namespace fw::schema

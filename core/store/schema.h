#pragma once
// The store's schema, versioned by PRAGMA user_version: one migration function per version, each
// bringing the schema from version N-1 to N. Database::open() runs them in order, each in its own
// transaction together with the user_version bump, so that a crash leaves the store at N-1 or N.
//
// Stable encodings (reports read them): times are INTEGER milliseconds since the Unix epoch (UTC);
// booleans are INTEGER 0/1; alerts.priority is fw::Priority as an integer (0 low, 1 medium,
// 2 high, 3 critical); alert_events.event is alertEventName() ("raised", ...); actions.event is
// alarmEventName() ("acknowledge", "shelve", ...); labels.outcome is outcomeName() ("true_positive",
// ...); alert_evidence.data is in the encoding its format column names (core/store/evidencerepository.h).

struct sqlite3;

namespace fw::schema {

constexpr int kCurrentVersion = 5;
// PRAGMA application_id of a Fleetwatch store ("FWst"), to tell it from other SQLite files.
constexpr int kApplicationId = 0x46577374;

// Brings the schema from version-1 to `version` (1..kCurrentVersion). Runs inside the caller's
// transaction; does not touch user_version. Logs and returns false on failure.
bool migrateTo(sqlite3 *db, int version);

} // namespace fw::schema

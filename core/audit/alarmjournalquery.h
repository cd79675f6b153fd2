#pragma once
// AlarmJournalQuery: the alarm journal (alert events and journal rows, core/audit/alarmjournalrow.h)
// read from the store for a filter (core/audit/alarmjournalfilter.h), newest first.
//
// Each part is one SQL statement ordered by time: the journal through its index journal_at (a page of
// the newest rows reads about as many index entries as it returns, however long the journal); alert
// events by received_at, which has no index of its own (a page sorts the events of the period; see
// docs/architecture.md, "The alarm journal"). Pages continue from an AlarmJournalCursor (keyset
// paging: no OFFSET, so page 5,000 costs what page 1 does). A store older than schema version 5 has no
// journal: its alert events are still read.
// Thread affinity: that of the Database (a worker thread's read-only connection in the console).
// Errors: logged on the "store" logger; reported through ok / nullopt / false.

#include "core/audit/alarmjournalfilter.h"
#include "core/audit/alarmjournalrow.h"

#include <functional>
#include <optional>
#include <vector>

namespace fw {

class Database;

class AlarmJournalQuery
{
public:
    explicit AlarmJournalQuery(Database &db);

    bool hasJournal() const { return m_hasJournal; }

    // At most `limit` rows after `cursor` (an invalid cursor: from the newest). *ok (may be null).
    std::vector<AlarmJournalRow> page(const AlarmJournalFilter &filter, const AlarmJournalCursor &cursor,
                                      int limit, bool *ok = nullptr);
    // How many rows the filter matches in all.
    std::optional<qint64> count(const AlarmJournalFilter &filter);
    // Every matching row, newest first, one at a time (for the export); stops early when `visit`
    // returns false. False on a read error.
    bool forEach(const AlarmJournalFilter &filter, const std::function<bool(const AlarmJournalRow &)> &visit);

private:
    bool visitRows(const AlarmJournalFilter &filter, const AlarmJournalCursor &cursor, qint64 limit,
                   const std::function<bool(const AlarmJournalRow &)> &visit);

    Database &m_db;
    bool m_hasJournal = false;
};

} // namespace fw

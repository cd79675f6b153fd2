#pragma once
// AlarmJournalRow: one line of the alarm journal view: an alert event or a journal row, in the
// console's clock. Plain value type. Order: newest first (at, then journal rows before alert events at
// the same millisecond, then id), which AlarmJournalCursor continues from.

#include <QString>

#include <optional>

namespace fw {

struct AlarmJournalRow
{
    enum class Source { AlertEvent = 0, Journal = 1 };
    Source source = Source::AlertEvent;
    qint64 id = 0;                 // alert_events.id or journal.id
    qint64 at = 0;                 // received_at or journal.at: this console's clock, ms since the epoch
    QString site;
    QString asset;                 // journal rows: from the subject "site/asset/alert", else empty
    QString alertId;
    std::optional<int> priority;   // Priority; a journal row's when its subject is a stored alert
    QString what;                  // "raised", "updated", "cleared", or the journal row's what
    QString user;
    QString console;
    QString text;                  // alert events: the alert's title; journal rows: detail, and
                                   // "before → after" when they are set
};

// Where the next page starts: after the last row of the previous one (valid: a row was loaded).
struct AlarmJournalCursor
{
    bool valid = false;
    qint64 at = 0;
    int source = 0;
    qint64 id = 0;

    static AlarmJournalCursor after(const AlarmJournalRow &row)
    {
        return {true, row.at, int(row.source), row.id};
    }
};

} // namespace fw

#pragma once
// AlarmJournalFilter: what the alarm journal view (and its CSV export) shows: alert events (raised,
// updated, cleared: `alert_events` with their `alerts`) and journal rows (operator actions, sign-ins,
// user and settings changes: `journal`), in a time range, optionally one priority, one kind, and the
// operator's search text. Plain value types; parse() is a pure function, any thread.
//
// Search text: words separated by blanks ("..." keeps blanks in one word). A word "asset:X",
// "alert:X" or "user:X" (prefix in any case) matches X within the row's asset, alert id or user; any
// other word matches within the asset, alert id, user or text (note, detail, alert title). Every
// word must match (AND); matching ignores ASCII case. A prefix without a value ("user:") is ignored.

#include <QString>
#include <QStringList>

#include <limits>

namespace fw {

struct AlarmJournalSearch
{
    QStringList any;
    QStringList asset;
    QStringList alert;
    QStringList user;

    static AlarmJournalSearch parse(const QString &text);
    bool isEmpty() const { return any.isEmpty() && asset.isEmpty() && alert.isEmpty() && user.isEmpty(); }
    bool operator==(const AlarmJournalSearch &) const = default;
};

// Kinds for AlarmJournalFilter::what, besides a journal row's own `what` ("acknowledge", "sign_in").
namespace AlarmJournalKind {
inline const QString kAlertEvents = QStringLiteral("alert_events");   // raised, updated and cleared
inline const QString kJournal = QStringLiteral("journal");            // every journal row
inline const QString kRaised = QStringLiteral("raised");              // alert events of one kind
inline const QString kUpdated = QStringLiteral("updated");
inline const QString kCleared = QStringLiteral("cleared");
} // namespace AlarmJournalKind

struct AlarmJournalFilter
{
    qint64 from = 0;                                          // ms since the epoch, inclusive
    qint64 to = std::numeric_limits<qint64>::max();           // exclusive
    int priority = -1;   // -1: all; else Priority (0 low .. 3 critical); journal rows count by their alert's
    QString what;        // empty: everything; an AlarmJournalKind; else journal rows with that what
    QString search;      // the search text, as typed

    bool includesAlertEvents() const;
    bool includesJournal() const;
    // The alert event kind when `what` names one ("raised", ...), else empty.
    QString alertEvent() const;
    bool operator==(const AlarmJournalFilter &) const = default;
};

} // namespace fw

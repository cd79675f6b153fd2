#pragma once
// ActionJournal: the journal row (core/audit) for one operator action on an alert, local or from
// another console, and the rule for a sender's claimed time: a `ts` more than kClaimToleranceMs from
// the receive time is kept and shown as a claim, never used to move history. Pure functions;
// thread-safe.

#include "core/alerts/alertrecord.h"
#include "core/audit/journalentry.h"

namespace fw::ActionJournal {

constexpr qint64 kClaimToleranceMs = 5 * 60 * 1000;

// True when the claimed time is further than kClaimToleranceMs from the receive time, either way.
bool isFarClaim(qint64 claimedTs, qint64 receivedAt);
// "claimed 1970-01-01 00:00:01Z, received 2026-11-22 14:02:11Z" (UTC, stable; not translated).
QString claimText(qint64 claimedTs, qint64 receivedAt);

// The row for `action` on `alert` (its key is the subject), with the state before and after it.
// at = action.receivedAt; for a remote action claimedAt = action.ts, and the detail adds the claim
// when it is far from receipt. `outcome` (may be empty) adds why nothing changed.
JournalEntry entryFor(const AlertRecord &alert, const AlertAction &action, const AlarmState &before,
                      const AlarmState &after, const QString &outcome = {});

} // namespace fw::ActionJournal

#pragma once
// JournalEntry: one row of the append-only, hash-chained journal (schema version 5, `journal`):
// who did what, when, to what, and the state before and after. Plain value type.

#include <QByteArray>
#include <QString>

#include <optional>

namespace fw {

struct JournalEntry
{
    qint64 id = 0;                     // set by JournalRepository::append; the chain's order
    qint64 at = 0;                     // this console's clock (ms since the epoch): the time that counts
    std::optional<qint64> claimedAt;   // the sender's claimed time of an action from another console
    QString user;                      // who (signed-in user, or the sender's claim for remote actions)
    QString role;
    QString console;                   // where it was done
    QString what;                      // stable kind: "sign_in", "acknowledge", "user_added", ...
    QString subject;                   // what it was done to: "site/asset/alert", a user name, a setting
    QString before;                    // the state before, in a short stable form
    QString after;                     // the state after
    QString detail;                    // note, reason, or why it was refused
    QByteArray prevHash;               // the previous row's hash (32 zero bytes for the first row)
    QByteArray hash;                   // SHA-256(prevHash || this row), JournalChain::hashOf
};

} // namespace fw

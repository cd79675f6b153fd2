#pragma once
// JournalChain: the journal's hash chain. Each row's hash is SHA-256 over the previous row's hash and
// the row's own fields in a fixed, length-prefixed encoding (id, at, claimedAt, user, role, console,
// what, subject, before, after, detail), so that a changed field, a removed row or rows swapped are
// found by verify(): the first row whose prev_hash is not the hash of the row before it, or whose hash
// is not the hash of its own fields, is named. Removing rows from the END leaves a shorter chain that
// is still intact; verify() reports the head (last id and hash) so that it can be compared with one
// written down elsewhere (the console logs the head at every start).
// Thread-safety: pure functions, plus verify() on the caller's Database (its thread).

#include "core/audit/journalentry.h"

#include <functional>

namespace fw {

class Database;

namespace JournalChain {

constexpr int kHashBytes = 32;

// 32 zero bytes: the first row's prev_hash.
QByteArray genesis();
QByteArray hashOf(const QByteArray &prevHash, const JournalEntry &e);

struct Verdict
{
    bool intact = false;
    qint64 rows = 0;              // rows checked
    qint64 firstBadId = 0;        // the first bad row (0: none, or the journal could not be read)
    QString problem;              // translated: what is wrong with it, or why it could not be read
    qint64 headId = 0;            // the last row checked and its hash (hex), when intact
    QString headHash;
};

// Reads the whole journal in id order and checks the chain. `progress` (may be empty) is called every
// 100,000 rows with the rows checked so far.
Verdict verify(Database &db, const std::function<void(qint64)> &progress = {});

} // namespace JournalChain
} // namespace fw

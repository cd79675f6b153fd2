#pragma once
// The journal as CSV (`fleetwatch audit export`): one UTF-8 file (no BOM), lines ending CRLF, fields
// quoted per RFC 4180 (core/reports/reportcsv.h's csvField). One header line, then one line per
// journal row with from <= at < to, oldest first (then by id):
//
//   id,at,claimed_at,user,role,console,what,subject,before,after,detail,hash
//
// at and claimed_at in RFC 3339 UTC with milliseconds (claimed_at empty for a local row); hash the
// row's SHA-256 in lowercase hex (core/audit/journalchain.h). Every text cell (user .. detail) that
// begins with =, +, -, @, tab or CR gets a leading ' (OWASP formula neutralisation, csvTextField), so
// that a spreadsheet shows it as text instead of running it; id and the times are written by the
// export itself and stay as they are.
// Thread: that of the Database. Errors: false with *error (one translated sentence).

#include "core/audit/journalentry.h"

#include <QString>

class QIODevice;

namespace fw {

class Database;

QString journalCsvHeader();                       // without the line end
QString journalCsvLine(const JournalEntry &e);    // without the line end

// Streams the rows of [from, to) to `out` (opened for writing). *rows (may be null): rows written.
bool writeJournalCsv(Database &db, qint64 from, qint64 to, QIODevice &out, qint64 *rows, QString *error);

} // namespace fw

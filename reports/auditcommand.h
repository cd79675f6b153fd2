#pragma once
// `fleetwatch audit`: the journal of who did what, checked and exported from the command line,
// without a screen (an auditor's job, a scheduled check):
//
//   fleetwatch audit verify --db FILE
//   fleetwatch audit export --db FILE --from DATE --to DATE [--format csv] [--output FILE]
//
// Both open the store read-only (Database::openReadOnly): they work beside a running console, on a
// copy, and in a read-only folder, and never create, migrate or move a store. verify checks the
// journal's hash chain (core/audit/journalchain.h), with progress on standard error every 100,000
// rows, and prints the rows checked, the head (last id and hash) and the time taken; a broken chain
// names the first bad row (id, time, what, who, subject) and what is wrong with it. export writes the
// rows of [from, to) as CSV (core/audit/journalcsv.h) to --output (written whole or not at all) or to
// standard output ("-" or no --output). DATE is YYYY-MM-DD (local midnight) or RFC 3339, as for
// `fleetwatch report` (core/reports/reportperiod.h).
// Messages go to standard error, one translated sentence each, prefixed "fleetwatch audit: ".
// QtCore only: it runs under a QCoreApplication that it makes itself.

namespace fw {

enum AuditExitCode : int {
    AuditOk = 0,
    AuditBadArguments = 1,   // unknown command or option, missing or malformed value, empty period
    AuditNoStore = 2,        // nothing (or not a file) at --db
    AuditNotAStore = 3,      // the file is not a Fleetwatch store (left untouched)
    AuditBroken = 4,         // verify: the chain is broken; the first bad row is named
    AuditNoJournal = 5,      // a Fleetwatch store older than schema version 5: it has no journal
    AuditWriteError = 6,     // export: the output cannot be written
    AuditReadError = 7,      // the store cannot be opened or read (permissions, damage, newer version)
};

// The command as main() runs it, before any application object exists: argv[1] is "audit".
int runAuditCommand(int argc, char **argv);

} // namespace fw

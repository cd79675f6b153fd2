#pragma once
// `fleetwatch report`: the plant manager's report from the command line, without a screen.
//
//   fleetwatch report --db FILE --from DATE --to DATE [--format csv] --out PATH
//                     [--shifts HH:MM,HH:MM,...] [--trend day|week]
//
// `args` are the arguments after the program name; a leading "report" is skipped. Options take
// their value as the next argument or after "=". DATE is YYYY-MM-DD (local midnight) or RFC 3339;
// the period is [from, to): "--from 2026-01-01 --to 2026-02-01" is January. --out "-" writes to
// `out`. --shifts defaults to 06:00,14:00,22:00, --trend to day.
// The store must exist: a report never creates one. It is opened with Database::open (which may
// migrate an older store to the current schema); the report itself only reads.
// Messages go to `err`, one translated sentence each, prefixed "fleetwatch report: ".
// Runs on the calling thread (it opens its own Database).

#include <QStringList>
#include <QTextStream>

namespace fw {

enum ReportExitCode : int {
    ReportOk = 0,
    ReportBadArguments = 1,      // unknown option, missing or malformed value (usage on err)
    ReportFormatUnavailable = 2, // --format pdf: not in this build
    ReportStoreError = 3,        // the store cannot be opened or read
    ReportWriteError = 4,        // the output cannot be written
};

int runReportCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace fw

#pragma once
// The command line of `fleetwatch report` (the plant manager's report without a screen), parsed; the
// command itself is reports/reportcommand.h.
//
//   fleetwatch report --db FILE --from DATE --to DATE [--format csv|pdf] --out PATH
//                     [--shifts HH:MM,HH:MM,...] [--trend day|week]
//
// `args` are the arguments after the program name; a leading "report" is skipped. Options take
// their value as the next argument or after "=". DATE is YYYY-MM-DD (local midnight) or RFC 3339;
// the period is [from, to): "--from 2026-01-01 --to 2026-02-01" is January (it is checked where the
// report is loaded: core/reports/reportloader.h). --out "-" writes to standard output. --shifts
// defaults to 06:00,14:00,22:00, --trend to day, --format to csv.
// Messages go to `err`, one translated sentence each, prefixed "fleetwatch report: ". Any thread.

#include "core/reports/reportbuilder.h"

#include <QStringList>
#include <QTextStream>

#include <optional>

namespace fw {

enum ReportExitCode : int {
    ReportOk = 0,
    ReportBadArguments = 1,      // unknown option, missing or malformed value (usage on err), bad period
    ReportFormatUnavailable = 2, // --format pdf without a QGuiApplication (a PDF needs one)
    ReportStoreError = 3,        // the store cannot be opened or read
    ReportWriteError = 4,        // the output cannot be written
};

// The parsed command line of `fleetwatch report` (format: "csv" or "pdf").
struct ReportRequest
{
    ReportOptions options;
    QString dbPath;
    QString outPath;
    QString format;
};

// Parses `args`. nullopt when there is nothing to run: *exitCode is then
// ReportOk (--help, usage written to `out`) or ReportBadArguments (message and usage on `err`).
std::optional<ReportRequest> parseReportRequest(const QStringList &args, QTextStream &out, QTextStream &err,
                                                int *exitCode);
// Writes "fleetwatch report: <message>" to `err` and returns `code`.
int reportCommandFailure(QTextStream &err, int code, const QString &message);

} // namespace fw

#pragma once
// loadReport: the one way a report is loaded, for the Reports window and `fleetwatch report` alike.
// It checks the period (the only place that does), opens the store at `dbPath` read-only
// (Database::openReadOnly: it must exist and be a Fleetwatch store of schema version 3 or later; a
// report never creates, migrates or moves one, and reads one in a read-only folder), and builds the
// report on it (buildReport).
// Thread: the calling one; it opens its own Database (the window calls it on a worker thread).
// Errors: nullopt, *error set to one translated sentence (no prefix: a caller adds its own), and
// *failure to what was wrong (both may be null).

#include "core/reports/reportbuilder.h"

#include <QString>

#include <optional>

namespace fw {

enum class ReportLoadFailure {
    Period,   // empty, or longer than kMaxReportPeriodMs: nothing was opened
    Store,    // no store at the path, not a Fleetwatch store, too old, or it cannot be opened or read
};

std::optional<Report> loadReport(const QString &dbPath, const ReportOptions &options, QString *error = nullptr,
                                 ReportLoadFailure *failure = nullptr);

} // namespace fw

#include "core/reports/reportloader.h"

#include "core/store/database.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace fw {

namespace {

// Version 3 added the index the shelving section reads by (actions_event_ts); version 4's sessions
// are optional (without them the rates fall back to the span of the alerts).
constexpr int kMinimumReportSchema = 3;

std::optional<Report> failed(ReportLoadFailure kind, const QString &message, QString *error,
                             ReportLoadFailure *failure)
{
    if (error)
        *error = message;
    if (failure)
        *failure = kind;
    return std::nullopt;
}

} // namespace

std::optional<Report> loadReport(const QString &dbPath, const ReportOptions &options, QString *error,
                                 ReportLoadFailure *failure)
{
    if (!options.period.isValid())
        return failed(ReportLoadFailure::Period,
                      QCoreApplication::translate("fw::Report", "The report period is empty: the end must be after the start."),
                      error, failure);
    if (options.period.lengthMs() > kMaxReportPeriodMs)
        return failed(ReportLoadFailure::Period,
                      QCoreApplication::translate("fw::Report", "The report period is longer than ten years: choose a shorter one."),
                      error, failure);
    const QFileInfo dbInfo(dbPath);
    if (!dbInfo.isFile() || !dbInfo.isReadable() || dbInfo.size() == 0)
        return failed(ReportLoadFailure::Store,
                      QCoreApplication::translate("fw::ReportCommand",
                                                  "no Fleetwatch store at %1; give the path of an existing store.")
                          .arg(dbPath),
                      error, failure);
    // Read-only: a report never creates, checks, migrates or moves a store, and reads one in a
    // read-only folder as well.
    OpenReport opened;
    const std::unique_ptr<Database> db = Database::openReadOnly(dbPath, &opened);
    if (!db)
        return failed(ReportLoadFailure::Store,
                      opened.outcome == OpenReport::Outcome::NotAStore
                          ? QCoreApplication::translate("fw::ReportCommand",
                                                        "%1 is not a Fleetwatch store: %2; it was left untouched.")
                                .arg(dbPath, opened.error)
                          : QCoreApplication::translate("fw::ReportCommand", "the store %1 could not be opened: %2")
                                .arg(dbPath, opened.error.isEmpty() ? opened.message : opened.error),
                      error, failure);
    if (opened.fromVersion < kMinimumReportSchema)
        return failed(ReportLoadFailure::Store,
                      QCoreApplication::translate("fw::ReportCommand",
                                                  "the store %1 has schema version %2, older than a report reads (%3); "
                                                  "open it once with the console to update it.")
                          .arg(dbPath)
                          .arg(opened.fromVersion)
                          .arg(kMinimumReportSchema),
                      error, failure);
    // A report reads most of the store: map it rather than copy it page by page through read().
    db->exec("PRAGMA mmap_size = 4294967296");
    QString problem;
    std::optional<Report> report = buildReport(*db, options, &problem);
    if (!report)
        return failed(ReportLoadFailure::Store, problem, error, failure);
    return report;
}

} // namespace fw

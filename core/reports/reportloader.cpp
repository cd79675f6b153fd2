#include "core/reports/reportloader.h"

#include "core/store/database.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace fw {

namespace {

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
    OpenReport opened;
    const std::unique_ptr<Database> db = Database::open(dbPath, &opened);
    if (!db || opened.outcome == OpenReport::Outcome::Recreated || opened.outcome == OpenReport::Outcome::Created)
        return failed(ReportLoadFailure::Store,
                      QCoreApplication::translate("fw::ReportCommand", "the store %1 could not be opened: %2")
                          .arg(dbPath, opened.error.isEmpty() ? opened.message : opened.error),
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

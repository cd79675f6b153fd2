#include "core/reportbuilder.h"

#include "core/database.h"
#include "core/qualityrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>

namespace fw {

std::optional<Report> buildReport(Database &db, const ReportOptions &options, QString *error)
{
    if (!options.period.isValid()) {
        if (error)
            *error = QCoreApplication::translate("fw::Report", "The report period is empty: the end must be after the start.");
        return std::nullopt;
    }
    Report report;
    report.options = options;
    report.generatedAt = QDateTime::currentMSecsSinceEpoch();
    report.storeId = db.storeId();
    QElapsedTimer timer;
    timer.start();
    auto mtta = buildMttaReport(db, options.period, options.shifts, options.trendBucket, error);
    if (!mtta)
        return std::nullopt;
    report.mtta = std::move(*mtta);
    report.mttaMs = timer.restart();
    auto health = buildAlarmHealthReport(db, options.period, error);
    if (!health)
        return std::nullopt;
    report.health = std::move(*health);
    report.healthMs = timer.restart();
    QualityRepository quality(db);
    bool ok = quality.isValid();
    if (ok)
        report.modelQuality = quality.modelQualities(&ok);
    if (!ok) {
        if (error)
            *error = QCoreApplication::translate("fw::Report", "The store could not be read (see the log).");
        return std::nullopt;
    }
    report.qualityMs = timer.elapsed();
    return report;
}

} // namespace fw

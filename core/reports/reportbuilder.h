#pragma once
// The plant manager's report: every section run on one Database and returned as a whole (Report).
// Thread affinity: that of the Database (run it where the store was opened; a GUI opens its own
// Database on a worker thread). Errors: nullopt with *error set to one translated sentence.

#include "core/reports/alarmhealthreport.h"
#include "core/labels/labeldraft.h"
#include "core/reports/mttareport.h"
#include "core/reports/reportperiod.h"

#include <optional>

namespace fw {

class Database;

struct ReportOptions
{
    ReportPeriod period;
    ShiftDefinition shifts;
    TrendBucket trendBucket = TrendBucket::Day;
    // The report's time (ms since the epoch); 0: the clock when it is built. Rates are over the part
    // of the period before it (AlarmHealthReport::coverage).
    qint64 nowMs = 0;
};

struct Report
{
    ReportOptions options;
    qint64 generatedAt = 0;        // ms since epoch: options.nowMs, or the clock when it was built
    QString storeId;
    MttaReport mtta;
    AlarmHealthReport health;
    ModelQualities modelQuality;   // all time (labels are not tied to a period), from QualityRepository
    // Wall-clock ms each section took, for the benchmark and the log.
    qint64 mttaMs = 0;
    qint64 healthMs = 0;
    qint64 qualityMs = 0;
};

// Longest period a report covers (its per-day and per-10-minute tables grow with it).
constexpr qint64 kMaxReportPeriodMs = qint64(3660) * 24 * 60 * 60 * 1000;   // ten years

// options.period must be valid and at most kMaxReportPeriodMs long: loadReport (reportloader.h),
// which opens the store too, is where a period is checked.
std::optional<Report> buildReport(Database &db, const ReportOptions &options, QString *error = nullptr);

} // namespace fw

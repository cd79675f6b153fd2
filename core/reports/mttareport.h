#pragma once
// Mean time to acknowledge (MTTA) over a report period: from alerts.raised_at (the console's first
// receive time of the raise) to alerts.acked_at (the first acknowledgement, any console).
//
// An alert is in the period when raised_at is in [from, to). It counts as acknowledged when acked_at
// is before `to`; otherwise (never acknowledged, or acknowledged at or after `to`) it counts as
// unacknowledged at the end of the period: counted apart, never dropped, and not in the times.
//
// Method: one read of alerts_report (raised_at, acked_at, priority, site, asset, line, acked_by: a
// covering index, in raised_at order, so shifts and days are placed by walking precomputed local
// boundaries, not by a time-zone conversion per row); the rows are sorted once by time to
// acknowledge in C++ and handed to their groups in that order, so every group's times are sorted.
// Median and 90th percentile interpolate linearly between the closest ranks (R-7, numpy's default):
// for n sorted values v[0..n-1], P(p) = v[k] + f (v[k+1] - v[k]) with k + f = p (n - 1).
// Thread affinity: that of the Database. Errors: nullopt with *error set (logged on "store").

#include "core/reports/reportperiod.h"

#include <QString>

#include <optional>
#include <vector>

namespace fw {

class Database;

// Times to acknowledge of one group, in ms; mean/median/p90 are 0 when nothing was acknowledged.
struct AckStats
{
    QString key;
    int acknowledged = 0;
    int unacknowledged = 0;   // at the end of the period
    double meanMs = 0;
    double medianMs = 0;
    double p90Ms = 0;
    int total() const { return acknowledged + unacknowledged; }
};

enum class MttaDimension { Site, Line, Asset, Priority, Shift, Operator };
QString mttaDimensionName(MttaDimension d);   // "site", "line", ... (CSV and CLI names)

// Keys: site; "site/line"; "site/asset"; priority name ("low", "medium", "high", "critical"); shift
// name ("22:00-06:00", by raised_at in local time); operator (acked_by; the unacknowledged alerts
// are under the empty key there). Rows sorted by key.
struct MttaGroup
{
    MttaDimension dimension = MttaDimension::Site;
    std::vector<AckStats> rows;
};

struct MttaTrendPoint
{
    qint64 startMs = 0;   // local midnight of the day, or of the Monday of the week
    AckStats stats;       // key: the day as YYYY-MM-DD
};

// Acknowledged alerts whose time to acknowledge is in [fromMs, toMs); toMs nullopt: no upper bound.
struct MttaHistogramBin
{
    qint64 fromMs = 0;
    std::optional<qint64> toMs;
    int count = 0;
};

struct MttaReport
{
    AckStats overall;                      // key "all"
    std::vector<MttaGroup> groups;         // one per MttaDimension, in enum order
    TrendBucket trendBucket = TrendBucket::Day;
    std::vector<MttaTrendPoint> trend;     // every bucket the period touches, empty ones included
    std::vector<MttaHistogramBin> histogram;
};

// R-7 percentile (p in [0, 1]) of ascending values; 0 for none.
double percentileOfSorted(const std::vector<qint64> &sorted, double p);
// Sorts `durations` and summarizes them.
AckStats summarizeAckTimes(const QString &key, std::vector<qint64> &durations, int unacknowledged);

std::optional<MttaReport> buildMttaReport(Database &db, const ReportPeriod &period, const ShiftDefinition &shifts,
                                          TrendBucket bucket, QString *error = nullptr);

} // namespace fw

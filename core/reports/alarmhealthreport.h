#pragma once
// Alarm-system health over a report period (ISA-18.2 / EEMUA 191 figures). One console is this
// store: every alert it received counts once.
//
// - Coverage: the rates are over the time the store was collecting within the part of the period
//   that had passed at `nowMs` (core/reports/collectioncoverage.h), not over the whole period.
// - Rate: alerts raised (raised_at in [from, to)) per 10 minutes and per day of that time.
// - Flood: the period is cut into 10-minute intervals from `from` (the last may be shorter and
//   counts as a whole one); an interval with 10 or more new alerts is in flood. `intervals` counts
//   those with collecting time (or with alerts); floodShare is the share of them in flood (0..1).
//   An interval in which nothing was collected (the console not running, the future) is not in it.
// - Most frequent: the ten (site, asset, title) raised most often; ties by site, asset, title.
// - Standing at `to`: raised before to - 24 h (any time before, not only in the period) and either
//   unacknowledged at `to` (acked_at NULL or >= to) or active (the store's current active flag, or
//   returned to normal only at or after `to`).
// - Chattering: alerts in the period that the console marked chattering (alerts.chattering).
// - Shelved: 'shelve' actions (any console) with ts in the period, and the minutes asked for.
// - Priority mix: counts per priority; ISA-18.2 / EEMUA 191 suggest about 80 % low, 15 % medium,
//   5 % high for three priorities. Fleetwatch has four and groups them as low+medium 80 %, high
//   15 %, critical 5 %. priorityMix() gives each group a verdict against the guide with a tolerance
//   (the guides say "about"): within when low+medium is at least 65 %, high at most 25 %, critical
//   at most 10 % (the three limits add up to 100 %: the others within leaves low+medium within).
//   No alerts, no verdict.
// Thread affinity: that of the Database. Errors: nullopt with *error set (logged on "store").

#include "core/reports/collectioncoverage.h"
#include "core/reports/reportperiod.h"

#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace fw {

class Database;

struct AlertCount
{
    QString site;
    QString asset;
    QString title;
    int count = 0;
};

struct StandingAlert
{
    QString site;
    QString asset;
    QString alertId;
    QString title;
    int priority = 0;
    qint64 raisedAt = 0;
    bool acknowledged = false;   // at `to`
    bool active = false;         // at `to`
};

struct ShelvedAlert
{
    QString site;
    QString asset;
    QString title;
    int shelves = 0;             // shelve actions in the period
    qint64 minutes = 0;          // sum of shelve_minutes
    int longestMinutes = 0;
};

// One group of the priority mix against the guide.
struct PriorityMixGroup
{
    const char *name = "";       // as the CSV writes it: "low+medium", "high", "critical"
    int count = 0;
    double share = 0;            // of the alerts, 0..1
    double guide = 0;            // the guide's share
    double limit = 0;            // within: share >= limit for atLeast, else share <= limit
    bool atLeast = false;        // the low group: the more, the better
    std::optional<bool> within;  // nullopt without alerts
};

struct AlarmHealthReport
{
    static constexpr int kFloodThreshold = 10;   // new alerts in 10 minutes
    static constexpr int kListLimit = 1000;      // longest standing / chattering / shelved lists

    int alerts = 0;
    CollectionCoverage coverage;  // the time the rates are over
    double perTenMinutes = 0;     // over coverage.collectedMs (0 when nothing was collected)
    double perDay = 0;
    int intervals = 0;           // 10-minute intervals of the period with collecting time or alerts
    int floodIntervals = 0;
    int peakPerTenMinutes = 0;
    double floodShare() const { return intervals > 0 ? double(floodIntervals) / intervals : 0.0; }

    std::vector<AlertCount> mostFrequent;        // up to 10

    int standingCount = 0;
    std::vector<StandingAlert> standing;         // oldest first, up to kListLimit

    int chatteringCount = 0;                     // alerts in the period marked chattering
    std::vector<AlertCount> chattering;          // per (site, asset, title), most first

    int shelveActions = 0;
    qint64 shelvedMinutes = 0;
    std::vector<ShelvedAlert> shelved;           // per (site, asset, title), most minutes first

    std::array<int, 4> priorityCounts{};         // low, medium, high, critical
    double share(int priority) const { return alerts > 0 ? double(priorityCounts[size_t(priority)]) / alerts : 0.0; }
    // low+medium, high, critical, each with the guide and a verdict.
    std::array<PriorityMixGroup, 3> priorityMix() const;
};

// `nowMs`: the report's time; the part of the period after it is not in the rates.
std::optional<AlarmHealthReport> buildAlarmHealthReport(Database &db, const ReportPeriod &period, qint64 nowMs,
                                                        QString *error = nullptr);

} // namespace fw

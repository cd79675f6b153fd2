#pragma once
// Alarm-system health over a report period (ISA-18.2 / EEMUA 191 figures). One console is this
// store: every alert it received counts once.
//
// - Rate: alerts raised (raised_at in [from, to)) per 10 minutes and per day of the period.
// - Flood: the period is cut into 10-minute intervals from `from` (the last may be shorter and
//   counts as a whole one); an interval with 10 or more new alerts is in flood. floodShare is the
//   share of intervals in flood (0..1).
// - Most frequent: the ten (site, asset, title) raised most often; ties by site, asset, title.
// - Standing at `to`: raised before to - 24 h (any time before, not only in the period) and either
//   unacknowledged at `to` (acked_at NULL or >= to) or active (the store's current active flag, or
//   returned to normal only at or after `to`).
// - Chattering: alerts in the period that the console marked chattering (alerts.chattering).
// - Shelved: 'shelve' actions (any console) with ts in the period, and the minutes asked for.
// - Priority mix: counts per priority; ISA-18.2 suggests about 80 % low+medium, 15 % high, 5 %
//   critical.
// Thread affinity: that of the Database. Errors: nullopt with *error set (logged on "store").

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

struct AlarmHealthReport
{
    static constexpr int kFloodThreshold = 10;   // new alerts in 10 minutes
    static constexpr int kListLimit = 1000;      // longest standing / chattering / shelved lists

    int alerts = 0;
    double perTenMinutes = 0;
    double perDay = 0;
    int intervals = 0;           // 10-minute intervals in the period
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
};

std::optional<AlarmHealthReport> buildAlarmHealthReport(Database &db, const ReportPeriod &period,
                                                        QString *error = nullptr);

} // namespace fw

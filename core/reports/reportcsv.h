#pragma once
// CSV export of a Report: one UTF-8 file (no BOM), lines ending CRLF, fields quoted per RFC 4180
// (a field holding a comma, a double quote, CR or LF is put in double quotes, and a double quote in
// it doubled). The file is a series of sections; each starts with a line
//
//     # section: <name>
//
// (a data line never starts with "#": a first field that would is quoted), then one header line of column names, then one line per row (possibly none).
// Sections, in this order, and their columns:
//   report            key,value: period_from, period_to (RFC 3339, UTC), shifts, trend_bucket,
//                     generated_at, store_id
//   mtta_groups       dimension,key,acknowledged,unacknowledged,mean_s,median_s,p90_s; dimension
//                     "all" (one row), then site, line, asset, priority, shift, operator
//   mtta_trend        bucket,acknowledged,unacknowledged,mean_s,median_s,p90_s (bucket: local date
//                     YYYY-MM-DD of the day or of the week's Monday)
//   mtta_histogram    from_s,to_s,count (to_s empty: no upper bound)
//   alarm_health      metric,value: alerts, per_10_minutes, per_day, intervals_10_minutes,
//                     flood_intervals, flood_share, peak_per_10_minutes, standing_over_24h,
//                     chattering, shelve_actions, shelved_minutes
//   priority_mix      group,count,share,target_share (low+medium 0.80, high 0.15, critical 0.05)
//   most_frequent     rank,site,asset,title,count
//   standing_alerts   site,asset,alert_id,title,priority,raised_at,age_hours,acknowledged,active
//   chattering_alerts site,asset,title,count
//   shelved_alerts    site,asset,title,shelves,minutes,longest_minutes
//   model_quality     model,version,alerts,labelled,labelled_share,true_positives,false_positives,
//                     inconclusive,missed_failures,precision,false_alarm_rate (empty: undefined)
// Times to acknowledge in seconds with three decimals; shares 0..1 with four; booleans 0/1.

#include "core/reports/reportbuilder.h"

#include <QByteArray>

namespace fw {

QByteArray reportToCsv(const Report &report);
// One field quoted as RFC 4180 asks (and when it starts with '#', so it cannot look like a section).
QString csvField(const QString &value);

} // namespace fw

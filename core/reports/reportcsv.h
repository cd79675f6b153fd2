#pragma once
// CSV export of a Report: one UTF-8 file (no BOM), lines ending CRLF, fields quoted per RFC 4180
// (a field holding a comma, a double quote, CR or LF is put in double quotes, and a double quote in
// it doubled). The file is a series of sections; each starts with a line
//
//     # section: <name>
//
// (a data line never starts with "#": a first field that would is quoted), then one header line of
// column names, then one line per row (possibly none).
//
// Formula injection (OWASP, "CSV Injection"): a spreadsheet runs a cell that begins with =, +, -, @,
// tab (0x09) or carriage return (0x0D) as a formula. Every text cell whose content comes from the
// store or the fleet (site, asset, line, alert id, title, operator and group keys, model name and
// version, store id) and begins with one of those gets a leading single quote ('), which spreadsheets
// show as text; it is then quoted as above where it needs to be (csvTextField). A reader that wants
// the original drops one leading quote from such a cell when the next character is one of the six.
// Numbers the report writes itself (counts, seconds, shares, "-3") are not text cells: they stay
// numbers.
//
// Sections, in this order, and their columns:
//   report            key,value: period_from, period_to (RFC 3339, UTC), shifts, trend_bucket,
//                     generated_at, store_id; then what the rates are over
//                     (core/reports/collectioncoverage.h): elapsed_s (seconds of the period before
//                     generated_at), collected_s (of those, the store was collecting: the rates'
//                     denominator), collection_basis ("sessions": the console's recorded running
//                     times; "alerts": no record, the span of the period's alerts; "sessions+alerts":
//                     the span of the alerts before the first record), recorded_since (RFC 3339: the
//                     store's first recorded session; empty: none)
//   mtta_groups       dimension,key,acknowledged,unacknowledged,mean_s,median_s,p90_s; dimension
//                     "all" (one row), then site, line, asset, priority, shift, operator
//   mtta_trend        bucket,acknowledged,unacknowledged,mean_s,median_s,p90_s (bucket: local date
//                     YYYY-MM-DD of the day or of the week's Monday)
//   mtta_histogram    from_s,to_s,count (to_s empty: no upper bound)
//   alarm_health      metric,value: alerts, per_10_minutes, per_day (over collected_s),
//                     intervals_10_minutes (those with collecting time or alerts), flood_intervals,
//                     flood_share (of those intervals), peak_per_10_minutes, standing_over_24h,
//                     chattering, shelve_actions, shelved_minutes
//   priority_mix      group,count,share,target_share,limit_share,verdict (low+medium 0.80, within
//                     at 0.65 or more, else "below"; high 0.15 and critical 0.05, within at 0.25 and
//                     0.10 or less, else "above"; verdict empty without alerts)
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
// A text cell: csvNeutralised, then csvField.
QString csvTextField(const QString &text);
// `text` with a leading ' when it begins with =, +, -, @, tab or CR; else as it is.
QString csvNeutralised(const QString &text);

} // namespace fw

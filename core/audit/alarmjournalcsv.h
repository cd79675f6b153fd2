#pragma once
// The alarm journal view's CSV export: every row the filter matches (not only the rows loaded on
// screen), newest first, as UTF-8 (no BOM) with CRLF line ends and RFC 4180 quoting:
//
//   at,source,site,asset,alert,priority,what,user,console,text
//
// at: RFC 3339 UTC with milliseconds (the console's clock); source: "alert_event" or "journal";
// priority: "low" .. "critical", empty for a journal row that names no stored alert. Text cells
// (site .. text) that begin with =, +, -, @, tab or CR get a leading ' (OWASP formula neutralisation,
// core/reports/reportcsv.h). Thread: that of the query's Database. Errors: false with *error.

#include "core/audit/alarmjournalfilter.h"
#include "core/audit/alarmjournalrow.h"

class QIODevice;

namespace fw {

class AlarmJournalQuery;

QString alarmJournalCsvHeader();
QString alarmJournalCsvLine(const AlarmJournalRow &row);
bool writeAlarmJournalCsv(AlarmJournalQuery &query, const AlarmJournalFilter &filter, QIODevice &out, qint64 *rows,
                          QString *error);

} // namespace fw

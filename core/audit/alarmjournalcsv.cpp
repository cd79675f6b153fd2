#include "core/audit/alarmjournalcsv.h"

#include "core/audit/alarmjournalquery.h"
#include "core/fleet/fleetmessages.h"
#include "core/fleet/rfc3339.h"
#include "core/reports/reportcsv.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

namespace fw {

QString alarmJournalCsvHeader()
{
    return QStringLiteral("at,source,site,asset,alert,priority,what,user,console,text");
}

QString alarmJournalCsvLine(const AlarmJournalRow &r)
{
    QStringList fields;
    fields << formatRfc3339(r.at)
           << (r.source == AlarmJournalRow::Source::Journal ? QStringLiteral("journal") : QStringLiteral("alert_event"));
    for (const QString *text : {&r.site, &r.asset, &r.alertId})
        fields << csvTextField(*text);
    fields << (r.priority && *r.priority >= 0 && *r.priority <= 3 ? priorityName(Priority(*r.priority)) : QString());
    for (const QString *text : {&r.what, &r.user, &r.console, &r.text})
        fields << csvTextField(*text);
    return fields.join(QLatin1Char(','));
}

bool writeAlarmJournalCsv(AlarmJournalQuery &query, const AlarmJournalFilter &filter, QIODevice &out, qint64 *rows,
                          QString *error)
{
    QByteArray block = (alarmJournalCsvHeader() + QLatin1String("\r\n")).toUtf8();
    qint64 written = 0;
    bool writeFailed = false;
    const auto flush = [&] {
        writeFailed = writeFailed || out.write(block) != block.size();
        block.clear();
        return !writeFailed;
    };
    const bool read = query.forEach(filter, [&](const AlarmJournalRow &r) {
        block += (alarmJournalCsvLine(r) + QLatin1String("\r\n")).toUtf8();
        ++written;
        return block.size() < (1 << 20) || flush();
    });
    flush();
    if (rows)
        *rows = written;
    if (writeFailed || !read) {
        if (error)
            *error = writeFailed ? out.errorString()
                                 : QCoreApplication::translate("fw::AlarmJournal", "the store could not be read to the end.");
        return false;
    }
    return true;
}

} // namespace fw

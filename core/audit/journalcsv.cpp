#include "core/audit/journalcsv.h"

#include "core/audit/journalrepository.h"

#include "core/fleet/rfc3339.h"
#include "core/reports/reportcsv.h"
#include "core/store/database.h"
#include "core/store/sqlstatement.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

namespace fw {

QString journalCsvHeader()
{
    return QStringLiteral("id,at,claimed_at,user,role,console,what,subject,before,after,detail,hash");
}

QString journalCsvLine(const JournalEntry &e)
{
    QStringList fields;
    fields.reserve(12);
    fields << QString::number(e.id) << formatRfc3339(e.at)
           << (e.claimedAt ? formatRfc3339(*e.claimedAt) : QString());
    for (const QString *text : {&e.user, &e.role, &e.console, &e.what, &e.subject, &e.before, &e.after, &e.detail})
        fields << csvTextField(*text);
    fields << QString::fromLatin1(e.hash.toHex());
    return fields.join(QLatin1Char(','));
}

bool writeJournalCsv(Database &db, qint64 from, qint64 to, QIODevice &out, qint64 *rows, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    SqlStatement select(db.handle(), (QByteArray("SELECT ") + kJournalColumns
                                      + " FROM journal WHERE at >= ?1 AND at < ?2 ORDER BY at, id")
                                         .constData());
    if (!select.isValid())
        return fail(QCoreApplication::translate("fw::JournalCsv", "the store has no journal."));
    select.bind(1, from);
    select.bind(2, to);
    qint64 written = 0;
    // Lines are gathered into blocks of about 1 MB: one write per block, not per row.
    QByteArray block;
    const auto flush = [&] {
        const bool ok = out.write(block) == block.size();
        block.clear();
        return ok;
    };
    block = (journalCsvHeader() + QLatin1String("\r\n")).toUtf8();
    while (select.next()) {
        const JournalEntry e = readJournalEntry(select);
        block += (journalCsvLine(e) + QLatin1String("\r\n")).toUtf8();
        ++written;
        if (block.size() >= (1 << 20) && !flush())
            return fail(out.errorString());
    }
    if (select.failed())
        return fail(QCoreApplication::translate("fw::JournalCsv", "the journal could not be read to the end."));
    if (!flush())
        return fail(out.errorString());
    if (rows)
        *rows = written;
    return true;
}

} // namespace fw

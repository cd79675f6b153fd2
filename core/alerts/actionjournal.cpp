#include "core/alerts/actionjournal.h"

#include <QDateTime>
#include <QStringList>

#include <cstdlib>

namespace fw::ActionJournal {
namespace {

QString utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QLatin1Char('Z');
}

} // namespace

bool isFarClaim(qint64 claimedTs, qint64 receivedAt)
{
    return std::llabs(claimedTs - receivedAt) > kClaimToleranceMs;
}

QString claimText(qint64 claimedTs, qint64 receivedAt)
{
    return QStringLiteral("claimed %1, received %2").arg(utc(claimedTs), utc(receivedAt));
}

JournalEntry entryFor(const AlertRecord &alert, const AlertAction &action, const AlarmState &before,
                      const AlarmState &after, const QString &outcome)
{
    JournalEntry e;
    e.at = action.receivedAt;
    if (!action.local)
        e.claimedAt = action.ts;
    e.user = action.by;
    e.role = action.role;
    e.console = action.console;
    e.what = alarmEventName(action.event);
    e.subject = alert.key();
    e.before = alarmStateText(before);
    e.after = alarmStateText(after);
    QStringList detail;
    if (!action.note.isEmpty())
        detail << action.note;
    if (action.event == AlarmEvent::Shelve)
        detail << QStringLiteral("%1 min").arg(action.shelveMinutes);
    if (action.until)
        detail << QStringLiteral("until %1").arg(utc(*action.until));
    if (!action.local && isFarClaim(action.ts, action.receivedAt))
        detail << claimText(action.ts, action.receivedAt);
    if (!outcome.isEmpty())
        detail << QStringLiteral("not applied: ") + outcome;
    e.detail = detail.join(QStringLiteral("; "));
    return e;
}

} // namespace fw::ActionJournal

#include "widgets/reporttablerows.h"

#include "core/fleet/displaytext.h"
#include "core/fleet/fleetmessages.h"
#include "reports/reportformat.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace fw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fw::ReportsWindow", text);
}

QString guide(bool ok)
{
    return ok ? tr("within") : tr("above");
}

} // namespace

QList<QStringList> ReportTableRows::health(const AlarmHealthReport &h)
{
    return {{tr("Alerts raised"), formatCount(h.alerts), QString()},
            {tr("Alerts per 10 minutes"), QLocale().toString(h.perTenMinutes, 'f', 2),
             tr("about 1 — %1").arg(guide(h.perTenMinutes <= 1))},
            {tr("Alerts per day"), QLocale().toString(h.perDay, 'f', 1),
             tr("about 150, at most 300 — %1")
                 .arg(h.perDay <= 150 ? tr("within") : (h.perDay <= 300 ? tr("manageable") : tr("above")))},
            {tr("Peak alerts in 10 minutes"), formatCount(h.peakPerTenMinutes),
             tr("under 10 — %1").arg(guide(h.peakPerTenMinutes < 10))},
            {tr("Intervals in flood"),
             tr("%1 of %2 (%3)").arg(formatCount(h.floodIntervals), formatCount(h.intervals), formatPercent(h.floodShare())),
             tr("under 1 % — %1").arg(guide(h.floodShare() < 0.01))},
            {tr("Standing over 24 h at end"), formatCount(h.standingCount), tr("none — %1").arg(guide(h.standingCount == 0))},
            {tr("Chattering alerts"), formatCount(h.chatteringCount), tr("none — %1").arg(guide(h.chatteringCount == 0))},
            {tr("Shelve actions"), formatCount(h.shelveActions), QString()},
            {tr("Minutes shelved (asked for)"), formatCount(h.shelvedMinutes), QString()}};
}

QList<QStringList> ReportTableRows::priorityMix(const AlarmHealthReport &h)
{
    const QString names[3] = {tr("low + medium"), tr("high"), tr("critical")};
    QList<QStringList> rows;
    for (const PriorityMixGroup &g : h.priorityMix()) {
        QString text = (g.atLeast ? tr("about %1, %2 or more") : tr("about %1, at most %2"))
                           .arg(formatPercent(g.guide, 0), formatPercent(g.limit, 0));
        if (g.within)
            text = tr("%1 — %2").arg(text, *g.within ? tr("within") : (g.atLeast ? tr("below") : tr("above")));
        rows << QStringList{names[rows.size()], formatCount(g.count), formatPercent(g.share), text};
    }
    return rows;
}

QList<QStringList> ReportTableRows::mostFrequent(const AlarmHealthReport &h)
{
    QList<QStringList> rows;
    int rank = 0;
    for (const AlertCount &a : h.mostFrequent)
        rows << QStringList{formatCount(++rank), a.site, a.asset, a.title, formatCount(a.count)};
    return rows;
}

QList<QStringList> ReportTableRows::standing(const AlarmHealthReport &h)
{
    QList<QStringList> rows;
    for (const StandingAlert &a : h.standing)
        rows << QStringList{a.site, a.asset, a.title.isEmpty() ? a.alertId : a.title,
                            DisplayText::priority(Priority(std::clamp(a.priority, 0, 3))), formatLocalMinute(a.raisedAt),
                            a.acknowledged ? tr("yes") : tr("no"), a.active ? tr("yes") : tr("no")};
    return rows;
}

QList<QStringList> ReportTableRows::chattering(const AlarmHealthReport &h)
{
    QList<QStringList> rows;
    for (const AlertCount &a : h.chattering)
        rows << QStringList{a.site, a.asset, a.title, formatCount(a.count)};
    return rows;
}

QList<QStringList> ReportTableRows::shelved(const AlarmHealthReport &h)
{
    QList<QStringList> rows;
    for (const ShelvedAlert &a : h.shelved)
        rows << QStringList{a.site, a.asset, a.title, formatCount(a.shelves), formatCount(a.minutes),
                            formatCount(a.longestMinutes)};
    return rows;
}

} // namespace fw

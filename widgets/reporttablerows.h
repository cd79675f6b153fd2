#pragma once
// ReportTableRows: the rows of the Reports window's alarm-health tables (figures with their guide and
// verdict, the priority mix against the guide, the ten most frequent, standing, chattering and
// shelved alerts), as the window shows them: numbers in the locale, times local, verdicts worded.
// Its strings keep the window's translation context (fw::ReportsWindow). Any thread (no widget).

#include "core/reports/alarmhealthreport.h"

#include <QList>
#include <QStringList>

namespace fw {

class ReportTableRows
{
public:
    // Figure, value, guide with the verdict ("about 1 — within").
    static QList<QStringList> health(const AlarmHealthReport &h);
    // Group, alerts, share, guide with the verdict ("about 5 %, at most 10 % — above").
    static QList<QStringList> priorityMix(const AlarmHealthReport &h);
    static QList<QStringList> mostFrequent(const AlarmHealthReport &h);
    static QList<QStringList> standing(const AlarmHealthReport &h);
    static QList<QStringList> chattering(const AlarmHealthReport &h);
    static QList<QStringList> shelved(const AlarmHealthReport &h);
};

} // namespace fw

#pragma once
// How the plant manager's report writes its figures, one way for every place that shows them (the
// PDF, the Reports window and its charts): times to acknowledge, axis durations, percentages,
// counts, local times and periods, and the model-quality change from one version to the next.
// Times are shown in local time, numbers and dates as the default QLocale (the interface language's,
// core/common/uilanguage.h) writes them. Any thread (QLocale, QDateTime; no GUI class).

#include "core/reports/reportbuilder.h"

#include <QString>
#include <QStringList>

namespace fw {

// A time to acknowledge as the report shows it (English locale): "42.0 s", "4 min 05 s", "2 h 07 min", "3 d 04 h".
QString formatAckDuration(double ms);
// A statistic of `s` (its mean, median or 90th percentile `ms`) as formatAckDuration; "–" when
// nothing in `s` was acknowledged.
QString formatAckTime(const AckStats &s, double ms);
// A short label for a duration on an axis or a histogram bound: "30 s", "5 min", "2 h 30 min", "1 d".
QString formatShortDuration(qint64 ms);
// A share 0..1 as a percentage: "12.5 %" (one decimal unless told).
QString formatPercent(double share, int decimals = 1);
// A count in the default locale's digits and grouping: "12,345".
QString formatCount(qint64 n);
// "2026-03-02 08:15 CET" and "2026-03-02 08:15" (local time; in the locale's date format, see
// core/common/localformat.h).
QString formatLocalTime(qint64 ms);
QString formatLocalMinute(qint64 ms);
// "2026-03-01 00:00 to 2026-04-01 00:00 CEST".
QString formatPeriod(const ReportPeriod &period);
// What the rates are over (AlarmHealthReport::coverage), one or two sentences: "Collected 18 h 12 min of
// the 24 h period; rates over that time." with the part of the period that had passed when it is not
// all of it, and when the store had no record of its collecting (older stores), that and what stood
// in for it.
QString formatCollection(const CollectionCoverage &coverage);
// A row of a time-to-acknowledge table: key, alerts, acknowledged, unacknowledged at the end, mean,
// median, 90th percentile.
QStringList ackStatsRow(const QString &key, const AckStats &s);

// Model quality "from one version to the next": for each entry of `qualities` (same order), the
// change against the previous version of the same model (versions in semantic-version order, a
// leading "v" ignored, a pre-release before its release): "+8 pts / −2" (precision in percentage
// points / false alarms); "–" for a model's first version ("–" for the precision when either
// version has no decided labels).
QStringList modelQualityChanges(const ModelQualities &qualities);
// The rows of the model-quality table, one per entry of `qualities`: model, version, alerts,
// labelled (with its share, shareDecimals decimals), true, false, unclear, missed, precision,
// false-alarm rate ("–" without decided labels) and the change against the previous version.
QList<QStringList> modelQualityRows(const ModelQualities &qualities, int shareDecimals);

} // namespace fw

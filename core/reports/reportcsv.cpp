#include "core/reports/reportcsv.h"

#include "core/fleet/rfc3339.h"

#include <QDateTime>

namespace fw {

namespace {

class CsvWriter
{
public:
    void section(const char *name, const char *header)
    {
        m_text += QLatin1String("# section: ") + QLatin1String(name) + QLatin1String("\r\n");
        m_text += QLatin1String(header) + QLatin1String("\r\n");
    }
    void row(const QStringList &fields)
    {
        QStringList quoted;
        quoted.reserve(fields.size());
        for (const QString &f : fields)
            quoted << csvField(f);
        m_text += quoted.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    QByteArray utf8() const { return m_text.toUtf8(); }

private:
    QString m_text;
};

// A text cell from the store or the fleet (ids, names, titles, keys), made inert for a spreadsheet.
QString text(const QString &value) { return csvNeutralised(value); }
QString num(double v, int decimals) { return QString::number(v, 'f', decimals); }
QString seconds(double ms) { return num(ms / 1000.0, 3); }
QString share(double v) { return num(v, 4); }

QString basisName(CollectionCoverage::Basis basis)
{
    switch (basis) {
    case CollectionCoverage::Basis::Sessions: return QStringLiteral("sessions");
    case CollectionCoverage::Basis::AlertSpan: return QStringLiteral("alerts");
    case CollectionCoverage::Basis::Mixed: return QStringLiteral("sessions+alerts");
    }
    return {};
}

QString verdictName(const PriorityMixGroup &g)
{
    if (!g.within)
        return {};
    if (*g.within)
        return QStringLiteral("within");
    return g.atLeast ? QStringLiteral("below") : QStringLiteral("above");
}

QStringList statsFields(const AckStats &s)
{
    return {QString::number(s.acknowledged), QString::number(s.unacknowledged), seconds(s.meanMs),
            seconds(s.medianMs), seconds(s.p90Ms)};
}

} // namespace

QString csvNeutralised(const QString &text)
{
    if (text.isEmpty())
        return text;
    switch (text.front().unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r': return QLatin1Char('\'') + text;
    default: return text;
    }
}

QString csvTextField(const QString &text)
{
    return csvField(csvNeutralised(text));
}

QString csvField(const QString &value)
{
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
                       || value.contains(QLatin1Char('\r')) || value.contains(QLatin1Char('\n'))
                       || value.startsWith(QLatin1Char('#'));
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QByteArray reportToCsv(const Report &report)
{
    CsvWriter w;
    const ReportOptions &o = report.options;
    w.section("report", "key,value");
    w.row({QStringLiteral("period_from"), formatRfc3339(o.period.fromMs)});
    w.row({QStringLiteral("period_to"), formatRfc3339(o.period.toMs)});
    w.row({QStringLiteral("shifts"), o.shifts.toString()});
    w.row({QStringLiteral("trend_bucket"), o.trendBucket == TrendBucket::Week ? QStringLiteral("week") : QStringLiteral("day")});
    w.row({QStringLiteral("generated_at"), formatRfc3339(report.generatedAt)});
    w.row({QStringLiteral("store_id"), text(report.storeId)});
    const CollectionCoverage &coverage = report.health.coverage;
    w.row({QStringLiteral("elapsed_s"), QString::number(coverage.elapsedMs / 1000)});
    w.row({QStringLiteral("collected_s"), QString::number(coverage.collectedMs / 1000)});
    w.row({QStringLiteral("collection_basis"), basisName(coverage.basis)});
    w.row({QStringLiteral("recorded_since"), coverage.recordedSince ? formatRfc3339(*coverage.recordedSince) : QString()});

    const MttaReport &m = report.mtta;
    w.section("mtta_groups", "dimension,key,acknowledged,unacknowledged,mean_s,median_s,p90_s");
    w.row(QStringList{QStringLiteral("all"), text(m.overall.key)} + statsFields(m.overall));
    for (const MttaGroup &g : m.groups)
        for (const AckStats &s : g.rows)
            w.row(QStringList{mttaDimensionName(g.dimension), text(s.key)} + statsFields(s));
    w.section("mtta_trend", "bucket,acknowledged,unacknowledged,mean_s,median_s,p90_s");
    for (const MttaTrendPoint &p : m.trend)
        w.row(QStringList{p.stats.key} + statsFields(p.stats));
    w.section("mtta_histogram", "from_s,to_s,count");
    for (const MttaHistogramBin &b : m.histogram)
        w.row({QString::number(b.fromMs / 1000), b.toMs ? QString::number(*b.toMs / 1000) : QString(), QString::number(b.count)});

    const AlarmHealthReport &h = report.health;
    w.section("alarm_health", "metric,value");
    w.row({QStringLiteral("alerts"), QString::number(h.alerts)});
    w.row({QStringLiteral("per_10_minutes"), num(h.perTenMinutes, 3)});
    w.row({QStringLiteral("per_day"), num(h.perDay, 3)});
    w.row({QStringLiteral("intervals_10_minutes"), QString::number(h.intervals)});
    w.row({QStringLiteral("flood_intervals"), QString::number(h.floodIntervals)});
    w.row({QStringLiteral("flood_share"), share(h.floodShare())});
    w.row({QStringLiteral("peak_per_10_minutes"), QString::number(h.peakPerTenMinutes)});
    w.row({QStringLiteral("standing_over_24h"), QString::number(h.standingCount)});
    w.row({QStringLiteral("chattering"), QString::number(h.chatteringCount)});
    w.row({QStringLiteral("shelve_actions"), QString::number(h.shelveActions)});
    w.row({QStringLiteral("shelved_minutes"), QString::number(h.shelvedMinutes)});

    w.section("priority_mix", "group,count,share,target_share,limit_share,verdict");
    for (const PriorityMixGroup &g : h.priorityMix())
        w.row({QLatin1String(g.name), QString::number(g.count), share(g.share), share(g.guide), share(g.limit),
               verdictName(g)});

    w.section("most_frequent", "rank,site,asset,title,count");
    int rank = 0;
    for (const AlertCount &c : h.mostFrequent)
        w.row({QString::number(++rank), text(c.site), text(c.asset), text(c.title), QString::number(c.count)});
    w.section("standing_alerts", "site,asset,alert_id,title,priority,raised_at,age_hours,acknowledged,active");
    for (const StandingAlert &s : h.standing)
        w.row({text(s.site), text(s.asset), text(s.alertId), text(s.title), QString::number(s.priority),
               formatRfc3339(s.raisedAt), num(double(o.period.toMs - s.raisedAt) / 3600000.0, 1),
               QString::number(int(s.acknowledged)), QString::number(int(s.active))});
    w.section("chattering_alerts", "site,asset,title,count");
    for (const AlertCount &c : h.chattering)
        w.row({text(c.site), text(c.asset), text(c.title), QString::number(c.count)});
    w.section("shelved_alerts", "site,asset,title,shelves,minutes,longest_minutes");
    for (const ShelvedAlert &s : h.shelved)
        w.row({text(s.site), text(s.asset), text(s.title), QString::number(s.shelves), QString::number(s.minutes),
               QString::number(s.longestMinutes)});

    w.section("model_quality", "model,version,alerts,labelled,labelled_share,true_positives,false_positives,"
                               "inconclusive,missed_failures,precision,false_alarm_rate");
    for (const ModelQuality &q : report.modelQuality) {
        const int decided = q.truePositives + q.falsePositives;
        const QString precision = decided > 0 ? share(double(q.truePositives) / decided) : QString();
        const QString falseAlarm = decided > 0 ? share(double(q.falsePositives) / decided) : QString();
        w.row({text(q.model), text(q.version), QString::number(q.alerts), QString::number(q.labelled), share(q.labelledShare()),
               QString::number(q.truePositives), QString::number(q.falsePositives), QString::number(q.inconclusive),
               QString::number(q.missedFailures), precision, falseAlarm});
    }
    return w.utf8();
}

} // namespace fw

#include "reports/reportformat.h"

#include "core/common/localformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QVersionNumber>

#include <cmath>

namespace fw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fw::ReportPdf", text);
}

// "1.10.0" after "1.9.2"; a leading "v" is ignored; a pre-release ("1.2.0-rc1") comes before its
// release; what does not parse as a version at all sorts by text.
int compareVersions(const QString &a, const QString &b)
{
    const auto parse = [](QString v, QString *suffix) {
        v = v.trimmed();
        if (v.startsWith(QLatin1Char('v')) || v.startsWith(QLatin1Char('V')))
            v.remove(0, 1);
        qsizetype index = 0;
        const QVersionNumber n = QVersionNumber::fromString(v, &index);
        *suffix = v.mid(index);
        return n;
    };
    QString sa, sb;
    const QVersionNumber na = parse(a, &sa);
    const QVersionNumber nb = parse(b, &sb);
    if (na.isNull() || nb.isNull())
        return na.isNull() == nb.isNull() ? QString::compare(a, b) : (na.isNull() ? 1 : -1);
    if (const int c = QVersionNumber::compare(na.normalized(), nb.normalized()); c != 0)
        return c;
    if (sa.isEmpty() != sb.isEmpty())
        return sa.isEmpty() ? 1 : -1;   // 1.2.0-rc1 < 1.2.0
    return QString::compare(sa, sb);
}

QString signedNumber(qint64 n)
{
    if (n == 0)
        return QStringLiteral("±0");
    return (n > 0 ? QStringLiteral("+") : QStringLiteral("\u2212")) + QLocale().toString(n > 0 ? n : -n);
}

} // namespace

QString formatAckDuration(double ms)
{
    if (ms < 60'000.0)
        return tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 1));
    const qint64 s = qint64(std::llround(ms / 1000.0));
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    if (s < 86400)
        return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
    return tr("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600, 2, 10, QLatin1Char('0'));
}

QString formatAckTime(const AckStats &s, double ms)
{
    return s.acknowledged > 0 ? formatAckDuration(ms) : QStringLiteral("–");
}

QString formatShortDuration(qint64 ms)
{
    const qint64 s = ms / 1000;
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s < 3600)
        return s % 60 == 0 ? tr("%1 min").arg(s / 60) : tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    if (s < 86400)
        return s % 3600 == 0 ? tr("%1 h").arg(s / 3600) : tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    return s % 86400 == 0 ? tr("%1 d").arg(s / 86400) : tr("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
}

QString formatPercent(double share, int decimals)
{
    return QStringLiteral("%1 %").arg(QLocale().toString(share * 100.0, 'f', decimals));
}

QString formatCount(qint64 n)
{
    return QLocale().toString(n);
}

QString formatLocalTime(qint64 ms)
{
    return LocalFormat::dateTime(ms) + QLatin1Char(' ') + QDateTime::fromMSecsSinceEpoch(ms).timeZoneAbbreviation();
}

QString formatLocalMinute(qint64 ms)
{
    return LocalFormat::dateTime(ms);
}

QString formatPeriod(const ReportPeriod &period)
{
    return tr("%1 to %2").arg(formatLocalMinute(period.fromMs), formatLocalTime(period.toMs));
}

namespace {

// A span of the period in hours up to two days ("24 h", "18 h 12 min"), else as formatShortDuration.
QString collectionSpan(qint64 ms)
{
    const qint64 s = ms / 1000;
    if (s < 3600 || s > 48 * 3600)
        return formatShortDuration(ms);
    return s % 3600 < 60 ? tr("%1 h").arg(s / 3600) : tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

} // namespace

QString formatCollection(const CollectionCoverage &c)
{
    const QString collected = collectionSpan(c.collectedMs);
    const QString period = collectionSpan(c.periodMs);
    QString text;
    switch (c.basis) {
    case CollectionCoverage::Basis::Sessions:
        text = tr("Collected %1 of the %2 period; rates over that time.").arg(collected, period);
        break;
    case CollectionCoverage::Basis::AlertSpan:
        text = c.recordedSince
                   ? tr("The store has a record of when it was collecting only from %1 on; the rates are over the time "
                        "from the first to the last alert of the period instead: %2 of the %3 period.")
                         .arg(formatLocalMinute(*c.recordedSince), collected, period)
                   : tr("The store has no record of when it was collecting (it was made by an earlier version); the "
                        "rates are over the time from the first to the last alert of the period instead: %1 of the %2 "
                        "period.")
                         .arg(collected, period);
        break;
    case CollectionCoverage::Basis::Mixed:
        text = tr("Collected %1 of the %2 period; rates over that time. Before %3 the store has no record of when it "
                  "was collecting: there the time from the first to the last alert counts.")
                   .arg(collected, period, formatLocalMinute(c.recordedSince.value_or(0)));
        break;
    }
    if (c.elapsedMs < c.periodMs)
        text += QLatin1Char(' ')
                + tr("%1 of the period had passed when the report was made; the rest is not counted.")
                      .arg(collectionSpan(c.elapsedMs));
    return text;
}

QStringList ackStatsRow(const QString &key, const AckStats &s)
{
    return {key,
            formatCount(s.total()),
            formatCount(s.acknowledged),
            formatCount(s.unacknowledged),
            formatAckTime(s, s.meanMs),
            formatAckTime(s, s.medianMs),
            formatAckTime(s, s.p90Ms)};
}

QStringList modelQualityChanges(const ModelQualities &qualities)
{
    QStringList changes;
    for (const ModelQuality &q : qualities) {
        // The previous version: the greatest version of the same model below this one.
        const ModelQuality *previous = nullptr;
        for (const ModelQuality &o : qualities) {
            if (&o == &q || o.model != q.model || compareVersions(o.version, q.version) >= 0)
                continue;
            if (!previous || compareVersions(o.version, previous->version) > 0)
                previous = &o;
        }
        if (!previous) {
            changes << QStringLiteral("–");
            continue;
        }
        const auto now = q.precision();
        const auto before = previous->precision();
        const QString precision = now && before
                                      ? tr("%1 pts").arg(signedNumber(std::llround((*now - *before) * 100.0)))
                                      : QStringLiteral("–");
        changes << tr("%1 / %2").arg(precision, signedNumber(q.falsePositives - previous->falsePositives));
    }
    return changes;
}

QList<QStringList> modelQualityRows(const ModelQualities &qualities, int shareDecimals)
{
    QList<QStringList> rows;
    const QStringList changes = modelQualityChanges(qualities);
    for (size_t i = 0; i < qualities.size(); ++i) {
        const ModelQuality &q = qualities[i];
        const int decided = q.truePositives + q.falsePositives;
        const auto precision = q.precision();
        rows << QStringList{q.model,
                            q.version,
                            formatCount(q.alerts),
                            tr("%1 (%2)").arg(formatCount(q.labelled), formatPercent(q.labelledShare(), shareDecimals)),
                            formatCount(q.truePositives),
                            formatCount(q.falsePositives),
                            formatCount(q.inconclusive),
                            formatCount(q.missedFailures),
                            precision ? formatPercent(*precision) : QStringLiteral("–"),
                            decided > 0 ? formatPercent(double(q.falsePositives) / decided) : QStringLiteral("–"),
                            changes.value(qsizetype(i))};
    }
    return rows;
}

} // namespace fw

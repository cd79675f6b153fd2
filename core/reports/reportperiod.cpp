#include "core/reports/reportperiod.h"

#include "core/fleet/rfc3339.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>

namespace fw {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("fw::ReportPeriod", text);
}

QString hhmm(int minutes)
{
    return QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

ShiftDefinition::ShiftDefinition()
    : m_starts{6 * 60, 14 * 60, 22 * 60}
{
}

std::optional<ShiftDefinition> ShiftDefinition::parse(const QString &text, QString *error)
{
    static const QRegularExpression pattern(QStringLiteral("^([01]?\\d|2[0-3]):([0-5]\\d)$"));
    ShiftDefinition def;
    def.m_starts.clear();
    const QStringList parts = text.split(QLatin1Char(','));
    for (const QString &raw : parts) {
        const QRegularExpressionMatch m = pattern.match(raw.trimmed());
        if (!m.hasMatch()) {
            if (error)
                *error = tr("Shifts: \"%1\" is not a time; give shift start times as HH:MM separated by commas, "
                            "e.g. 06:00,14:00,22:00.").arg(raw.trimmed());
            return std::nullopt;
        }
        const int minutes = m.captured(1).toInt() * 60 + m.captured(2).toInt();
        if (def.m_starts.contains(minutes)) {
            if (error)
                *error = tr("Shifts: %1 is given twice; give each shift start once.").arg(hhmm(minutes));
            return std::nullopt;
        }
        def.m_starts.append(minutes);
    }
    std::sort(def.m_starts.begin(), def.m_starts.end());
    return def;
}

int ShiftDefinition::shiftOf(qint64 ms) const
{
    const QTime t = QDateTime::fromMSecsSinceEpoch(ms).time();
    const int minutes = t.hour() * 60 + t.minute();
    // The last start at or before the time; before the first start: the shift that crossed midnight.
    const auto it = std::upper_bound(m_starts.cbegin(), m_starts.cend(), minutes);
    return it == m_starts.cbegin() ? count() - 1 : int(it - m_starts.cbegin()) - 1;
}

QString ShiftDefinition::name(int index) const
{
    if (index < 0 || index >= count())
        return {};
    return hhmm(m_starts[index]) + QLatin1Char('-') + hhmm(m_starts[(index + 1) % count()]);
}

QString ShiftDefinition::toString() const
{
    QStringList parts;
    for (int m : m_starts)
        parts << hhmm(m);
    return parts.join(QLatin1Char(','));
}

std::vector<std::pair<qint64, int>> ShiftDefinition::changes(qint64 fromMs, qint64 toMs) const
{
    std::vector<std::pair<qint64, int>> out;
    const QDate last = QDateTime::fromMSecsSinceEpoch(toMs).date().addDays(1);
    for (QDate d = QDateTime::fromMSecsSinceEpoch(fromMs).date().addDays(-1); d <= last; d = d.addDays(1)) {
        for (int i = 0; i < count(); ++i) {
            const qint64 at = QDateTime(d, QTime(m_starts[i] / 60, m_starts[i] % 60)).toMSecsSinceEpoch();
            if (out.empty() || at > out.back().first)
                out.emplace_back(at, i);
        }
    }
    return out;
}

namespace ReportTime {

std::optional<qint64> parse(const QString &text, QString *error)
{
    const QString t = text.trimmed();
    static const QRegularExpression datePattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (datePattern.match(t).hasMatch()) {
        const QDate d = QDate::fromString(t, Qt::ISODate);
        if (d.isValid())
            return d.startOfDay().toMSecsSinceEpoch();
    } else {
        const QByteArray utf8 = t.toUtf8();
        qint64 ms = 0;
        if (parseRfc3339(std::string_view(utf8.constData(), size_t(utf8.size())), &ms))
            return ms;
    }
    if (error)
        *error = tr("\"%1\" is not a date; give YYYY-MM-DD (local time) or an RFC 3339 time such as "
                    "2026-11-22T08:00:00Z.").arg(t);
    return std::nullopt;
}

qint64 bucketStart(qint64 ms, TrendBucket bucket)
{
    QDate d = QDateTime::fromMSecsSinceEpoch(ms).date();
    if (bucket == TrendBucket::Week)
        d = d.addDays(1 - d.dayOfWeek());
    return d.startOfDay().toMSecsSinceEpoch();
}

qint64 nextBucketStart(qint64 start, TrendBucket bucket)
{
    const QDate d = QDateTime::fromMSecsSinceEpoch(start).date();
    return d.addDays(bucket == TrendBucket::Week ? 7 : 1).startOfDay().toMSecsSinceEpoch();
}

} // namespace ReportTime

} // namespace fw

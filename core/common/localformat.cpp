#include "core/common/localformat.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

namespace fw {
namespace {

bool isC(const QLocale &l)
{
    return l.language() == QLocale::C;
}

// The locale's short time with seconds: its long format without the time zone ("HH:mm:ss t").
QString timeWithSecondsFormat(const QLocale &l)
{
    if (isC(l))
        return QStringLiteral("HH:mm:ss");
    QString f = l.timeFormat(QLocale::LongFormat);
    f.remove(QRegularExpression(QStringLiteral("\\s*\\bt+\\b\\s*")));
    return f.trimmed();
}

QString shortTimeFormat(const QLocale &l)
{
    return isC(l) ? QStringLiteral("HH:mm") : l.timeFormat(QLocale::ShortFormat);
}

// The locale's short date with a four-digit year ("dd.MM.yy" -> "dd.MM.yyyy").
QString fullYearDateFormat(const QLocale &l)
{
    if (isC(l))
        return QStringLiteral("yyyy-MM-dd");
    QString f = l.dateFormat(QLocale::ShortFormat);
    if (!f.contains(QLatin1String("yyyy")))
        f.replace(QRegularExpression(QStringLiteral("\\by+\\b")), QStringLiteral("yyyy"));
    return f;
}

} // namespace

QString LocalFormat::time(qint64 msSinceEpoch)
{
    const QLocale l;
    return l.toString(QDateTime::fromMSecsSinceEpoch(msSinceEpoch).time(), timeWithSecondsFormat(l));
}

QString LocalFormat::shortTime(qint64 msSinceEpoch)
{
    const QLocale l;
    return l.toString(QDateTime::fromMSecsSinceEpoch(msSinceEpoch).time(), shortTimeFormat(l));
}

QString LocalFormat::dateTime(qint64 msSinceEpoch)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msSinceEpoch), dateTimeFormat());
}

QString LocalFormat::dateTimeWithSeconds(qint64 msSinceEpoch)
{
    const QLocale l;
    return l.toString(QDateTime::fromMSecsSinceEpoch(msSinceEpoch),
                      fullYearDateFormat(l) + QLatin1Char(' ') + timeWithSecondsFormat(l));
}

QString LocalFormat::date(const QDate &date)
{
    return QLocale().toString(date, dateFormat());
}

QString LocalFormat::dayMonth(const QDate &date)
{
    const QLocale l;
    if (isC(l))
        return QLocale::c().toString(date, QStringLiteral("MM-dd"));
    // The short date without its year and the separator next to it: "dd.MM.yy" -> "dd.MM.",
    // "M/d/yy" -> "M/d", "yyyy/M/d" -> "M/d".
    QString f = l.dateFormat(QLocale::ShortFormat);
    f.remove(QRegularExpression(QStringLiteral("^y+[^dMy]*|[^dMy.]*y+[^dM]*$")));
    return l.toString(date, f.trimmed());
}

QString LocalFormat::dateFormat()
{
    return fullYearDateFormat(QLocale());
}

QString LocalFormat::dateTimeFormat()
{
    const QLocale l;
    return fullYearDateFormat(l) + QLatin1Char(' ') + shortTimeFormat(l);
}

} // namespace fw

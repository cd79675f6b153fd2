#include "core/audit/alarmjournalfilter.h"

namespace fw {

namespace {

QStringList words(const QString &text)
{
    QStringList out;
    QString current;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (c.isSpace() && !quoted) {
            if (!current.isEmpty())
                out << current;
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.isEmpty())
        out << current;
    return out;
}

} // namespace

AlarmJournalSearch AlarmJournalSearch::parse(const QString &text)
{
    AlarmJournalSearch s;
    const struct
    {
        QLatin1StringView prefix;
        QStringList AlarmJournalSearch::*list;
    } prefixes[] = {{QLatin1StringView("asset:"), &AlarmJournalSearch::asset},
                    {QLatin1StringView("alert:"), &AlarmJournalSearch::alert},
                    {QLatin1StringView("user:"), &AlarmJournalSearch::user}};
    for (const QString &word : words(text)) {
        bool prefixed = false;
        for (const auto &p : prefixes) {
            if (word.startsWith(p.prefix, Qt::CaseInsensitive)) {
                const QString value = word.mid(p.prefix.size());
                if (!value.isEmpty())
                    (s.*p.list) << value;
                prefixed = true;
                break;
            }
        }
        if (!prefixed)
            s.any << word;
    }
    return s;
}

QString AlarmJournalFilter::alertEvent() const
{
    using namespace AlarmJournalKind;
    return (what == kRaised || what == kUpdated || what == kCleared) ? what : QString();
}

bool AlarmJournalFilter::includesAlertEvents() const
{
    return what.isEmpty() || what == AlarmJournalKind::kAlertEvents || !alertEvent().isEmpty();
}

bool AlarmJournalFilter::includesJournal() const
{
    return what.isEmpty() || (what != AlarmJournalKind::kAlertEvents && alertEvent().isEmpty());
}

} // namespace fw

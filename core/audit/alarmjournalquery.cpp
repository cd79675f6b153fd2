#include "core/audit/alarmjournalquery.h"

#include "core/store/database.h"
#include "core/store/sqlstatement.h"

#include <QStringList>

#include <variant>

namespace fw {

namespace {

using Bind = std::variant<qint64, QString>;

// The parts of a journal row's subject "site/asset/alert" as SQL expressions over j.subject.
const QString kRest = QStringLiteral("substr(j.subject, instr(j.subject, '/') + 1)");
const QString kSite = QStringLiteral("substr(j.subject, 1, instr(j.subject, '/') - 1)");
const QString kAsset = QStringLiteral("substr(%1, 1, instr(%1, '/') - 1)").arg(kRest);
const QString kAlert = QStringLiteral("substr(%1, instr(%1, '/') + 1)").arg(kRest);
const QString kAlertSubject = QStringLiteral("instr(%1, '/') > 0").arg(kRest);

QString likePattern(const QString &term)
{
    QString escaped = term;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// One part's WHERE clause and its bindings: each '?' in a condition takes the next value.
class Where
{
public:
    void add(const QString &condition, std::initializer_list<Bind> values = {})
    {
        QString sql;
        auto value = values.begin();
        for (const QChar c : condition) {
            if (c == QLatin1Char('?') && value != values.end()) {
                m_binds.push_back(*value++);
                sql += QStringLiteral("?%1").arg(m_binds.size());
            } else {
                sql += c;
            }
        }
        m_conditions << sql;
    }
    // Any of `columns` LIKE the term (ASCII case ignored, the term's % and _ taken literally).
    void like(const QStringList &columns, const QString &term)
    {
        m_binds.emplace_back(likePattern(term));
        QStringList alternatives;
        for (const QString &c : columns)
            alternatives << QStringLiteral("%1 LIKE ?%2 ESCAPE '\\'").arg(c).arg(m_binds.size());
        m_conditions << QLatin1Char('(') + alternatives.join(QLatin1String(" OR ")) + QLatin1Char(')');
    }
    QString sql() const { return m_conditions.isEmpty() ? QStringLiteral("1") : m_conditions.join(QLatin1String(" AND ")); }
    int nextIndex() const { return int(m_binds.size()) + 1; }

    void bindTo(SqlStatement &s) const
    {
        for (size_t i = 0; i < m_binds.size(); ++i) {
            if (const auto *n = std::get_if<qint64>(&m_binds[i]))
                s.bind(int(i) + 1, *n);
            else
                s.bind(int(i) + 1, std::get<QString>(m_binds[i]));
        }
    }

private:
    QStringList m_conditions;
    std::vector<Bind> m_binds;
};

// Newest first: rows of `source` after the cursor's row.
void afterCursor(Where &w, const QString &at, const QString &id, int source, const AlarmJournalCursor &c)
{
    if (!c.valid)
        return;
    if (source < c.source)
        w.add(at + QLatin1String(" <= ?"), {c.at});
    else if (source > c.source)
        w.add(at + QLatin1String(" < ?"), {c.at});
    else
        w.add(QStringLiteral("(%1 < ? OR (%1 = ? AND %2 < ?))").arg(at, id), {c.at, c.at, c.id});
}

// Alert events: alert_events e joined with their alert a.
Where eventsWhere(const AlarmJournalFilter &f, const AlarmJournalSearch &s, const AlarmJournalCursor &c)
{
    Where w;
    w.add(QStringLiteral("e.received_at >= ? AND e.received_at < ?"), {f.from, f.to});
    afterCursor(w, QStringLiteral("e.received_at"), QStringLiteral("e.id"), int(AlarmJournalRow::Source::AlertEvent), c);
    if (f.priority >= 0)
        w.add(QStringLiteral("a.priority = ?"), {qint64(f.priority)});
    if (const QString event = f.alertEvent(); !event.isEmpty())
        w.add(QStringLiteral("e.event = ?"), {event});
    if (!s.user.isEmpty())
        w.add(QStringLiteral("0"));   // alert events come from the fleet, not from a user
    for (const QString &t : s.asset)
        w.like({QStringLiteral("e.asset")}, t);
    for (const QString &t : s.alert)
        w.like({QStringLiteral("a.alert_id")}, t);
    for (const QString &t : s.any)
        w.like({QStringLiteral("e.asset"), QStringLiteral("a.alert_id"), QStringLiteral("a.title")}, t);
    return w;
}

// Journal rows: journal j, with the alert its subject names (a, LEFT JOIN: NULL when it names none).
Where journalWhere(const AlarmJournalFilter &f, const AlarmJournalSearch &s, const AlarmJournalCursor &c)
{
    Where w;
    w.add(QStringLiteral("j.at >= ? AND j.at < ?"), {f.from, f.to});
    afterCursor(w, QStringLiteral("j.at"), QStringLiteral("j.id"), int(AlarmJournalRow::Source::Journal), c);
    if (f.priority >= 0)
        w.add(QStringLiteral("a.priority = ?"), {qint64(f.priority)});
    if (f.includesJournal() && !f.what.isEmpty() && f.what != AlarmJournalKind::kJournal)
        w.add(QStringLiteral("j.what = ?"), {f.what});
    for (const QString &t : s.asset) {
        w.add(kAlertSubject);
        w.like({kAsset}, t);
    }
    for (const QString &t : s.alert) {
        w.add(kAlertSubject);
        w.like({kAlert}, t);
    }
    for (const QString &t : s.user)
        w.like({QStringLiteral("j.user")}, t);
    for (const QString &t : s.any)
        w.like({QStringLiteral("j.subject"), QStringLiteral("j.user"), QStringLiteral("j.detail")}, t);
    return w;
}

const QString kEventsFrom = QStringLiteral("FROM alert_events e JOIN alerts a ON a.id = e.alert_row");
const QString kJournalFrom = QStringLiteral("FROM journal j LEFT JOIN alerts a ON %1 AND a.site = %2 AND a.asset = %3 "
                                            "AND a.alert_id = %4")
                                 .arg(kAlertSubject, kSite, kAsset, kAlert);

AlarmJournalRow readEvent(const SqlStatement &s)
{
    AlarmJournalRow r;
    r.source = AlarmJournalRow::Source::AlertEvent;
    r.id = s.int64(0);
    r.at = s.int64(1);
    r.site = s.text(2);
    r.asset = s.text(3);
    r.alertId = s.text(4);
    r.priority = int(s.int64(5));
    r.what = s.text(6);
    r.text = s.text(7);
    return r;
}

AlarmJournalRow readJournal(const SqlStatement &s)
{
    AlarmJournalRow r;
    r.source = AlarmJournalRow::Source::Journal;
    r.id = s.int64(0);
    r.at = s.int64(1);
    r.what = s.text(2);
    r.user = s.text(3);
    r.console = s.text(4);
    const QString subject = s.text(5);
    const QStringList parts = subject.split(QLatin1Char('/'));
    if (parts.size() == 3) {
        r.site = parts[0];
        r.asset = parts[1];
        r.alertId = parts[2];
    }
    if (!s.isNull(6))
        r.priority = int(s.int64(6));
    const QString detail = s.text(7);
    const QString before = s.text(8);
    const QString after = s.text(9);
    r.text = detail;
    if (!before.isEmpty() || !after.isEmpty()) {
        const QString change = before + QStringLiteral(" → ") + after;
        r.text = detail.isEmpty() ? change : detail + QStringLiteral(" (") + change + QLatin1Char(')');
    }
    if (parts.size() != 3 && !subject.isEmpty() && subject != r.user)
        r.text = r.text.isEmpty() ? subject : subject + QStringLiteral(": ") + r.text;
    return r;
}

bool newerFirst(const AlarmJournalRow &a, const AlarmJournalRow &b)
{
    if (a.at != b.at)
        return a.at > b.at;
    if (a.source != b.source)
        return a.source > b.source;
    return a.id > b.id;
}

} // namespace

AlarmJournalQuery::AlarmJournalQuery(Database &db)
    : m_db(db)
{
    m_hasJournal = db.queryInt("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'journal'")
                       .value_or(0) > 0;
}

std::vector<AlarmJournalRow> AlarmJournalQuery::page(const AlarmJournalFilter &filter, const AlarmJournalCursor &cursor,
                                                     int limit, bool *ok)
{
    std::vector<AlarmJournalRow> rows;
    const bool read = visitRows(filter, cursor, limit, [&rows](const AlarmJournalRow &r) {
        rows.push_back(r);
        return true;
    });
    if (ok)
        *ok = read;
    return rows;
}

bool AlarmJournalQuery::forEach(const AlarmJournalFilter &filter,
                                const std::function<bool(const AlarmJournalRow &)> &visit)
{
    return visitRows(filter, AlarmJournalCursor{}, -1, visit);
}

std::optional<qint64> AlarmJournalQuery::count(const AlarmJournalFilter &filter)
{
    const AlarmJournalSearch search = AlarmJournalSearch::parse(filter.search);
    qint64 total = 0;
    if (filter.includesAlertEvents()) {
        const Where w = eventsWhere(filter, search, {});
        SqlStatement s(m_db.handle(), ("SELECT count(*) " + kEventsFrom + " WHERE " + w.sql()).toUtf8().constData());
        w.bindTo(s);
        if (!s.next())
            return std::nullopt;
        total += s.int64(0);
    }
    if (m_hasJournal && filter.includesJournal()) {
        const Where w = journalWhere(filter, search, {});
        // The alert is joined only when the filter asks for its priority.
        const QString from = filter.priority >= 0 ? kJournalFrom : QStringLiteral("FROM journal j");
        SqlStatement s(m_db.handle(), ("SELECT count(*) " + from + " WHERE " + w.sql()).toUtf8().constData());
        w.bindTo(s);
        if (!s.next())
            return std::nullopt;
        total += s.int64(0);
    }
    return total;
}

bool AlarmJournalQuery::visitRows(const AlarmJournalFilter &filter, const AlarmJournalCursor &cursor, qint64 limit,
                                  const std::function<bool(const AlarmJournalRow &)> &visit)
{
    const AlarmJournalSearch search = AlarmJournalSearch::parse(filter.search);
    // Two statements, each newest first, merged: at most `limit` from each (-1: no limit).
    SqlStatement events;
    SqlStatement journal;
    if (filter.includesAlertEvents()) {
        const Where w = eventsWhere(filter, search, cursor);
        events = SqlStatement(m_db.handle(),
                              (QStringLiteral("SELECT e.id, e.received_at, e.site, e.asset, a.alert_id, a.priority, "
                                              "e.event, a.title ")
                               + kEventsFrom + QLatin1String(" WHERE ") + w.sql()
                               + QStringLiteral(" ORDER BY e.received_at DESC, e.id DESC LIMIT ?%1").arg(w.nextIndex()))
                                  .toUtf8()
                                  .constData());
        if (!events.isValid())
            return false;
        w.bindTo(events);
        events.bind(w.nextIndex(), limit);
    }
    if (m_hasJournal && filter.includesJournal()) {
        const Where w = journalWhere(filter, search, cursor);
        journal = SqlStatement(m_db.handle(),
                               (QStringLiteral("SELECT j.id, j.at, j.what, j.user, j.console, j.subject, a.priority, "
                                               "j.detail, j.before, j.after ")
                                + kJournalFrom + QLatin1String(" WHERE ") + w.sql()
                                + QStringLiteral(" ORDER BY j.at DESC, j.id DESC LIMIT ?%1").arg(w.nextIndex()))
                                   .toUtf8()
                                   .constData());
        if (!journal.isValid())
            return false;
        w.bindTo(journal);
        journal.bind(w.nextIndex(), limit);
    }
    std::optional<AlarmJournalRow> nextEvent;
    std::optional<AlarmJournalRow> nextJournal;
    const auto advanceEvent = [&] { nextEvent = events.isValid() && events.next() ? std::optional(readEvent(events)) : std::nullopt; };
    const auto advanceJournal = [&] {
        nextJournal = journal.isValid() && journal.next() ? std::optional(readJournal(journal)) : std::nullopt;
    };
    advanceEvent();
    advanceJournal();
    for (qint64 n = 0; (limit < 0 || n < limit) && (nextEvent || nextJournal); ++n) {
        const bool takeEvent = nextEvent && (!nextJournal || newerFirst(*nextEvent, *nextJournal));
        const bool more = visit(takeEvent ? *nextEvent : *nextJournal);
        if (!more)
            return true;
        takeEvent ? advanceEvent() : advanceJournal();
    }
    return !events.failed() && !journal.failed();
}

} // namespace fw

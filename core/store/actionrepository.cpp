#include "core/store/actionrepository.h"

#include "core/store/database.h"
#include "core/common/logging.h"

namespace fw {

ActionRepository::ActionRepository(Database &db)
    : m_insert(db.handle(),
               "INSERT INTO actions(alert_row, event, by_user, role, console, ts, received_at, note, "
               "shelve_minutes, local, until_ts) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) "
               "ON CONFLICT(alert_row, event, console, ts) DO NOTHING RETURNING id")
    , m_forAlert(db.handle(),
                 "SELECT id, alert_row, event, by_user, role, console, ts, received_at, note, "
                 "shelve_minutes, local, until_ts FROM actions WHERE alert_row = ?1 ORDER BY received_at, id")
    // Both through actions_event_ts (event = ...), grouped by alert: the newest row's note / end.
    , m_comments(db.handle(),
                 "SELECT x.alert_row, x.n, y.note FROM (SELECT alert_row, count(*) AS n, max(id) AS newest "
                 "FROM actions WHERE event = 'comment' GROUP BY alert_row) x JOIN actions y ON y.id = x.newest")
    , m_serviceEnds(db.handle(),
                    "SELECT y.alert_row, y.until_ts FROM (SELECT max(id) AS newest FROM actions "
                    "WHERE event = 'remove_from_service' GROUP BY alert_row) x JOIN actions y ON y.id = x.newest")
{
}

bool ActionRepository::isValid() const
{
    return m_insert.isValid() && m_forAlert.isValid() && m_comments.isValid() && m_serviceEnds.isValid();
}

bool ActionRepository::insert(AlertAction &a, bool *ok)
{
    StatementReset reset(m_insert);
    m_insert.bind(1, a.alertRow);
    m_insert.bind(2, alarmEventName(a.event));
    m_insert.bind(3, a.by);
    m_insert.bind(4, a.role);
    m_insert.bind(5, a.console);
    m_insert.bind(6, a.ts);
    m_insert.bind(7, a.receivedAt);
    m_insert.bind(8, a.note);
    m_insert.bind(9, a.shelveMinutes);
    m_insert.bind(10, a.local);
    m_insert.bind(11, a.until);
    // RETURNING yields a row only when the row was inserted, not for DO NOTHING.
    const bool inserted = m_insert.next();
    const qint64 id = inserted ? m_insert.int64(0) : 0;
    while (m_insert.next()) {
    }
    if (ok)
        *ok = !m_insert.failed();
    if (m_insert.failed() || !inserted)
        return false;
    a.id = id;
    return true;
}

std::vector<AlertAction> ActionRepository::forAlert(qint64 alertRow, bool *ok)
{
    StatementReset reset(m_forAlert);
    m_forAlert.bind(1, alertRow);
    std::vector<AlertAction> actions;
    while (m_forAlert.next()) {
        AlertAction a;
        a.id = m_forAlert.int64(0);
        a.alertRow = m_forAlert.int64(1);
        const QString event = m_forAlert.text(2);
        if (const auto e = alarmEventFromName(event)) {
            a.event = *e;
        } else {
            logging::get("store")->warn("action {} has an unknown event '{}'", a.id, logging::sanitize(event));
            continue;
        }
        a.by = m_forAlert.text(3);
        a.role = m_forAlert.text(4);
        a.console = m_forAlert.text(5);
        a.ts = m_forAlert.int64(6);
        a.receivedAt = m_forAlert.int64(7);
        a.note = m_forAlert.text(8);
        a.shelveMinutes = int(m_forAlert.int64(9));
        a.local = m_forAlert.boolean(10);
        a.until = m_forAlert.optionalInt64(11);
        actions.push_back(std::move(a));
    }
    if (ok)
        *ok = !m_forAlert.failed();
    if (m_forAlert.failed())
        return {};
    return actions;
}

QHash<qint64, ActionRepository::Annotations> ActionRepository::annotations(bool *ok)
{
    QHash<qint64, Annotations> out;
    {
        StatementReset reset(m_comments);
        while (m_comments.next()) {
            Annotations &a = out[m_comments.int64(0)];
            a.comments = int(m_comments.int64(1));
            a.lastComment = m_comments.text(2);
        }
    }
    {
        StatementReset reset(m_serviceEnds);
        while (m_serviceEnds.next())
            out[m_serviceEnds.int64(0)].outOfServiceUntil = m_serviceEnds.optionalInt64(1);
    }
    const bool failed = m_comments.failed() || m_serviceEnds.failed();
    if (ok)
        *ok = !failed;
    return failed ? QHash<qint64, Annotations>{} : out;
}

} // namespace fw

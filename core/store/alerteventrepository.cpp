#include "core/store/alerteventrepository.h"

#include "core/store/database.h"

namespace fw {

AlertEventRepository::AlertEventRepository(Database &db)
    : m_insert(db.handle(),
               "INSERT INTO alert_events(alert_row, site, asset, event, seq, ts, received_at, payload) "
               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT(alert_row, seq, event) DO NOTHING")
    , m_forAlert(db.handle(),
                 "SELECT id, alert_row, site, asset, event, seq, ts, received_at, payload "
                 "FROM alert_events WHERE alert_row = ?1 ORDER BY seq, id")
{
}

bool AlertEventRepository::isValid() const
{
    return m_insert.isValid() && m_forAlert.isValid();
}

bool AlertEventRepository::insert(qint64 alertRow, const QString &site, const QString &asset,
                                  const QString &event, qint64 seq, qint64 ts, qint64 receivedAt,
                                  const QByteArray &payload, bool *ok)
{
    m_insert.bind(1, alertRow);
    m_insert.bind(2, site);
    m_insert.bind(3, asset);
    m_insert.bind(4, event);
    m_insert.bind(5, seq);
    m_insert.bind(6, ts);
    m_insert.bind(7, receivedAt);
    m_insert.bind(8, payload);
    // DO NOTHING on a repeat: changes() tells whether the row was stored.
    const bool done = m_insert.exec();
    if (ok)
        *ok = done;
    return done && m_insert.changes() == 1;
}

std::vector<AlertEventRecord> AlertEventRepository::forAlert(qint64 alertRow, bool *ok)
{
    StatementReset reset(m_forAlert);
    m_forAlert.bind(1, alertRow);
    std::vector<AlertEventRecord> events;
    while (m_forAlert.next()) {
        AlertEventRecord e;
        e.id = m_forAlert.int64(0);
        e.alertRow = m_forAlert.int64(1);
        e.site = m_forAlert.text(2);
        e.asset = m_forAlert.text(3);
        e.event = m_forAlert.text(4);
        e.seq = m_forAlert.int64(5);
        e.ts = m_forAlert.int64(6);
        e.receivedAt = m_forAlert.int64(7);
        e.payload = m_forAlert.blob(8);
        events.push_back(std::move(e));
    }
    if (ok)
        *ok = !m_forAlert.failed();
    if (m_forAlert.failed())
        return {};
    return events;
}

} // namespace fw

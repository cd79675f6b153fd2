#pragma once
// AlertEventRepository: the `alert_events` table, every fleet alert event applied to an alert.
// Statements are prepared once, in the constructor.
// Thread affinity and lifetime: those of the Database it is bound to (destroy it first).
// Errors: logged on the "store" logger; reported through *ok (ok may be null).

#include "core/store/sqlstatement.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace fw {

class Database;

struct AlertEventRecord
{
    qint64 id = 0;                       // the store's key
    qint64 alertRow = 0;                 // AlertRecord::rowId
    QString site;
    QString asset;
    QString event;                       // alertEventName(): "raised", "updated", "cleared"
    qint64 seq = 0;                      // the asset's alert seq
    qint64 ts = 0;                       // the fleet's ts, ms since the epoch
    qint64 receivedAt = 0;               // the console's receive time, ms since the epoch
    QByteArray payload;                  // the message as received
};

class AlertEventRepository
{
public:
    explicit AlertEventRepository(Database &db);
    bool isValid() const;

    // Stores one event of the alert stored as alertRow (which must exist). event: alertEventName()
    // of the event; ts: the fleet's ts; receivedAt: the console's receive time (ms since the epoch).
    // True if it was new; false for a repeated delivery (same alertRow, seq and event: nothing is
    // stored) or on error (*ok false; e.g. an alertRow that does not exist).
    bool insert(qint64 alertRow, const QString &site, const QString &asset, const QString &event, qint64 seq,
                qint64 ts, qint64 receivedAt, const QByteArray &payload, bool *ok = nullptr);
    // The events of one alert in seq order.
    std::vector<AlertEventRecord> forAlert(qint64 alertRow, bool *ok = nullptr);

private:
    SqlStatement m_insert;
    SqlStatement m_forAlert;
};

} // namespace fw

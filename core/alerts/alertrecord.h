#pragma once
// One alert as the console keeps it (the alert queue's row and the store's `alerts` row), and one
// operator action on it. Plain values; safe to copy between threads.

#include "core/alerts/alarmstate.h"
#include "core/fleet/fleetmessages.h"
#include "core/fleet/topicparser.h"

#include <QByteArray>
#include <QMetaType>

#include <memory>
#include <optional>
#include <vector>

namespace fw {

struct AlertRecord
{
    qint64 rowId = 0;                    // the store's primary key; 0 until stored
    QString site;
    QString asset;
    QString alertId;                     // the fleet's id
    Priority priority = Priority::Medium;
    QString title;
    ModelRef model;
    std::optional<double> score;
    std::optional<double> threshold;
    QByteArray lastPayload;              // the newest raised/updated event as received (explanation etc.)
    qint64 raisedTs = 0;                 // the fleet's ts of the raise (or first event seen)
    qint64 raisedAt = 0;                 // the console's first receive time: the start of time to acknowledge
    qint64 lastEventAt = 0;              // console receive time of the newest event
    std::optional<qint64> clearedAt;     // console time it returned to normal
    AlarmState state;
    std::optional<qint64> ackedAt;       // the FIRST acknowledgement, any console
    QString ackedBy;
    QString ackedConsole;
    QString ackNote;
    int comments = 0;                    // operators' comments on it (any console)
    QString lastComment;                 // the newest one's note
    qint64 lastSeq = 0;                  // the asset's alert seq of the newest event applied
    bool caughtUp = false;               // found through alerts/active, not seen raised live
    bool orphan = false;                 // first seen as updated/cleared: its raise was missed
    bool chattering = false;
    bool unsaved = false;                // changed while the store was not saving: not (all) in the store yet
    QString line;                        // the asset's line at raise time (for reports)

    QString key() const { return TopicParser::alertKey(site, asset, alertId); }
    QString assetKey() const { return TopicParser::assetKey(site, asset); }
};

// An operator action (acknowledge, shelve, unshelve, ...), local or from another console.
struct AlertAction
{
    qint64 id = 0;
    qint64 alertRow = 0;
    AlarmEvent event = AlarmEvent::Acknowledge;
    QString by;
    QString role;
    QString console;
    qint64 ts = 0;                       // when the operator did it: their console's claim
    qint64 receivedAt = 0;               // when this console learnt of it: the time that counts
    QString note;
    int shelveMinutes = 0;
    bool local = true;                   // made at this console
    std::optional<qint64> until;         // RemoveFromService: its end (this console's clock), if any
};

// A message waiting to be published and acknowledged by the broker (QoS 1), kept in the store so
// that a broker outage or a crash loses nothing.
struct OutboxItem
{
    qint64 id = 0;
    QString kind;                        // "ack", "label", ...
    QString topic;
    QByteArray payload;
    int qos = 1;
    qint64 createdAt = 0;
    std::optional<qint64> deliveredAt;
    int attempts = 0;
};

using AlertRecords = std::vector<AlertRecord>;
using AlertRecordsPtr = std::shared_ptr<const AlertRecords>;

} // namespace fw

Q_DECLARE_METATYPE(fw::AlertRecordsPtr)

#pragma once
// OutboxPublisher: sends the store's outbox through an MqttSession at QoS 1, at most maxInFlight at
// a time, and marks a row delivered only when the broker has acknowledged it (PUBACK). A connection
// lost forgets what was in flight; flush() after the reconnect sends those rows again (a receiver sees
// the same ids and drops the repeat). Nothing is ever removed from the outbox.
//
// Threads: lives in the thread that owns the Database (the alerts thread). onPublishAcknowledged()
// and onConnectionStateChanged() must be delivered there (queued connections from the session).

#include "core/mqtt/mqttsession.h"

#include <QHash>
#include <QSet>
#include <QObject>

namespace fw {

class OutboxRepository;

class OutboxPublisher : public QObject
{
    Q_OBJECT
public:
    OutboxPublisher(OutboxRepository *outbox, MqttSession *session, int maxInFlight = 20, QObject *parent = nullptr);

    // Sends pending rows while there is room in flight. Cheap when there is nothing to send.
    void flush();
    // Rows were just added to the outbox (an acknowledgement, a label): flush(), then countsChanged.
    void publishQueued();
    int inFlight() const { return int(m_inFlight.size()); }
    int pendingCount() const;
    int deliveredCount() const;

public Q_SLOTS:
    void onPublishAcknowledged(int messageId);
    // The row stays undelivered and is tried again on a later flush (not right away).
    void onPublishRejected(int messageId);
    void onConnectionStateChanged(fw::ConnectionState state);

Q_SIGNALS:
    // Pending (not yet acknowledged by the broker) and delivered totals changed.
    void countsChanged(int pending, int delivered);
    void delivered(qint64 outboxId);

private:
    void emitCounts();

    OutboxRepository *m_outbox;
    MqttSession *m_session;
    int m_maxInFlight;
    QHash<int, qint64> m_inFlight;     // message id -> outbox row
    QSet<qint64> m_rowsInFlight;
    QSet<qint64> m_rejected;           // refused by the broker since the last connect: not resent until then
    bool m_connected = false;
};

} // namespace fw

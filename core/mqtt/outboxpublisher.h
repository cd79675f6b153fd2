#pragma once
// OutboxPublisher: sends the store's outbox through an MqttSession at QoS 1, at most maxInFlight at
// a time, and marks a row delivered only when the broker has acknowledged it (PUBACK). A connection
// lost forgets what was in flight; flush() after the reconnect sends those rows again (a receiver sees
// the same ids and drops the repeat). Nothing is ever removed from the outbox.
//
// A row the broker took but whose delivery could not be recorded (the disk full, the store
// read-only) is never sent again in this run: it is remembered as delivered-unrecorded and the
// write is tried again with a backoff (1 s doubling to 60 s). A restart before the write succeeds
// sends it once more, so an action is published at most twice however long the store fails.
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
    // Taken by the broker, its delivery not yet written to the store.
    int unrecordedCount() const { return int(m_unrecorded.size()); }
    // Since construction: publishes the broker took, and outbox bookkeeping writes that failed.
    qint64 publishedCount() const { return m_published; }
    qint64 failedWriteCount() const { return m_failedWrites; }
    // As the broker sees it: a row it took is delivered even while that is not yet written.
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
    void recordUnrecorded(qint64 now);

    OutboxRepository *m_outbox;
    MqttSession *m_session;
    int m_maxInFlight;
    QHash<int, qint64> m_inFlight;     // message id -> outbox row
    QSet<qint64> m_rowsInFlight;
    QSet<qint64> m_rejected;           // refused by the broker since the last connect: not resent until then
    QHash<qint64, qint64> m_unrecorded;  // row -> when the broker took it: delivery not written yet
    qint64 m_nextRecordAt = 0;
    qint64 m_recordBackoffMs = 0;
    qint64 m_published = 0;
    qint64 m_failedWrites = 0;
    bool m_connected = false;
};

} // namespace fw

#pragma once
// SessionRecorder: records that this console is running on the store, so that reports know when the
// store was collecting alerts (console_sessions, SessionRepository). Constructing it writes a row
// started now; a timer moves its end on every `heartbeatMs` (a one-row UPDATE, a minute by default);
// stop() (or the destructor) writes the clean stop. A crash or a kill leaves the last heartbeat as the
// end: at most one heartbeat of collection is missing from the record, never any added.
// Thread affinity: the Database's (AlertCenter makes it in the alerts thread when the store is open);
// destroy it before the Database. Errors: logged on the "store" logger; recording stops being exact,
// nothing else fails.

#include <QObject>

#include <memory>
#include <optional>

class QTimer;

namespace fw {

class Database;
class SessionRepository;

class SessionRecorder : public QObject
{
    Q_OBJECT
public:
    static constexpr int kHeartbeatMs = 60 * 1000;

    SessionRecorder(Database &db, const QString &console, int heartbeatMs = kHeartbeatMs, QObject *parent = nullptr);
    ~SessionRecorder() override;

    // The row of this run; nullopt if it could not be written (older store, store error).
    std::optional<qint64> sessionId() const { return m_id; }
    // Writes the clean stop and stops the heartbeat; later calls do nothing.
    void stop();

private:
    void heartbeat();

    std::unique_ptr<SessionRepository> m_repo;
    QTimer *m_timer = nullptr;
    std::optional<qint64> m_id;
};

} // namespace fw

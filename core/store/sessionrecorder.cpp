#include "core/store/sessionrecorder.h"

#include "core/common/logging.h"
#include "core/store/database.h"
#include "core/store/sessionrepository.h"

#include <QDateTime>
#include <QTimer>

namespace fw {

SessionRecorder::SessionRecorder(Database &db, const QString &console, int heartbeatMs, QObject *parent)
    : QObject(parent), m_repo(std::make_unique<SessionRepository>(db))
{
    m_id = m_repo->begin(QDateTime::currentMSecsSinceEpoch(), console);
    if (!m_id) {
        logging::get("store")->error("cannot record this console's session in {}: reports will not know it was "
                                     "collecting", logging::sanitize(db.path()));
        return;
    }
    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &SessionRecorder::heartbeat);
    m_timer->start(heartbeatMs);
}

SessionRecorder::~SessionRecorder()
{
    stop();
}

void SessionRecorder::heartbeat()
{
    if (m_id && !m_repo->touch(*m_id, QDateTime::currentMSecsSinceEpoch()))
        logging::get("store")->warn("cannot note that session {} is still collecting", *m_id);
}

void SessionRecorder::stop()
{
    if (!m_id)
        return;
    delete m_timer;
    m_timer = nullptr;
    if (!m_repo->end(*m_id, QDateTime::currentMSecsSinceEpoch()))
        logging::get("store")->warn("cannot record the clean stop of session {}", *m_id);
    m_id.reset();
}

} // namespace fw

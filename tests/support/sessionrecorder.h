#pragma once
// SessionRecorder: records an MqttSession's signals in the test's thread. The session emits from its
// network thread; the connections here are queued to this object, so the lists are only touched by
// the test thread (QSignalSpy would record from the emitting thread).

#include "core/mqtt/mqttsession.h"

#include <QList>
#include <QObject>
#include <QPair>

namespace fw::test {

class SessionRecorder : public QObject
{
public:
    explicit SessionRecorder(MqttSession *session)
    {
        connect(session, &MqttSession::connectionStateChanged, this,
                [this](ConnectionState s, const QString &reason) { states.append({s, reason}); }, Qt::QueuedConnection);
        connect(session, &MqttSession::subscribed, this, [this] { ++subscriptions; }, Qt::QueuedConnection);
        connect(session, &MqttSession::publishAcknowledged, this, [this](int mid) { acked.append(mid); },
                Qt::QueuedConnection);
    }

    bool sawState(ConnectionState s, const QString &reasonContains = {}) const
    {
        for (const auto &[state, reason] : states) {
            if (state == s && reason.contains(reasonContains))
                return true;
        }
        return false;
    }

    QList<QPair<ConnectionState, QString>> states;
    QList<int> acked;
    int subscriptions = 0;
};

} // namespace fw::test

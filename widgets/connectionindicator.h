#pragma once
// ConnectionIndicator: the status bar's broker state: a shape and a word (never colour alone), the
// broker URL, and the reason of the last change in the tooltip and text. GUI thread.

#include "core/mqtt/mqttsession.h"

#include <QLabel>

namespace fw {

class ConnectionIndicator : public QLabel
{
    Q_OBJECT
public:
    explicit ConnectionIndicator(QWidget *parent = nullptr);

    void setBroker(const QString &url);
    void setState(fw::ConnectionState state, const QString &reason);
    ConnectionState state() const { return m_state; }

private:
    QString m_broker;
    ConnectionState m_state = ConnectionState::Disconnected;
};

} // namespace fw

#pragma once
// One message the simulator wants published: the site index says which site's session sends it.

#include "core/fleet/fleetmessages.h"

#include <QByteArray>
#include <QString>

namespace fw::sim {

struct OutMessage
{
    int site = 0;
    MessageKind kind = MessageKind::Telemetry;
    QString topic;
    QByteArray payload;
    int qos = 0;
    bool retain = false;
};

} // namespace fw::sim

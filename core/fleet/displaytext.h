#pragma once
// DisplayText: the fleet interface's enumerations in the words an operator reads, translated. The
// protocol spellings (priorityName(), healthStateName(), ... in core/fleet/fleetmessages.h) stay what
// goes over the wire, into the store and into CSV exports.

#include "core/fleet/fleetmessages.h"

#include <QCoreApplication>
#include <QString>

namespace fw {

class DisplayText
{
    Q_DECLARE_TR_FUNCTIONS(fw::DisplayText)
public:
    static QString priority(Priority p);               // "critical", "high", "medium", "low"
    static QString healthState(HealthState s);         // "ok", "watch", "warning", "critical"
    static QString criticality(Criticality c);
    // An outcome as stored ("true_positive", ...; see outcomeName()); an unknown code is returned as is.
    static QString outcome(const QString &code);
};

} // namespace fw

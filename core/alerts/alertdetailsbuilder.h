#pragma once
// AlertDetailsBuilder: gathers what the explanation panel shows for one alert (AlertDetails) from the
// store: the score against the threshold over the alert's stored events (or, for an alert caught up
// without events, the one score it has, at its raise), the explanation and window
// of its newest raised/updated event, the evidence kept with it and the last similar alerts with
// what technicians found.
//
// Threads and lifetime: those of the repositories it is given (the alerts thread); destroy it first.
// Errors: a part that cannot be read is left empty (the store logs why).

#include "core/alerts/alertdetails.h"
#include "core/fleet/fleetdecoder.h"

namespace fw {

class AlertEventRepository;
class EvidenceRepository;
class QualityRepository;

class AlertDetailsBuilder
{
public:
    AlertDetailsBuilder(AlertEventRepository &events, EvidenceRepository &evidence, QualityRepository &quality,
                        const QString &root);

    // `alert` must be stored (rowId set).
    AlertDetailsPtr build(const AlertRecord &alert);

private:
    std::optional<AlertMsg> decode(const AlertRecord &alert, const QByteArray &payload, qint64 receivedAt);

    AlertEventRepository &m_events;
    EvidenceRepository &m_evidence;
    QualityRepository &m_quality;
    FleetDecoder m_decoder;
};

} // namespace fw

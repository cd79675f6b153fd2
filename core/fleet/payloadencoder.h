#pragma once
// Encodes typed messages as fleet interface v1 JSON payloads. Used by the simulator (fleet side) and
// by the console (acknowledgements, labels). Stateless; thread-safe.
// Optional fields that are empty / nullopt are left out; timestamps are written by formatRfc3339().

#include "core/fleet/fleetmessages.h"

#include <QByteArray>

namespace fw::PayloadEncoder {

QByteArray encode(const MetaMsg &m);
QByteArray encode(const StateMsg &m);
QByteArray encode(const TelemetryMsg &m);
QByteArray encode(const HealthMsg &m);
QByteArray encode(const AlertMsg &m);
QByteArray encode(const ActiveAlertsMsg &m);
QByteArray encode(const ModelStatusMsg &m);
QByteArray encode(const AckMsg &m);
QByteArray encode(const LabelMsg &m);
QByteArray encode(const Payload &p);

} // namespace fw::PayloadEncoder

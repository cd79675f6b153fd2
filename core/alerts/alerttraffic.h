#pragma once
// AlertTraffic: what the ingest worker hands the AlertCenter in one go: the alert events, active
// lists and acknowledgements accepted since the last hand-over, in arrival order, and the evidence
// windows captured for the raised events among them (stored in the same transaction as the alerts).
// Immutable once sent; cheap to copy (two shared pointers).
//
// Converts implicitly from and to FleetMessagesPtr, so that code written for the messages alone
// (tests feeding AlertCenter::applyMessages(), benchmarks watching IngestWorker::alertTrafficReady)
// keeps working: such traffic simply carries no evidence.

#include "core/fleet/evidencewindow.h"
#include "core/fleet/fleetbatch.h"

#include <QMetaType>

#include <type_traits>

namespace fw {

struct AlertTraffic
{
    AlertTraffic() = default;
    AlertTraffic(FleetMessagesPtr m, EvidenceBatchPtr e) : messages(std::move(m)), evidence(std::move(e)) {}
    template<typename P, typename = std::enable_if_t<!std::is_same_v<std::decay_t<P>, AlertTraffic>
                                                     && std::is_convertible_v<P, FleetMessagesPtr>>>
    AlertTraffic(P &&m) : messages(std::forward<P>(m)) {}   // NOLINT: implicit on purpose (see above)
    operator FleetMessagesPtr() const { return messages; }  // NOLINT

    FleetMessagesPtr messages;      // may be null
    EvidenceBatchPtr evidence;      // null when no raised event had telemetry behind it
};

} // namespace fw

Q_DECLARE_METATYPE(fw::AlertTraffic)

#pragma once
// FeedbackReceiver: what the fleet receives from consoles, i.e. labels (`ROOT/+/+/labels`) and
// acknowledgements (`ROOT/+/+/alerts/+/ack`). Decodes with FleetDecoder; a message that does not
// decode is counted by reason and logged (the first few at warn, then at debug), never fatal.
// Not thread-safe; lives in the simulator's main thread.

#include "core/fleet/fleetdecoder.h"
#include "tools/fleet-sim/labelcounter.h"

#include <QMap>

namespace fw::sim {

class FeedbackReceiver
{
public:
    explicit FeedbackReceiver(const QString &root = QStringLiteral("fleet/v1"));

    // Returns the label when it is a first delivery of its label_id (the input for retraining).
    std::optional<LabelMsg> process(const RawMessage &message);

    const LabelCounter &labels() const { return m_labels; }
    qint64 acksReceived() const { return m_acks; }
    const QMap<QString, qint64> &acksByAction() const { return m_acksByAction; }
    qint64 rejected() const { return m_rejected; }
    const QMap<QString, qint64> &rejectedByReason() const { return m_rejectedByReason; }
    // Valid messages of other kinds (not subscribed to, so only by a broad manual subscription).
    qint64 ignored() const { return m_ignored; }

    static constexpr int kLoggedRejections = 20;

private:
    FleetDecoder m_decoder;
    LabelCounter m_labels;
    qint64 m_acks = 0;
    QMap<QString, qint64> m_acksByAction;
    qint64 m_rejected = 0;
    QMap<QString, qint64> m_rejectedByReason;
    qint64 m_ignored = 0;
};

} // namespace fw::sim

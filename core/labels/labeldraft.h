#pragma once
// What a technician records about an alert (or a failure no alert foresaw), before it becomes a
// labelled outcome (LabelMsg) with its own UUID. Plain values.

#include "core/fleet/fleetmessages.h"

#include <QMetaType>
#include <QStringList>

#include <memory>
#include <optional>

namespace fw {

struct LabelDraft
{
    QString alertKey;                      // "site/asset/alertId"; empty for a missed failure
    QString site;
    QString asset;
    std::optional<Outcome> outcome;        // required
    QString failureMode;                   // from the asset type's vocabulary (or free text when "Other")
    QString cause;
    QString action;
    std::optional<double> downtimeMinutes; // >= 0
    QString notes;
    std::optional<qint64> failedAt;        // required for a missed failure, ms since epoch
};

namespace LabelValidation {

constexpr int kMaxTextLength = 500;        // cause, action, failure mode
constexpr int kMaxNotesLength = 2000;
constexpr double kMaxDowntimeMinutes = 60.0 * 24 * 365;
constexpr qint64 kMaxFailedAtAheadMs = 5 * 60 * 1000;   // clocks differ a little; more is a typing error

// The rules: an outcome is chosen; a missed failure names a valid site and asset and failed_at, and no
// alert; any other outcome names its alert (alertKey); failed_at, when given, is not more than
// kMaxFailedAtAheadMs after `now`; downtime is a finite number from 0 to kMaxDowntimeMinutes; cause,
// action and failure mode have at most kMaxTextLength characters (UTF-16 units) and no control
// characters; notes at most kMaxNotesLength, and control characters only as line breaks and tabs.
// Each message names the field first ("Downtime: ...") and says what to do.

// Every problem with the draft as one translated sentence each; empty when it can be saved.
QStringList problems(const LabelDraft &draft, qint64 now);

} // namespace LabelValidation

// One saved label as the console keeps it.
struct LabelRecord
{
    qint64 rowId = 0;
    QString labelId;                       // UUID
    LabelMsg message;                      // as sent to the fleet
    QString notes;                         // kept locally (not in the spec's payload)
    qint64 outboxId = 0;
    std::optional<qint64> deliveredAt;     // when the broker acknowledged it
};

// Precision and coverage of one model version from technicians' labels.
struct ModelQuality
{
    QString model;
    QString version;
    int alerts = 0;                        // alerts raised by this version
    int labelled = 0;                      // of those, with a label
    int truePositives = 0;
    int falsePositives = 0;
    int inconclusive = 0;
    int missedFailures = 0;                // labels of kind missed_failure naming this model
    std::optional<double> precision() const
    {
        const int decided = truePositives + falsePositives;
        return decided > 0 ? std::optional<double>(double(truePositives) / decided) : std::nullopt;
    }
    double labelledShare() const { return alerts > 0 ? double(labelled) / alerts : 0.0; }
};

using ModelQualities = std::vector<ModelQuality>;
using ModelQualitiesPtr = std::shared_ptr<const ModelQualities>;

} // namespace fw

Q_DECLARE_METATYPE(fw::LabelDraft)
Q_DECLARE_METATYPE(fw::ModelQualitiesPtr)

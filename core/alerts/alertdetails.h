#pragma once
// What the explanation panel shows for one alert, gathered by LabelDesk from the store: the score
// against the threshold over the alert's events, the latest explanation, the evidence window kept
// with the alert, and the last similar alerts with what technicians found. Plain value.

#include "core/alerts/alertrecord.h"
#include "core/fleet/evidencewindow.h"

#include <QMetaType>

#include <memory>
#include <optional>
#include <vector>

namespace fw {

struct ScorePoint
{
    qint64 at = 0;                  // the fleet's ts of the event
    double score = 0.0;
    std::optional<double> threshold;
};

// One of the last alerts of the same asset or the same model (name), with what technicians found.
struct SimilarAlert
{
    qint64 rowId = 0;                // the store's alert row
    QString key;
    QString asset;
    QString title;
    qint64 raisedAt = 0;             // the console's first receive time
    ModelRef model;
    QString outcome;                 // "true_positive", ...; empty when no label yet
    QString failureMode;
};

struct AlertDetails
{
    AlertRecord alert;
    std::vector<ScorePoint> scores;    // one per stored event that carried a score, in seq order
    std::optional<Explanation> explanation;   // from the newest raised/updated event
    std::optional<qint64> windowFrom;         // the alert's window, the fleet's clock
    std::optional<qint64> windowTo;
    EvidenceWindow evidence;                  // empty when none was kept (no telemetry in memory)
    std::vector<SimilarAlert> similar;        // newest first, at most kMaxSimilar
    static constexpr int kMaxSimilar = 8;
};

using AlertDetailsPtr = std::shared_ptr<const AlertDetails>;

} // namespace fw

Q_DECLARE_METATYPE(fw::AlertDetailsPtr)

#pragma once
// Retrainer: closes the label loop for one model. It is fed unique labels (after LabelCounter's
// label_id dedupe), attributes each to a model version, counts the outcomes per version and, for a
// label of an alert this run raised (looked up in RaisedAlertLog), keeps the alert's score at the
// raise. After retrainAfter labels for the version in service it trains the next minor version
// x.(y+1).0, whose alert threshold chooseThreshold() picks from every labelled score so far; the
// caller puts that version in service. The rule is documented in docs/fleet-sim.md.
// Not thread-safe; main thread only. The log must outlive the retrainer.

#include "core/fleet/fleetmessages.h"
#include "tools/fleet-sim/raisedalertlog.h"

#include <QMap>
#include <QString>

#include <optional>
#include <vector>

namespace fw::sim {

struct RetrainerConfig
{
    QString modelName = QStringLiteral("hpc-degradation");
    QString version = QStringLiteral("1.0.0");   // in service at the start
    double threshold = 0.4;                      // its alert threshold (alert score, 0..1)
    int retrainAfter = 20;                       // labels for the version in service; 0: never retrain
};

// How a new threshold is chosen (chooseThreshold). Thresholds are alert scores on a 0.01 grid.
struct ThresholdRule
{
    double minRecall = 0.9;            // share of labelled true positives the threshold must still raise
    double maxThreshold = 0.95;
    double minThreshold = 0.3;         // missed failures never pull it below this
    double missedFailureStep = 0.01;   // each missed failure of the retired version lowers it this much
    double maxMissedPull = 0.05;
    double grid = 0.01;
};

// Labels attributed to one model version.
struct LabelTally
{
    qint64 truePositive = 0;
    qint64 falsePositive = 0;
    qint64 inconclusive = 0;
    qint64 missedFailure = 0;
    qint64 unknownAlert = 0;   // of the above, naming an alert not in the log: counted, not scored
    // Scores at the raise of the labelled alerts found in the log, and the cycles their engines had
    // left then (the replay's ground truth: a "false positive" a few cycles before failure is label noise).
    std::vector<double> truePositiveScores;
    std::vector<double> falsePositiveScores;
    std::vector<int> truePositiveCyclesToFailure;
    std::vector<int> falsePositiveCyclesToFailure;

    qint64 total() const { return truePositive + falsePositive + inconclusive + missedFailure; }
};

struct Retraining
{
    QString fromVersion;
    QString toVersion;
    qint64 labelsUsed = 0;       // labels for the model so far (all versions): the status' labels_used
    qint64 versionLabels = 0;    // labels attributed to fromVersion
    int truePositiveScores = 0;  // labelled scores the threshold was chosen from (all versions)
    int falsePositiveScores = 0;
    qint64 missedFailures = 0;   // labelled for fromVersion
    double thresholdFrom = 0.0;
    double thresholdTo = 0.0;
    qint64 trainedAt = 0;        // ms since epoch
};

class Retrainer
{
public:
    Retrainer(RetrainerConfig config, const RaisedAlertLog *alerts);

    // One unique label. A label of another model is ignored. A label's version is the one it names,
    // else that of the model that raised its alert, else the version in service. Returns the
    // retraining this label completed, if any (the new version is then in service here).
    std::optional<Retraining> add(const LabelMsg &label, qint64 nowMs);

    const QString &modelName() const { return m_config.modelName; }
    const QString &version() const { return m_version; }
    double threshold() const { return m_threshold; }
    int retrainAfter() const { return m_config.retrainAfter; }
    qint64 labelsUsed() const { return m_labelsUsed; }
    const std::vector<Retraining> &retrainings() const { return m_retrainings; }
    // Version -> its labels; the versions put in service are present even without labels.
    const QMap<QString, LabelTally> &tallies() const { return m_tallies; }

    // The threshold rule: the smallest grid threshold above the highest false-positive score, capped
    // where it would keep fewer than rule.minRecall of the true-positive scores, bounded to
    // [current, rule.maxThreshold]; then lowered by missedFailureStep per missed failure (at most
    // maxMissedPull, not below minThreshold). Without false positives only missed failures move it.
    static double chooseThreshold(double current, std::vector<double> truePositiveScores,
                                  const std::vector<double> &falsePositiveScores, qint64 missedFailures,
                                  const ThresholdRule &rule = {});
    // "x.y.z" -> "x.(y+1).0"; a version not of that form gets ".1" appended.
    static QString nextVersion(const QString &version);

private:
    Retraining retrain(qint64 nowMs);

    RetrainerConfig m_config;
    ThresholdRule m_rule;
    const RaisedAlertLog *m_alerts;
    QString m_version;
    double m_threshold;
    qint64 m_labelsUsed = 0;
    QMap<QString, LabelTally> m_tallies;
    std::vector<Retraining> m_retrainings;
};

} // namespace fw::sim

#include "tools/fleet-sim/retrainer.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace fw::sim {
namespace {

// Grid steps per unit score (100 for 0.01). Dividing a whole number of steps by it gives the double
// nearest to the decimal (61 / 100 is 0.61, 61 * 0.01 is not quite).
double stepsPerUnit(double grid)
{
    return std::round(1.0 / grid);
}

// Doubles such as 0.7 are not exact: a score on the grid must stay on its own grid step.
double floorToGrid(double value, double grid)
{
    const double perUnit = stepsPerUnit(grid);
    return std::floor(value * perUnit + 1e-9) / perUnit;
}

double roundToGrid(double value, double grid)
{
    const double perUnit = stepsPerUnit(grid);
    return std::round(value * perUnit) / perUnit;
}

} // namespace

Retrainer::Retrainer(RetrainerConfig config, const RaisedAlertLog *alerts)
    : m_config(std::move(config)), m_alerts(alerts), m_version(m_config.version), m_threshold(m_config.threshold)
{
    m_tallies[m_version];
}

std::optional<Retraining> Retrainer::add(const LabelMsg &label, qint64 nowMs)
{
    const bool namesModel = label.model && !label.model->name.isEmpty();
    if (namesModel && label.model->name != m_config.modelName)
        return std::nullopt;
    ++m_labelsUsed;

    std::optional<RaisedAlert> raised;
    if (label.alert && m_alerts)
        raised = m_alerts->find(*label.alert);
    QString version = m_version;
    if (namesModel && !label.model->version.isEmpty())
        version = label.model->version;
    else if (raised && !raised->modelVersion.isEmpty())
        version = raised->modelVersion;

    LabelTally &tally = m_tallies[version];
    switch (label.outcome) {
    case Outcome::TruePositive:
        ++tally.truePositive;
        if (raised) {
            tally.truePositiveScores.push_back(raised->score);
            tally.truePositiveCyclesToFailure.push_back(raised->cyclesToFailure);
        }
        break;
    case Outcome::FalsePositive:
        ++tally.falsePositive;
        if (raised) {
            tally.falsePositiveScores.push_back(raised->score);
            tally.falsePositiveCyclesToFailure.push_back(raised->cyclesToFailure);
        }
        break;
    case Outcome::Inconclusive:
        ++tally.inconclusive;
        break;
    case Outcome::MissedFailure:
        ++tally.missedFailure;
        break;
    }
    if (label.alert && !raised)
        ++tally.unknownAlert;

    if (m_config.retrainAfter > 0 && version == m_version && tally.total() >= m_config.retrainAfter)
        return retrain(nowMs);
    return std::nullopt;
}

Retraining Retrainer::retrain(qint64 nowMs)
{
    // The score function is the same in every version (only the threshold moves), so the labelled
    // scores of all versions are evidence for the next one.
    std::vector<double> truePositives, falsePositives;
    for (const LabelTally &t : std::as_const(m_tallies)) {
        truePositives.insert(truePositives.end(), t.truePositiveScores.begin(), t.truePositiveScores.end());
        falsePositives.insert(falsePositives.end(), t.falsePositiveScores.begin(), t.falsePositiveScores.end());
    }
    const LabelTally &current = m_tallies[m_version];
    Retraining r;
    r.fromVersion = m_version;
    r.toVersion = nextVersion(m_version);
    r.labelsUsed = m_labelsUsed;
    r.versionLabels = current.total();
    r.truePositiveScores = int(truePositives.size());
    r.falsePositiveScores = int(falsePositives.size());
    r.missedFailures = current.missedFailure;
    r.thresholdFrom = m_threshold;
    r.thresholdTo = chooseThreshold(m_threshold, std::move(truePositives), falsePositives, current.missedFailure, m_rule);
    r.trainedAt = nowMs;

    m_version = r.toVersion;
    m_threshold = r.thresholdTo;
    m_tallies[m_version];
    m_retrainings.push_back(r);
    return r;
}

double Retrainer::chooseThreshold(double current, std::vector<double> truePositiveScores,
                                  const std::vector<double> &falsePositiveScores, qint64 missedFailures,
                                  const ThresholdRule &rule)
{
    if (falsePositiveScores.empty() && missedFailures == 0)
        return current;
    const double grid = rule.grid;
    double threshold = current;
    if (!falsePositiveScores.empty()) {
        const double highestFalse = *std::max_element(falsePositiveScores.begin(), falsePositiveScores.end());
        const double aboveFalse = roundToGrid(floorToGrid(highestFalse, grid) + grid, grid);
        // The highest threshold that still raises minRecall of the true positives: it may miss the
        // lowest floor((1 - minRecall) * n) of them.
        double recallCap = rule.maxThreshold;
        if (!truePositiveScores.empty()) {
            std::sort(truePositiveScores.begin(), truePositiveScores.end());
            const double n = double(truePositiveScores.size());
            const size_t mayMiss = size_t(std::floor((1.0 - rule.minRecall) * n + 1e-9));
            recallCap = floorToGrid(truePositiveScores[std::min(mayMiss, truePositiveScores.size() - 1)], grid);
        }
        threshold = std::min(aboveFalse, recallCap);
    }
    threshold = std::clamp(threshold, current, std::max(current, rule.maxThreshold));
    if (missedFailures > 0) {
        const double pull = std::min(rule.maxMissedPull, rule.missedFailureStep * double(missedFailures));
        threshold = std::max(threshold - pull, std::min(current, rule.minThreshold));
    }
    return roundToGrid(threshold, grid);
}

QString Retrainer::nextVersion(const QString &version)
{
    const QStringList parts = version.split(QLatin1Char('.'));
    bool majorOk = false, minorOk = false;
    const int major = parts.value(0).toInt(&majorOk);
    const int minor = parts.value(1).toInt(&minorOk);
    if (parts.size() == 3 && majorOk && minorOk && major >= 0 && minor >= 0)
        return QStringLiteral("%1.%2.0").arg(major).arg(minor + 1);
    return version + QStringLiteral(".1");
}

} // namespace fw::sim

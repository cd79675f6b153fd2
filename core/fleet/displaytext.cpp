#include "core/fleet/displaytext.h"

namespace fw {

QString DisplayText::priority(Priority p)
{
    switch (p) {
    case Priority::Low: return tr("low", "alert priority");
    case Priority::Medium: return tr("medium", "alert priority");
    case Priority::High: return tr("high", "alert priority");
    case Priority::Critical: return tr("critical", "alert priority");
    }
    return {};
}

QString DisplayText::healthState(HealthState s)
{
    switch (s) {
    case HealthState::Ok: return tr("ok", "asset health state");
    case HealthState::Watch: return tr("watch", "asset health state");
    case HealthState::Warning: return tr("warning", "asset health state");
    case HealthState::Critical: return tr("critical", "asset health state");
    }
    return {};
}

QString DisplayText::criticality(Criticality c)
{
    switch (c) {
    case Criticality::Unknown: return tr("unknown", "asset criticality");
    case Criticality::Low: return tr("low", "asset criticality");
    case Criticality::Medium: return tr("medium", "asset criticality");
    case Criticality::High: return tr("high", "asset criticality");
    case Criticality::Critical: return tr("critical", "asset criticality");
    }
    return {};
}

QString DisplayText::outcome(const QString &code)
{
    if (code == outcomeName(Outcome::TruePositive))
        return tr("true fault");
    if (code == outcomeName(Outcome::FalsePositive))
        return tr("no fault found");
    if (code == outcomeName(Outcome::Inconclusive))
        return tr("inconclusive");
    if (code == outcomeName(Outcome::MissedFailure))
        return tr("missed failure");
    return code;
}

} // namespace fw

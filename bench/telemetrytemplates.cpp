#include "bench/telemetrytemplates.h"

#include <QDateTime>

#include <charconv>
#include <cmath>
#include <cstdio>

namespace fw::bench {
namespace {

constexpr int kBodies = 64;
constexpr const char *kSignals[] = {"T2", "T24", "T30", "T50", "P15", "P30", "Nf", "Nc", "Ps30", "phi"};
constexpr double kBaselines[] = {518.67, 642.58, 1589.7, 1400.6, 21.61, 554.36, 2388.06, 9046.19, 47.47, 521.66};

void appendNumber(std::string &out, double value)
{
    char buffer[32];
    // Shortest round-trip form, as a gateway serialising doubles writes it.
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr);
}

} // namespace

TelemetryTemplates::TelemetryTemplates(int assets)
{
    m_topics.reserve(size_t(std::max(assets, 1)));
    char buffer[64];
    for (int i = 0; i < std::max(assets, 1); ++i) {
        std::snprintf(buffer, sizeof buffer, "fleet/v1/bench/asset-%05d/telemetry", i + 1);
        m_topics.emplace_back(buffer);
    }
    for (int b = 0; b < kBodies; ++b) {
        std::string body = ", \"values\": {";
        for (size_t k = 0; k < std::size(kSignals); ++k) {
            if (k)
                body += ", ";
            body += '"';
            body += kSignals[k];
            body += "\": ";
            // Small smooth deviations with many digits, like sensor values converted from float.
            appendNumber(body, kBaselines[k] * (1.0 + 0.002 * std::sin(0.7 * b + 1.3 * double(k))) + 1e-7 * (b + 1));
        }
        body += "}, \"op\": {\"setting1\": -0.0007, \"setting2\": -0.0004, \"setting3\": 100.0}, \"cycle\": ";
        appendNumber(body, double(b + 1));
        body += ", \"gateway\": \"gw-07\"}";
        m_bodies.push_back(std::move(body));
    }
    setTime(QDateTime::currentMSecsSinceEpoch());
}

void TelemetryTemplates::setTime(long long msSinceEpoch)
{
    m_tsPrefix = "{\"ts\": \"";
    m_tsPrefix += QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs).toStdString();
    m_tsPrefix += "\", \"seq\": ";
}

void TelemetryTemplates::write(std::string &out, int asset, long long seq) const
{
    out.assign(m_tsPrefix);
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, seq);
    out.append(buffer, result.ptr);
    out += m_bodies[size_t((asset * 7 + seq) % kBodies)];
}

double TelemetryTemplates::meanPayloadBytes() const
{
    double total = 0.0;
    for (const std::string &body : m_bodies)
        total += double(body.size());
    return double(m_tsPrefix.size()) + 7.0 + total / double(m_bodies.size());   // seq of ~7 digits
}

} // namespace fw::bench

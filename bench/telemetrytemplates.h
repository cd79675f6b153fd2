#pragma once
// TelemetryTemplates: fleet interface v1 telemetry for the benchmark's publisher, written from
// precomputed pieces so that the publisher is never the bottleneck: topics
// "fleet/v1/bench/asset-NNNNN/telemetry", a timestamp prefix renewed when the clock moves, and 64
// precomputed bodies of 10 C-MAPSS-like signals (plus fields a newer producer might add, which the
// console must ignore). About 425 bytes a payload. Not thread-safe.

#include <string>
#include <vector>

namespace fw::bench {

class TelemetryTemplates
{
public:
    explicit TelemetryTemplates(int assets);

    int assetCount() const { return int(m_topics.size()); }
    const std::string &topic(int asset) const { return m_topics[size_t(asset)]; }

    // Renews the "ts" of the payloads written from now on (ms since epoch, UTC).
    void setTime(long long msSinceEpoch);
    // Writes one payload into `out` (reusing its capacity).
    void write(std::string &out, int asset, long long seq) const;

    double meanPayloadBytes() const;

private:
    std::vector<std::string> m_topics;
    std::vector<std::string> m_bodies;   // ", \"values\": {...}, ...}"
    std::string m_tsPrefix;              // "{\"ts\": \"...\", \"seq\": "
};

} // namespace fw::bench

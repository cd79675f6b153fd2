#pragma once
// DataFreshness: is an asset's data live, stale, or only the last known? One per asset, a small value
// (copied with AssetSummary to the screen). Times are the console's own receive times in ms since the
// epoch (the spec: a receiving console trusts its own clock), never a payload's `ts`. Not thread-safe.
//
// The rule:
// - The usual interval is learned from the arrival times of the asset's regular samples (telemetry;
//   health for an asset that sends no telemetry): the first gap sets it, each later gap d moves it by
//   an eighth, usual += (min(d, 4 x usual) - usual) / 8. The clamp keeps one outage from teaching that
//   silence is usual; a real change of rate is still learned, a factor of up to 1.375 per sample.
// - The data is STALE when nothing arrived for staleAfterMs() = max(3 x usual, 10 s): the floor
//   until the interval is known (one sample only), and for fast assets, whose scheduling jitter and
//   batching must not make them flicker.
// - While the console's broker session is not connected every asset is LAST KNOWN at once, whatever
//   its interval: nothing the console shows can be newer than the moment the link went.
// - An asset that never sent data is NO DATA while connected (nothing to be stale).
// - Fresh again with the next sample, also after an outage.
// Other messages (meta, state, alerts) are not data: a retained state resent on a reconnect does not
// make a silent asset fresh.

#include <QtGlobal>

#include <optional>

namespace fw {

class DataFreshness
{
public:
    enum class Status { NoData, Fresh, Stale, LastKnown };

    static constexpr qint64 kFloorMs = 10'000;
    static constexpr int kIntervalsBeforeStale = 3;
    static constexpr int kSmoothing = 8;        // each new gap moves the usual interval by 1/8
    static constexpr int kMaxGapFactor = 4;     // a gap counts as at most 4 x the usual interval

    // A regular sample arrived at `receivedAtMs`: fresh, and the gap since the previous one is learned.
    // A time before the previous sample's (the clock stepped back) counts as an arrival without a gap.
    void sampleArrived(qint64 receivedAtMs);
    // Other live data (health beside telemetry): fresh, but teaches nothing about the interval.
    void dataArrived(qint64 receivedAtMs);

    bool hasData() const { return m_lastArrival > 0; }
    qint64 lastArrivalMs() const { return m_lastArrival; }           // 0: never
    std::optional<qint64> usualIntervalMs() const;                   // after two samples
    qint64 staleAfterMs() const;                                     // max(3 x usual, floor)

    Status status(qint64 nowMs, bool sessionConnected) const;
    static bool isStale(Status s) { return s == Status::Stale || s == Status::LastKnown; }

    bool operator==(const DataFreshness &) const = default;

private:
    qint64 m_lastArrival = 0;
    qint64 m_lastSample = 0;
    double m_usual = 0.0;   // ms; 0 until two samples
};

} // namespace fw

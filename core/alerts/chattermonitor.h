#pragma once
// ChatterMonitor: an alert that is raised and cleared `cycles` or more times within `window` (3 in
// a minute by default) is chattering (ISA-18.2 / EEMUA 191); it stops chattering when fewer cycles
// than that fall within the last window. Keyed by strings the caller chooses: the alert's key
// (site/asset/alertId) and, because the fleet may use a new id for every occurrence, optionally a
// group key as well (e.g. site/asset/title) that collects the cycles of all its occurrences.
//
// A cycle noted at time t counts while now - t < window. Times are ms; pass a monotonic clock where
// there is one. A time earlier than one already seen (a wall clock stepped back) counts as no time
// passing, and later times are taken relative to it.
//
// Not thread-safe: owned and called by one thread. Memory is bounded: a key is forgotten once its
// last cycle is older than the window (checked on every call, oldest first, so each call costs only
// what it forgets); each key keeps at most kMaxCyclesPerKey times; at most maxKeys keys are kept
// (past that the key noted least recently goes, counted by evictedKeys()).

#include <QHash>
#include <QString>

#include <deque>
#include <list>
#include <optional>

namespace fw {

class ChatterMonitor
{
public:
    static constexpr int kDefaultCycles = 3;
    static constexpr qint64 kDefaultWindowMs = 60 * 1000;
    static constexpr int kDefaultMaxKeys = 10'000;
    static constexpr int kMaxCyclesPerKey = 64;

    // cycles is clamped to 1..kMaxCyclesPerKey, window to at least 1 ms, maxKeys to at least 1.
    explicit ChatterMonitor(int cycles = kDefaultCycles, qint64 windowMs = kDefaultWindowMs,
                            int maxKeys = kDefaultMaxKeys);

    // One completed raise-clear cycle of `key` (call it on each clear), and of `groupKey` too when
    // that is given and differs. Returns whether either key is chattering now. Empty keys are ignored.
    bool noteRaiseClear(const QString &key, qint64 nowMs, const QString &groupKey = {});
    bool isChattering(const QString &key, qint64 nowMs);
    // Cycles of `key` within the window (at most kMaxCyclesPerKey).
    int cyclesInWindow(const QString &key, qint64 nowMs);
    // Forgets keys with no cycle left in the window. Every other call does this as well.
    void prune(qint64 nowMs);

    int keyCount() const { return int(m_keys.size()); }
    quint64 evictedKeys() const { return m_evicted; }
    int cycles() const { return m_cycles; }
    qint64 windowMs() const { return m_windowMs; }
    int maxKeys() const { return m_maxKeys; }

private:
    struct KeyCycles
    {
        QString key;
        std::deque<qint64> times;   // monotonic (see advance()), oldest first
    };
    using Lru = std::list<KeyCycles>;   // least recently noted first

    qint64 advance(qint64 nowMs);       // maps to the monotonic clock and forgets idle keys
    bool noteOne(const QString &key, qint64 t);
    int countAt(const QString &key, qint64 t) const;

    int m_cycles;
    qint64 m_windowMs;
    int m_maxKeys;
    Lru m_lru;
    QHash<QString, Lru::iterator> m_keys;
    quint64 m_evicted = 0;
    std::optional<qint64> m_last;
    qint64 m_offset = 0;                // monotonic = caller's time + m_offset
};

} // namespace fw

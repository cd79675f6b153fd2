#pragma once
// The baseline: a bare libmosquitto subscriber (our own mosquitto_loop() loop on the calling thread,
// a message callback that only counts). Also registers the persistent sessions the drain needs.
// Blocks the calling thread; every wait is bounded.

#include <QString>

namespace fw::bench {

inline constexpr int kSessionExpirySeconds = 3600;
inline const char *const kSubscription = "fleet/v1/#";

// Connects with a persistent MQTT 5 session (clean start off, session expiry), subscribes to
// kSubscription at QoS 0, waits for the SUBACK and disconnects, leaving the session on the broker.
bool registerSession(int port, const QString &clientId, QString *error);

// Ends `clientId`'s session on the broker (connects with clean start and session expiry 0).
bool removeSession(int port, const QString &clientId, QString *error);

struct BareDrainResult
{
    bool ok = false;
    QString error;
    long long received = 0;
    double seconds = 0.0;        // connect() called to the last expected message
    double firstMessageSeconds = 0.0;
    double cpuSeconds = 0.0;     // this process, during the drain
};

// Resumes `clientId`'s session and counts messages until `expected` arrived. Gives up when
// `timeoutSeconds` pass, or when nothing arrives for `idleSeconds` after the first message.
BareDrainResult drainBare(int port, const QString &clientId, long long expected, int timeoutSeconds,
                          int idleSeconds = 20);

} // namespace fw::bench

#pragma once
// spinUntil: runs the calling thread's event loop until `done()` is true or `timeoutMs` passes,
// checking every `pollMs`. Returns done(). Lets the GUI thread keep working (batches, timers) while
// the benchmark waits for something.

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

#include <functional>

namespace fw::bench {

inline bool spinUntil(const std::function<bool()> &done, int timeoutMs, int pollMs = 5)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    const QDeadlineTimer deadline(timeoutMs);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || deadline.hasExpired())
            loop.quit();
    });
    poll.start(pollMs);
    loop.exec();
    return done();
}

} // namespace fw::bench

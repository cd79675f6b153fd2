#include "core/common/signalquit.h"

#include "core/common/logging.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QThread>
#include <QTimer>

#include <array>
#include <atomic>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

namespace fw {

namespace {

constexpr std::array<int, 3> kSignals = {SIGTERM, SIGINT, SIGHUP};

// [0] written by the handler, [1] read by the notifier. -1: no SignalQuit.
int g_pipe[2] = {-1, -1};
std::atomic<bool> g_taken{false};
struct sigaction g_previous[kSignals.size()];

extern "C" void onSignal(int signal)
{
    const int saved = errno;
    const unsigned char number = static_cast<unsigned char>(signal);
    // Non-blocking: with the pipe full a signal is already waiting to be read, and one is enough.
    [[maybe_unused]] const ssize_t written = ::write(g_pipe[0], &number, 1);
    errno = saved;
}

} // namespace

SignalQuit::SignalQuit(QObject *parent) : QObject(parent)
{
    auto log = logging::get("app");
    if (g_taken.exchange(true)) {
        log->error("a second SignalQuit is inactive: signals already go to the first");
        return;
    }
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, g_pipe) != 0) {
        log->error("cannot stop in order on signals: socketpair failed: {}", std::strerror(errno));
        g_pipe[0] = g_pipe[1] = -1;
        g_taken = false;
        return;
    }
    auto *notifier = new QSocketNotifier(g_pipe[1], QSocketNotifier::Read, this);
    connect(notifier, &QSocketNotifier::activated, this, &SignalQuit::readSignal);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (size_t i = 0; i < kSignals.size(); ++i)
        ::sigaction(kSignals[i], &action, &g_previous[i]);
    m_handlersInstalled = true;
    m_active = true;
}

SignalQuit::~SignalQuit()
{
    if (!m_active)
        return;
    restoreDispositions();
    ::close(g_pipe[0]);
    ::close(g_pipe[1]);
    g_pipe[0] = g_pipe[1] = -1;
    g_taken = false;
}

void SignalQuit::restoreDispositions()
{
    if (!m_handlersInstalled)
        return;
    for (size_t i = 0; i < kSignals.size(); ++i)
        ::sigaction(kSignals[i], &g_previous[i], nullptr);
    m_handlersInstalled = false;
}

QString SignalQuit::signalName(int signal)
{
    switch (signal) {
    case SIGTERM: return QStringLiteral("SIGTERM");
    case SIGINT: return QStringLiteral("SIGINT");
    case SIGHUP: return QStringLiteral("SIGHUP");
    default: return QStringLiteral("signal %1").arg(signal);
    }
}

void SignalQuit::readSignal()
{
    unsigned char number = 0;
    while (::read(g_pipe[1], &number, 1) == 1) {
        if (m_received != 0)
            continue;   // the first one names the stop
        m_received = number;
        restoreDispositions();
        logging::get("app")->info("{} received: stopping", signalName(number).toStdString());
        emit received(number);
        quitApplication();
    }
}

void SignalQuit::quitApplication()
{
    // quit() is lost outside an event loop, and a signal may be read before exec() runs (events
    // processed during the start-up): then it is asked again until a loop runs.
    if (QThread::currentThread()->loopLevel() > 0)
        QCoreApplication::quit();
    else
        QTimer::singleShot(0, this, &SignalQuit::quitApplication);
}

} // namespace fw

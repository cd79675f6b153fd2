#pragma once
// SignalQuit: an orderly stop on SIGTERM, SIGINT and SIGHUP (a service manager, Ctrl+C, a closed
// terminal). The signal handler only writes the signal's number to one end of a socketpair (write(2)
// is async-signal-safe; nothing else is done there). A QSocketNotifier on the other end, in the thread
// that made this object (the GUI thread), reads it, remembers the signal, emits received() and calls
// QCoreApplication::quit() (again from the first event loop that runs, when it is read before exec()
// runs): exec() returns and the program's normal shutdown runs (store closed, files
// written, log flushed). After the first signal the previous dispositions are back, so a second
// signal while the shutdown hangs ends the process the usual way.
//
// One SignalQuit at a time in a process (the handler has one pipe); a second one is inactive.
// Needs a QCoreApplication (the notifier needs its event dispatcher). The destructor puts the previous
// dispositions back. Errors: isActive() false (logged on "app"), the signals keep their dispositions.

#include <QObject>

namespace fw {

class SignalQuit : public QObject
{
    Q_OBJECT
public:
    explicit SignalQuit(QObject *parent = nullptr);
    ~SignalQuit() override;

    bool isActive() const { return m_active; }
    // The signal that stopped the program: SIGTERM, SIGINT or SIGHUP; 0 while none came.
    int receivedSignal() const { return m_received; }
    // "SIGTERM", "SIGINT", "SIGHUP"; "signal N" for another.
    static QString signalName(int signal);

Q_SIGNALS:
    void received(int signal);

private:
    void readSignal();
    void quitApplication();
    void restoreDispositions();

    bool m_active = false;
    bool m_handlersInstalled = false;
    int m_received = 0;
};

} // namespace fw

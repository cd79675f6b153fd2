// SignalQuit in this process: SIGTERM, SIGINT and SIGHUP, really sent (kill(2)), end the event loop
// through QCoreApplication::quit() with exit code 0 and name the signal; a signal that arrives before
// the loop runs still ends it; after the first signal, and after the object is gone, the signals have
// their previous dispositions again; a second SignalQuit is inactive. (The fleetwatch executable
// stopped by the same signals: tests/app/tst_consoleprocess.cpp.)

#include "core/common/signalquit.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <csignal>

#include <signal.h>
#include <unistd.h>

using namespace fw;

namespace {

using Handler = void (*)(int);

Handler disposition(int signal)
{
    struct sigaction current = {};
    ::sigaction(signal, nullptr, &current);
    return current.sa_handler;
}

// exec() with a bound: 99 if nothing ended it within `ms`.
int runLoop(int ms = 10'000)
{
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, [] { QCoreApplication::exit(99); });
    guard.start(ms);
    return QCoreApplication::exec();
}

} // namespace

class TestSignalQuit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // Known previous dispositions to come back to (Qt Test may have its own for some).
        for (int s : {SIGTERM, SIGINT, SIGHUP})
            ::signal(s, SIG_DFL);
    }

    void signalEndsTheLoop_data()
    {
        QTest::addColumn<int>("signal");
        QTest::addColumn<QString>("name");
        QTest::newRow("SIGTERM") << int(SIGTERM) << "SIGTERM";
        QTest::newRow("SIGINT") << int(SIGINT) << "SIGINT";
        QTest::newRow("SIGHUP") << int(SIGHUP) << "SIGHUP";
    }

    void signalEndsTheLoop()
    {
        QFETCH(int, signal);
        QFETCH(QString, name);
        SignalQuit quit;
        QVERIFY(quit.isActive());
        QVERIFY(disposition(signal) != SIG_DFL);
        QSignalSpy received(&quit, &SignalQuit::received);
        QTimer::singleShot(20, [signal] { ::kill(::getpid(), signal); });
        QCOMPARE(runLoop(), 0);
        QCOMPARE(received.count(), 1);
        QCOMPARE(received.at(0).at(0).toInt(), signal);
        QCOMPARE(quit.receivedSignal(), signal);
        QCOMPARE(SignalQuit::signalName(signal), name);
        // A second signal now would end the process the usual way.
        for (int s : {SIGTERM, SIGINT, SIGHUP})
            QVERIFY(disposition(s) == SIG_DFL);
    }

    void signalBeforeTheLoopStillEndsIt()
    {
        SignalQuit quit;
        ::kill(::getpid(), SIGTERM);
        // Read while the start-up processes events, before exec(): quit() alone would be lost there.
        QTRY_COMPARE(quit.receivedSignal(), int(SIGTERM));
        QCOMPARE(runLoop(5000), 0);
    }

    void destructorRestoresDispositions()
    {
        {
            SignalQuit quit;
            QVERIFY(disposition(SIGHUP) != SIG_DFL);
        }
        for (int s : {SIGTERM, SIGINT, SIGHUP})
            QVERIFY(disposition(s) == SIG_DFL);
    }

    void secondInstanceIsInactive()
    {
        SignalQuit first;
        SignalQuit second;
        QVERIFY(first.isActive());
        QVERIFY(!second.isActive());
        QSignalSpy received(&first, &SignalQuit::received);
        QTimer::singleShot(20, [] { ::kill(::getpid(), SIGINT); });
        QCOMPARE(runLoop(), 0);
        QCOMPARE(first.receivedSignal(), int(SIGINT));
        QCOMPARE(second.receivedSignal(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSignalQuit)
#include "tst_signalquit.moc"

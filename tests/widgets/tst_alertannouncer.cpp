// AlertAnnouncer: one sound per batch for new critical/high alerts that need the operator (not for
// lower priorities, caught-up, acknowledged, shelved, suppressed or out-of-service ones), a timed mute,
// and a notification when the console window is not in front. Without a sound device the chime falls
// back to a beep: the test counts the attempts, it does not listen.

#include "widgets/alertannouncer.h"

#include <QApplication>
#include <QDateTime>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QWidget>

using namespace fw;

namespace {

enum class Kind { New, CaughtUp, Acknowledged, Shelved, Suppressed, OutOfService, Cleared };

AlertRecord alert(const QString &id, Priority priority, Kind kind = Kind::New)
{
    AlertRecord r;
    r.site = QStringLiteral("plant-a");
    r.asset = QStringLiteral("engine-") + id;
    r.alertId = id;
    r.priority = priority;
    r.title = QStringLiteral("Alert ") + id;
    switch (kind) {
    case Kind::New: break;
    case Kind::CaughtUp: r.caughtUp = true; break;
    case Kind::Acknowledged: r.state.acknowledged = true; break;
    case Kind::Shelved:
        r.state.shelvedUntil = 1'700'000'000'000;
        r.state.shelveReason = QStringLiteral("nuisance");
        break;
    case Kind::Suppressed: r.state.suppressed = true; break;
    case Kind::OutOfService: r.state.outOfService = true; break;
    case Kind::Cleared: r.state.active = false; break;   // returned to normal, still unacknowledged
    }
    return r;
}

} // namespace

Q_DECLARE_METATYPE(fw::AlertRecords)

class TestAlertAnnouncer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);   // the chime file goes to a test cache, not the user's
    }

    void soundAndNotificationPerBatch_data()
    {
        QTest::addColumn<AlertRecords>("batch");
        QTest::addColumn<int>("sounds");
        const QString a = QStringLiteral("a");
        QTest::newRow("critical") << AlertRecords{alert(a, Priority::Critical)} << 1;
        QTest::newRow("high") << AlertRecords{alert(a, Priority::High)} << 1;
        QTest::newRow("medium") << AlertRecords{alert(a, Priority::Medium)} << 0;
        QTest::newRow("low") << AlertRecords{alert(a, Priority::Low)} << 0;
        QTest::newRow("critical, caught up") << AlertRecords{alert(a, Priority::Critical, Kind::CaughtUp)} << 0;
        QTest::newRow("critical, acknowledged") << AlertRecords{alert(a, Priority::Critical, Kind::Acknowledged)} << 0;
        QTest::newRow("critical, shelved") << AlertRecords{alert(a, Priority::Critical, Kind::Shelved)} << 0;
        QTest::newRow("critical, suppressed") << AlertRecords{alert(a, Priority::Critical, Kind::Suppressed)} << 0;
        QTest::newRow("critical, out of service") << AlertRecords{alert(a, Priority::Critical, Kind::OutOfService)} << 0;
        QTest::newRow("high, cleared but unacknowledged") << AlertRecords{alert(a, Priority::High, Kind::Cleared)} << 1;
        QTest::newRow("empty batch") << AlertRecords{} << 0;
        QTest::newRow("three urgent: one sound")
            << AlertRecords{alert(QStringLiteral("a"), Priority::Critical), alert(QStringLiteral("b"), Priority::High),
                            alert(QStringLiteral("c"), Priority::Critical)}
            << 1;
        QTest::newRow("quiet ones around one urgent")
            << AlertRecords{alert(QStringLiteral("a"), Priority::Low), alert(QStringLiteral("b"), Priority::Critical, Kind::CaughtUp),
                            alert(QStringLiteral("c"), Priority::High), alert(QStringLiteral("d"), Priority::Medium)}
            << 1;
        QTest::newRow("only quiet ones")
            << AlertRecords{alert(QStringLiteral("a"), Priority::Low), alert(QStringLiteral("b"), Priority::Critical, Kind::Shelved),
                            alert(QStringLiteral("c"), Priority::High, Kind::Acknowledged)}
            << 0;
    }

    void soundAndNotificationPerBatch()
    {
        QFETCH(AlertRecords, batch);
        QFETCH(int, sounds);
        QWidget window;   // never shown, so never the active window
        AlertAnnouncer announcer(&window);
        QVERIFY(!window.isActiveWindow());
        announcer.announce(batch);
        QCOMPARE(announcer.soundsPlayed(), sounds);
        QCOMPARE(announcer.notificationsShown(), sounds);
        // A second batch is announced again.
        announcer.announce(batch);
        QCOMPARE(announcer.soundsPlayed(), 2 * sounds);
        QCOMPARE(announcer.notificationsShown(), 2 * sounds);
    }

    void muteSilencesUntilUnmuted()
    {
        QWidget window;
        AlertAnnouncer announcer(&window);
        QSignalSpy mute(&announcer, &AlertAnnouncer::muteChanged);
        const AlertRecords critical{alert(QStringLiteral("a"), Priority::Critical)};
        QVERIFY(!announcer.isMuted());

        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        announcer.muteFor(1);
        QVERIFY(announcer.isMuted());
        QVERIFY(announcer.mutedUntil());
        QVERIFY(*announcer.mutedUntil() >= before + 60'000);
        QVERIFY(*announcer.mutedUntil() <= QDateTime::currentMSecsSinceEpoch() + 60'000);
        QCOMPARE(mute.count(), 1);
        QVERIFY(!mute.at(0).at(0).toString().isEmpty());

        announcer.announce(critical);
        QCOMPARE(announcer.soundsPlayed(), 0);
        QCOMPARE(announcer.notificationsShown(), 1);   // muting is for the sound only

        announcer.unmute();
        QVERIFY(!announcer.isMuted());
        QCOMPARE(mute.count(), 2);
        QVERIFY(mute.at(1).at(0).toString().isEmpty());
        announcer.announce(critical);
        QCOMPARE(announcer.soundsPlayed(), 1);

        announcer.unmute();   // not muted: nothing to say
        QCOMPARE(mute.count(), 2);
    }

    void noNotificationWhileTheWindowIsActive()
    {
        QWidget window;
        window.show();
        window.activateWindow();
        if (!QTest::qWaitForWindowActive(&window))
            QSKIP("this platform does not activate windows");
        AlertAnnouncer announcer(&window);
        announcer.announce({alert(QStringLiteral("a"), Priority::Critical)});
        QCOMPARE(announcer.soundsPlayed(), 1);
        QCOMPARE(announcer.notificationsShown(), 0);
    }

    void withoutAWindowOnlyTheSound()
    {
        AlertAnnouncer announcer(nullptr);
        announcer.announce({alert(QStringLiteral("a"), Priority::High)});
        QCOMPARE(announcer.soundsPlayed(), 1);
        QCOMPARE(announcer.notificationsShown(), 0);
    }
};

QTEST_MAIN(TestAlertAnnouncer)
#include "tst_alertannouncer.moc"

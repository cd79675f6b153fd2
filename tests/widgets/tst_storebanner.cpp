// StoreBanner: hidden while the store saves; when it does not, it says so in words (not colour
// alone): since when, why, how many alerts wait in memory (and how many were not kept), that actions
// are refused, and what to do; read-only mode says that nothing is kept. Back to saving hides it.

#include "widgets/storebanner.h"

#include <QDateTime>
#include <QLabel>
#include <QTest>

using namespace fw;

class TestStoreBanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void savingShowsNothing()
    {
        StoreBanner banner;
        banner.setStatus(StoreStatus{});
        QVERIFY(banner.isHidden());
        QVERIFY(banner.text().isEmpty());
    }

    void notSavingSaysWhyWhatAndWhatToDo()
    {
        StoreBanner banner;
        StoreStatus s;
        s.state = StoreStatus::State::NotSaving;
        s.fault = StoreFault::Full;
        s.path = QStringLiteral("/var/lib/fleetwatch/store.sqlite");
        s.since = QDateTime(QDate(2026, 12, 6), QTime(9, 41)).toMSecsSinceEpoch();
        s.unsavedAlerts = 122;
        s.droppedAlerts = 3;
        banner.setStatus(s);
        QVERIFY(!banner.isHidden());
        const QString text = banner.text();
        for (const QString &part : {QStringLiteral("NOT SAVING since 09:41"), QStringLiteral("the disk is full"),
                                    QStringLiteral("122 waiting"), QStringLiteral("3 not kept"), QStringLiteral("refused"),
                                    QStringLiteral("Free space on the disk that holds /var/lib/fleetwatch")})
            QVERIFY2(text.contains(part), qPrintable(QStringLiteral("missing \"%1\" in: %2").arg(part, text)));
        QVERIFY(banner.toolTip().contains(s.path));

        s.fault = StoreFault::Locked;
        banner.setStatus(s);
        QVERIFY2(banner.text().contains(QStringLiteral("another program holds the store locked")), qPrintable(banner.text()));

        banner.setStatus(StoreStatus{});
        QVERIFY(banner.isHidden());
    }

    void readOnlyModeSaysNothingIsKept()
    {
        StoreBanner banner;
        StoreStatus s;
        s.state = StoreStatus::State::ReadOnlyMode;
        s.fault = StoreFault::Unavailable;
        s.detail = QStringLiteral("the folder /srv/ro is not writable by this user");
        banner.setStatus(s);
        QVERIFY(!banner.isHidden());
        QVERIFY2(banner.text().contains(QStringLiteral("READ-ONLY MODE")) && banner.text().contains(s.detail)
                     && banner.text().contains(QStringLiteral("nothing is kept")),
                 qPrintable(banner.text()));
    }
};

QTEST_MAIN(TestStoreBanner)
#include "tst_storebanner.moc"

// ShelveDialog (offscreen): the durations offered run from 15 minutes to the 8-hour maximum that the
// alarm lifecycle accepts, one hour preselected; Shelve stays disabled, and neither a click nor Enter
// shelves, until a reason other than blanks is typed; Escape and Cancel cancel whatever was typed;
// what was chosen comes back from minutes() and reason() (trimmed); Alt+F and Alt+R reach the fields.

#include "widgets/shelvedialog.h"

#include "core/alerts/alertlifecycle.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace fw;

namespace {

QComboBox *duration(const QDialog &d)
{
    return d.findChild<QComboBox *>();
}

QLineEdit *reasonField(const QDialog &d)
{
    return d.findChild<QLineEdit *>();
}

QPushButton *button(const QDialog &d, QDialogButtonBox::StandardButton which)
{
    auto *box = d.findChild<QDialogButtonBox *>();
    return box ? box->button(which) : nullptr;
}

// Shown, active, the reason field focused: as AlertQueueView's exec() leaves it for the operator.
bool showActive(QDialog &d)
{
    d.show();
    d.activateWindow();
    if (!QTest::qWaitForWindowActive(&d))
        return false;
    reasonField(d)->setFocus();
    return QApplication::focusWidget() == reasonField(d);
}

} // namespace

class TestShelveDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void offersFifteenMinutesToEightHours()
    {
        ShelveDialog d(1);
        QComboBox *combo = duration(d);
        QVERIFY(combo);
        QList<int> minutes;
        QStringList texts;
        for (int i = 0; i < combo->count(); ++i) {
            minutes << combo->itemData(i).toInt();
            texts << combo->itemText(i);
        }
        QCOMPARE(minutes, QList<int>({15, 30, 60, 120, 240, 480}));
        QCOMPARE(texts, QStringList({QStringLiteral("15 minutes"), QStringLiteral("30 minutes"), QStringLiteral("1 hour"),
                                     QStringLiteral("2 hours"), QStringLiteral("4 hours"), QStringLiteral("8 hours (maximum)")}));
        // Every choice is one the alarm lifecycle accepts; the longest is its maximum.
        for (int m : std::as_const(minutes))
            QVERIFY2(m >= AlertLifecycle::kMinShelveMinutes && m <= AlertLifecycle::kMaxShelveMinutes, qPrintable(QString::number(m)));
        QCOMPARE(minutes.constLast(), AlertLifecycle::kMaxShelveMinutes);
        QCOMPARE(d.minutes(), 60);   // preselected
        QVERIFY(!combo->isEditable());   // no other duration can be typed in
    }

    void saysHowManyAlerts_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("one") << 1;
        QTest::newRow("several") << 12;
    }

    void saysHowManyAlerts()
    {
        QFETCH(int, count);
        ShelveDialog d(count);
        QStringList texts;
        for (QLabel *l : d.findChildren<QLabel *>())
            texts << l->text();
        const QString all = texts.join(QLatin1Char('|'));
        QVERIFY2(all.contains(QStringLiteral("Shelve %1 alert").arg(count)), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("come back by themselves")), qPrintable(all));
        QCOMPARE(d.windowTitle(), QStringLiteral("Shelve alerts"));
    }

    void reasonRequired_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<QString>("reason");
        QTest::newRow("nothing") << QString() << false << QString();
        QTest::newRow("blanks") << QStringLiteral("    ") << false << QString();
        QTest::newRow("one letter") << QStringLiteral("x") << true << QStringLiteral("x");
        QTest::newRow("trimmed") << QStringLiteral("  sensor being replaced  ") << true << QStringLiteral("sensor being replaced");
    }

    void reasonRequired()
    {
        QFETCH(QString, typed);
        QFETCH(bool, enabled);
        QFETCH(QString, reason);
        ShelveDialog d(2);
        QVERIFY(showActive(d));
        QPushButton *ok = button(d, QDialogButtonBox::Ok);
        QVERIFY(ok);
        QCOMPARE(ok->text(), QStringLiteral("Shelve"));
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(reasonField(d), typed);
        QCOMPARE(ok->isEnabled(), enabled);
        QCOMPARE(d.reason(), reason);

        // Enter in the reason field shelves exactly when the button is enabled; so does a click.
        QTest::keyClick(reasonField(d), Qt::Key_Return);
        QCOMPARE(d.isVisible(), !enabled);
        QCOMPARE(d.result(), int(enabled ? QDialog::Accepted : QDialog::Rejected));
        if (!enabled) {
            QTest::mouseClick(ok, Qt::LeftButton);
            QVERIFY(d.isVisible());
            QCOMPARE(d.result(), int(QDialog::Rejected));
        }
    }

    void reasonErasedDisablesAgain()
    {
        ShelveDialog d(1);
        QVERIFY(showActive(d));
        QPushButton *ok = button(d, QDialogButtonBox::Ok);
        QTest::keyClicks(reasonField(d), QStringLiteral("ab"));
        QVERIFY(ok->isEnabled());
        QTest::keyClick(reasonField(d), Qt::Key_Backspace);
        QVERIFY(ok->isEnabled());
        QTest::keyClick(reasonField(d), Qt::Key_Backspace);
        QVERIFY(!ok->isEnabled());
        QTest::keyClick(reasonField(d), Qt::Key_Return);
        QVERIFY(d.isVisible());
    }

    void escapeAndCancelCancel_data()
    {
        QTest::addColumn<bool>("escape");
        QTest::addColumn<QString>("typed");
        QTest::newRow("Escape, nothing typed") << true << QString();
        QTest::newRow("Escape, a reason typed") << true << QStringLiteral("nuisance");
        QTest::newRow("Cancel, a reason typed") << false << QStringLiteral("nuisance");
    }

    void escapeAndCancelCancel()
    {
        QFETCH(bool, escape);
        QFETCH(QString, typed);
        ShelveDialog d(1);
        QVERIFY(showActive(d));
        QTest::keyClicks(reasonField(d), typed);
        if (escape)
            QTest::keyClick(reasonField(d), Qt::Key_Escape);
        else
            QTest::mouseClick(button(d, QDialogButtonBox::Cancel), Qt::LeftButton);
        QVERIFY(!d.isVisible());
        QCOMPARE(d.result(), int(QDialog::Rejected));
    }

    void returnsWhatWasChosen_data()
    {
        QTest::addColumn<int>("downPresses");   // from the preselected hour; negative: up
        QTest::addColumn<int>("minutes");
        QTest::newRow("15 min") << -2 << 15;
        QTest::newRow("30 min") << -1 << 30;
        QTest::newRow("1 h, as preselected") << 0 << 60;
        QTest::newRow("2 h") << 1 << 120;
        QTest::newRow("4 h") << 2 << 240;
        QTest::newRow("8 h") << 3 << 480;
        QTest::newRow("8 h is the end of the list") << 6 << 480;
    }

    void returnsWhatWasChosen()
    {
        QFETCH(int, downPresses);
        QFETCH(int, minutes);
        ShelveDialog d(3);
        QVERIFY(showActive(d));
        // Keyboard only: Alt+F to the duration, arrows to choose, Alt+R to the reason, type, Enter.
        QTest::keyClick(&d, Qt::Key_F, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), duration(d));
        for (int i = 0; i < std::abs(downPresses); ++i)
            QTest::keyClick(duration(d), downPresses > 0 ? Qt::Key_Down : Qt::Key_Up);
        QTest::keyClick(&d, Qt::Key_R, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), reasonField(d));
        QTest::keyClicks(reasonField(d), QStringLiteral(" vibration sensor swap "));
        QTest::keyClick(reasonField(d), Qt::Key_Return);
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QVERIFY(!d.isVisible());
        QCOMPARE(d.minutes(), minutes);
        QCOMPARE(d.reason(), QStringLiteral("vibration sensor swap"));
    }

    void clickingShelveAccepts()
    {
        ShelveDialog d(1);
        QVERIFY(showActive(d));
        QComboBox *combo = duration(d);
        combo->setCurrentIndex(combo->findData(240));
        QTest::keyClicks(reasonField(d), QStringLiteral("washing in progress"));
        QTest::mouseClick(button(d, QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QCOMPARE(d.minutes(), 240);
        QCOMPARE(d.reason(), QStringLiteral("washing in progress"));
    }
};

QTEST_MAIN(TestShelveDialog)
#include "tst_shelvedialog.moc"

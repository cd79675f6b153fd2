// AwaitingOutcomeView: its model fills the table; the current row's key is the one to record; Enter,
// O and the "Record outcome" button ask to record it, the other button asks to report a missed failure.

#include "models/awaitingoutcomemodel.h"
#include "widgets/awaitingoutcomeview.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace fw;

namespace {

AlertRecord acknowledged(const QString &id, Priority priority, qint64 ackedAt)
{
    AlertRecord r;
    r.site = QStringLiteral("plant-a");
    r.asset = QStringLiteral("engine-1");
    r.alertId = id;
    r.priority = priority;
    r.raisedAt = ackedAt - 60'000;
    r.ackedAt = ackedAt;
    r.state.acknowledged = true;
    return r;
}

QPushButton *button(QWidget &view, const QString &text)
{
    for (QPushButton *b : view.findChildren<QPushButton *>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

} // namespace

class TestAwaitingOutcomeView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void asksToRecordTheCurrentAlert()
    {
        AwaitingOutcomeView view;
        QCOMPARE(view.currentKey(), QString());   // nothing listed
        view.model()->setAlerts({acknowledged(QStringLiteral("a1"), Priority::Low, 1000),
                                 acknowledged(QStringLiteral("a2"), Priority::Critical, 2000)});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.table()->model(), view.model());
        QCOMPARE(view.table()->model()->rowCount(), 2);

        view.table()->setFocus();
        view.table()->setCurrentIndex(view.model()->index(0, 0));   // most urgent first
        QCOMPARE(view.currentKey(), QStringLiteral("plant-a/engine-1/a2"));

        QSignalSpy record(&view, &AwaitingOutcomeView::recordOutcomeRequested);
        QSignalSpy missed(&view, &AwaitingOutcomeView::missedFailureReportRequested);
        QTest::keyClick(view.table(), Qt::Key_Return);
        QCOMPARE(record.count(), 1);
        QTest::keyClick(view.table(), Qt::Key_O);
        QCOMPARE(record.count(), 2);
        QPushButton *recordButton = button(view, QStringLiteral("&Record outcome…"));
        QVERIFY(recordButton);
        recordButton->click();
        QCOMPARE(record.count(), 3);
        QCOMPARE(missed.count(), 0);

        QPushButton *missedButton = button(view, QStringLiteral("Report a &failure no alert foresaw…"));
        QVERIFY(missedButton);
        missedButton->click();
        QCOMPARE(missed.count(), 1);
        QCOMPARE(record.count(), 3);
    }
};

QTEST_MAIN(TestAwaitingOutcomeView)
#include "tst_awaitingoutcomeview.moc"

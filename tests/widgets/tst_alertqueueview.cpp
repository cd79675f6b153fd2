// AlertQueueView: the keyboard asks for acknowledge (Space/Enter; several at once only after a
// question with the counts when they include a critical one, are more than 20, or Enter was used),
// acknowledge with a note (N),
// shelve (S, through ShelveDialog) and unshelve (U) for exactly the selected alerts; the flood
// banner, the flash, the counts line and the asset selection both ways.

#include "models/alertqueuemodel.h"
#include "widgets/alertqueueview.h"
#include "widgets/shelvedialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace fw;

namespace {

constexpr qint64 kT0 = 1'700'000'000'000;

AlertRecord alert(const QString &site, const QString &asset, const QString &id, Priority priority, qint64 raisedAt,
                  bool acknowledged = false)
{
    AlertRecord r;
    r.site = site;
    r.asset = asset;
    r.alertId = id;
    r.priority = priority;
    r.title = QStringLiteral("Alert ") + id;
    r.raisedAt = raisedAt;
    r.state.acknowledged = acknowledged;
    return r;
}

// In view order (critical first, then oldest first): a1, a2, a3, a4, a5. Given scrambled so that
// the view's sorting matters. engine-1 has two alerts: a1 (critical) and a5 (low).
AlertRecords fixture()
{
    return {alert(QStringLiteral("plant-b"), QStringLiteral("engine-4"), QStringLiteral("a4"), Priority::Medium, kT0, true),
            alert(QStringLiteral("plant-a"), QStringLiteral("engine-1"), QStringLiteral("a5"), Priority::Low, kT0),
            alert(QStringLiteral("plant-b"), QStringLiteral("engine-3"), QStringLiteral("a3"), Priority::High, kT0 + 1000),
            alert(QStringLiteral("plant-a"), QStringLiteral("engine-1"), QStringLiteral("a1"), Priority::Critical, kT0 + 5000),
            alert(QStringLiteral("plant-a"), QStringLiteral("engine-2"), QStringLiteral("a2"), Priority::High, kT0, true)};
}

QString keyOf(const QString &id)
{
    for (const AlertRecord &r : fixture()) {
        if (r.alertId == id)
            return r.key();
    }
    return {};
}

QStringList keysOf(std::initializer_list<const char *> ids)
{
    QStringList keys;
    for (const char *id : ids)
        keys << keyOf(QString::fromLatin1(id));
    keys.sort();
    return keys;
}

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}

// While it lives, runs `handle` once on the next modal dialog as soon as it is up (that is, from
// inside the dialog's exec()). shown() tells whether one came up.
class ModalHandler
{
public:
    explicit ModalHandler(std::function<void(QWidget *)> handle) : m_handle(std::move(handle))
    {
        QObject::connect(&m_poll, &QTimer::timeout, &m_poll, [this] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                m_poll.stop();
                m_shown = true;
                m_handle(modal);
            }
        });
        m_poll.start(5);
    }
    bool shown() const { return m_shown; }
    // Answers the bulk-acknowledge question by clicking its accepting button; `text` gets its text.
    static std::function<void(QWidget *)> acceptBulk(QString *text = nullptr)
    {
        return [text](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            if (!box) {
                modal->close();
                return;
            }
            if (text)
                *text = box->text();
            for (QAbstractButton *b : box->buttons()) {
                if (box->buttonRole(b) == QMessageBox::AcceptRole)
                    QTest::mouseClick(b, Qt::LeftButton);
            }
        };
    }

private:
    std::function<void(QWidget *)> m_handle;
    QTimer m_poll;
    bool m_shown = false;
};

} // namespace

class TestAlertQueueView : public QObject
{
    Q_OBJECT

    AlertQueueModel *m_model = nullptr;
    AlertQueueView *m_view = nullptr;

    QTableView *table() const { return m_view->table(); }

    void clickRow(int row, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        const QRect rect = table()->visualRect(table()->model()->index(row, AlertQueueModel::TitleCol));
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, modifiers, rect.center());
    }

    QLabel *labelContaining(const QString &text) const
    {
        for (QLabel *label : m_view->findChildren<QLabel *>()) {
            if (label->text().contains(text))
                return label;
        }
        return nullptr;
    }

private Q_SLOTS:
    void init()
    {
        m_model = new AlertQueueModel;
        m_model->setSnapshot(fixture());
        m_view = new AlertQueueView(m_model);
        m_view->resize(1400, 400);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view));
        table()->setFocus();
    }

    void cleanup()
    {
        delete m_view;
        m_view = nullptr;
        delete m_model;
        m_model = nullptr;
    }

    void tableIsInOperatorOrder()
    {
        QStringList keys;
        for (int row = 0; row < table()->model()->rowCount(); ++row)
            keys << table()->model()->index(row, 0).data(AlertQueueModel::KeyRole).toString();
        QCOMPARE(keys, QStringList({keyOf(QStringLiteral("a1")), keyOf(QStringLiteral("a2")), keyOf(QStringLiteral("a3")),
                                    keyOf(QStringLiteral("a4")), keyOf(QStringLiteral("a5"))}));
    }

    void acknowledgeKeys_data()
    {
        QTest::addColumn<int>("key");
        QTest::newRow("space") << int(Qt::Key_Space);
        QTest::newRow("return") << int(Qt::Key_Return);
        QTest::newRow("enter") << int(Qt::Key_Enter);
    }

    void acknowledgeKeys()
    {
        QFETCH(int, key);
        QSignalSpy ack(m_view, &AlertQueueView::acknowledgeRequested);
        clickRow(1);
        QTest::keyClick(table(), Qt::Key(key));
        QCOMPARE(ack.count(), 1);
        QCOMPARE(ack.at(0).at(0).toStringList(), QStringList({keyOf(QStringLiteral("a2"))}));
        QCOMPARE(ack.at(0).at(1).toString(), QString());
    }

    void acknowledgeShiftRangeAndCtrlClick()
    {
        QSignalSpy ack(m_view, &AlertQueueView::acknowledgeRequested);
        clickRow(0);
        clickRow(2, Qt::ShiftModifier);      // a1..a3
        clickRow(4, Qt::ControlModifier);    // + a5
        {
            ModalHandler yes(ModalHandler::acceptBulk());   // a1 is critical: asked first
            QTest::keyClick(table(), Qt::Key_Space);
            QVERIFY(yes.shown());
        }
        QCOMPARE(ack.count(), 1);
        QCOMPARE(sorted(ack.at(0).at(0).toStringList()), keysOf({"a1", "a2", "a3", "a5"}));

        clickRow(3);
        QTest::keyClick(table(), Qt::Key_Down, Qt::ShiftModifier);   // a4..a5 from the keyboard
        {
            ModalHandler yes(ModalHandler::acceptBulk());   // several with Enter: asked first
            QTest::keyClick(table(), Qt::Key_Return);
            QVERIFY(yes.shown());
        }
        QCOMPARE(ack.count(), 2);
        QCOMPARE(sorted(ack.at(1).at(0).toStringList()), keysOf({"a4", "a5"}));

        clickRow(1, Qt::ControlModifier);    // + a2
        clickRow(4, Qt::ControlModifier);    // - a5
        {
            ModalHandler yes(ModalHandler::acceptBulk());
            QTest::keyClick(table(), Qt::Key_Enter);
            QVERIFY(yes.shown());
        }
        QCOMPARE(ack.count(), 3);
        QCOMPARE(sorted(ack.at(2).at(0).toStringList()), keysOf({"a2", "a4"}));
    }

    void bulkAcknowledgeAsksWithTheCounts()
    {
        QSignalSpy ack(m_view, &AlertQueueView::acknowledgeRequested);
        // Ctrl+A, Space: five alerts, one critical. Enter on the question is "Cancel" (its default).
        QTest::keyClick(table(), Qt::Key_A, Qt::ControlModifier);
        QString text;
        {
            ModalHandler enter([&](QWidget *modal) {
                if (auto *box = qobject_cast<QMessageBox *>(modal))
                    text = box->text();
                QTest::keyClick(modal, Qt::Key_Return);
            });
            QTest::keyClick(table(), Qt::Key_Space);
            QVERIFY(enter.shown());
        }
        QCOMPARE(ack.count(), 0);
        QVERIFY2(text.contains(QStringLiteral("5 alerts")) && text.contains(QStringLiteral("1 critical"))
                     && text.contains(QStringLiteral("2 high")) && text.contains(QStringLiteral("1 medium"))
                     && text.contains(QStringLiteral("1 low")),
                 qPrintable(text));
        {
            ModalHandler escape([](QWidget *modal) { QTest::keyClick(modal, Qt::Key_Escape); });
            QTest::keyClick(table(), Qt::Key_Space);
            QVERIFY(escape.shown());
        }
        QCOMPARE(ack.count(), 0);
        {
            ModalHandler yes(ModalHandler::acceptBulk());
            QTest::keyClick(table(), Qt::Key_Space);
            QVERIFY(yes.shown());
        }
        QCOMPARE(ack.count(), 1);
        QCOMPARE(ack.at(0).at(0).toStringList().size(), 5);

        // Two without a critical one, with Space: no question.
        clickRow(2);
        clickRow(4, Qt::ControlModifier);
        QTest::keyClick(table(), Qt::Key_Space);
        QCOMPARE(ack.count(), 2);
        QCOMPARE(sorted(ack.at(1).at(0).toStringList()), keysOf({"a3", "a5"}));
    }

    void moreThanTwentyAsks()
    {
        AlertRecords many;
        for (int i = 0; i < 21; ++i)
            many.push_back(alert(QStringLiteral("plant-a"), QStringLiteral("engine-9"), QStringLiteral("m%1").arg(i),
                                 Priority::Low, kT0 + i));
        m_model->setSnapshot(many);
        QSignalSpy ack(m_view, &AlertQueueView::acknowledgeRequested);
        QTest::keyClick(table(), Qt::Key_A, Qt::ControlModifier);
        QString text;
        {
            ModalHandler yes(ModalHandler::acceptBulk(&text));
            QTest::keyClick(table(), Qt::Key_Space);
            QVERIFY(yes.shown());
        }
        QVERIFY2(text.contains(QStringLiteral("21 alerts")) && text.contains(QStringLiteral("21 low")), qPrintable(text));
        QCOMPARE(ack.count(), 1);
        QCOMPARE(ack.at(0).at(0).toStringList().size(), 21);
    }

    void nothingSelectedAsksNothing()
    {
        QSignalSpy ack(m_view, &AlertQueueView::acknowledgeRequested);
        QSignalSpy unshelve(m_view, &AlertQueueView::unshelveRequested);
        QSignalSpy shelve(m_view, &AlertQueueView::shelveRequested);
        table()->clearSelection();
        ModalHandler modal([](QWidget *w) { w->close(); });
        for (Qt::Key key : {Qt::Key_Space, Qt::Key_Return, Qt::Key_U, Qt::Key_S, Qt::Key_N})
            QTest::keyClick(table(), key);
        QTest::qWait(30);
        QVERIFY(!modal.shown());
        QCOMPARE(ack.count(), 0);
        QCOMPARE(unshelve.count(), 0);
        QCOMPARE(shelve.count(), 0);
    }

    void modifiedKeysDoNotAcknowledge_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::newRow("ctrl+space") << int(Qt::Key_Space) << int(Qt::ControlModifier);
        QTest::newRow("ctrl+return") << int(Qt::Key_Return) << int(Qt::ControlModifier);
        QTest::newRow("alt+space") << int(Qt::Key_Space) << int(Qt::AltModifier);
        QTest::newRow("ctrl+u") << int(Qt::Key_U) << int(Qt::ControlModifier);
    }

    void modifiedKeysDoNotAcknowledge()
    {
        QFETCH(int, key);
        QFETCH(int, modifiers);
        QSignalSpy ack(m_view, &AlertQueueView::acknowledgeRequested);
        QSignalSpy unshelve(m_view, &AlertQueueView::unshelveRequested);
        clickRow(0);
        QTest::keyClick(table(), Qt::Key(key), Qt::KeyboardModifiers(modifiers));
        QCOMPARE(ack.count(), 0);
        QCOMPARE(unshelve.count(), 0);
        // The same key without the modifier does act: the selection was there all along.
        // (Not selectRow(): it reads the application's modifier state, which still says Ctrl here.)
        table()->selectionModel()->select(table()->model()->index(0, 0),
                                          QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(m_view->selectedKeys(), QStringList({keyOf(QStringLiteral("a1"))}));
        QTest::keyClick(table(), Qt::Key(key));
        QCOMPARE(ack.count() + unshelve.count(), 1);
    }

    void unshelveKey()
    {
        QSignalSpy unshelve(m_view, &AlertQueueView::unshelveRequested);
        QSignalSpy ack(m_view, &AlertQueueView::acknowledgeRequested);
        clickRow(2);
        clickRow(3, Qt::ShiftModifier);
        QTest::keyClick(table(), Qt::Key_U);
        QCOMPARE(unshelve.count(), 1);
        QCOMPARE(sorted(unshelve.at(0).at(0).toStringList()), keysOf({"a3", "a4"}));
        QCOMPARE(ack.count(), 0);
    }

    void shelveThroughDialog()
    {
        QSignalSpy shelve(m_view, &AlertQueueView::shelveRequested);
        clickRow(0);
        clickRow(2, Qt::ControlModifier);
        bool okEnabledBeforeReason = true;
        bool okEnabledAfterReason = false;
        ModalHandler handler([&](QWidget *modal) {
            auto *dialog = qobject_cast<ShelveDialog *>(modal);
            auto *reason = modal->findChild<QLineEdit *>();
            auto *duration = modal->findChild<QComboBox *>();
            auto *buttons = modal->findChild<QDialogButtonBox *>();
            QPushButton *ok = buttons ? buttons->button(QDialogButtonBox::Ok) : nullptr;
            if (!dialog || !reason || !duration || !ok) {
                modal->close();
                return;
            }
            okEnabledBeforeReason = ok->isEnabled();
            QTest::keyClicks(reason, QStringLiteral("  vibration sensor being replaced  "));
            okEnabledAfterReason = ok->isEnabled();
            duration->setCurrentIndex(duration->findData(120));
            QTest::mouseClick(ok, Qt::LeftButton);
            if (modal->isVisible())
                modal->close();
        });
        QTest::keyClick(table(), Qt::Key_S);
        QVERIFY(handler.shown());
        QVERIFY(!okEnabledBeforeReason);
        QVERIFY(okEnabledAfterReason);
        QCOMPARE(shelve.count(), 1);
        QCOMPARE(sorted(shelve.at(0).at(0).toStringList()), keysOf({"a1", "a3"}));
        QCOMPARE(shelve.at(0).at(1).toInt(), 120);
        QCOMPARE(shelve.at(0).at(2).toString(), QStringLiteral("vibration sensor being replaced"));
    }

    void shelveNeedsAReason()
    {
        QSignalSpy shelve(m_view, &AlertQueueView::shelveRequested);
        clickRow(1);
        bool okEnabledWithBlanks = true;
        bool stillOpenAfterOk = false;
        bool stillOpenAfterEnter = false;
        ModalHandler handler([&](QWidget *modal) {
            auto *reason = modal->findChild<QLineEdit *>();
            auto *buttons = modal->findChild<QDialogButtonBox *>();
            QPushButton *ok = buttons ? buttons->button(QDialogButtonBox::Ok) : nullptr;
            if (reason && ok) {
                QTest::keyClicks(reason, QStringLiteral("   "));
                okEnabledWithBlanks = ok->isEnabled();
                QTest::mouseClick(ok, Qt::LeftButton);
                stillOpenAfterOk = modal->isVisible();
                QTest::keyClick(reason, Qt::Key_Return);
                stillOpenAfterEnter = modal->isVisible();
            }
            if (auto *dialog = qobject_cast<QDialog *>(modal))
                dialog->reject();
            else
                modal->close();
        });
        QTest::keyClick(table(), Qt::Key_S);
        QVERIFY(handler.shown());
        QVERIFY(!okEnabledWithBlanks);
        QVERIFY(stillOpenAfterOk);
        QVERIFY(stillOpenAfterEnter);
        QCOMPARE(shelve.count(), 0);   // cancelled
    }

    void acknowledgeWithNote_data()
    {
        QTest::addColumn<bool>("accept");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("note");
        QTest::newRow("note") << true << QStringLiteral("  checked on site, bearing ok ")
                              << QStringLiteral("checked on site, bearing ok");
        QTest::newRow("empty note") << true << QString() << QString();
        QTest::newRow("long note is cut") << true << QString(600, QLatin1Char('x')) << QString(500, QLatin1Char('x'));
        QTest::newRow("cancel") << false << QStringLiteral("never sent") << QString();
    }

    void acknowledgeWithNote()
    {
        QFETCH(bool, accept);
        QFETCH(QString, typed);
        QFETCH(QString, note);
        QSignalSpy ack(m_view, &AlertQueueView::acknowledgeRequested);
        clickRow(3);
        clickRow(4, Qt::ShiftModifier);
        bool isInputDialog = false;
        ModalHandler handler([&](QWidget *modal) {
            auto *input = qobject_cast<QInputDialog *>(modal);
            isInputDialog = input != nullptr;
            if (!input) {
                modal->close();
                return;
            }
            input->setTextValue(typed);
            if (accept)
                input->accept();
            else
                input->reject();
        });
        QTest::keyClick(table(), Qt::Key_N);
        QVERIFY(handler.shown());
        QVERIFY(isInputDialog);
        if (!accept) {
            QCOMPARE(ack.count(), 0);
            return;
        }
        QCOMPARE(ack.count(), 1);
        QCOMPARE(sorted(ack.at(0).at(0).toStringList()), keysOf({"a4", "a5"}));
        QCOMPARE(ack.at(0).at(1).toString(), note);
    }

    void floodBanner()
    {
        QVERIFY(!labelContaining(QStringLiteral("FLOOD")));
        m_view->setFlood(true, 12);
        QLabel *banner = labelContaining(QStringLiteral("FLOOD"));
        QVERIFY(banner);
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("12 new alerts")));
        m_view->setFlood(true, 31);
        QVERIFY(banner->text().contains(QStringLiteral("31 new alerts")));
        m_view->setFlood(false, 4);
        QVERIFY(!banner->isVisible());
        m_view->setFlood(true, 13);
        QVERIFY(banner->isVisible());
    }

    void flashes()
    {
        const bool first = m_view->flashPhase();
        QTRY_VERIFY_WITH_TIMEOUT(m_view->flashPhase() != first, 1200);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->flashPhase() == first, 1200);
    }

    void selectAssetSelectsItsMostUrgentAlert()
    {
        m_view->selectAsset(QStringLiteral("plant-b/engine-3"));
        QCOMPARE(m_view->selectedKeys(), QStringList({keyOf(QStringLiteral("a3"))}));
        QCOMPARE(table()->currentIndex().row(), 2);
        // engine-1 has a critical (row 0) and a low (row 4) alert: the critical one.
        m_view->selectAsset(QStringLiteral("plant-a/engine-1"));
        QCOMPARE(m_view->selectedKeys(), QStringList({keyOf(QStringLiteral("a1"))}));
        // Asked again for the asset it already shows, it keeps what the operator chose.
        clickRow(4);
        m_view->selectAsset(QStringLiteral("plant-a/engine-1"));
        QCOMPARE(m_view->selectedKeys(), QStringList({keyOf(QStringLiteral("a5"))}));
        // An asset with no alert leaves the selection alone.
        m_view->selectAsset(QStringLiteral("plant-z/engine-9"));
        QCOMPARE(m_view->selectedKeys(), QStringList({keyOf(QStringLiteral("a5"))}));
    }

    void userSelectionTellsTheAsset()
    {
        QSignalSpy asset(m_view, &AlertQueueView::assetSelected);
        clickRow(3);
        QCOMPARE(asset.count(), 1);
        QCOMPARE(asset.at(0).at(0).toString(), QStringLiteral("plant-b/engine-4"));
        QTest::keyClick(table(), Qt::Key_Up);
        QCOMPARE(asset.count(), 2);
        QCOMPARE(asset.at(1).at(0).toString(), QStringLiteral("plant-b/engine-3"));
    }

    void countsLine()
    {
        QLabel *counts = labelContaining(QStringLiteral("unacknowledged"));
        QVERIFY(counts);
        QVERIFY2(counts->text().contains(QStringLiteral("3 unacknowledged")), qPrintable(counts->text()));
        QVERIFY(counts->text().contains(QStringLiteral("of 5")));
        AlertRecord a1 = alert(QStringLiteral("plant-a"), QStringLiteral("engine-1"), QStringLiteral("a1"), Priority::Critical,
                               kT0 + 5000, true);
        m_model->applyChanges({a1});
        QVERIFY2(counts->text().contains(QStringLiteral("2 unacknowledged")), qPrintable(counts->text()));
        m_model->applyChanges({alert(QStringLiteral("plant-c"), QStringLiteral("pump-1"), QStringLiteral("n1"), Priority::Critical, kT0),
                               alert(QStringLiteral("plant-c"), QStringLiteral("pump-2"), QStringLiteral("n2"), Priority::Low, kT0)});
        QVERIFY2(counts->text().contains(QStringLiteral("4 unacknowledged")), qPrintable(counts->text()));
        QVERIFY(counts->text().contains(QStringLiteral("of 7")));
        QVERIFY(counts->text().contains(QStringLiteral("0 shelved")));
        AlertRecord n2 = alert(QStringLiteral("plant-c"), QStringLiteral("pump-2"), QStringLiteral("n2"), Priority::Low, kT0);
        n2.state.shelvedUntil = kT0 + 3'600'000;
        m_model->applyChanges({n2});
        QVERIFY2(counts->text().contains(QStringLiteral("1 shelved")), qPrintable(counts->text()));
        QVERIFY(counts->text().contains(QStringLiteral("4 unacknowledged")));   // shelved, still unacknowledged
    }

    void filtersNarrowTheTable()
    {
        auto *text = m_view->findChild<QLineEdit *>();
        QVERIFY(text);
        QTest::keyClicks(text, QStringLiteral("engine-1"));
        QCOMPARE(table()->model()->rowCount(), 2);
        text->clear();
        QCOMPARE(table()->model()->rowCount(), 5);
        // The site list learnt plant-a and plant-b from the rows.
        QComboBox *site = nullptr;
        for (QComboBox *combo : m_view->findChildren<QComboBox *>()) {
            if (combo->findData(QStringLiteral("plant-b")) >= 0)
                site = combo;
        }
        QVERIFY(site);
        site->setCurrentIndex(site->findData(QStringLiteral("plant-b")));
        QCOMPARE(table()->model()->rowCount(), 2);
    }
};

QTEST_MAIN(TestAlertQueueView)
#include "tst_alertqueueview.moc"

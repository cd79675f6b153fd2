// FeedbackDialog (offscreen): Save stays disabled until an outcome is chosen and every problem that
// LabelValidation finds is gone; the problems are listed; negative downtime cannot be entered; an
// over-long cause is a problem, not a silent cut; a missed failure needs the asset and the time it
// failed; the failure modes follow the asset type, and "Other" asks for words; draft() returns what
// was entered; Ctrl+Enter saves and Alt+letters reach the fields.

#include "widgets/feedbackdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using namespace fw;

namespace {

const qint64 kNow = QDateTime(QDate(2026, 11, 22), QTime(10, 30)).toMSecsSinceEpoch();

AlertRecord alert()
{
    AlertRecord r;
    r.site = QStringLiteral("plant-a");
    r.asset = QStringLiteral("engine-017");
    r.alertId = QStringLiteral("a-7f3c2e");
    r.priority = Priority::High;
    r.title = QStringLiteral("HPC degradation suspected");
    r.model = ModelRef{QStringLiteral("hpc-degradation"), QStringLiteral("3.2.0")};
    r.raisedAt = kNow - 3'600'000;
    r.state.acknowledged = true;
    r.ackedAt = kNow - 3'000'000;
    r.ackedBy = QStringLiteral("alice");
    r.ackedConsole = QStringLiteral("ws-07");
    return r;
}

std::vector<FeedbackAsset> assets()
{
    return {{QStringLiteral("plant-a"), QStringLiteral("engine-017"), QStringLiteral("Turbofan 17"), QStringLiteral("turbofan")},
            {QStringLiteral("plant-b"), QStringLiteral("pump-3"), QString(), QStringLiteral("pump")}};
}

template<typename T>
T *child(const QWidget &dialog, const char *name)
{
    T *w = dialog.findChild<T *>(QLatin1String(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

QPushButton *saveButton(const QDialog &d)
{
    for (QPushButton *b : d.findChildren<QPushButton *>()) {
        if (b->text() == FeedbackDialog::tr("&Save"))
            return b;
    }
    return nullptr;
}

QString problemsText(const QDialog &d)
{
    return child<QLabel>(d, "problems")->text();
}

void chooseMode(QComboBox *combo, const QString &name)
{
    const int i = combo->findData(name);
    QVERIFY2(i >= 0, qPrintable(name));
    combo->setCurrentIndex(i);
}

} // namespace

class TestFeedbackDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_vocabulary = FailureModeVocabulary::builtIn();
        QLocale::setDefault(QLocale::c());   // ISO times in the header, whatever the machine's locale
    }

    void saveDisabledUntilAnOutcomeIsChosen()
    {
        FeedbackDialog d(alert(), QStringLiteral("turbofan"), m_vocabulary);
        d.setClock([] { return kNow; });
        QPushButton *save = saveButton(d);
        QVERIFY(save);
        QVERIFY(!save->isEnabled());
        QVERIFY(problemsText(d).contains(QStringLiteral("Outcome")));
        QVERIFY(!d.draft().outcome);
        child<QRadioButton>(d, "outcomeFalsePositive")->click();
        QVERIFY2(save->isEnabled(), qPrintable(problemsText(d)));
        QVERIFY(d.problems().isEmpty());
        QCOMPARE(d.draft().outcome, Outcome::FalsePositive);
        QVERIFY(!problemsText(d).contains(QStringLiteral("Outcome")));
    }

    void headerShowsTheAlert()
    {
        FeedbackDialog d(alert(), QStringLiteral("turbofan"), m_vocabulary);
        QStringList texts;
        for (QLabel *l : child<QGroupBox>(d, "header")->findChildren<QLabel *>())
            texts << l->text();
        const QString all = texts.join(QLatin1Char('|'));
        for (const QString &part : {QStringLiteral("HIGH"), QStringLiteral("HPC degradation suspected"),
                                    QStringLiteral("plant-a/engine-017"), QStringLiteral("hpc-degradation, version 3.2.0"),
                                    QStringLiteral("alice @ ws-07"),
                                    QDateTime::fromMSecsSinceEpoch(kNow - 3'600'000).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))})
            QVERIFY2(all.contains(part), qPrintable(part + QStringLiteral(" not in ") + all));
    }

    void negativeDowntimeCannotBeEntered()
    {
        FeedbackDialog d(alert(), QStringLiteral("turbofan"), m_vocabulary);
        auto *downtime = child<QDoubleSpinBox>(d, "downtime");
        QCOMPARE(downtime->minimum(), 0.0);
        QVERIFY(downtime->suffix().contains(QStringLiteral("min")));
        downtime->setValue(-5.0);
        QCOMPARE(downtime->value(), 0.0);   // zero is allowed
        downtime->selectAll();
        QTest::keyClicks(downtime, QStringLiteral("-30"));
        QVERIFY(downtime->value() >= 0.0);
        child<QRadioButton>(d, "outcomeTruePositive")->click();
        QCOMPARE(d.draft().downtimeMinutes, std::optional<double>(downtime->value()));
        child<QCheckBox>(d, "downtimeUnknown")->setChecked(true);
        QVERIFY(!d.draft().downtimeMinutes);
        QVERIFY(!downtime->isEnabled());
    }

    void overLongCauseShowsAProblem()
    {
        FeedbackDialog d(alert(), QStringLiteral("turbofan"), m_vocabulary);
        child<QRadioButton>(d, "outcomeTruePositive")->click();
        auto *cause = child<QLineEdit>(d, "cause");
        QVERIFY(cause->maxLength() > LabelValidation::kMaxTextLength);   // a hard cap above the limit
        QVERIFY(cause->maxLength() < 32767);
        cause->setText(QString(LabelValidation::kMaxTextLength, QLatin1Char('x')));
        QVERIFY(saveButton(d)->isEnabled());
        cause->setText(QString(LabelValidation::kMaxTextLength + 1, QLatin1Char('x')));
        QVERIFY(!saveButton(d)->isEnabled());
        QVERIFY2(problemsText(d).contains(QStringLiteral("Cause")), qPrintable(problemsText(d)));
        QVERIFY(problemsText(d).contains(QString::number(LabelValidation::kMaxTextLength)));
        cause->setText(QString(100'000, QLatin1Char('x')));   // a runaway paste stops at the cap
        QCOMPARE(cause->text().size(), cause->maxLength());
        QVERIFY(!saveButton(d)->isEnabled());
    }

    void overLongNotesAreCappedAndShown()
    {
        FeedbackDialog d(alert(), QStringLiteral("turbofan"), m_vocabulary);
        child<QRadioButton>(d, "outcomeInconclusive")->click();
        auto *notes = child<QPlainTextEdit>(d, "notes");
        notes->setPlainText(QString(LabelValidation::kMaxNotesLength * 5, QLatin1Char('n')));
        QCOMPARE(notes->toPlainText().size(), 2 * LabelValidation::kMaxNotesLength);
        QVERIFY(problemsText(d).contains(QStringLiteral("Notes")));
        QVERIFY(!saveButton(d)->isEnabled());
    }

    void missedFailureNeedsAssetAndFailedAt()
    {
        FeedbackDialog d(assets(), m_vocabulary);
        d.setClock([] { return kNow; });
        QVERIFY(d.isMissedFailure());
        QVERIFY(!d.findChild<QRadioButton *>());   // the outcome is fixed
        QCOMPARE(d.draft().outcome, Outcome::MissedFailure);
        QVERIFY(d.draft().alertKey.isEmpty());
        QVERIFY(!saveButton(d)->isEnabled());
        QVERIFY(problemsText(d).contains(QStringLiteral("Asset")));
        QVERIFY(problemsText(d).contains(QStringLiteral("Failed at")));

        child<QComboBox>(d, "asset")->setCurrentIndex(1);
        QCOMPARE(d.draft().site, QStringLiteral("plant-a"));
        QCOMPARE(d.draft().asset, QStringLiteral("engine-017"));
        QVERIFY(!d.draft().failedAt);
        QVERIFY(!saveButton(d)->isEnabled());
        QVERIFY(problemsText(d).contains(QStringLiteral("Failed at")));

        child<QPushButton>(d, "failedAtNow")->click();
        QCOMPARE(d.draft().failedAt, std::optional<qint64>(kNow));
        QVERIFY2(saveButton(d)->isEnabled(), qPrintable(problemsText(d)));

        child<QDateTimeEdit>(d, "failedAt")->setDateTime(QDateTime::fromMSecsSinceEpoch(kNow + 3'600'000));
        QVERIFY(!saveButton(d)->isEnabled());   // an hour ahead: a typing error
        QVERIFY(problemsText(d).contains(QStringLiteral("future")));
    }

    void missedFailurePreselectsAnAsset()
    {
        FeedbackDialog d(assets(), m_vocabulary, QStringLiteral("plant-b/pump-3"));
        QCOMPARE(d.draft().asset, QStringLiteral("pump-3"));
        QVERIFY(child<QComboBox>(d, "failureMode")->findData(QStringLiteral("High output")) > 0);   // pumps' list
    }

    void failureModesFollowTheAssetTypeAndOtherAsksForWords()
    {
        FeedbackDialog d(assets(), m_vocabulary);
        auto *mode = child<QComboBox>(d, "failureMode");
        auto *asset = child<QComboBox>(d, "asset");
        asset->setCurrentIndex(1);   // turbofan
        QCOMPARE(mode->count(), 1 + int(m_vocabulary.modesFor(QStringLiteral("turbofan")).size()));
        QVERIFY(mode->findData(QStringLiteral("High output")) < 0);
        chooseMode(mode, QStringLiteral("Vibration"));
        QCOMPARE(d.failureModeCode(), QStringLiteral("VIB"));
        asset->setCurrentIndex(2);   // pump: Vibration is on its list too, so the choice stays
        QCOMPARE(mode->currentData().toString(), QStringLiteral("Vibration"));
        QVERIFY(mode->findData(QStringLiteral("High output")) > 0);

        auto *other = child<QLineEdit>(d, "otherText");
        QVERIFY(!other->isEnabled());
        chooseMode(mode, QStringLiteral("Other"));
        QVERIFY(other->isEnabled());
        QVERIFY(problemsText(d).contains(QStringLiteral("Other")));
        other->setText(QStringLiteral("  bird strike "));
        QCOMPARE(d.draft().failureMode, QStringLiteral("bird strike"));
        QCOMPARE(d.failureModeCode(), QStringLiteral("OTH"));
        QVERIFY(!problemsText(d).contains(QStringLiteral("Other")));
    }

    void draftReturnsWhatWasEntered()
    {
        FeedbackDialog d(alert(), QStringLiteral("turbofan"), m_vocabulary);
        child<QRadioButton>(d, "outcomeTruePositive")->click();
        chooseMode(child<QComboBox>(d, "failureMode"), QStringLiteral("Parameter deviation"));
        child<QLineEdit>(d, "cause")->setText(QStringLiteral("compressor fouling"));
        child<QLineEdit>(d, "action")->setText(QStringLiteral("washed compressor"));
        child<QDoubleSpinBox>(d, "downtime")->setValue(45);
        child<QPlainTextEdit>(d, "notes")->setPlainText(QStringLiteral("Borescope shows deposits.\nRecheck in 50 cycles."));
        const LabelDraft draft = d.draft();
        QCOMPARE(draft.alertKey, QStringLiteral("plant-a/engine-017/a-7f3c2e"));
        QCOMPARE(draft.site, QStringLiteral("plant-a"));
        QCOMPARE(draft.asset, QStringLiteral("engine-017"));
        QCOMPARE(draft.outcome, Outcome::TruePositive);
        QCOMPARE(draft.failureMode, QStringLiteral("Parameter deviation"));
        QCOMPARE(draft.cause, QStringLiteral("compressor fouling"));
        QCOMPARE(draft.action, QStringLiteral("washed compressor"));
        QCOMPARE(draft.downtimeMinutes, std::optional<double>(45.0));
        QCOMPARE(draft.notes, QStringLiteral("Borescope shows deposits.\nRecheck in 50 cycles."));
        QVERIFY(!draft.failedAt);
        QCOMPARE(d.failureModeCode(), QStringLiteral("PDE"));
        QVERIFY(d.problems().isEmpty());
        QVERIFY(saveButton(d)->isEnabled());
    }

    void ctrlEnterSavesOnlyWithoutProblems()
    {
        FeedbackDialog d(alert(), QStringLiteral("turbofan"), m_vocabulary);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        d.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&d));
        auto *notes = child<QPlainTextEdit>(d, "notes");
        notes->setFocus();
        QTest::keyClick(notes, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(d.isVisible());   // no outcome yet: nothing saved
        QCOMPARE(d.result(), int(QDialog::Rejected));
        child<QRadioButton>(d, "outcomeTruePositive")->click();
        auto *cause = child<QLineEdit>(d, "cause");
        cause->setFocus();
        QTest::keyClick(cause, Qt::Key_Return);   // plain Enter in a field does not save
        QVERIFY(d.isVisible());
        QTest::keyClick(cause, Qt::Key_Enter, Qt::ControlModifier | Qt::KeypadModifier);
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QVERIFY(!d.isVisible());
    }

    void ctrlEnterInTheNotesSaves()
    {
        FeedbackDialog d(alert(), QStringLiteral("turbofan"), m_vocabulary);
        d.show();
        d.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&d));
        child<QRadioButton>(d, "outcomeInconclusive")->click();
        auto *notes = child<QPlainTextEdit>(d, "notes");
        notes->setFocus();
        QTest::keyClicks(notes, QStringLiteral("no deposits found"));
        QTest::keyClick(notes, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QCOMPARE(d.draft().notes, QStringLiteral("no deposits found"));   // no line break typed by the shortcut
    }

    void altLettersReachTheFields()
    {
        FeedbackDialog d(alert(), QStringLiteral("turbofan"), m_vocabulary);
        d.show();
        d.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&d));
        QTest::keyClick(&d, Qt::Key_C, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(d, "cause"));
        QTest::keyClick(&d, Qt::Key_D, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), child<QDoubleSpinBox>(d, "downtime"));
        QTest::keyClick(&d, Qt::Key_O, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), child<QPlainTextEdit>(d, "notes"));
        QTest::keyClick(&d, Qt::Key_N, Qt::AltModifier);
        QTRY_VERIFY(child<QRadioButton>(d, "outcomeFalsePositive")->isChecked());
    }

private:
    FailureModeVocabulary m_vocabulary;
};

QTEST_MAIN(TestFeedbackDialog)
#include "tst_feedbackdialog.moc"

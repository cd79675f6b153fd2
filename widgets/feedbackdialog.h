#pragma once
// FeedbackDialog: the maintenance technician's record of what was found, either for one acknowledged
// alert (outcome: true fault / no fault found / inconclusive) or for a failure that no alert foresaw
// (outcome fixed to missed failure; the asset and the time it failed are asked for). The failure
// mode comes from the asset type's list in FailureModeVocabulary; "Other" asks for words instead.
//
// Every edit re-runs LabelValidation::problems(draft(), now) (plus "describe Other"); the problems
// are listed under the form and Save stays disabled until there are none. Text fields accept up to
// twice their limit so that an over-long paste is shown as a problem rather than cut silently.
// Keyboard: Alt+underlined letter moves to a field; Ctrl+Enter saves; Esc cancels.
//
// The dialog only collects: the caller turns draft() into a label (UUID, technician, store, outbox)
// after exec() returns Accepted. GUI thread. Widgets carry stable object names ("cause", "downtime",
// "outcomeTruePositive", "failedAt", "problems", ...) for tests and automation.

#include "core/alerts/alertrecord.h"
#include "core/labels/failuremodevocabulary.h"
#include "core/labels/labeldraft.h"

#include <QDialog>

#include <functional>
#include <vector>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace fw {

// An asset a missed failure can be reported against.
struct FeedbackAsset
{
    QString site;
    QString asset;
    QString name;   // from the asset's meta; may be empty
    QString type;   // the asset's meta `type`: picks the failure mode list
};

class FeedbackDialog : public QDialog
{
    Q_OBJECT
public:
    // The outcome of one alert. `assetType` picks the failure modes (unknown: the default list).
    FeedbackDialog(const AlertRecord &alert, const QString &assetType, const FailureModeVocabulary &vocabulary,
                   QWidget *parent = nullptr);
    // A failure no alert foresaw, on one of `assets`; `selectedAssetKey` ("site/asset") preselects one.
    FeedbackDialog(const std::vector<FeedbackAsset> &assets, const FailureModeVocabulary &vocabulary,
                   const QString &selectedAssetKey = {}, QWidget *parent = nullptr);

    // What the form holds now; texts with surrounding blanks removed. failureMode is the mode's
    // stored (untranslated) name, the words typed for "Other", or empty when not determined.
    LabelDraft draft() const;
    // The ISO 14224-style code of the chosen mode ("VIB", "OTH" for words typed for Other), empty if none.
    QString failureModeCode() const;
    // The problems as listed under the form; empty when Save is enabled.
    QStringList problems() const { return m_problemList; }
    bool isMissedFailure() const { return m_missed; }

    // The clock validation judges "failed at" against, and "Now" fills in; tests pin it.
    void setClock(std::function<qint64()> now);

public Q_SLOTS:
    void accept() override;   // saves only when there are no problems

protected:
    void showEvent(QShowEvent *event) override;

private:
    FeedbackDialog(const FailureModeVocabulary &vocabulary, bool missed, QWidget *parent);
    void buildForm(QWidget *header);
    QWidget *buildAlertHeader(const AlertRecord &alert);
    QWidget *buildOutcomeRow();
    QWidget *buildDowntimeRow();
    QWidget *buildFailedAtRow();
    QString assetType() const;
    void refreshModes();
    void revalidate();
    bool otherChosen() const;
    qint64 now() const { return m_now(); }

    FailureModeVocabulary m_vocabulary;
    const bool m_missed;
    std::function<qint64()> m_now;
    QStringList m_problemList;

    // One alert
    QString m_alertKey;
    QString m_site;
    QString m_asset;
    QString m_assetType;
    QButtonGroup *m_outcomes = nullptr;
    // Missed failure
    std::vector<FeedbackAsset> m_assets;
    QComboBox *m_assetCombo = nullptr;
    QDateTimeEdit *m_failedAt = nullptr;

    QFormLayout *m_form = nullptr;
    QComboBox *m_mode = nullptr;
    QLineEdit *m_otherText = nullptr;
    QLineEdit *m_cause = nullptr;
    QLineEdit *m_action = nullptr;
    QDoubleSpinBox *m_downtime = nullptr;
    QCheckBox *m_downtimeUnknown = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_problems = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace fw

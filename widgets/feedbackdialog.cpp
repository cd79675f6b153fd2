#include "widgets/feedbackdialog.h"

#include "core/common/localformat.h"
#include "core/fleet/displaytext.h"
#include "core/fleet/topicparser.h"
#include "widgets/hmipalette.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

namespace fw {
namespace {

// Fields take up to twice their limit, so that a paste that is too long shows as a problem instead
// of being cut without a word; the limit itself is LabelValidation's.
constexpr int kTextCap = 2 * LabelValidation::kMaxTextLength;
constexpr int kNotesCap = 2 * LabelValidation::kMaxNotesLength;

QLabel *readOnly(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);   // titles and names come from the fleet: never rich text
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QString timeText(qint64 ms)
{
    return LocalFormat::dateTimeWithSeconds(ms);
}

} // namespace

FeedbackDialog::FeedbackDialog(const FailureModeVocabulary &vocabulary, bool missed, QWidget *parent)
    : QDialog(parent), m_vocabulary(vocabulary), m_missed(missed), m_now([] { return QDateTime::currentMSecsSinceEpoch(); }),
      m_mode(new QComboBox(this)), m_otherText(new QLineEdit(this)), m_cause(new QLineEdit(this)),
      m_action(new QLineEdit(this)), m_downtime(new QDoubleSpinBox(this)), m_downtimeUnknown(new QCheckBox(this)),
      m_notes(new QPlainTextEdit(this)), m_problems(new QLabel(this))
{
    m_mode->setObjectName(QStringLiteral("failureMode"));
    m_otherText->setObjectName(QStringLiteral("otherText"));
    m_cause->setObjectName(QStringLiteral("cause"));
    m_action->setObjectName(QStringLiteral("action"));
    m_downtime->setObjectName(QStringLiteral("downtime"));
    m_downtimeUnknown->setObjectName(QStringLiteral("downtimeUnknown"));
    m_notes->setObjectName(QStringLiteral("notes"));
    m_problems->setObjectName(QStringLiteral("problems"));

    m_otherText->setPlaceholderText(tr("describe the failure mode in a few words"));
    m_otherText->setMaxLength(kTextCap);
    m_otherText->setEnabled(false);
    m_cause->setPlaceholderText(tr("what caused it, e.g. compressor fouling"));
    m_cause->setMaxLength(kTextCap);
    m_action->setPlaceholderText(tr("what was done, e.g. washed compressor"));
    m_action->setMaxLength(kTextCap);
    m_downtime->setRange(0.0, LabelValidation::kMaxDowntimeMinutes);   // negative downtime cannot be entered
    m_downtime->setDecimals(0);
    m_downtime->setSuffix(tr(" min"));
    m_downtime->setAccelerated(true);
    m_downtimeUnknown->setText(tr("Un&known"));
    m_notes->setPlaceholderText(tr("anything the next technician or the model team should know"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(70);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setWordWrap(true);
}

FeedbackDialog::FeedbackDialog(const AlertRecord &alert, const QString &assetType,
                               const FailureModeVocabulary &vocabulary, QWidget *parent)
    : FeedbackDialog(vocabulary, false, parent)
{
    m_alertKey = alert.key();
    m_site = alert.site;
    m_asset = alert.asset;
    m_assetType = assetType;
    setWindowTitle(tr("Record outcome: %1").arg(alert.title.isEmpty() ? alert.alertId : alert.title));
    buildForm(buildAlertHeader(alert));
}

FeedbackDialog::FeedbackDialog(const std::vector<FeedbackAsset> &assets, const FailureModeVocabulary &vocabulary,
                               const QString &selectedAssetKey, QWidget *parent)
    : FeedbackDialog(vocabulary, true, parent)
{
    m_assets = assets;
    m_assetCombo = new QComboBox(this);
    m_assetCombo->setObjectName(QStringLiteral("asset"));
    m_assetCombo->addItem(tr("choose the asset that failed"), -1);
    for (int i = 0; i < int(assets.size()); ++i) {
        const FeedbackAsset &a = assets[size_t(i)];
        const QString key = TopicParser::assetKey(a.site, a.asset);
        m_assetCombo->addItem(a.name.isEmpty() ? key : tr("%1 (%2)").arg(key, a.name), i);
        if (key == selectedAssetKey)
            m_assetCombo->setCurrentIndex(m_assetCombo->count() - 1);
    }
    m_failedAt = new QDateTimeEdit(this);
    m_failedAt->setObjectName(QStringLiteral("failedAt"));
    m_failedAt->setDisplayFormat(LocalFormat::dateTimeFormat());
    m_failedAt->setMinimumDateTime(QDateTime(QDate(2000, 1, 1), QTime(0, 0)));
    m_failedAt->setSpecialValueText(tr("not set"));   // shown at the minimum: nothing entered yet
    m_failedAt->setDateTime(m_failedAt->minimumDateTime());
    setWindowTitle(tr("Report a missed failure"));
    auto *intro = readOnly(tr("A failure that no alert foresaw. It is sent to the fleet as a missed failure, so "
                              "that the models learn from it."), this);
    intro->setObjectName(QStringLiteral("header"));
    buildForm(intro);
}

QWidget *FeedbackDialog::buildAlertHeader(const AlertRecord &alert)
{
    auto *box = new QGroupBox(tr("Alert"), this);
    box->setObjectName(QStringLiteral("header"));
    auto *form = new QFormLayout(box);
    auto *priority = readOnly(hmi::priorityMarker(alert.priority) + QLatin1Char(' ') + DisplayText::priority(alert.priority).toUpper(), box);
    priority->setObjectName(QStringLiteral("headerPriority"));
    priority->setWordWrap(false);
    priority->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    const QColor colour = hmi::priorityColor(alert.priority);
    priority->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; font-weight: bold; padding: 1px 6px; }")
                                .arg(colour.name(), hmi::textOn(colour).name()));
    form->addRow(tr("Priority:"), priority);
    form->addRow(tr("Alert:"), readOnly(alert.title.isEmpty() ? alert.alertId : alert.title, box));
    form->addRow(tr("Asset:"), readOnly(alert.assetKey(), box));
    form->addRow(tr("Raised:"), readOnly(timeText(alert.raisedAt), box));
    form->addRow(tr("Model:"), readOnly(alert.model.name.isEmpty()
                                            ? tr("not given")
                                            : tr("%1, version %2").arg(alert.model.name, alert.model.version), box));
    QString acked = tr("not acknowledged");
    if (alert.ackedAt) {
        acked = alert.ackedConsole.isEmpty() ? tr("%1 at %2").arg(alert.ackedBy, timeText(*alert.ackedAt))
                                             : tr("%1 @ %2 at %3").arg(alert.ackedBy, alert.ackedConsole, timeText(*alert.ackedAt));
    }
    form->addRow(tr("Acknowledged by:"), readOnly(acked, box));
    return box;
}

QWidget *FeedbackDialog::buildOutcomeRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    if (m_missed) {
        layout->addWidget(readOnly(tr("Missed failure (no alert foresaw it)"), row));
        return row;
    }
    m_outcomes = new QButtonGroup(this);
    const std::pair<QString, Outcome> choices[] = {{tr("&True fault"), Outcome::TruePositive},
                                                   {tr("&No fault found"), Outcome::FalsePositive},
                                                   {tr("&Inconclusive"), Outcome::Inconclusive}};
    const QString names[] = {QStringLiteral("outcomeTruePositive"), QStringLiteral("outcomeFalsePositive"),
                             QStringLiteral("outcomeInconclusive")};
    for (int i = 0; i < 3; ++i) {
        auto *button = new QRadioButton(choices[i].first, row);
        button->setObjectName(names[i]);
        m_outcomes->addButton(button, int(choices[i].second));
        layout->addWidget(button);
    }
    layout->addStretch(1);
    connect(m_outcomes, &QButtonGroup::idToggled, this, [this] { revalidate(); });
    return row;
}

QWidget *FeedbackDialog::buildDowntimeRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_downtime);
    layout->addWidget(m_downtimeUnknown);
    layout->addStretch(1);
    connect(m_downtime, &QDoubleSpinBox::valueChanged, this, [this] { revalidate(); });
    connect(m_downtimeUnknown, &QCheckBox::toggled, this, [this](bool unknown) {
        m_downtime->setEnabled(!unknown);
        revalidate();
    });
    return row;
}

QWidget *FeedbackDialog::buildFailedAtRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *nowButton = new QPushButton(tr("No&w"), row);
    nowButton->setObjectName(QStringLiteral("failedAtNow"));
    nowButton->setAutoDefault(false);
    layout->addWidget(m_failedAt);
    layout->addWidget(nowButton);
    layout->addStretch(1);
    connect(nowButton, &QPushButton::clicked, this, [this] {
        m_failedAt->setDateTime(QDateTime::fromMSecsSinceEpoch(now() / 60'000 * 60'000));
        m_failedAt->setFocus(Qt::OtherFocusReason);
    });
    connect(m_failedAt, &QDateTimeEdit::dateTimeChanged, this, [this] { revalidate(); });
    return row;
}

void FeedbackDialog::buildForm(QWidget *header)
{
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (m_missed) {
        m_form->addRow(tr("Ass&et:"), m_assetCombo);
        auto *failedAtLabel = new QLabel(tr("&Failed at:"), this);
        failedAtLabel->setBuddy(m_failedAt);
        m_form->addRow(failedAtLabel, buildFailedAtRow());
        connect(m_assetCombo, &QComboBox::currentIndexChanged, this, [this] {
            refreshModes();
            revalidate();
        });
    }
    m_form->addRow(tr("Outcome:"), buildOutcomeRow());
    m_form->addRow(tr("Failure &mode:"), m_mode);
    m_form->addRow(tr("Descri&be:"), m_otherText);
    m_form->addRow(tr("&Cause:"), m_cause);
    m_form->addRow(tr("&Action taken:"), m_action);
    auto *downtimeLabel = new QLabel(tr("&Downtime:"), this);
    downtimeLabel->setBuddy(m_downtime);
    m_form->addRow(downtimeLabel, buildDowntimeRow());
    m_form->addRow(tr("N&otes:"), m_notes);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setText(tr("&Save"));
    m_save->setToolTip(tr("Save the record and send it to the fleet (Ctrl+Enter)"));
    // Enter in a text field must not save a half-typed record: only Save or Ctrl+Enter do.
    for (QAbstractButton *b : buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(b)) {
            push->setAutoDefault(false);
            push->setDefault(false);
        }
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &FeedbackDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (const auto key : {Qt::Key_Return, Qt::Key_Enter})
        connect(new QShortcut(QKeySequence(Qt::CTRL | key), this), &QShortcut::activated, this, &FeedbackDialog::accept);

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        m_otherText->setEnabled(otherChosen());
        revalidate();
    });
    for (QLineEdit *edit : {m_otherText, m_cause, m_action})
        connect(edit, &QLineEdit::textChanged, this, [this] { revalidate(); });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (m_notes->document()->characterCount() - 1 > kNotesCap) {
            QTextCursor cut(m_notes->document());
            cut.setPosition(kNotesCap);
            cut.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
            cut.removeSelectedText();   // emits textChanged again, under the cap
            return;
        }
        revalidate();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addLayout(m_form);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    setMinimumWidth(540);
    refreshModes();
    revalidate();
}

QString FeedbackDialog::assetType() const
{
    if (!m_missed)
        return m_assetType;
    const int i = m_assetCombo->currentData().toInt();
    return i >= 0 && i < int(m_assets.size()) ? m_assets[size_t(i)].type : QString();
}

void FeedbackDialog::refreshModes()
{
    const QString chosen = m_mode->currentData().toString();
    const QSignalBlocker block(m_mode);
    m_mode->clear();
    m_mode->addItem(tr("not determined"), QString());
    for (const FailureMode &m : m_vocabulary.entriesFor(assetType()))
        m_mode->addItem(tr("%1 (%2)").arg(FailureModeVocabulary::displayName(m.name), m.code), m.name);
    m_mode->setCurrentIndex(std::max(0, m_mode->findData(chosen)));   // keep the choice if the new list has it
    m_otherText->setEnabled(otherChosen());
}

bool FeedbackDialog::otherChosen() const
{
    return m_vocabulary.isOther(assetType(), m_mode->currentData().toString());
}

LabelDraft FeedbackDialog::draft() const
{
    LabelDraft d;
    if (m_missed) {
        d.outcome = Outcome::MissedFailure;
        const int i = m_assetCombo->currentData().toInt();
        if (i >= 0 && i < int(m_assets.size())) {
            d.site = m_assets[size_t(i)].site;
            d.asset = m_assets[size_t(i)].asset;
        }
        if (m_failedAt->dateTime() != m_failedAt->minimumDateTime())
            d.failedAt = m_failedAt->dateTime().toMSecsSinceEpoch();
    } else {
        d.alertKey = m_alertKey;
        d.site = m_site;
        d.asset = m_asset;
        if (m_outcomes->checkedId() >= 0)
            d.outcome = Outcome(m_outcomes->checkedId());
    }
    d.failureMode = otherChosen() && !m_otherText->text().trimmed().isEmpty() ? m_otherText->text().trimmed()
                                                                             : m_mode->currentData().toString();
    d.cause = m_cause->text().trimmed();
    d.action = m_action->text().trimmed();
    if (!m_downtimeUnknown->isChecked())
        d.downtimeMinutes = m_downtime->value();
    d.notes = m_notes->toPlainText().trimmed();
    return d;
}

QString FeedbackDialog::failureModeCode() const
{
    return m_vocabulary.codeOf(assetType(), m_mode->currentData().toString());
}

void FeedbackDialog::setClock(std::function<qint64()> now)
{
    m_now = std::move(now);
    revalidate();
}

void FeedbackDialog::revalidate()
{
    QStringList list = LabelValidation::problems(draft(), now());
    if (otherChosen() && m_otherText->text().trimmed().isEmpty())
        list << tr("Failure mode: you chose Other; describe it in a few words.");
    m_problemList = list;
    m_save->setEnabled(list.isEmpty());
    if (list.isEmpty()) {
        m_problems->setText(tr("Ready to save (Ctrl+Enter)."));
        m_problems->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(hmi::scheme().mutedText.name()));
    } else {
        // Not an alarm: dark text with a marker, no colour (ISA-101 keeps colour for abnormal plant states).
        m_problems->setText(QStringLiteral("▸ ") + list.join(QStringLiteral("\n▸ ")));
        m_problems->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(hmi::scheme().text.name()));
    }
}

void FeedbackDialog::showEvent(QShowEvent *event)
{
    // QDialogButtonBox makes Save the default button when it is shown; undo that, so that Enter in a
    // field never saves a half-typed record.
    m_save->setDefault(false);
    QDialog::showEvent(event);
}

void FeedbackDialog::accept()
{
    revalidate();   // the clock may have moved since the last edit
    if (m_save->isEnabled())
        QDialog::accept();
}

} // namespace fw

#pragma once
// LabelDesk: the technician's side of AlertCenter, on the same store: saves labels (LabelBook), keeps
// the evidence that comes with raised alerts, answers the details, awaiting-outcome and model-quality
// requests, and keeps the label counts and (once it was requested) the awaiting-outcome list up to
// date. AlertCenter owns it, calls it and forwards its signals as its own (see alertcenter.h).
//
// Threads and lifetime: lives in the alerts thread; created after the store and its repositories are
// open and destroyed before them.

#include "core/alerts/alertdetails.h"
#include "core/alerts/alertrecord.h"
#include "core/fleet/evidencewindow.h"
#include "core/labels/labelbook.h"
#include "core/labels/labeldraft.h"

#include <QObject>

#include <memory>

namespace fw {

class AlertDetailsBuilder;
class AlertEventRepository;
class AlertRepository;
class Database;
class EvidenceRepository;
class LabelRepository;
class OutboxRepository;
class QualityRepository;

class LabelDesk : public QObject
{
    Q_OBJECT
public:
    LabelDesk(Database &db, AlertRepository &alerts, AlertEventRepository &events, OutboxRepository &outbox,
              const QString &root, QObject *parent = nullptr);
    ~LabelDesk() override;

    // Inside the transaction that stored the raised event of the alert stored as alertRow.
    void keepEvidence(qint64 alertRow, const AlertEvidence &evidence);
    // True when saved (labelSaved emitted), false when rejected (labelRejected emitted).
    bool recordOutcome(const LabelDraft &draft, const LabelBook::Author &author, qint64 now);
    void requestDetails(const QString &alertKey);
    void requestAwaitingOutcome(qint64 now);
    void requestModelQuality();
    std::optional<LabelRecord> label(const QString &labelId);

    // Something that may change the awaiting-outcome list (an acknowledgement) or the label counts (an
    // outbox row delivered) happened; flush() tells the views, at most once per call.
    void noteAcknowledged() { m_awaitingDirty = true; }
    void noteOutboxChanged() { m_countsDirty = true; }
    void flush(qint64 now);

    // "site/asset/alertId" -> the stored alert.
    std::optional<AlertRecord> findAlert(const QString &alertKey);

Q_SIGNALS:
    void labelSaved(const QString &alertKey, const QString &labelId);
    void labelRejected(const QString &alertKey, const QStringList &problems);
    void labelCountsChanged(int pending, int delivered);
    void detailsReady(fw::AlertDetailsPtr details);
    void detailsUnavailable(const QString &alertKey, const QString &reason);
    void awaitingOutcomeReady(fw::AlertRecordsPtr alerts);
    void modelQualityReady(fw::ModelQualitiesPtr qualities);

private:
    AlertRepository &m_alerts;
    std::unique_ptr<LabelRepository> m_labels;
    std::unique_ptr<EvidenceRepository> m_evidence;
    std::unique_ptr<QualityRepository> m_quality;
    std::unique_ptr<LabelBook> m_book;
    std::unique_ptr<AlertDetailsBuilder> m_details;
    std::pair<int, int> m_counts{-1, -1};   // as last emitted
    bool m_countsDirty = true;
    bool m_awaitingWanted = false;          // requested once: kept up to date from then on
    bool m_awaitingDirty = false;
};

} // namespace fw

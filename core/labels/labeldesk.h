#pragma once
// LabelDesk: the technician's side of the console, on AlertCenter's store: saves labels (LabelBook)
// with their outbox message, keeps the evidence that comes with raised alerts, answers the details,
// awaiting-outcome and model-quality requests with one signal each, and keeps the label counts and
// (once it was requested) the awaiting-outcome list up to date. The GUI talks to it directly.
//
// Threads and lifetime: AlertCenter creates it with itself (a child), so it lives in the alerts thread
// and exists before anything connects to it: call its slots through queued connections or
// QMetaObject::invokeMethod. AlertCenter opens it on the store it opened in that thread (open(), after
// the store and its repositories, close() before them) and tells it what changed there (keepEvidence(),
// noteAcknowledged(), flush()). While it is closed, recordOutcome() and requestDetails() answer that
// the store is not open and the other requests do nothing.

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
class OutboxPublisher;
class OutboxRepository;
class QualityRepository;

class LabelDesk : public QObject
{
    Q_OBJECT
public:
    // `author`: who records outcomes here (this console's user).
    LabelDesk(const QString &root, LabelBook::Author author, QObject *parent = nullptr);
    ~LabelDesk() override;

    // For AlertCenter, in the alerts thread. A saved label goes to `publisher` at once.
    void open(Database &db, AlertRepository &alerts, AlertEventRepository &events, OutboxRepository &outbox,
              OutboxPublisher &publisher);
    void close();
    bool isOpen() const { return m_book != nullptr; }
    // While non-empty (the store is not saving: AlertCenter sets it), outcomes are refused with it.
    void setRefusal(const QString &why) { m_refusal = why; }
    void setAuthor(const LabelBook::Author &author) { m_author = author; }
    // Inside the transaction that stored the raised event of the alert stored as alertRow.
    void keepEvidence(qint64 alertRow, const AlertEvidence &evidence);
    // Something that may change the awaiting-outcome list (an acknowledgement) or the label counts (an
    // outbox row delivered) happened; flush() tells the views, at most once per call.
    void noteAcknowledged() { m_awaitingDirty = true; }
    void noteOutboxChanged() { m_countsDirty = true; }
    void flush(qint64 now);

    // In the alerts thread (or once it has stopped): the label, nullopt when unknown or closed.
    std::optional<LabelRecord> label(const QString &labelId);

public Q_SLOTS:
    // Saves the technician's record as a label: labelSaved, or labelRejected with every problem
    // (nothing saved), then labelCountsChanged.
    void recordOutcome(const fw::LabelDraft &draft);
    // detailsReady, or detailsUnavailable when the alert is not in the store.
    void requestDetails(const QString &alertKey);
    // awaitingOutcomeReady now, and again whenever a label is saved or an alert acknowledged.
    void requestAwaitingOutcome();
    void requestModelQuality();

Q_SIGNALS:
    void labelSaved(const QString &alertKey, const QString &labelId);
    void labelRejected(const QString &alertKey, const QStringList &problems);
    // Labels only: waiting for the broker's acknowledgement, and delivered.
    void labelCountsChanged(int pending, int delivered);
    void detailsReady(fw::AlertDetailsPtr details);
    void detailsUnavailable(const QString &alertKey, const QString &reason);
    // Acknowledged alerts without a label, oldest first (LabelBook::awaitingOutcome()).
    void awaitingOutcomeReady(fw::AlertRecordsPtr alerts);
    void modelQualityReady(fw::ModelQualitiesPtr qualities);

private:
    // "site/asset/alertId" -> the stored alert.
    std::optional<AlertRecord> findAlert(const QString &alertKey);

    QString m_root;
    LabelBook::Author m_author;
    QString m_refusal;
    AlertRepository *m_alerts = nullptr;
    OutboxPublisher *m_publisher = nullptr;
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

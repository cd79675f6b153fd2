#include "core/labels/labeldesk.h"

#include "core/alerts/alertdetailsbuilder.h"
#include "core/mqtt/outboxpublisher.h"
#include "core/store/alertrepository.h"
#include "core/store/evidencerepository.h"
#include "core/store/labelrepository.h"
#include "core/store/qualityrepository.h"
#include "core/users/role.h"

#include <QCoreApplication>
#include <QDateTime>

// The two "The local store is not open" answers were AlertCenter's: they keep its translation context,
// so that the translations made for them still apply.

namespace fw {

LabelDesk::LabelDesk(const QString &root, LabelBook::Author author, QObject *parent)
    : QObject(parent), m_root(root), m_author(std::move(author))
{
    qRegisterMetaType<fw::LabelDraft>();
    qRegisterMetaType<fw::AlertDetailsPtr>();
    qRegisterMetaType<fw::AlertRecordsPtr>();
    qRegisterMetaType<fw::ModelQualitiesPtr>();
}

LabelDesk::~LabelDesk() = default;

void LabelDesk::open(Database &db, AlertRepository &alerts, AlertEventRepository &events, OutboxRepository &outbox,
                     OutboxPublisher &publisher)
{
    close();
    m_alerts = &alerts;
    m_publisher = &publisher;
    m_labels = std::make_unique<LabelRepository>(db);
    m_evidence = std::make_unique<EvidenceRepository>(db);
    m_quality = std::make_unique<QualityRepository>(db);
    m_book = std::make_unique<LabelBook>(db, *m_labels, outbox, alerts, m_root);
    m_details = std::make_unique<AlertDetailsBuilder>(events, *m_evidence, *m_quality, m_root);
}

void LabelDesk::close()
{
    m_details.reset();
    m_book.reset();
    m_quality.reset();
    m_evidence.reset();
    m_labels.reset();
    m_publisher = nullptr;
    m_alerts = nullptr;
    // What a newly opened store has to tell again.
    m_counts = {-1, -1};
    m_countsDirty = true;
    m_awaitingWanted = false;
    m_awaitingDirty = false;
}

void LabelDesk::keepEvidence(qint64 alertRow, const AlertEvidence &evidence)
{
    if (m_evidence)
        m_evidence->store(alertRow, evidence.capturedAt, evidence.window);
}

std::optional<AlertRecord> LabelDesk::findAlert(const QString &alertKey)
{
    // Every change to an alert is written through to the store at once: the store has it as the queue does.
    const QStringList ids = alertKey.split(QLatin1Char('/'));   // ids never hold a '/'
    if (ids.size() != 3)
        return std::nullopt;
    return m_alerts->find(ids[0], ids[1], ids[2]);
}

void LabelDesk::recordOutcome(const LabelDraft &draft)
{
    if (!isOpen()) {
        emit labelRejected(draft.alertKey,
                           {QCoreApplication::translate("fw::AlertCenter", "The local store is not open; nothing was saved.")});
        return;
    }
    if (!m_refusal.isEmpty()) {
        emit labelRejected(draft.alertKey, {m_refusal});
        return;
    }
    if (const QString why = refusalFor(roleFromName(m_author.role), Capability::RecordOutcome); !why.isEmpty()) {
        emit labelRejected(draft.alertKey, {why});
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::optional<AlertRecord> alert;
    if (!draft.alertKey.isEmpty())
        alert = findAlert(draft.alertKey);
    const LabelBook::Result result = m_book->save(draft, alert ? &*alert : nullptr, m_author, now);
    if (!result.saved()) {
        emit labelRejected(draft.alertKey, result.problems);
        return;
    }
    emit labelSaved(draft.alertKey, result.labelId);
    m_countsDirty = true;
    m_awaitingDirty = true;
    flush(now);
    m_publisher->publishQueued();
}

void LabelDesk::requestDetails(const QString &alertKey)
{
    if (!isOpen())
        emit detailsUnavailable(alertKey, QCoreApplication::translate("fw::AlertCenter", "The local store is not open."));
    else if (const std::optional<AlertRecord> alert = findAlert(alertKey))
        emit detailsReady(m_details->build(*alert));
    else
        emit detailsUnavailable(alertKey, QCoreApplication::translate("fw", "This alert is not in the local store."));
}

void LabelDesk::requestAwaitingOutcome()
{
    if (!isOpen())
        return;
    m_awaitingWanted = true;
    m_awaitingDirty = true;
    flush(QDateTime::currentMSecsSinceEpoch());
}

void LabelDesk::requestModelQuality()
{
    if (isOpen())
        emit modelQualityReady(std::make_shared<ModelQualities>(m_quality->modelQualities()));
}

std::optional<LabelRecord> LabelDesk::label(const QString &labelId)
{
    return m_labels ? m_labels->find(labelId) : std::nullopt;
}

void LabelDesk::flush(qint64 now)
{
    if (!isOpen())
        return;
    if (m_countsDirty) {
        m_countsDirty = false;
        const std::pair<int, int> counts = m_book->counts();
        if (counts != m_counts)
            emit labelCountsChanged(counts.first, counts.second);
        m_counts = counts;
    }
    if (m_awaitingWanted && m_awaitingDirty) {
        m_awaitingDirty = false;
        emit awaitingOutcomeReady(std::make_shared<AlertRecords>(m_book->awaitingOutcome(now)));
    }
}

} // namespace fw

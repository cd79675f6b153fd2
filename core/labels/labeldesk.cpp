#include "core/labels/labeldesk.h"

#include "core/alerts/alertdetailsbuilder.h"
#include "core/store/alertrepository.h"
#include "core/store/evidencerepository.h"
#include "core/store/labelrepository.h"
#include "core/store/qualityrepository.h"

#include <QCoreApplication>

namespace fw {

LabelDesk::LabelDesk(Database &db, AlertRepository &alerts, AlertEventRepository &events, OutboxRepository &outbox,
                     const QString &root, QObject *parent)
    : QObject(parent)
    , m_alerts(alerts)
    , m_labels(std::make_unique<LabelRepository>(db))
    , m_evidence(std::make_unique<EvidenceRepository>(db))
    , m_quality(std::make_unique<QualityRepository>(db))
    , m_book(std::make_unique<LabelBook>(db, *m_labels, outbox, alerts, root))
    , m_details(std::make_unique<AlertDetailsBuilder>(events, *m_evidence, *m_quality, root))
{
}

LabelDesk::~LabelDesk() = default;

void LabelDesk::keepEvidence(qint64 alertRow, const AlertEvidence &evidence)
{
    m_evidence->store(alertRow, evidence.capturedAt, evidence.window);
}

std::optional<AlertRecord> LabelDesk::findAlert(const QString &alertKey)
{
    // Every change to an alert is written through to the store at once: the store has it as the queue does.
    const QStringList ids = alertKey.split(QLatin1Char('/'));   // ids never hold a '/'
    if (ids.size() != 3)
        return std::nullopt;
    return m_alerts.find(ids[0], ids[1], ids[2]);
}

bool LabelDesk::recordOutcome(const LabelDraft &draft, const LabelBook::Author &author, qint64 now)
{
    std::optional<AlertRecord> alert;
    if (!draft.alertKey.isEmpty())
        alert = findAlert(draft.alertKey);
    const LabelBook::Result result = m_book->save(draft, alert ? &*alert : nullptr, author, now);
    if (!result.saved()) {
        emit labelRejected(draft.alertKey, result.problems);
        return false;
    }
    emit labelSaved(draft.alertKey, result.labelId);
    m_countsDirty = true;
    m_awaitingDirty = true;
    flush(now);
    return true;
}

void LabelDesk::requestDetails(const QString &alertKey)
{
    if (const std::optional<AlertRecord> alert = findAlert(alertKey))
        emit detailsReady(m_details->build(*alert));
    else
        emit detailsUnavailable(alertKey, QCoreApplication::translate("fw", "This alert is not in the local store."));
}

void LabelDesk::requestAwaitingOutcome(qint64 now)
{
    m_awaitingWanted = true;
    m_awaitingDirty = true;
    flush(now);
}

void LabelDesk::requestModelQuality()
{
    emit modelQualityReady(std::make_shared<ModelQualities>(m_quality->modelQualities()));
}

std::optional<LabelRecord> LabelDesk::label(const QString &labelId)
{
    return m_labels->find(labelId);
}

void LabelDesk::flush(qint64 now)
{
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

#include "core/labels/labelbook.h"

#include "core/store/alertrepository.h"
#include "core/store/database.h"
#include "core/store/labelrepository.h"
#include "core/common/logging.h"
#include "core/store/outboxrepository.h"
#include "core/fleet/payloadencoder.h"

#include <QCoreApplication>
#include <QUuid>

namespace fw {

LabelBook::LabelBook(Database &db, LabelRepository &labels, OutboxRepository &outbox, AlertRepository &alerts,
                     const QString &root)
    : m_db(db), m_labels(labels), m_outbox(outbox), m_alerts(alerts), m_topics(root), m_journal(db)
{
}

AlertRecords LabelBook::awaitingOutcome(qint64 now)
{
    AlertRecords records;
    const qint64 since = now - qint64(kAwaitingDays) * 24 * 3600 * 1000;
    // The store holds every alert as the queue has it (written through on every change).
    for (const AlertKeyRef &k : m_labels.awaitingOutcome(since, kAwaitingLimit)) {
        if (std::optional<AlertRecord> r = m_alerts.find(k.site, k.asset, k.alertId))
            records.push_back(std::move(*r));
    }
    return records;
}

std::pair<int, int> LabelBook::counts()
{
    return {m_labels.pendingCount(), m_labels.deliveredCount()};
}

LabelMsg LabelBook::messageFor(const LabelDraft &draft, const AlertRecord *alert, const Author &author, qint64 now)
{
    LabelMsg m;
    m.labelId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m.outcome = *draft.outcome;
    if (alert) {
        m.site = alert->site;
        m.asset = alert->asset;
        m.alert = alert->alertId;
        m.alertTs = alert->raisedTs;
        if (!alert->model.name.isEmpty())
            m.model = alert->model;
    } else {
        m.site = draft.site;
        m.asset = draft.asset;
        m.model = m_labels.modelOfLatestAlert(draft.site, draft.asset);
    }
    m.failureMode = draft.failureMode;
    m.cause = draft.cause;
    m.action = draft.action;
    m.downtimeMinutes = draft.downtimeMinutes;
    m.technician = author.user;
    m.recordedAt = now;
    m.failedAt = draft.failedAt;
    m.console = author.console;
    return m;
}

bool LabelBook::journal(const LabelMsg &m, const Author &author, const QString &notes, qint64 now)
{
    JournalEntry e;
    e.at = now;
    e.user = author.user;
    e.role = author.role;
    e.console = author.console;
    e.what = m.outcome == Outcome::MissedFailure ? QStringLiteral("missed_failure") : QStringLiteral("outcome");
    e.subject = m.alert ? QStringLiteral("%1/%2/%3").arg(m.site, m.asset, *m.alert) : QStringLiteral("%1/%2").arg(m.site, m.asset);
    e.after = outcomeName(m.outcome);
    e.detail = QStringList{m.failureMode, m.cause, m.action, notes}.join(QLatin1String(" | "));
    return m_journal.append(e);
}

LabelBook::Result LabelBook::save(const LabelDraft &draft, const AlertRecord *alert, const Author &author, qint64 now)
{
    Result result;
    result.problems = LabelValidation::problems(draft, now);
    const bool aboutAlert = draft.outcome && *draft.outcome != Outcome::MissedFailure && !draft.alertKey.isEmpty();
    if (aboutAlert && (!alert || alert->rowId <= 0))
        result.problems << QCoreApplication::translate("fw", "Alert: %1 is not in the local store; choose an alert from "
                                                             "the list.").arg(draft.alertKey.left(200));
    if (!result.problems.isEmpty())
        return result;

    const LabelMsg message = messageFor(draft, aboutAlert ? alert : nullptr, author, now);
    const QByteArray payload = PayloadEncoder::encode(message);
    const QString topic = m_topics.topicFor(TopicRef{MessageKind::Label, message.site, message.asset, {}, {}});
    // The label and the message that delivers it: one durable transaction, both or neither.
    m_db.setDurable(true);
    Transaction tx(m_db);
    qint64 outboxId = 0;
    const bool stored = tx.isActive()
                     && (outboxId = m_outbox.enqueue(QStringLiteral("label"), topic, payload, 1, now)) > 0
                     && m_labels.insert(message, aboutAlert ? alert->rowId : 0, draft.notes, payload, outboxId) > 0
                     && journal(message, author, draft.notes, now) && tx.commit();
    if (!stored) {
        result.problems << QCoreApplication::translate("fw", "The label could not be saved in the local store; nothing "
                                                             "was recorded. Try again, and tell the administrator if it "
                                                             "keeps failing.");
        return result;
    }
    logging::get("alerts")->info("label {} ({}) for {}/{}{} saved by {}", message.labelId.toStdString(),
                                 outcomeName(message.outcome).toStdString(), logging::sanitize(message.site),
                                 logging::sanitize(message.asset),
                                 message.alert ? " alert " + logging::sanitize(*message.alert) : std::string(),
                                 logging::sanitize(author.user));
    result.labelId = message.labelId;
    return result;
}

} // namespace fw

#pragma once
// LabelBook: turns a technician's LabelDraft into a saved label. It checks the draft
// (LabelValidation), builds the labelled outcome (LabelMsg) with a new UUID, the alert's site, asset,
// id, raise time and model, and writes the label with its outbox message (kind "label", topic
// ROOT/SITE/ASSET/labels, QoS 1) in one durable transaction. Publishing is the OutboxPublisher's job.
//
// Threads and lifetime: those of the Database and repositories it is given (the alerts thread);
// destroy it before them.

#include "core/alerts/alertrecord.h"
#include "core/labels/labeldraft.h"
#include "core/audit/journalrepository.h"
#include "core/fleet/topicparser.h"

namespace fw {

class AlertRepository;
class Database;
class LabelRepository;
class OutboxRepository;

class LabelBook
{
public:
    // Who records: the signed-in user (technician) at this console.
    struct Author
    {
        QString user;
        QString console;
        QString role;   // core/users/role.h's name; empty: nobody signed in
    };

    struct Result
    {
        QString labelId;        // set when saved
        QStringList problems;   // translated sentences when not saved (nothing was written)
        bool saved() const { return !labelId.isEmpty(); }
    };

    // The awaiting-outcome list: acknowledged alerts first received in the last kAwaitingDays days,
    // at most kAwaitingLimit of them.
    static constexpr int kAwaitingDays = 30;
    static constexpr int kAwaitingLimit = 500;

    LabelBook(Database &db, LabelRepository &labels, OutboxRepository &outbox, AlertRepository &alerts,
              const QString &root);

    // `alert`: the stored alert that draft.alertKey names (null when there is none, or for a missed
    // failure). `now`: ms since the epoch, for recorded_at and the checks. The label, its outbox row and
    // its journal row ("outcome" or "missed_failure") are stored in one transaction.
    Result save(const LabelDraft &draft, const AlertRecord *alert, const Author &author, qint64 now);

    // Acknowledged alerts (by anyone, in any state) first received (raised_at) in the kAwaitingDays
    // days before `now` that have no label yet, oldest first, at most kAwaitingLimit. Empty on error.
    AlertRecords awaitingOutcome(qint64 now);
    // Labels waiting for the broker's acknowledgement, and delivered (-1 on error).
    std::pair<int, int> counts();

private:
    bool journal(const LabelMsg &m, const Author &author, const QString &notes, qint64 now);
    LabelMsg messageFor(const LabelDraft &draft, const AlertRecord *alert, const Author &author, qint64 now);

    Database &m_db;
    LabelRepository &m_labels;
    OutboxRepository &m_outbox;
    AlertRepository &m_alerts;
    TopicParser m_topics;
    JournalRepository m_journal;
};

} // namespace fw

#pragma once
// LabelRepository: the `labels` table, technicians' labelled outcomes (see core/labels/labeldraft.h), and
// the questions asked about it: whether a label was delivered (its outbox row), how many wait, which
// acknowledged alerts still wait for one. Statements are prepared once, in the constructor.
// Thread affinity and lifetime: those of the Database it is bound to (destroy it first).
// Errors: logged on the "store" logger; reported as 0 / nullopt / -1 / an empty list with *ok false
// (ok may be null).

#include "core/fleet/fleetdecoder.h"
#include "core/labels/labeldraft.h"
#include "core/store/sqlstatement.h"

#include <optional>
#include <vector>

namespace fw {

class Database;

// An alert that the awaiting-outcome list names.
struct AlertKeyRef
{
    QString site;
    QString asset;
    QString alertId;
};

class LabelRepository
{
public:
    explicit LabelRepository(Database &db);
    bool isValid() const;

    // Stores a saved label: its message (label_id, site, asset, outcome, ...), the local notes, the
    // payload as sent and the id of its outbox row. alertRow: the labelled alert's row, 0 for a missed
    // failure. Call inside the transaction that enqueued the outbox row. The new row id, or 0 on error
    // (a label_id already stored is an error).
    qint64 insert(const LabelMsg &message, qint64 alertRow, const QString &notes, const QByteArray &payload,
                  qint64 outboxId);
    // A label by its label_id, with deliveredAt from its outbox row.
    std::optional<LabelRecord> find(const QString &labelId);
    // The newest label of an alert (by the order saved), if any.
    std::optional<LabelRecord> latestForAlert(qint64 alertRow);
    // Labels whose outbox message the broker has not acknowledged yet, and those it has; -1 on error.
    int pendingCount();
    int deliveredCount();
    // Acknowledged alerts first received (raised_at) at or after sinceMs that have no label, oldest first,
    // at most `limit`.
    std::vector<AlertKeyRef> awaitingOutcome(qint64 sinceMs, int limit, bool *ok = nullptr);
    // The model of the asset's newest alert that named one, for a missed failure's label.
    std::optional<ModelRef> modelOfLatestAlert(const QString &site, const QString &asset);

private:
    std::optional<LabelRecord> readOne(SqlStatement &select);
    int count(SqlStatement &statement);

    FleetDecoder m_decoder;
    SqlStatement m_insert;
    SqlStatement m_find;
    SqlStatement m_latestForAlert;
    SqlStatement m_pendingCount;
    SqlStatement m_deliveredCount;
    SqlStatement m_awaiting;
    SqlStatement m_latestModel;
};

} // namespace fw

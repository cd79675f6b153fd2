#include "core/store/labelrepository.h"

#include "core/store/database.h"
#include "core/common/logging.h"

namespace fw {

namespace {

#define FW_LABEL_SELECT                                                                                 \
    "SELECT l.id, l.label_id, l.site, l.asset, l.notes, l.outbox_id, o.delivered_at, l.payload "       \
    "FROM labels l LEFT JOIN outbox o ON o.id = l.outbox_id "

constexpr const char *kInsert =
    "INSERT INTO labels(label_id, alert_row, site, asset, outcome, failure_mode, cause, action, downtime_minutes, "
    "technician, recorded_at, alert_ts, failed_at, model_name, model_version, console, notes, outbox_id, payload) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19) RETURNING id";

constexpr const char *kFind = FW_LABEL_SELECT "WHERE l.label_id = ?1";
constexpr const char *kLatestForAlert = FW_LABEL_SELECT "WHERE l.alert_row = ?1 ORDER BY l.id DESC LIMIT 1";

#undef FW_LABEL_SELECT

// The partial index outbox_pending holds only what waits: a few rows to check for their kind.
constexpr const char *kPendingCount =
    "SELECT count(*) FROM outbox WHERE delivered_at IS NULL AND kind = 'label'";
constexpr const char *kDeliveredCount =
    "SELECT count(*) FROM labels l JOIN outbox o ON o.id = l.outbox_id WHERE o.delivered_at IS NOT NULL";

// alerts_report (raised_at, acked_at, ...) yields the period in raised_at order and filters the
// acknowledged from the index; labels_alert answers "has a label" per candidate. LIMIT stops the walk.
constexpr const char *kAwaiting =
    "SELECT a.site, a.asset, a.alert_id FROM alerts a "
    "WHERE a.raised_at >= ?1 AND a.acked_at IS NOT NULL "
    "AND NOT EXISTS (SELECT 1 FROM labels l WHERE l.alert_row = a.id) "
    "ORDER BY a.raised_at LIMIT ?2";

constexpr const char *kLatestModel =
    "SELECT model_name, model_version FROM alerts WHERE site = ?1 AND asset = ?2 AND model_name <> '' "
    "ORDER BY raised_at DESC LIMIT 1";

} // namespace

LabelRepository::LabelRepository(Database &db)
    : m_insert(db.handle(), kInsert)
    , m_find(db.handle(), kFind)
    , m_latestForAlert(db.handle(), kLatestForAlert)
    , m_pendingCount(db.handle(), kPendingCount)
    , m_deliveredCount(db.handle(), kDeliveredCount)
    , m_awaiting(db.handle(), kAwaiting)
    , m_latestModel(db.handle(), kLatestModel)
{
}

bool LabelRepository::isValid() const
{
    return m_insert.isValid() && m_find.isValid() && m_latestForAlert.isValid() && m_pendingCount.isValid()
           && m_deliveredCount.isValid() && m_awaiting.isValid() && m_latestModel.isValid();
}

qint64 LabelRepository::insert(const LabelMsg &m, qint64 alertRow, const QString &notes, const QByteArray &payload,
                               qint64 outboxId)
{
    StatementReset reset(m_insert);
    m_insert.bind(1, m.labelId);
    if (alertRow > 0)
        m_insert.bind(2, alertRow);
    else
        m_insert.bindNull(2);
    m_insert.bind(3, m.site);
    m_insert.bind(4, m.asset);
    m_insert.bind(5, outcomeName(m.outcome));
    m_insert.bind(6, m.failureMode);
    m_insert.bind(7, m.cause);
    m_insert.bind(8, m.action);
    m_insert.bind(9, m.downtimeMinutes);
    m_insert.bind(10, m.technician);
    m_insert.bind(11, m.recordedAt);
    m_insert.bind(12, m.alertTs);
    m_insert.bind(13, m.failedAt);
    m_insert.bind(14, m.model ? m.model->name : QString());
    m_insert.bind(15, m.model ? m.model->version : QString());
    m_insert.bind(16, m.console);
    m_insert.bind(17, notes);
    m_insert.bind(18, outboxId);
    m_insert.bind(19, payload);
    if (!m_insert.next())
        return 0;
    const qint64 id = m_insert.int64(0);
    while (m_insert.next()) {
    }
    return m_insert.failed() ? 0 : id;
}

std::optional<LabelRecord> LabelRepository::find(const QString &labelId)
{
    m_find.bind(1, labelId);
    return readOne(m_find);
}

std::optional<LabelRecord> LabelRepository::latestForAlert(qint64 alertRow)
{
    m_latestForAlert.bind(1, alertRow);
    return readOne(m_latestForAlert);
}

std::optional<LabelRecord> LabelRepository::readOne(SqlStatement &select)
{
    StatementReset reset(select);
    if (!select.next())
        return std::nullopt;
    LabelRecord r;
    r.rowId = select.int64(0);
    r.labelId = select.text(1);
    r.notes = select.text(4);
    r.outboxId = select.int64(5);
    r.deliveredAt = select.optionalInt64(6);
    // The message exactly as it was sent.
    const TopicRef topic{MessageKind::Label, select.text(2), select.text(3), {}, {}};
    DecodeResult decoded = m_decoder.decodePayload(topic, select.blob(7), 0);
    if (auto *message = std::get_if<FleetMessage>(&decoded)) {
        if (auto *label = std::get_if<LabelMsg>(&message->payload))
            r.message = std::move(*label);
    } else {
        logging::get("store")->error("label {}: stored payload not readable ({})", logging::sanitize(r.labelId, 64),
                                     logging::sanitize(std::get<Rejection>(decoded).detail));
        r.message.labelId = r.labelId;
        r.message.site = topic.site;
        r.message.asset = topic.asset;
    }
    return r;
}

int LabelRepository::pendingCount()
{
    return count(m_pendingCount);
}

int LabelRepository::deliveredCount()
{
    return count(m_deliveredCount);
}

int LabelRepository::count(SqlStatement &statement)
{
    StatementReset reset(statement);
    if (!statement.next())
        return -1;
    return int(statement.int64(0));
}

std::vector<AlertKeyRef> LabelRepository::awaitingOutcome(qint64 sinceMs, int limit, bool *ok)
{
    StatementReset reset(m_awaiting);
    m_awaiting.bind(1, sinceMs);
    m_awaiting.bind(2, limit);
    std::vector<AlertKeyRef> keys;
    while (m_awaiting.next())
        keys.push_back(AlertKeyRef{m_awaiting.text(0), m_awaiting.text(1), m_awaiting.text(2)});
    if (ok)
        *ok = !m_awaiting.failed();
    if (m_awaiting.failed())
        return {};
    return keys;
}

std::optional<ModelRef> LabelRepository::modelOfLatestAlert(const QString &site, const QString &asset)
{
    StatementReset reset(m_latestModel);
    m_latestModel.bind(1, site);
    m_latestModel.bind(2, asset);
    if (!m_latestModel.next())
        return std::nullopt;
    return ModelRef{m_latestModel.text(0), m_latestModel.text(1)};
}

} // namespace fw

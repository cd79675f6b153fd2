#include "core/reports/alarmhealthreport.h"

#include "core/reports/columninterner.h"
#include "core/store/database.h"
#include "core/common/logging.h"
#include "core/store/sessionrepository.h"
#include "core/store/sqlstatement.h"

#include <QCoreApplication>

#include <QHash>
#include <QStringList>

#include <algorithm>
#include <limits>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include <sqlite3.h>

namespace fw {

namespace {

constexpr qint64 kTenMinutes = 10 * 60 * 1000;
constexpr qint64 kDay = 24 * 60 * 60 * 1000;

// One pass over the period feeds the rate, flood, priority mix, most frequent and chattering
// figures; grouped in C++ by small ids, several times faster than GROUP BY site, asset, title (a
// temporary b-tree of the period). A period that covers most of the store's history is read by a
// plain table scan (sequential) of everything raised before `to`, which also feeds the standing
// alerts (kStanding's conditions, checked in C++): one table scan for both. A shorter period is read
// through alerts_report with a row lookup each, and the standing alerts by kStanding.
constexpr const char *kPeriodAlertsByIndex =
    "SELECT raised_at, priority, chattering, site, asset, title FROM alerts INDEXED BY alerts_report "
    "WHERE raised_at >= ?1 AND raised_at < ?2";
// ?1 (from) is checked in C++: rows raised before the period may be standing alerts.
constexpr const char *kHistoryAlertsByScan =
    "SELECT raised_at, priority, chattering, site, asset, title, id, alert_id, acked_at, active, cleared_at "
    "FROM alerts NOT INDEXED WHERE raised_at < ?2";
// Two index seeks (min/max optimization); ?1 and ?2 are not used.
constexpr const char *kHistorySpan =
    "SELECT (SELECT min(raised_at) FROM alerts), (SELECT max(raised_at) FROM alerts), ?1, ?2";
// Standing at `to` (?2), raised before ?1 (`to` - 1 day): unacknowledged at `to`, active now, or
// returned to normal at or after `to` (only matters for a period in the past). One plain scan with
// all three conditions: cleared_at has no index, and a scan is faster than a walk of alerts_report
// with a row lookup each (and than the union of three such subqueries).
constexpr const char *kStanding =
    "SELECT site, asset, alert_id, title, priority, raised_at, acked_at IS NOT NULL AND acked_at < ?2, "
    "active = 1 OR cleared_at >= ?2 FROM alerts NOT INDEXED WHERE raised_at < ?1 "
    "AND (acked_at IS NULL OR acked_at >= ?2 OR active = 1 OR cleared_at >= ?2) "
    "ORDER BY raised_at, id";
// Shelve actions received over the period (received_at: this console's clock; ts is the sender's
// claim, which may be anything): the shelve rows of actions_event_ts (schema version 3), then the
// alert by rowid.
constexpr const char *kShelved =
    "SELECT a.site, a.asset, a.title, count(*), sum(x.shelve_minutes), max(x.shelve_minutes) AS m "
    "FROM actions x INDEXED BY actions_event_ts CROSS JOIN alerts a ON a.id = x.alert_row "
    "WHERE x.event = 'shelve' AND x.received_at >= ?1 AND x.received_at < ?2 "
    "GROUP BY a.site, a.asset, a.title ORDER BY 5 DESC, a.site, a.asset, a.title";

class Reader
{
public:
    Reader(Database &db, QString *error) : m_db(db), m_error(error) {}
    // Runs `sql` with ?1, ?2 bound and calls row(statement) per row; false on error.
    template<typename F>
    bool run(const char *sql, qint64 a, qint64 b, F row)
    {
        SqlStatement s(m_db.handle(), sql);
        if (s.isValid()) {
            StatementReset reset(s);
            s.bind(1, a);
            s.bind(2, b);
            while (s.next())
                row(s);
            if (!s.failed())
                return true;
        }
        if (m_error)
            *m_error = QCoreApplication::translate("fw::AlarmHealthReport", "The store could not be read (see the log).");
        return false;
    }

private:
    Database &m_db;
    QString *m_error;
};

struct AlertKey
{
    int site, asset, title;
    friend bool operator==(const AlertKey &a, const AlertKey &b)
    {
        return a.site == b.site && a.asset == b.asset && a.title == b.title;
    }
    friend size_t qHash(const AlertKey &k, size_t seed = 0) { return qHashMulti(seed, k.site, k.asset, k.title); }
};

struct KeyCounts
{
    int alerts = 0;
    int chattering = 0;
};

// Runs `sql` (?1 from, ?2 to) as a raw statement, calling row(statement) per row; false (logged) on
// error.
template<typename F>
bool scanPeriod(Database &db, const char *sql, const ReportPeriod &period, F row)
{
    sqlite3_stmt *st = nullptr;
    int rc = sqlite3_prepare_v2(db.handle(), sql, -1, &st, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_bind_int64(st, 1, period.fromMs);
    if (rc == SQLITE_OK)
        rc = sqlite3_bind_int64(st, 2, period.toMs);
    if (rc == SQLITE_OK) {
        while ((rc = sqlite3_step(st)) == SQLITE_ROW)
            row(st);
    }
    if (rc != SQLITE_DONE)
        logging::get("store")->error("alarm health: {} ({})", sqlite3_errmsg(db.handle()), sql);
    sqlite3_finalize(st);
    return rc == SQLITE_DONE;
}

// Most first, then by site, asset, title.
void sortCounts(std::vector<AlertCount> &v)
{
    std::sort(v.begin(), v.end(), [](const AlertCount &a, const AlertCount &b) {
        if (a.count != b.count)
            return a.count > b.count;
        return std::tie(a.site, a.asset, a.title) < std::tie(b.site, b.asset, b.title);
    });
}

} // namespace

std::array<PriorityMixGroup, 3> AlarmHealthReport::priorityMix() const
{
    std::array<PriorityMixGroup, 3> mix;
    mix[0].name = "low+medium";
    mix[1].name = "high";
    mix[2].name = "critical";
    mix[0].count = priorityCounts[0] + priorityCounts[1];
    mix[1].count = priorityCounts[2];
    mix[2].count = priorityCounts[3];
    const double guides[3] = {0.80, 0.15, 0.05};
    const double limits[3] = {0.65, 0.25, 0.10};
    for (size_t i = 0; i < mix.size(); ++i) {
        PriorityMixGroup &g = mix[i];
        g.guide = guides[i];
        g.limit = limits[i];
        g.atLeast = i == 0;
        g.share = alerts > 0 ? double(g.count) / alerts : 0.0;
        if (alerts > 0)
            g.within = g.atLeast ? g.share >= g.limit : g.share <= g.limit;
    }
    return mix;
}

std::optional<AlarmHealthReport> buildAlarmHealthReport(Database &db, const ReportPeriod &period, qint64 nowMs,
                                                        QString *error)
{
    AlarmHealthReport r;
    Reader reader(db, error);
    const qint64 from = period.fromMs;
    const qint64 to = period.toMs;
    const int gridIntervals = int((period.lengthMs() + kTenMinutes - 1) / kTenMinutes);
    ColumnInterner sites, assets, titles;
    QHash<AlertKey, KeyCounts> perKey;
    std::vector<int> perInterval(size_t(std::max(0, gridIntervals)), 0);

    // When the store was collecting; before its first session, the span of the alerts stands in.
    SessionRepository sessions(db);
    bool sessionsOk = true;
    const std::optional<qint64> recordedSince = sessions.firstStart(&sessionsOk);
    std::vector<SessionSpan> spans;
    if (sessionsOk)
        spans = sessions.overlapping(from, to, &sessionsOk);
    const qint64 unrecordedBefore = std::min(CollectionCoverage::elapsedEnd(period, nowMs),
                                             recordedSince.value_or(std::numeric_limits<qint64>::max()));
    std::optional<CollectionCoverage::Span> unrecordedAlerts;

    qint64 historyFrom = 0;
    qint64 historyTo = 0;
    bool ok = sessionsOk && reader.run(kHistorySpan, 0, 0, [&](const SqlStatement &s) {
        historyFrom = s.int64(0);
        historyTo = s.int64(1);
    });
    const qint64 covered = std::min(to, historyTo + 1) - std::max(from, historyFrom);
    const bool scan = covered * 2 > historyTo + 1 - historyFrom;
    const qint64 standingBefore = to - kDay;
    struct Standing
    {
        qint64 id;
        StandingAlert alert;
    };
    std::vector<Standing> standing;
    auto text = [](sqlite3_stmt *st, int column) {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, column)),
                                 sqlite3_column_bytes(st, column));
    };
    ok = ok && scanPeriod(db, scan ? kHistoryAlertsByScan : kPeriodAlertsByIndex, period, [&](sqlite3_stmt *st) {
        const qint64 raisedAt = sqlite3_column_int64(st, 0);
        if (scan && raisedAt < standingBefore) {
            const bool ackedBeforeTo = sqlite3_column_type(st, 8) != SQLITE_NULL && sqlite3_column_int64(st, 8) < to;
            const bool active = sqlite3_column_int64(st, 9) == 1
                                || (sqlite3_column_type(st, 10) != SQLITE_NULL && sqlite3_column_int64(st, 10) >= to);
            if (!ackedBeforeTo || active)
                standing.push_back(Standing{sqlite3_column_int64(st, 6),
                                            StandingAlert{text(st, 3), text(st, 4), text(st, 7), text(st, 5),
                                                          int(sqlite3_column_int64(st, 1)), raisedAt, ackedBeforeTo,
                                                          active}});
        }
        if (raisedAt < from)
            return;
        if (raisedAt < unrecordedBefore) {
            if (!unrecordedAlerts)
                unrecordedAlerts = CollectionCoverage::Span{raisedAt, raisedAt};
            unrecordedAlerts->first = std::min(unrecordedAlerts->first, raisedAt);
            unrecordedAlerts->second = std::max(unrecordedAlerts->second, raisedAt);
        }
        ++r.alerts;
        ++perInterval[size_t((raisedAt - from) / kTenMinutes)];
        const qint64 p = sqlite3_column_int64(st, 1);
        if (p >= 0 && p < 4)
            ++r.priorityCounts[size_t(p)];
        KeyCounts &c = perKey[AlertKey{sites.id(st, 3), assets.id(st, 4), titles.id(st, 5)}];
        ++c.alerts;
        if (sqlite3_column_int64(st, 2) != 0) {
            ++c.chattering;
            ++r.chatteringCount;
        }
    });
    if (!ok && error && error->isEmpty())
        *error = QCoreApplication::translate("fw::AlarmHealthReport", "The store could not be read (see the log).");
    r.coverage = CollectionCoverage::compute(period, nowMs, spans, recordedSince, unrecordedAlerts, kTenMinutes);
    for (size_t i = 0; i < perInterval.size(); ++i) {
        const int n = perInterval[i];
        const qint64 start = from + qint64(i) * kTenMinutes;
        if (n == 0 && !r.coverage.overlaps(start, std::min(to, start + kTenMinutes)))
            continue;   // nothing collected there: not in the denominator
        ++r.intervals;
        r.peakPerTenMinutes = std::max(r.peakPerTenMinutes, n);
        if (n >= AlarmHealthReport::kFloodThreshold)
            ++r.floodIntervals;
    }
    if (r.coverage.collectedMs > 0) {
        r.perTenMinutes = double(r.alerts) * double(kTenMinutes) / double(r.coverage.collectedMs);
        r.perDay = double(r.alerts) * double(kDay) / double(r.coverage.collectedMs);
    }
    std::vector<AlertCount> frequent;
    frequent.reserve(size_t(perKey.size()));
    for (auto it = perKey.cbegin(); it != perKey.cend(); ++it) {
        const AlertCount c{sites.name(it.key().site), assets.name(it.key().asset), titles.name(it.key().title), 0};
        frequent.push_back(c);
        frequent.back().count = it->alerts;
        if (it->chattering > 0) {
            r.chattering.push_back(c);
            r.chattering.back().count = it->chattering;
        }
    }
    sortCounts(frequent);
    if (frequent.size() > 10)
        frequent.resize(10);
    r.mostFrequent = std::move(frequent);
    sortCounts(r.chattering);
    if (r.chattering.size() > size_t(AlarmHealthReport::kListLimit))
        r.chattering.resize(size_t(AlarmHealthReport::kListLimit));
    if (scan) {
        std::sort(standing.begin(), standing.end(), [](const Standing &a, const Standing &b) {
            return std::tie(a.alert.raisedAt, a.id) < std::tie(b.alert.raisedAt, b.id);
        });
        r.standingCount = int(standing.size());
        for (size_t i = 0; i < standing.size() && i < size_t(AlarmHealthReport::kListLimit); ++i)
            r.standing.push_back(std::move(standing[i].alert));
    } else {
        ok = ok && reader.run(kStanding, standingBefore, to, [&r](const SqlStatement &s) {
            ++r.standingCount;
            if (r.standing.size() < size_t(AlarmHealthReport::kListLimit))
                r.standing.push_back(StandingAlert{s.text(0), s.text(1), s.text(2), s.text(3), int(s.int64(4)),
                                                   s.int64(5), s.boolean(6), s.boolean(7)});
        });
    }
    ok = ok && reader.run(kShelved, from, to, [&r](const SqlStatement &s) {
        ShelvedAlert a{s.text(0), s.text(1), s.text(2), int(s.int64(3)), s.int64(4), int(s.int64(5))};
        r.shelveActions += a.shelves;
        r.shelvedMinutes += a.minutes;
        if (r.shelved.size() < size_t(AlarmHealthReport::kListLimit))
            r.shelved.push_back(a);
    });
    if (!ok)
        return std::nullopt;
    return r;
}

} // namespace fw

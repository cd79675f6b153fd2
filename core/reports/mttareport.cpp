#include "core/reports/mttareport.h"

#include "core/reports/columninterner.h"
#include "core/store/database.h"
#include "core/common/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <algorithm>
#include <array>
#include <memory>
#include <numeric>
#include <string>
#include <string_view>
#include <unordered_map>

#include <sqlite3.h>

namespace fw {

namespace {

// Covered by alerts_report: no table access, already in raised_at order.
constexpr const char *kSelect =
    "SELECT raised_at, acked_at, priority, site, asset, line, acked_by FROM alerts "
    "WHERE raised_at >= ?1 AND raised_at < ?2 ORDER BY raised_at";

constexpr qint64 kMinute = 60 * 1000;
constexpr std::array<qint64, 8> kHistogramEdges = {0, kMinute, 5 * kMinute, 15 * kMinute, 30 * kMinute,
                                                    60 * kMinute, 240 * kMinute, 1440 * kMinute};

struct Accumulator
{
    std::vector<qint64> durations;
    int unacknowledged = 0;
    void add(std::optional<qint64> duration)
    {
        if (duration)
            durations.push_back(*duration);
        else
            ++unacknowledged;
    }
    size_t count() const { return durations.size() + size_t(unacknowledged); }
};

struct StatementFinalizer
{
    void operator()(sqlite3_stmt *s) const { sqlite3_finalize(s); }
};
using RawStatement = std::unique_ptr<sqlite3_stmt, StatementFinalizer>;

// The raw statement: this loop reads a million rows, and SqlStatement::text() would make a QString
// of every value. Errors logged as SqlStatement does.
RawStatement prepareSelect(sqlite3 *db, const ReportPeriod &period)
{
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(db, kSelect, -1, &raw, nullptr) != SQLITE_OK
        || sqlite3_bind_int64(raw, 1, period.fromMs) != SQLITE_OK || sqlite3_bind_int64(raw, 2, period.toMs) != SQLITE_OK) {
        logging::get("store")->error("time to acknowledge: {} ({})", sqlite3_errmsg(db), kSelect);
        sqlite3_finalize(raw);
        return nullptr;
    }
    return RawStatement(raw);
}

quint64 pairKey(int a, int b)
{
    return (quint64(quint32(a)) << 32) | quint32(b);
}

QString priorityName(qint64 p)
{
    static const char *const names[] = {"low", "medium", "high", "critical"};
    return p >= 0 && p < 4 ? QString::fromLatin1(names[p]) : QString::number(p);
}

std::vector<AckStats> summarizeAll(QHash<QString, Accumulator> &groups)
{
    std::vector<AckStats> rows;
    rows.reserve(size_t(groups.size()));
    for (auto it = groups.begin(); it != groups.end(); ++it)
        rows.push_back(summarizeAckTimes(it.key(), it->durations, it->unacknowledged));
    std::sort(rows.begin(), rows.end(), [](const AckStats &a, const AckStats &b) { return a.key < b.key; });
    return rows;
}

} // namespace

QString mttaDimensionName(MttaDimension d)
{
    switch (d) {
    case MttaDimension::Site: return QStringLiteral("site");
    case MttaDimension::Line: return QStringLiteral("line");
    case MttaDimension::Asset: return QStringLiteral("asset");
    case MttaDimension::Priority: return QStringLiteral("priority");
    case MttaDimension::Shift: return QStringLiteral("shift");
    case MttaDimension::Operator: return QStringLiteral("operator");
    }
    return {};
}

double percentileOfSorted(const std::vector<qint64> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const double rank = p * double(sorted.size() - 1);
    const size_t k = size_t(rank);
    const double f = rank - double(k);
    if (k + 1 >= sorted.size())
        return double(sorted.back());
    return double(sorted[k]) + f * double(sorted[k + 1] - sorted[k]);
}

AckStats summarizeAckTimes(const QString &key, std::vector<qint64> &durations, int unacknowledged)
{
    AckStats s;
    s.key = key;
    s.acknowledged = int(durations.size());
    s.unacknowledged = unacknowledged;
    if (durations.empty())
        return s;
    if (!std::is_sorted(durations.cbegin(), durations.cend()))
        std::sort(durations.begin(), durations.end());
    s.meanMs = double(std::accumulate(durations.cbegin(), durations.cend(), qint64(0))) / double(durations.size());
    s.medianMs = percentileOfSorted(durations, 0.5);
    s.p90Ms = percentileOfSorted(durations, 0.9);
    return s;
}

std::optional<MttaReport> buildMttaReport(Database &db, const ReportPeriod &period, const ShiftDefinition &shifts,
                                          TrendBucket bucket, QString *error)
{
    const RawStatement select = prepareSelect(db.handle(), period);
    if (!select) {
        if (error)
            *error = QCoreApplication::translate("fw::MttaReport", "The store could not be read (see the log).");
        return std::nullopt;
    }
    sqlite3_stmt *const st = select.get();
    const auto shiftChanges = shifts.changes(period.fromMs, period.toMs);
    std::vector<qint64> bucketStarts;
    for (qint64 t = ReportTime::bucketStart(period.fromMs, bucket); t < period.toMs;
         t = ReportTime::nextBucketStart(t, bucket))
        bucketStarts.push_back(t);

    // Groups are found by small integer ids (one string lookup per column and row, no key built per
    // row); the names are put together once per group at the end. The rows are sorted by time to
    // acknowledge once, so that every group's times arrive already in order (no sort per group).
    ColumnInterner sites, lines, assets, operators;
    QHash<quint64, int> lineIds, assetIds;
    std::vector<quint64> lineKeys, assetKeys;
    auto pairId = [](QHash<quint64, int> &ids, std::vector<quint64> &keys, quint64 key) {
        const auto it = ids.constFind(key);
        if (it != ids.cend())
            return *it;
        keys.push_back(key);
        return *ids.insert(key, int(keys.size()) - 1);
    };
    struct Row
    {
        qint64 duration;   // -1: unacknowledged at the end of the period
        int site, line, asset, op, priority, shift, bucket;
    };
    std::vector<Row> rows;
    std::vector<int> histogram(kHistogramEdges.size(), 0);

    size_t shiftAt = 0;   // rows come in raised_at order: walk the shift changes forward
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        Row row;
        const qint64 raisedAt = sqlite3_column_int64(st, 0);
        const bool acked = sqlite3_column_type(st, 1) != SQLITE_NULL;
        const qint64 ackedAt = sqlite3_column_int64(st, 1);
        row.duration = acked && ackedAt < period.toMs ? std::max<qint64>(0, ackedAt - raisedAt) : -1;
        row.site = sites.id(st, 3);
        row.line = pairId(lineIds, lineKeys, pairKey(row.site, lines.id(st, 5)));
        row.asset = pairId(assetIds, assetKeys, pairKey(row.site, assets.id(st, 4)));
        row.priority = int(std::clamp<qint64>(sqlite3_column_int64(st, 2), 0, 3));
        while (shiftAt + 1 < shiftChanges.size() && shiftChanges[shiftAt + 1].first <= raisedAt)
            ++shiftAt;
        row.shift = shiftChanges.empty() ? 0 : shiftChanges[shiftAt].second;
        row.op = row.duration >= 0 ? operators.id(st, 6) : -1;
        const auto b = std::upper_bound(bucketStarts.cbegin(), bucketStarts.cend(), raisedAt);
        row.bucket = b == bucketStarts.cbegin() ? 0 : int(std::prev(b) - bucketStarts.cbegin());
        if (row.duration >= 0) {
            const auto edge = std::upper_bound(kHistogramEdges.cbegin(), kHistogramEdges.cend(), row.duration);
            ++histogram[size_t(std::prev(edge) - kHistogramEdges.cbegin())];
        }
        rows.push_back(row);
    }
    if (rc != SQLITE_DONE) {
        logging::get("store")->error("time to acknowledge: {} ({})", sqlite3_errmsg(db.handle()), kSelect);
        if (error)
            *error = QCoreApplication::translate("fw::MttaReport", "The store could not be read (see the log).");
        return std::nullopt;
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.duration < b.duration; });

    Accumulator overall, unackedOperator;
    std::vector<Accumulator> bySite(size_t(sites.size())), byLine(lineKeys.size()), byAsset(assetKeys.size()),
        byOperator(size_t(operators.size())), byShift(size_t(shifts.count())), byBucket(bucketStarts.size());
    std::array<Accumulator, 4> byPriority;
    for (const Row &row : rows) {
        const std::optional<qint64> duration = row.duration >= 0 ? std::optional<qint64>(row.duration) : std::nullopt;
        overall.add(duration);
        bySite[size_t(row.site)].add(duration);
        byLine[size_t(row.line)].add(duration);
        byAsset[size_t(row.asset)].add(duration);
        byPriority[size_t(row.priority)].add(duration);
        byShift[size_t(row.shift)].add(duration);
        if (!bucketStarts.empty())
            byBucket[size_t(row.bucket)].add(duration);
        (duration ? byOperator[size_t(row.op)] : unackedOperator).add(duration);
    }
    rows = {};

    MttaReport report;
    report.overall = summarizeAckTimes(QStringLiteral("all"), overall.durations, overall.unacknowledged);
    std::array<QHash<QString, Accumulator>, 6> byDimension;
    for (size_t i = 0; i < bySite.size(); ++i)
        byDimension[size_t(MttaDimension::Site)].insert(sites.name(int(i)), std::move(bySite[i]));
    const QChar slash = QLatin1Char('/');
    for (size_t i = 0; i < lineKeys.size(); ++i)
        byDimension[size_t(MttaDimension::Line)].insert(
            sites.name(int(lineKeys[i] >> 32)) + slash + lines.name(int(lineKeys[i] & 0xffffffffu)), std::move(byLine[i]));
    for (size_t i = 0; i < assetKeys.size(); ++i)
        byDimension[size_t(MttaDimension::Asset)].insert(
            sites.name(int(assetKeys[i] >> 32)) + slash + assets.name(int(assetKeys[i] & 0xffffffffu)), std::move(byAsset[i]));
    for (size_t i = 0; i < byPriority.size(); ++i)
        if (byPriority[i].count() > 0)
            byDimension[size_t(MttaDimension::Priority)].insert(priorityName(qint64(i)), std::move(byPriority[i]));
    for (size_t i = 0; i < byShift.size(); ++i)
        if (byShift[i].count() > 0)
            byDimension[size_t(MttaDimension::Shift)].insert(shifts.name(int(i)), std::move(byShift[i]));
    for (size_t i = 0; i < byOperator.size(); ++i)
        byDimension[size_t(MttaDimension::Operator)].insert(operators.name(int(i)), std::move(byOperator[i]));
    if (unackedOperator.count() > 0) {
        // An acknowledgement after `to` may name an operator: the alert still counts as unacknowledged.
        Accumulator &none = byDimension[size_t(MttaDimension::Operator)][QString()];
        none.unacknowledged += unackedOperator.unacknowledged;
    }
    for (size_t d = 0; d < byDimension.size(); ++d)
        report.groups.push_back(MttaGroup{MttaDimension(d), summarizeAll(byDimension[d])});
    report.trendBucket = bucket;
    for (size_t i = 0; i < bucketStarts.size(); ++i) {
        const QString key = QDateTime::fromMSecsSinceEpoch(bucketStarts[i]).date().toString(Qt::ISODate);
        report.trend.push_back(
            MttaTrendPoint{bucketStarts[i], summarizeAckTimes(key, byBucket[i].durations, byBucket[i].unacknowledged)});
    }
    for (size_t i = 0; i < kHistogramEdges.size(); ++i) {
        MttaHistogramBin bin;
        bin.fromMs = kHistogramEdges[i];
        if (i + 1 < kHistogramEdges.size())
            bin.toMs = kHistogramEdges[i + 1];
        bin.count = histogram[i];
        report.histogram.push_back(bin);
    }
    return report;
}

} // namespace fw

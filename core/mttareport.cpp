#include "core/mttareport.h"

#include "core/database.h"
#include "core/sqlstatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <algorithm>
#include <array>
#include <numeric>

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

// Small integer ids for the distinct values of one column.
class Interner
{
public:
    int id(const QString &value)
    {
        const auto it = m_ids.constFind(value);
        if (it != m_ids.cend())
            return *it;
        m_names.append(value);
        return *m_ids.insert(value, int(m_names.size()) - 1);
    }
    QString name(int id) const { return m_names.value(id); }

private:
    QHash<QString, int> m_ids;
    QStringList m_names;
};

quint64 pairKey(int a, int b)
{
    return (quint64(quint32(a)) << 32) | quint32(b);
}

Accumulator &at(std::vector<Accumulator> &v, int id)
{
    if (size_t(id) >= v.size())
        v.resize(size_t(id) + 1);
    return v[size_t(id)];
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
    std::sort(durations.begin(), durations.end());
    s.meanMs = double(std::accumulate(durations.cbegin(), durations.cend(), qint64(0))) / double(durations.size());
    s.medianMs = percentileOfSorted(durations, 0.5);
    s.p90Ms = percentileOfSorted(durations, 0.9);
    return s;
}

std::optional<MttaReport> buildMttaReport(Database &db, const ReportPeriod &period, const ShiftDefinition &shifts,
                                          TrendBucket bucket, QString *error)
{
    SqlStatement select(db.handle(), kSelect);
    if (!select.isValid()) {
        if (error)
            *error = QCoreApplication::translate("fw::MttaReport", "The store could not be read (see the log).");
        return std::nullopt;
    }
    const auto shiftChanges = shifts.changes(period.fromMs, period.toMs);
    std::vector<qint64> bucketStarts;
    for (qint64 t = ReportTime::bucketStart(period.fromMs, bucket); t < period.toMs;
         t = ReportTime::nextBucketStart(t, bucket))
        bucketStarts.push_back(t);

    // Groups are found by small integer ids (one string lookup per column and row, no key built per
    // row); the names are put together once per group at the end.
    Interner sites, lines, assets, operators;
    Accumulator overall, unackedOperator;
    std::vector<Accumulator> bySite, byOperator, byShift(size_t(shifts.count()));
    std::array<Accumulator, 4> byPriority;
    QHash<quint64, Accumulator> byLine, byAsset;
    std::vector<Accumulator> byBucket(bucketStarts.size());
    std::vector<int> histogram(kHistogramEdges.size(), 0);

    StatementReset reset(select);
    select.bind(1, period.fromMs);
    select.bind(2, period.toMs);
    size_t shiftAt = 0;   // rows come in raised_at order: walk the shift changes forward
    while (select.next()) {
        const qint64 raisedAt = select.int64(0);
        const std::optional<qint64> ackedAt = select.optionalInt64(1);
        std::optional<qint64> duration;
        if (ackedAt && *ackedAt < period.toMs)
            duration = std::max<qint64>(0, *ackedAt - raisedAt);   // clocks: never negative
        const int site = sites.id(select.text(3));
        overall.add(duration);
        at(bySite, site).add(duration);
        byLine[pairKey(site, lines.id(select.text(5)))].add(duration);
        byAsset[pairKey(site, assets.id(select.text(4)))].add(duration);
        const qint64 priority = select.int64(2);
        if (priority >= 0 && priority < 4)
            byPriority[size_t(priority)].add(duration);
        while (shiftAt + 1 < shiftChanges.size() && shiftChanges[shiftAt + 1].first <= raisedAt)
            ++shiftAt;
        byShift[size_t(shiftChanges.empty() ? 0 : shiftChanges[shiftAt].second)].add(duration);
        if (duration)
            at(byOperator, operators.id(select.text(6))).add(duration);
        else
            unackedOperator.add(duration);
        const auto b = std::upper_bound(bucketStarts.cbegin(), bucketStarts.cend(), raisedAt);
        if (b != bucketStarts.cbegin())
            byBucket[size_t(std::prev(b) - bucketStarts.cbegin())].add(duration);
        if (duration) {
            const auto edge = std::upper_bound(kHistogramEdges.cbegin(), kHistogramEdges.cend(), *duration);
            ++histogram[size_t(std::prev(edge) - kHistogramEdges.cbegin())];
        }
    }
    if (select.failed()) {
        if (error)
            *error = QCoreApplication::translate("fw::MttaReport", "The store could not be read (see the log).");
        return std::nullopt;
    }

    MttaReport report;
    report.overall = summarizeAckTimes(QStringLiteral("all"), overall.durations, overall.unacknowledged);
    std::array<QHash<QString, Accumulator>, 6> byDimension;
    for (size_t i = 0; i < bySite.size(); ++i)
        byDimension[size_t(MttaDimension::Site)].insert(sites.name(int(i)), std::move(bySite[i]));
    const QChar slash = QLatin1Char('/');
    for (auto it = byLine.begin(); it != byLine.end(); ++it)
        byDimension[size_t(MttaDimension::Line)].insert(sites.name(int(it.key() >> 32)) + slash + lines.name(int(it.key() & 0xffffffffu)),
                                                        std::move(*it));
    for (auto it = byAsset.begin(); it != byAsset.end(); ++it)
        byDimension[size_t(MttaDimension::Asset)].insert(sites.name(int(it.key() >> 32)) + slash + assets.name(int(it.key() & 0xffffffffu)),
                                                         std::move(*it));
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

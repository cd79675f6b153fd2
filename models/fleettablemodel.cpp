#include "models/fleettablemodel.h"

#include "core/common/localformat.h"
#include "core/fleet/displaytext.h"

#include <QDateTime>
#include <QLocale>
#include <QTimer>

namespace fw {
namespace {

using Status = DataFreshness::Status;

// The time its data is from: the last data, else (meta and state only) the last message.
qint64 dataTime(const AssetSummary &s)
{
    return s.freshness.hasData() ? s.freshness.lastArrivalMs() : s.lastUpdate;
}

} // namespace

QString FleetTableModel::durationText(qint64 ms)
{
    const QLocale locale;
    if (ms < 10'000)
        return tr("%1 s").arg(locale.toString(double(ms) / 1000.0, 'f', 1));
    if (ms < 120'000)
        return tr("%1 s").arg(locale.toString(ms / 1000));
    if (ms < 7'200'000)
        return tr("%1 min").arg(locale.toString(ms / 60'000));
    return tr("%1 h").arg(locale.toString(ms / 3'600'000));
}

QString FleetTableModel::sinceText(qint64 ms, qint64 nowMs)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms);
    return at.date() == QDateTime::fromMSecsSinceEpoch(nowMs).date() ? LocalFormat::time(ms)
                                                                     : LocalFormat::dateTimeWithSeconds(ms);
}

FleetTableModel::FleetTableModel(QObject *parent) : QAbstractTableModel(parent), m_tick(new QTimer(this))
{
    connect(m_tick, &QTimer::timeout, this, &FleetTableModel::refreshFreshness);
    m_tick->start(kTickMs);
}

qint64 FleetTableModel::now() const
{
    return m_now ? m_now : QDateTime::currentMSecsSinceEpoch();
}

QBrush FleetTableModel::staleBrush()
{
    // A translucent grey: the same hatch reads on Day's light and Night's dark greys.
    return QBrush(QColor(0x80, 0x80, 0x80, 0x90), Qt::BDiagPattern);
}

DataFreshness::Status FleetTableModel::freshness(int row) const
{
    return row >= 0 && row < int(m_status.size()) ? m_status[size_t(row)] : Status::NoData;
}

void FleetTableModel::setSessionConnected(bool connected)
{
    if (connected == m_connected)
        return;
    m_connected = connected;
    refreshFreshness();
}

void FleetTableModel::setStaleCount(int count)
{
    if (count == m_staleCount)
        return;
    m_staleCount = count;
    emit staleCountChanged(count);
}

void FleetTableModel::refreshFreshness()
{
    const qint64 t = now();
    int first = -1, last = -1, stale = 0;
    for (size_t row = 0; row < m_rows.size(); ++row) {
        const Status status = m_rows[row].freshness.status(t, m_connected);
        if (status != m_status[row]) {
            m_status[row] = status;
            if (first < 0)
                first = int(row);
            last = int(row);
        }
        stale += DataFreshness::isStale(status) ? 1 : 0;
    }
    if (first >= 0)
        emit dataChanged(index(first, Health), index(last, LastUpdate));
    if (!m_rows.empty())   // the ages
        emit dataChanged(index(0, LastUpdate), index(rowCount() - 1, LastUpdate), {Qt::DisplayRole, Qt::ToolTipRole});
    setStaleCount(stale);
    emit freshnessRefreshed();
}

int FleetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FleetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const AssetSummary *FleetTableModel::summary(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr;
}

const AssetSummary *FleetTableModel::summary(const QString &key) const
{
    return summary(rowOf(key));
}

int FleetTableModel::severity(const AssetSummary &s)
{
    if (s.online && !*s.online)
        return 0;
    if (s.worstOpenPriority == Priority::Critical || s.state == HealthState::Critical)
        return 1;
    if (s.worstOpenPriority == Priority::High || s.state == HealthState::Warning)
        return 2;
    if (s.openAlerts > 0 || s.state == HealthState::Watch)
        return 3;
    if (!s.state)
        return 4;
    return 5;
}

void FleetTableModel::applyBatch(const FleetBatch &batch)
{
    if (batch.changedAssets.empty())
        return;
    int first = int(m_rows.size());
    int last = -1;
    int firstColumn = ColumnCount;
    int lastColumn = -1;
    const qint64 t = now();
    int staleDelta = 0;
    std::vector<const AssetSummary *> added;
    for (const AssetSummary &s : batch.changedAssets) {
        const auto it = m_rowOf.constFind(s.key);
        if (it == m_rowOf.constEnd()) {
            added.push_back(&s);
            continue;
        }
        // only the columns whose values changed, so that a proxy sorted by another
        // column need not re-sort.
        const AssetSummary &o = m_rows[size_t(*it)];
        bool cols[ColumnCount] = {};
        cols[Site] = o.site != s.site;
        cols[Line] = o.line != s.line;
        cols[Asset] = o.asset != s.asset;
        cols[Name] = o.name != s.name || o.location != s.location;
        cols[Type] = o.type != s.type;
        cols[Health] = o.score != s.score;
        cols[State] = o.score != s.score || o.state != s.state || o.online != s.online
                   || o.openAlerts != s.openAlerts || o.worstOpenPriority != s.worstOpenPriority;
        cols[Rul] = o.rul != s.rul || o.rulUnit != s.rulUnit;
        cols[Online] = o.online != s.online || o.lostSamples != s.lostSamples;
        cols[LastUpdate] = o.lastUpdate != s.lastUpdate || o.freshness != s.freshness;
        cols[OpenAlerts] = o.openAlerts != s.openAlerts || o.worstOpenPriority != s.worstOpenPriority;
        const Status status = s.freshness.status(t, m_connected);
        Status &was = m_status[size_t(*it)];
        if (status != was) {   // fresh again (or not yet): every cell that shows it
            for (const int c : {Health, State, Rul, Online, LastUpdate})
                cols[c] = true;
            staleDelta += int(DataFreshness::isStale(status)) - int(DataFreshness::isStale(was));
            was = status;
        }
        m_rows[size_t(*it)] = s;
        bool any = false;
        for (int c = 0; c < ColumnCount; ++c) {
            if (cols[c]) {
                any = true;
                firstColumn = std::min(firstColumn, c);
                lastColumn = std::max(lastColumn, c);
            }
        }
        if (!any)
            continue;
        first = std::min(first, *it);
        last = std::max(last, *it);
    }
    if (last >= 0)
        emit dataChanged(index(first, firstColumn), index(last, lastColumn));
    if (!added.empty()) {
        const int start = int(m_rows.size());
        beginInsertRows({}, start, start + int(added.size()) - 1);
        for (const AssetSummary *s : added) {
            m_rowOf.insert(s->key, int(m_rows.size()));
            m_rows.push_back(*s);
            m_status.push_back(s->freshness.status(t, m_connected));
            staleDelta += DataFreshness::isStale(m_status.back()) ? 1 : 0;
        }
        endInsertRows();
    }
    if (staleDelta != 0)
        setStaleCount(m_staleCount + staleDelta);
}

static QString stateText(const AssetSummary &s)
{
    if (!s.state)
        return FleetTableModel::tr("no data");
    switch (*s.state) {
    case HealthState::Ok: return FleetTableModel::tr("OK");
    case HealthState::Watch: return FleetTableModel::tr("Watch");
    case HealthState::Warning: return FleetTableModel::tr("WARNING");
    case HealthState::Critical: return FleetTableModel::tr("CRITICAL");
    }
    return {};
}

QString FleetTableModel::since(qint64 ms) const
{
    return sinceText(ms, now());
}

QString FleetTableModel::toolTip(const AssetSummary &s, Status status, int column) const
{
    if (status == Status::LastKnown) {
        return tr("Not connected to the broker: these are the last known values, received %1. Nothing newer "
                  "can arrive until the connection is back.").arg(since(dataTime(s)));
    }
    if (status == Status::Stale) {
        const qint64 last = s.freshness.lastArrivalMs();
        const QString age = durationText(std::max<qint64>(0, now() - last));
        const auto usual = s.freshness.usualIntervalMs();
        const QString rule = tr("stale after %1 without data").arg(durationText(s.freshness.staleAfterMs()));
        return usual ? tr("No data since %1 (%2 ago); it usually sends every %3, %4.")
                           .arg(since(last), age, durationText(*usual), rule)
                     : tr("No data since %1 (%2 ago); %3.").arg(since(last), age, rule);
    }
    if (column == LastUpdate && s.freshness.hasData()) {
        const auto usual = s.freshness.usualIntervalMs();
        return usual ? tr("Last data received %1; it usually sends every %2.").arg(since(dataTime(s)), durationText(*usual))
                     : tr("Last data received %1.").arg(since(dataTime(s)));
    }
    return {};
}

QVariant FleetTableModel::display(const AssetSummary &s, Status status, int column) const
{
    switch (column) {
    case Site: return s.site;
    case Line: return s.line;
    case Asset: return s.asset;
    case Name: return s.name;
    case Type: return s.type;
    case Health: return s.score ? QVariant(QLocale().toString(*s.score, 'f', 2)) : QVariant(tr("–"));
    case State:
        if (!s.state)
            return stateText(s);
        if (status == Status::Stale)
            return tr("%1 (stale)").arg(stateText(s));
        if (status == Status::LastKnown)
            return tr("%1 (last known)").arg(stateText(s));
        return stateText(s);
    case Rul:
        if (!s.rul)
            return tr("–");
        return QStringLiteral("%1 %2").arg(QLocale().toString(*s.rul, 'f', 0), s.rulUnit);
    case Online: {
        const bool offline = s.online && !*s.online;
        // An asset that said it is offline keeps the word: it explains the silence.
        if (status == Status::LastKnown)
            return offline ? tr("OFFLINE (last known)") : tr("last known %1").arg(since(dataTime(s)));
        if (status == Status::Stale && !offline)
            return tr("stale since %1").arg(since(s.freshness.lastArrivalMs()));
        if (!s.online)
            return tr("unknown");
        return *s.online ? tr("online") : tr("OFFLINE");
    }
    case LastUpdate: {
        // The age of its data (of its last message while it sent none).
        const qint64 at = dataTime(s);
        if (at == 0)
            return tr("never");
        const qint64 age = std::max<qint64>(0, (now() - at) / 1000);
        if (age < 60)
            return tr("%1 s ago").arg(QLocale().toString(age));
        return age < 3600 ? tr("%1 min ago").arg(QLocale().toString(age / 60)) : tr("%1 h ago").arg(QLocale().toString(age / 3600));
    }
    case OpenAlerts:
        if (s.openAlerts == 0)
            return QString();
        return QStringLiteral("%1 (%2)").arg(QLocale().toString(s.openAlerts), DisplayText::priority(*s.worstOpenPriority));
    }
    return {};
}

QVariant FleetTableModel::sortValue(const AssetSummary &s, int column) const
{
    switch (column) {
    case Health: return s.score.value_or(2.0);
    case State: return severity(s) * 10.0 + s.score.value_or(1.0);
    case Rul: return s.rul.value_or(1e12);
    case Online: return s.online ? int(*s.online) : 2;
    case LastUpdate: return dataTime(s);   // as shown: the age of its data
    case OpenAlerts: return s.openAlerts * 10 + (s.worstOpenPriority ? int(*s.worstOpenPriority) : 0);
    default: return display(s, Status::Fresh, column);
    }
}

QVariant FleetTableModel::data(const QModelIndex &idx, int role) const
{
    if (!checkIndex(idx, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AssetSummary &s = m_rows[size_t(idx.row())];
    const Status status = m_status[size_t(idx.row())];
    const bool stale = DataFreshness::isStale(status);
    const bool freshnessColumn = idx.column() >= Health && idx.column() <= LastUpdate;
    switch (role) {
    case Qt::DisplayRole: return display(s, status, idx.column());
    case Qt::ToolTipRole: {
        if (idx.column() == Name && !s.location.isEmpty())
            return tr("%1, %2").arg(s.name, s.location);
        QStringList tips;
        if (freshnessColumn)
            tips << toolTip(s, status, idx.column());
        if (idx.column() == Online && s.lostSamples > 0)
            tips << tr("%n telemetry sample(s) lost (sequence gaps)", nullptr, int(s.lostSamples));
        tips.removeAll(QString());
        return tips.isEmpty() ? QVariant() : QVariant(tips.join(QLatin1Char('\n')));
    }
    case Qt::BackgroundRole:
        return stale && freshnessColumn ? QVariant(staleBrush()) : QVariant();
    case Qt::TextAlignmentRole:
        if (idx.column() == Health || idx.column() == Rul || idx.column() == OpenAlerts)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole: return sortValue(s, idx.column());
    case SeverityRole: return severity(s);
    case KeyRole: return s.key;
    case ScoreRole: return s.score ? QVariant(*s.score) : QVariant();
    case AbnormalRole: return severity(s) <= 3 || stale;   // stale data needs attention too
    case HealthStateRole: return s.state ? QVariant(int(*s.state)) : QVariant();
    case WorstPriorityRole: return s.worstOpenPriority ? QVariant(int(*s.worstOpenPriority)) : QVariant();
    case OfflineRole: return s.online.has_value() && !*s.online;
    case StaleRole: return stale;
    case FreshnessRole: return int(status);
    case SearchTextRole:
        return QStringList{s.site, s.line, s.asset, s.name, s.type, s.location}.join(QLatin1Char(' '));
    }
    return {};
}

QVariant FleetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Site: return tr("Site");
    case Line: return tr("Line");
    case Asset: return tr("Asset");
    case Name: return tr("Name");
    case Type: return tr("Type");
    case Health: return tr("Health");
    case State: return tr("State");
    case Rul: return tr("RUL");
    case Online: return tr("Link");
    case LastUpdate: return tr("Last update");
    case OpenAlerts: return tr("Open alerts");
    }
    return {};
}

} // namespace fw

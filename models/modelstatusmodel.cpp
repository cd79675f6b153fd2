#include "models/modelstatusmodel.h"

#include "core/common/localformat.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace fw {
namespace {

QString qualityKey(const QString &model, const QString &version)
{
    return model + QLatin1Char('\n') + version;
}

QString percent(double share)
{
    return ModelStatusModel::tr("%1 %").arg(QLocale().toString(share * 100.0, 'f', 0));
}

QString timeText(qint64 ms, qint64 now)
{
    const bool today = QDateTime::fromMSecsSinceEpoch(ms).date() == QDateTime::fromMSecsSinceEpoch(now).date();
    return today ? LocalFormat::shortTime(ms) : LocalFormat::dateTime(ms);
}

} // namespace

ModelStatusModel::ModelStatusModel(QObject *parent) : QAbstractTableModel(parent) {}

int ModelStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ModelStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 ModelStatusModel::now() const
{
    return m_now ? m_now : QDateTime::currentMSecsSinceEpoch();
}

int ModelStatusModel::driftingCount() const
{
    return m_drifting;
}

void ModelStatusModel::update(Row &row, const ModelStatusRow &status)
{
    if (status.status.version != row.status.status.version) {
        row.previousVersion = row.status.status.version;
        row.versionChangedAt = status.receivedAt;
    }
    row.status = status;
}

void ModelStatusModel::applyModels(const std::vector<ModelStatusRow> &rows)
{
    if (rows.empty())
        return;
    int first = int(m_rows.size());
    int last = -1;
    std::vector<Row> added;
    QHash<QString, size_t> addedAt;
    for (const ModelStatusRow &s : rows) {
        if (const auto it = m_rowOf.constFind(s.key); it != m_rowOf.constEnd()) {
            update(m_rows[size_t(*it)], s);
            first = std::min(first, *it);
            last = std::max(last, *it);
        } else if (const auto pending = addedAt.constFind(s.key); pending != addedAt.constEnd()) {
            update(added[*pending], s);   // the same model twice in one batch
        } else {
            addedAt.insert(s.key, added.size());
            added.push_back(Row{s, {}, 0});
        }
    }
    if (last >= 0)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    if (!added.empty()) {
        const int start = int(m_rows.size());
        beginInsertRows({}, start, start + int(added.size()) - 1);
        for (Row &r : added) {
            m_rowOf.insert(r.status.key, int(m_rows.size()));
            m_rows.push_back(std::move(r));
        }
        endInsertRows();
    }
    const int drifting = int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row &r) { return r.status.status.drifting; }));
    if (drifting != m_drifting) {
        m_drifting = drifting;
        emit driftingCountChanged(drifting);
    }
}

void ModelStatusModel::setQuality(const ModelQualities &qualities)
{
    m_quality.clear();
    for (const ModelQuality &q : qualities)
        m_quality.insert(qualityKey(q.model, q.version), q);
    if (!m_rows.empty())
        emit dataChanged(index(0, PrecisionCol), index(int(m_rows.size()) - 1, MissedCol));
}

const ModelQuality *ModelStatusModel::qualityOf(const Row &row) const
{
    const auto it = m_quality.constFind(qualityKey(row.status.model, row.status.status.version));
    return it == m_quality.constEnd() ? nullptr : &*it;
}

QString ModelStatusModel::versionText(const Row &row) const
{
    const QString &version = row.status.status.version;
    if (row.previousVersion.isEmpty())
        return version;
    return tr("%1 (changed from %2 at %3)").arg(version, row.previousVersion, timeText(row.versionChangedAt, now()));
}

QVariant ModelStatusModel::display(const Row &row, int column) const
{
    const ModelStatusMsg &s = row.status.status;
    const ModelQuality *q = qualityOf(row);
    const QLocale locale;
    switch (column) {
    case SiteCol: return row.status.site;
    case ModelCol: return row.status.model;
    case VersionCol: return versionText(row);
    case TrainedAtCol: return s.trainedAt ? timeText(*s.trainedAt, now()) : tr("–");
    case LabelsUsedCol: return s.labelsUsed ? locale.toString(*s.labelsUsed) : tr("–");
    case DriftCol:
        if (!s.driftScore)
            return tr("–");
        if (!s.driftThreshold)
            return locale.toString(*s.driftScore, 'f', 2);
        return tr("%1 / %2").arg(locale.toString(*s.driftScore, 'f', 2), locale.toString(*s.driftThreshold, 'f', 2));
    case DriftStatusCol:
        if (s.drifting)
            return tr("DRIFTING");
        return s.driftScore ? tr("ok") : tr("not reported");
    case PrecisionCol: {
        if (!q || q->labelled == 0)
            return tr("no labels yet");
        const auto precision = q->precision();
        if (!precision)
            return tr("only inconclusive");
        return tr("%1 (%2 of %3)").arg(percent(*precision), locale.toString(q->truePositives),
                                       locale.toString(q->truePositives + q->falsePositives));
    }
    case LabelledCol:
        if (!q || q->alerts == 0)
            return tr("no alerts");
        return tr("%1 (%2 of %3)").arg(percent(q->labelledShare()), locale.toString(q->labelled), locale.toString(q->alerts));
    case FalseAlarmsCol: {
        if (!q)
            return tr("–");
        const int decided = q->truePositives + q->falsePositives;
        if (decided == 0)
            return locale.toString(q->falsePositives);
        return tr("%1 (%2)").arg(locale.toString(q->falsePositives), percent(double(q->falsePositives) / decided));
    }
    case MissedCol: return q ? locale.toString(q->missedFailures) : tr("–");
    }
    return {};
}

QVariant ModelStatusModel::sortValue(const Row &row, int column) const
{
    const ModelStatusMsg &s = row.status.status;
    const ModelQuality *q = qualityOf(row);
    switch (column) {
    case TrainedAtCol: return s.trainedAt.value_or(0);
    case LabelsUsedCol: return s.labelsUsed.value_or(-1);
    case DriftCol: return s.driftScore.value_or(-1.0);
    case DriftStatusCol: return s.drifting ? 2 : (s.driftScore ? 1 : 0);
    case PrecisionCol: return q && q->precision() ? *q->precision() : -1.0;
    case LabelledCol: return q && q->alerts > 0 ? q->labelledShare() : -1.0;
    case FalseAlarmsCol: return q ? q->falsePositives : -1;
    case MissedCol: return q ? q->missedFailures : -1;
    default: return display(row, column);
    }
}

QVariant ModelStatusModel::data(const QModelIndex &idx, int role) const
{
    if (!checkIndex(idx, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(idx.row())];
    const ModelStatusMsg &s = row.status.status;
    switch (role) {
    case Qt::DisplayRole: return display(row, idx.column());
    case Qt::ToolTipRole:
        switch (idx.column()) {
        case DriftStatusCol:
            return s.drifting ? tr("The fleet reports that this model's inputs no longer look like its training data: "
                                   "its alerts are less reliable until it is retrained.")
                              : QVariant();
        case PrecisionCol:
            return tr("Of the alerts of version %1 that technicians labelled true fault or no fault found, the share "
                      "that were true faults.").arg(s.version);
        case FalseAlarmsCol:
            return tr("Alerts of version %1 labelled \"no fault found\", and their share of the decided labels.").arg(s.version);
        case MissedCol: return tr("Failures no alert foresaw, reported against version %1.").arg(s.version);
        case VersionCol:
            return tr("Status received %1").arg(LocalFormat::dateTimeWithSeconds(row.status.receivedAt));
        default: return {};
        }
    case Qt::TextAlignmentRole:
        if (idx.column() >= LabelsUsedCol && idx.column() != DriftStatusCol)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case KeyRole: return row.status.key;
    case AbnormalRole: return s.drifting;
    case SortRole: return sortValue(row, idx.column());
    case VersionChangedRole: return !row.previousVersion.isEmpty();
    case PreviousVersionRole: return row.previousVersion;
    case PrecisionRole: {
        const ModelQuality *q = qualityOf(row);
        return q && q->precision() ? QVariant(*q->precision()) : QVariant();
    }
    case SearchTextRole: return QStringList{row.status.site, row.status.model, s.version}.join(QLatin1Char(' '));
    }
    return {};
}

QVariant ModelStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SiteCol: return tr("Site");
    case ModelCol: return tr("Model");
    case VersionCol: return tr("Version");
    case TrainedAtCol: return tr("Trained");
    case LabelsUsedCol: return tr("Labels used");
    case DriftCol: return tr("Drift / thr.");
    case DriftStatusCol: return tr("Drift");
    case PrecisionCol: return tr("Precision");
    case LabelledCol: return tr("Labelled");
    case FalseAlarmsCol: return tr("False alarms");
    case MissedCol: return tr("Missed failures");
    }
    return {};
}

} // namespace fw

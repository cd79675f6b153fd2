#pragma once
// ModelStatusModel: one row per (site, model) for the plant manager: the version the fleet runs now
// (and the one before, when it changed while the console watched), its training, its drift, and how
// good it has proved from technicians' labels (precision, labelled share, false alarms, missed
// failures of that version). Fed by FleetBatch::changedModels (applyModels: one insert and one
// ranged dataChanged per batch) and by the store's ModelQualities (setQuality). GUI thread.

#include "core/fleet/fleetbatch.h"
#include "core/labels/labeldraft.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace fw {

class ModelStatusModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SiteCol, ModelCol, VersionCol, TrainedAtCol, LabelsUsedCol, DriftCol, DriftStatusCol,
                  PrecisionCol, LabelledCol, FalseAlarmsCol, MissedCol, ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole + 1,    // "site/model"
        AbnormalRole,                  // bool: the model is drifting (every column of its row)
        SortRole,                      // per column, a value that sorts naturally (drifting first: descending)
        VersionChangedRole,            // bool: a new version arrived while the console watched
        PreviousVersionRole,           // QString, empty when none
        PrecisionRole,                 // double 0..1 for the current version, invalid without decided labels
        SearchTextRole,
    };

    explicit ModelStatusModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // New (site, model) pairs are appended; known ones updated in place. A different version than
    // the one shown keeps the one shown as "previous" with the time the new one arrived.
    void applyModels(const std::vector<ModelStatusRow> &rows);
    // Label statistics per (model name, version); replaces the previous set.
    void setQuality(const ModelQualities &qualities);

    int rowOf(const QString &key) const { return m_rowOf.value(key, -1); }
    int driftingCount() const;
    void setNow(qint64 msSinceEpoch) { m_now = msSinceEpoch; }   // tests pin the clock

Q_SIGNALS:
    void driftingCountChanged(int drifting);

private:
    struct Row
    {
        ModelStatusRow status;
        QString previousVersion;
        qint64 versionChangedAt = 0;   // console receive time of the current version, when it changed
    };

    const ModelQuality *qualityOf(const Row &row) const;
    QVariant display(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;
    QString versionText(const Row &row) const;
    static void update(Row &row, const ModelStatusRow &status);
    qint64 now() const;

    std::vector<Row> m_rows;
    QHash<QString, int> m_rowOf;
    QHash<QString, ModelQuality> m_quality;   // key: name + '\n' + version
    qint64 m_now = 0;
    int m_drifting = 0;
};

} // namespace fw

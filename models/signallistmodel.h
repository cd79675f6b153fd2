#pragma once
// SignalListModel: the signals of one asset (from its meta, plus any seen in telemetry), checkable so
// the operator chooses which traces to see. At most maxChecked() can be checked. GUI thread.

#include "core/fleet/fleetmessages.h"

#include <QAbstractListModel>
#include <QSet>

namespace fw {

class SignalListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { NameRole = Qt::UserRole + 1, UnitRole };

    explicit SignalListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Replaces the list (a different asset). `preferred` names are checked first, in order, if present.
    void setSignals(const std::vector<SignalInfo> &meta, const QStringList &seen, const QStringList &preferred);
    // Adds signals that appeared since (same asset); keeps the checks.
    void addSeen(const QStringList &seen);

    QStringList checkedNames() const;       // in list order
    QString unitOf(const QString &name) const;
    QString labelOf(const QString &name) const;
    static constexpr int maxChecked() { return 4; }

Q_SIGNALS:
    void checkedChanged();

private:
    std::vector<SignalInfo> m_signals;
    QSet<QString> m_checked;
};

} // namespace fw

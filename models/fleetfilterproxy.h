#pragma once
// FleetFilterProxy: sorts the fleet worst first by default and filters it by free text (every word
// must match site, line, asset, name, type or location), by site, and optionally to abnormal rows
// (FleetTableModel::AbnormalRole: a state, link or alert that needs attention, or stale data).
// GUI thread.

#include <QSortFilterProxyModel>

namespace fw {

class FleetFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FleetFilterProxy(QObject *parent = nullptr);

    void setText(const QString &text);
    void setSite(const QString &site);          // empty: every site
    void setAbnormalOnly(bool on);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QStringList m_words;
    QString m_site;
    bool m_abnormalOnly = false;
};

} // namespace fw

#pragma once
// AlertQueueProxy: orders the alert queue by priority (critical first), then age (oldest first), and
// filters by site, lowest priority, state and free text. GUI thread.

#include <QSortFilterProxyModel>

#include <optional>

namespace fw {

class AlertQueueProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class StateFilter { All, Unacknowledged, Acknowledged, Shelved, Active, Cleared };

    explicit AlertQueueProxy(QObject *parent = nullptr);

    void setSite(const QString &site);
    void setMinimumPriority(int priority);      // int(Priority); 0 = all
    void setStateFilter(StateFilter filter);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_site;
    int m_minPriority = 0;
    StateFilter m_state = StateFilter::All;
    QStringList m_words;
};

} // namespace fw

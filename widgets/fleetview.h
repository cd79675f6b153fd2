#pragma once
// FleetView: the fleet table (worst first), a filter box, a site selector, an "abnormal only"
// switch (stale assets count as abnormal) and a count line ("98 of 100 assets · 3 stale"). Emits the
// selected asset's key. GUI thread; does not own the source model.

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace fw {

class FleetFilterProxy;
class FleetTableModel;

class FleetView : public QWidget
{
    Q_OBJECT
public:
    explicit FleetView(FleetTableModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QString selectedKey() const;

public Q_SLOTS:
    void selectAsset(const QString &key);
    void focusFilter();
    void setAbnormalOnly(bool on);

Q_SIGNALS:
    void assetSelected(const QString &key);

private:
    void refreshSites();
    void refreshCount();

    FleetTableModel *m_model;
    FleetFilterProxy *m_proxy;
    QTableView *m_table;
    QLineEdit *m_filter;
    QComboBox *m_site;
    QCheckBox *m_abnormal;
    QLabel *m_count;
};

} // namespace fw

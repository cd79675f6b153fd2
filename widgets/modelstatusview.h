#pragma once
// ModelStatusView: the models of the fleet for the plant manager: a one-line explanation (with the
// number drifting), then a table over ModelStatusModel, drifting models first. A drifting model is
// marked three ways: the word DRIFTING, a "▲" marker, and the abnormal colour on its drift cell; its
// drift score is shown bold. Everything else stays grey. GUI thread; does not own the model.

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace fw {

class ModelStatusModel;

class ModelStatusView : public QWidget
{
    Q_OBJECT
public:
    explicit ModelStatusView(ModelStatusModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QString explanation() const;

private:
    void refreshExplanation();

    ModelStatusModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_explanation;
};

} // namespace fw

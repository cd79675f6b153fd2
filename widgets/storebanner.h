#pragma once
// StoreBanner: the band across the top of the main window that says the local store is not saving
// (or that there is none: read-only mode), what that means for the operator and what to do. Hidden
// while the store saves; it stays, and its counts update, until the store recovers. Words first and
// a warning shape, not colour alone (ISA-101).
//
// GUI thread.

#include "core/alerts/storewatch.h"

#include <QFrame>

class QLabel;

namespace fw {

class StoreBanner : public QFrame
{
    Q_OBJECT
public:
    explicit StoreBanner(QWidget *parent = nullptr);

    void setStatus(const fw::StoreStatus &status);
    const StoreStatus &status() const { return m_status; }
    // The banner's text as shown (empty while saving).
    QString text() const;

private:
    StoreStatus m_status;
    QLabel *m_label;
};

} // namespace fw

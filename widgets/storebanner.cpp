#include "widgets/storebanner.h"

#include "core/common/localformat.h"
#include "widgets/hmipalette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace fw {

StoreBanner::StoreBanner(QWidget *parent) : QFrame(parent), m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("storeBanner"));
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, hmi::priorityColor(Priority::Critical));
    p.setColor(QPalette::WindowText, hmi::textOn(hmi::priorityColor(Priority::Critical)));
    setPalette(p);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    QFont bold = m_label->font();
    bold.setBold(true);
    m_label->setFont(bold);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label);
    hide();
}

QString StoreBanner::text() const
{
    return isHidden() ? QString() : m_label->text();
}

void StoreBanner::setStatus(const StoreStatus &status)
{
    m_status = status;
    const QLocale locale;
    QString text;
    switch (status.state) {
    case StoreStatus::State::Saving:
        m_label->clear();
        setToolTip({});
        hide();
        return;
    case StoreStatus::State::NotSaving:
        text = tr("⚠ NOT SAVING since %1: %2. New alerts are shown but kept only in memory (%3 waiting to be "
                  "stored%4); acknowledgements and outcomes are refused until the store saves again. %5")
                   .arg(LocalFormat::shortTime(status.since), StoreFaultText::cause(status.fault),
                        locale.toString(status.unsavedAlerts),
                        status.droppedAlerts > 0 ? tr(", %1 not kept").arg(locale.toString(status.droppedAlerts))
                                                 : QString(),
                        StoreFaultText::remedy(status.fault, status.path));
        break;
    case StoreStatus::State::ReadOnlyMode:
        text = tr("⚠ READ-ONLY MODE: no store could be opened (%1). Alerts are shown live but nothing is kept beyond "
                  "this run; acknowledgements and outcomes are refused. %2")
                   .arg(status.detail, StoreFaultText::remedy(StoreFault::Unavailable, status.path));
        break;
    }
    m_label->setText(text);
    setToolTip(tr("Store: %1\n%2").arg(status.path, status.detail));
    show();
}

} // namespace fw

#include "widgets/connectionindicator.h"

#include "core/common/localformat.h"
#include "widgets/hmipalette.h"

#include <QDateTime>

namespace fw {

ConnectionIndicator::ConnectionIndicator(QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setState(ConnectionState::Disconnected, tr("not started"));
}

void ConnectionIndicator::setBroker(const QString &url)
{
    m_broker = url;
}

void ConnectionIndicator::setState(ConnectionState state, const QString &reason)
{
    m_state = state;
    const bool ok = state == ConnectionState::Connected;
    const QString marker = ok ? QStringLiteral("●") : QStringLiteral("▲");
    setText(QStringLiteral("%1 %2 %3").arg(marker, connectionStateName(state), m_broker)
            + (ok ? QString() : QStringLiteral(" — ") + reason));
    setToolTip(tr("%1 at %2: %3").arg(connectionStateName(state),
                                      LocalFormat::time(QDateTime::currentMSecsSinceEpoch()), reason));
    if (ok) {
        setStyleSheet(QString());
    } else {
        setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; font-weight: bold; padding: 0 6px; }")
                          .arg(hmi::kHigh.name(), hmi::textOn(hmi::kHigh).name()));
    }
}

} // namespace fw

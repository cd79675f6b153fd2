#include "core/alerts/alarmstate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace fw {

static_assert(static_cast<int>(AlarmEvent::Comment) + 1 == kAlarmEventCount,
              "kAlarmEventCount must count every AlarmEvent");

QString alarmEventName(AlarmEvent e)
{
    switch (e) {
    case AlarmEvent::Raise: return QStringLiteral("raise");
    case AlarmEvent::Update: return QStringLiteral("update");
    case AlarmEvent::Clear: return QStringLiteral("clear");
    case AlarmEvent::Acknowledge: return QStringLiteral("acknowledge");
    case AlarmEvent::Shelve: return QStringLiteral("shelve");
    case AlarmEvent::Unshelve: return QStringLiteral("unshelve");
    case AlarmEvent::ShelveExpired: return QStringLiteral("shelve_expired");
    case AlarmEvent::Suppress: return QStringLiteral("suppress");
    case AlarmEvent::Unsuppress: return QStringLiteral("unsuppress");
    case AlarmEvent::RemoveFromService: return QStringLiteral("remove_from_service");
    case AlarmEvent::ReturnToService: return QStringLiteral("return_to_service");
    case AlarmEvent::Comment: return QStringLiteral("comment");
    }
    return QStringLiteral("unknown");
}

std::optional<AlarmEvent> alarmEventFromName(QStringView name)
{
    for (int i = 0; i < kAlarmEventCount; ++i) {
        const auto e = static_cast<AlarmEvent>(i);
        if (name == alarmEventName(e))
            return e;
    }
    return std::nullopt;
}

QString alarmEventDescription(AlarmEvent e)
{
    switch (e) {
    case AlarmEvent::Raise: return QCoreApplication::translate("fw", "Raised");
    case AlarmEvent::Update: return QCoreApplication::translate("fw", "Updated");
    case AlarmEvent::Clear: return QCoreApplication::translate("fw", "Returned to normal");
    case AlarmEvent::Acknowledge: return QCoreApplication::translate("fw", "Acknowledge");
    case AlarmEvent::Shelve: return QCoreApplication::translate("fw", "Shelve");
    case AlarmEvent::Unshelve: return QCoreApplication::translate("fw", "Unshelve");
    case AlarmEvent::ShelveExpired: return QCoreApplication::translate("fw", "Shelving expired");
    case AlarmEvent::Suppress: return QCoreApplication::translate("fw", "Suppress");
    case AlarmEvent::Unsuppress: return QCoreApplication::translate("fw", "Unsuppress");
    case AlarmEvent::RemoveFromService: return QCoreApplication::translate("fw", "Remove from service");
    case AlarmEvent::ReturnToService: return QCoreApplication::translate("fw", "Return to service");
    case AlarmEvent::Comment: return QCoreApplication::translate("fw", "Comment");
    }
    return QCoreApplication::translate("fw", "Unknown action");
}

QString alarmStateText(const AlarmState &s)
{
    auto utc = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate); };
    QStringList parts{s.active ? QStringLiteral("active") : QStringLiteral("normal"),
                      s.acknowledged ? QStringLiteral("acknowledged") : QStringLiteral("unacknowledged")};
    if (s.shelvedUntil)
        parts << QStringLiteral("shelved-until=") + utc(*s.shelvedUntil);
    if (s.suppressed)
        parts << QStringLiteral("suppressed");
    if (s.outOfService)
        parts << (s.outOfServiceUntil ? QStringLiteral("out-of-service-until=") + utc(*s.outOfServiceUntil)
                                      : QStringLiteral("out-of-service"));
    return parts.join(QLatin1Char(' '));
}

} // namespace fw

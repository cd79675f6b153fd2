#include "core/users/role.h"

#include <QCoreApplication>

#include <array>

namespace fw {
namespace {

constexpr std::array<const char *, 5> kNames{"operator", "technician", "supervisor", "manager", "administrator"};

// What the capability is, as the end of "may not ..." / "Sign in to ...".
QString deed(Capability c)
{
    switch (c) {
    case Capability::Acknowledge: return QCoreApplication::translate("fw::Role", "acknowledge alerts");
    case Capability::Shelve: return QCoreApplication::translate("fw::Role", "shelve alerts");
    case Capability::Comment: return QCoreApplication::translate("fw::Role", "comment on alerts");
    case Capability::RecordOutcome: return QCoreApplication::translate("fw::Role", "record outcomes");
    case Capability::Suppress: return QCoreApplication::translate("fw::Role", "suppress alerts");
    case Capability::OutOfService: return QCoreApplication::translate("fw::Role", "take alerts out of service");
    case Capability::BulkActions: return QCoreApplication::translate("fw::Role", "act on several alerts at once");
    case Capability::Reports: return QCoreApplication::translate("fw::Role", "run reports");
    case Capability::ManageUsers: return QCoreApplication::translate("fw::Role", "manage users");
    case Capability::ChangeSettings: return QCoreApplication::translate("fw::Role", "change settings");
    }
    return {};
}

// The least role that may, for the "ask a ..." part.
Role leastRoleFor(Capability c)
{
    switch (c) {
    case Capability::Acknowledge:
    case Capability::Shelve:
    case Capability::Comment: return Role::Operator;
    case Capability::RecordOutcome: return Role::Technician;
    case Capability::Suppress:
    case Capability::OutOfService:
    case Capability::BulkActions:
    case Capability::Reports: return Role::Supervisor;
    case Capability::ManageUsers:
    case Capability::ChangeSettings: return Role::Administrator;
    }
    return Role::Administrator;
}

} // namespace

QString roleName(Role role)
{
    return QString::fromLatin1(kNames[size_t(role)]);
}

std::optional<Role> roleFromName(const QString &name)
{
    for (size_t i = 0; i < kNames.size(); ++i)
        if (name == QLatin1StringView(kNames[i]))
            return Role(i);
    return std::nullopt;
}

QString roleTitle(Role role)
{
    switch (role) {
    case Role::Operator: return QCoreApplication::translate("fw::Role", "Operator");
    case Role::Technician: return QCoreApplication::translate("fw::Role", "Technician");
    case Role::Supervisor: return QCoreApplication::translate("fw::Role", "Supervisor");
    case Role::Manager: return QCoreApplication::translate("fw::Role", "Manager");
    case Role::Administrator: return QCoreApplication::translate("fw::Role", "Administrator");
    }
    return {};
}

bool mayDo(Role role, Capability c)
{
    switch (role) {
    case Role::Administrator: return true;
    case Role::Supervisor: return c != Capability::ManageUsers && c != Capability::ChangeSettings;
    case Role::Operator: return c == Capability::Acknowledge || c == Capability::Shelve || c == Capability::Comment;
    case Role::Technician: return c == Capability::Comment || c == Capability::RecordOutcome;
    case Role::Manager: return c == Capability::Comment || c == Capability::Reports;
    }
    return false;
}

QString refusalFor(Role role, Capability c)
{
    if (mayDo(role, c))
        return {};
    QString who;
    switch (leastRoleFor(c)) {
    case Role::Operator: who = QCoreApplication::translate("fw::Role", "an operator or a supervisor"); break;
    case Role::Technician: who = QCoreApplication::translate("fw::Role", "a technician or a supervisor"); break;
    case Role::Supervisor: who = QCoreApplication::translate("fw::Role", "a supervisor"); break;
    case Role::Manager:
    case Role::Administrator: who = QCoreApplication::translate("fw::Role", "an administrator"); break;
    }
    //: %1 is a role ("Operator"), %2 what is refused ("suppress alerts"), %3 who may ("a supervisor")
    return QCoreApplication::translate("fw::Role", "Signed in as %1, you may not %2: ask %3.")
        .arg(roleTitle(role), deed(c), who);
}

QString refusalFor(const std::optional<Role> &role, Capability c)
{
    return role ? refusalFor(*role, c) : signInRefusal(c);
}

QString signInRefusal(Capability c)
{
    return QCoreApplication::translate("fw::Role", "Sign in to %1 (Ctrl+L).").arg(deed(c));
}

} // namespace fw

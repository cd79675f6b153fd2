#pragma once
// Role and Capability: what each signed-in role may do (issue 10), in one place. Every check of a
// permission (the console's commands, the command-line tools, actions from other consoles that need a
// role) asks mayDo(); a refusal is refusalFor()'s sentence. Pure functions; thread-safe.
//
// role          | may
// --------------+--------------------------------------------------------------------------------
// operator      | acknowledge, shelve / unshelve, comment
// technician    | comment, record outcomes and missed failures
// supervisor    | all of operator and technician, and suppress, out of service / return to
//               | service, bulk actions (several alerts at once), reports
// manager       | comment, reports
// administrator | everything, and users and settings
//
// Before anyone signs in (and for a headless console) there is no role: every action is refused,
// everything is shown.

#include <QString>

#include <optional>

namespace fw {

enum class Role { Operator, Technician, Supervisor, Manager, Administrator };

enum class Capability {
    Acknowledge,
    Shelve,          // shelve and unshelve
    Comment,
    RecordOutcome,   // outcomes and missed failures
    Suppress,        // suppress and unsuppress
    OutOfService,    // out of service and return to service
    BulkActions,     // one command on several alerts
    Reports,
    ManageUsers,
    ChangeSettings,
};

// Stable names, stored in the store and sent in actions: "operator", "technician", "supervisor",
// "manager", "administrator".
QString roleName(Role role);
std::optional<Role> roleFromName(const QString &name);
// The role in the operator's words, translated ("Supervisor").
QString roleTitle(Role role);

bool mayDo(Role role, Capability capability);
// A signed-in user with `role` may not: one translated sentence naming the role and who may, e.g.
// "An operator may not suppress alerts: ask a supervisor." Empty when it is allowed.
QString refusalFor(Role role, Capability capability);
// Nobody is signed in (or the screen is locked): "Sign in to ..." for the capability.
QString signInRefusal(Capability capability);
// Either of the two: `role` empty means nobody signed in. Empty when it is allowed.
QString refusalFor(const std::optional<Role> &role, Capability capability);

} // namespace fw

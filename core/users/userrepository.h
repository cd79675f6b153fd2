#pragma once
// UserRepository: the `users` table (schema version 5). Statements prepared once.
// Thread affinity and lifetime: those of the Database it is bound to (destroy it first).
// Errors: logged on the "store" logger; reported through the return value / *ok.

#include "core/store/sqlstatement.h"
#include "core/users/useraccount.h"

#include <vector>

namespace fw {

class Database;

class UserRepository
{
public:
    explicit UserRepository(Database &db);
    bool isValid() const;

    // The account whose name matches `name` ignoring case; nullopt if none (or on error: *ok false).
    std::optional<UserAccount> find(const QString &name, bool *ok = nullptr);
    // Every account, by name.
    std::vector<UserAccount> all(bool *ok = nullptr);
    // Stores a new account; false if the name is taken (any case) or on error.
    bool insert(const UserAccount &u);
    // Writes every field of the account named u.name; false if there is none or on error.
    bool update(const UserAccount &u);
    // Accounts with the administrator role that are not disabled; -1 when they cannot be counted.
    qint64 activeAdministrators();

private:
    SqlStatement m_find;
    SqlStatement m_all;
    SqlStatement m_insert;
    SqlStatement m_update;
    SqlStatement m_admins;
};

} // namespace fw

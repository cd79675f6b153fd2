#pragma once
// UserAccount: one local account (schema version 5, `users`). Plain value type.

#include "core/users/role.h"

#include <QString>

#include <optional>

namespace fw {

struct UserAccount
{
    QString name;                          // sign-in name, unique regardless of case
    QString displayName;
    Role role = Role::Operator;
    QString passwordHash;                  // Argon2id, encoded (core/users/passwordhash.h)
    bool disabled = false;
    int failedSignIns = 0;                 // since the last successful sign-in
    std::optional<qint64> lockedUntil;     // ms; after repeated failures
    qint64 createdAt = 0;
    qint64 changedAt = 0;
};

} // namespace fw

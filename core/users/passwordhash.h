#pragma once
// PasswordHash: Argon2id (libargon2, the reference implementation) for the local accounts.
// Parameters: m = 64 MiB, t = 2, p = 1, 16-byte random salt, 32-byte tag; stronger than OWASP's
// minimum (m = 19 MiB, t = 2, p = 1). Measured on the CI machine: see docs/security.md. The encoded
// form ("$argon2id$v=19$m=65536,t=2,p=1$salt$tag") carries its parameters, so that a later change of
// them still verifies old hashes (needsRehash() tells when to re-hash at the next sign-in).
// Thread-safe; slow on purpose (tens to hundreds of ms): call it off the GUI thread.

#include <QByteArray>
#include <QString>

namespace fw::PasswordHash {

constexpr quint32 kMemoryKiB = 64 * 1024;
constexpr quint32 kIterations = 2;
constexpr quint32 kParallelism = 1;
constexpr int kMinPasswordLength = 10;

// The encoded Argon2id hash of `password`, or an empty string if hashing failed (out of memory).
QString hash(const QString &password);
// True when `password` matches the encoded hash (constant-time compare inside libargon2). A malformed
// hash is false.
bool verify(const QString &encoded, const QString &password);
// True when `encoded` was made with weaker parameters than the current ones.
bool needsRehash(const QString &encoded);
// Empty when the password is acceptable; otherwise one translated sentence saying why (too short,
// the same as the user name).
QString weakness(const QString &password, const QString &userName);

} // namespace fw::PasswordHash

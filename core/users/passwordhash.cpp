#include "core/users/passwordhash.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <argon2.h>

#include <array>

namespace fw::PasswordHash {
namespace {

constexpr size_t kSaltBytes = 16;
constexpr size_t kTagBytes = 32;

} // namespace

QString hash(const QString &password)
{
    const QByteArray pwd = password.toUtf8();
    std::array<quint32, kSaltBytes / 4> salt;
    QRandomGenerator::system()->fillRange(salt.data(), salt.size());
    const size_t len = argon2_encodedlen(kIterations, kMemoryKiB, kParallelism, kSaltBytes, kTagBytes, Argon2_id);
    QByteArray encoded(qsizetype(len), '\0');
    const int rc = argon2id_hash_encoded(kIterations, kMemoryKiB, kParallelism, pwd.constData(), size_t(pwd.size()),
                                         salt.data(), kSaltBytes, kTagBytes, encoded.data(), len);
    if (rc != ARGON2_OK)
        return {};
    return QString::fromLatin1(encoded.constData());   // NUL-terminated inside the buffer
}

bool verify(const QString &encoded, const QString &password)
{
    const QByteArray enc = encoded.toLatin1();
    const QByteArray pwd = password.toUtf8();
    if (!enc.startsWith("$argon2id$"))
        return false;
    return argon2id_verify(enc.constData(), pwd.constData(), size_t(pwd.size())) == ARGON2_OK;
}

bool needsRehash(const QString &encoded)
{
    const QString wanted = QStringLiteral("$m=%1,t=%2,p=%3$").arg(kMemoryKiB).arg(kIterations).arg(kParallelism);
    return !encoded.startsWith(QLatin1StringView("$argon2id$v=19")) || !encoded.contains(wanted);
}

QString weakness(const QString &password, const QString &userName)
{
    if (password.size() < kMinPasswordLength)
        return QCoreApplication::translate("fw::PasswordHash", "A password needs at least %n characters.", nullptr,
                                           kMinPasswordLength);
    if (password.compare(userName, Qt::CaseInsensitive) == 0)
        return QCoreApplication::translate("fw::PasswordHash", "The password must not be the user name.");
    return {};
}

} // namespace fw::PasswordHash

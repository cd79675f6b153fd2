#pragma once
// PasswordFile: the MQTT password from a file (--password-file), for a console without a keyring
// (a server, a systemd unit). The file must be readable by its owner only: one that group or others
// may read is refused with the reason, as ssh does with a private key. The password is the first
// line, without its line end.

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace fw {

class PasswordFile
{
    Q_DECLARE_TR_FUNCTIONS(fw::PasswordFile)
public:
    // The password, or nullopt with *error (a sentence naming the file and what to do).
    static std::optional<QString> read(const QString &path, QString *error);
};

} // namespace fw

#include "app/passwordfile.h"

#include <QFile>

#include <cerrno>
#include <cstring>

#include <sys/stat.h>

namespace fw {

std::optional<QString> PasswordFile::read(const QString &path, QString *error)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        *error = tr("--password-file %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return std::nullopt;
    }
    if (!S_ISREG(st.st_mode)) {
        *error = tr("--password-file %1: not a regular file").arg(path);
        return std::nullopt;
    }
    if (st.st_mode & (S_IRWXG | S_IRWXO)) {
        *error = tr("--password-file %1: group or others may read it (mode %2); it must be readable by its owner "
                    "only: chmod 600 %1")
                     .arg(path, QStringLiteral("%1").arg(st.st_mode & 0777, 4, 8, QLatin1Char('0')));
        return std::nullopt;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("--password-file %1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    QByteArray line = f.readLine(4096);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty()) {
        *error = tr("--password-file %1: the file is empty (the password is its first line)").arg(path);
        return std::nullopt;
    }
    return QString::fromUtf8(line);
}

} // namespace fw

#include "support/readonlyfolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

namespace fw::test {

namespace {

constexpr QFileDevice::Permissions kReadOnlyFolder = QFileDevice::ReadOwner | QFileDevice::ExeOwner
                                                     | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                                                     | QFileDevice::ReadOther | QFileDevice::ExeOther;
constexpr QFileDevice::Permissions kReadOnlyFile = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;

// A private mount namespace for this process, once: mounts made in it are gone when the process ends.
bool privateMountNamespace()
{
    static const bool made = ::unshare(CLONE_NEWNS) == 0
                             && ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) == 0;
    return made;
}

} // namespace

ReadOnlyFolder::ReadOnlyFolder(const QString &folder) : m_folder(QFileInfo(folder).absoluteFilePath())
{
    const QDir dir(m_folder);
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden))
        QFile::setPermissions(dir.filePath(name), kReadOnlyFile);
    QFile::setPermissions(m_folder, kReadOnlyFolder);
    if (::geteuid() != 0)
        return;
    privateMountNamespace();   // else the machine's namespace: the destructor unmounts
    const QByteArray path = QFile::encodeName(m_folder);
    if (::mount(path.constData(), path.constData(), nullptr, MS_BIND, nullptr) != 0) {
        m_error = QStringLiteral("bind mount of %1: %2").arg(m_folder, QString::fromLocal8Bit(std::strerror(errno)));
        return;
    }
    m_mounted = true;
    if (::mount(nullptr, path.constData(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY, nullptr) != 0)
        m_error = QStringLiteral("read-only remount of %1: %2").arg(m_folder, QString::fromLocal8Bit(std::strerror(errno)));
}

ReadOnlyFolder::~ReadOnlyFolder()
{
    if (m_mounted) {
        const QByteArray path = QFile::encodeName(m_folder);
        if (::umount2(path.constData(), 0) != 0)
            ::umount2(path.constData(), MNT_DETACH);
    }
    QFile::setPermissions(m_folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QDir dir(m_folder);
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden))
        QFile::setPermissions(dir.filePath(name), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

bool ReadOnlyFolder::isReadOnly() const
{
    const QByteArray probe = QFile::encodeName(QDir(m_folder).filePath(QStringLiteral(".write-probe")));
    const int fd = ::open(probe.constData(), O_WRONLY | O_CREAT | O_EXCL, 0600);
    if (fd >= 0) {
        ::close(fd);
        ::unlink(probe.constData());
        return false;
    }
    const QDir dir(m_folder);
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden)) {
        const int f = ::open(QFile::encodeName(dir.filePath(name)).constData(), O_WRONLY);
        if (f >= 0) {
            ::close(f);
            return false;
        }
    }
    return true;
}

} // namespace fw::test

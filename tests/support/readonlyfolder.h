#pragma once
// ReadOnlyFolder: makes a folder, and the files in it, read-only for this process for as long as the
// object lives, for tests of code that must only read. Permissions first (folder 0555, files 0444);
// they do not stop root (CI runs as root), so as root the folder is also bind-mounted on itself and
// remounted read-only, in a mount namespace of this process's own when it can make one (so that a
// crashed test leaves no mount behind), else in the machine's; unmounted in the destructor, and the
// permissions put back. isReadOnly() checks it for real: creating a file in the folder fails.

#include <QString>

namespace fw::test {

class ReadOnlyFolder
{
public:
    explicit ReadOnlyFolder(const QString &folder);
    ~ReadOnlyFolder();
    ReadOnlyFolder(const ReadOnlyFolder &) = delete;
    ReadOnlyFolder &operator=(const ReadOnlyFolder &) = delete;

    // A file cannot be created in the folder, nor one of its files opened for writing.
    bool isReadOnly() const;
    bool isMounted() const { return m_mounted; }
    QString errorString() const { return m_error; }

private:
    QString m_folder;
    bool m_mounted = false;
    QString m_error;
};

} // namespace fw::test

#include "core/store/storefault.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <sqlite3.h>

namespace fw {

namespace {

thread_local QHash<sqlite3 *, int> t_errors;

} // namespace

StoreFault storeFaultOf(int sqliteCode)
{
    switch (sqliteCode & 0xff) {
    case SQLITE_FULL: return StoreFault::Full;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN: return StoreFault::ReadOnly;
    case SQLITE_IOERR: return StoreFault::IoError;
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return StoreFault::Locked;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB: return StoreFault::Damaged;
    default: return StoreFault::None;
    }
}

void noteStoreError(sqlite3 *db, int rc)
{
    if (db && storeFaultOf(rc) != StoreFault::None && !t_errors.contains(db))
        t_errors.insert(db, sqlite3_extended_errcode(db));
}

int takeStoreError(sqlite3 *db)
{
    return t_errors.take(db);
}

QString StoreFaultText::cause(StoreFault fault)
{
    switch (fault) {
    case StoreFault::None: return {};
    case StoreFault::Full: return tr("the disk is full");
    case StoreFault::ReadOnly: return tr("the store cannot be written (read-only)");
    case StoreFault::IoError: return tr("the disk reports input/output errors");
    case StoreFault::Locked: return tr("another program holds the store locked");
    case StoreFault::Damaged: return tr("the store file is damaged");
    case StoreFault::Unavailable: return tr("no store could be opened");
    }
    return {};
}

QString StoreFaultText::remedy(StoreFault fault, const QString &path)
{
    const QString folder = QDir::toNativeSeparators(QFileInfo(path).absolutePath());
    switch (fault) {
    case StoreFault::None: return {};
    case StoreFault::Full: return tr("Free space on the disk that holds %1; saving resumes by itself.").arg(folder);
    case StoreFault::ReadOnly:
        return tr("Make %1 writable for this user (or remount the disk read-write); saving resumes by itself.")
            .arg(folder);
    case StoreFault::IoError: return tr("Call your IT: the disk that holds %1 may be failing.").arg(folder);
    case StoreFault::Locked:
        return tr("Close the other program that has %1 open (a second console, a backup, a database tool); saving "
                  "resumes by itself.")
            .arg(QDir::toNativeSeparators(path));
    case StoreFault::Damaged:
        return tr("Restart Fleetwatch: a damaged store is set aside and a new one made. Keep the old file for IT.");
    case StoreFault::Unavailable: return tr("Fix the cause and restart Fleetwatch, or start it with another --db file.");
    }
    return {};
}

} // namespace fw

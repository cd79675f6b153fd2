#pragma once
// Store files for tests of code that opens, refuses, sets aside or only reads a store: random and real
// store bytes, a store damaged inside one page, another program's SQLite database, and a snapshot of
// a folder (names, sizes, content hashes) to show that something was left untouched.

#include "core/store/alertrepository.h"
#include "core/store/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStringList>

#include <sqlite3.h>

namespace fw::test {

inline QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(generator.bounded(256));
    return bytes;
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline AlertRecord sampleAlert(const QString &alertId, qint64 raisedAt)
{
    AlertRecord r;
    r.site = QStringLiteral("plant-a");
    r.asset = QStringLiteral("engine-017");
    r.alertId = alertId;
    r.title = QStringLiteral("HPC degradation suspected");
    r.raisedTs = raisedAt - 5;
    r.raisedAt = raisedAt;
    r.lastEventAt = raisedAt;
    r.lastPayload = randomBytes(3000, quint32(raisedAt));   // spills into overflow pages
    return r;
}

// The bytes of a closed, checkpointed store holding `alerts` alerts (several pages of data).
inline QByteArray realStoreBytes(const QString &dir, int alerts)
{
    const QString path = dir + QStringLiteral("/template.sqlite");
    {
        auto db = Database::open(path, nullptr);
        if (!db)
            return {};
        AlertRepository repo(*db);
        Transaction tx(*db);
        for (int i = 0; i < alerts; ++i) {
            AlertRecord r = sampleAlert(QStringLiteral("a-%1").arg(i), 1000 + i);
            repo.upsert(r);
        }
        tx.commit();
    }
    const QByteArray bytes = readFile(path);
    QFile::remove(path);
    return bytes;
}

inline int fileCount(const QString &dir) { return int(QDir(dir).entryList(QDir::Files | QDir::Hidden).size()); }

// Every name under `dir` with its size and content hash: what "left untouched" compares.
inline QStringList snapshot(const QString &dir)
{
    QStringList entries;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        entries << QStringLiteral("%1 %2 %3").arg(QDir(dir).relativeFilePath(path)).arg(info.size()).arg(
            info.isFile() ? QString::fromLatin1(QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex())
                          : QStringLiteral("dir"));
    }
    entries.sort();
    return entries;
}

// A SQLite database of another program: `setup` run on a new file, closed.
inline bool makeForeignDatabase(const QString &path, const char *setup)
{
    sqlite3 *raw = nullptr;
    const bool ok = sqlite3_open(QFile::encodeName(path).constData(), &raw) == SQLITE_OK
                    && sqlite3_exec(raw, setup, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(raw);
    return ok;
}

// The bytes of a closed store of `alerts` alerts with the first bytes of the alerts table's root page
// (its b-tree page header: page type, cell count, cell pointers) overwritten: damage to the
// structure inside one page, the file's header and every other page intact.
inline QByteArray storeWithRootPageDamaged(const QString &dir, int alerts)
{
    const QString path = dir + QStringLiteral("/rootpage.sqlite");
    QByteArray bytes = realStoreBytes(dir, alerts);
    if (bytes.isEmpty() || !writeFile(path, bytes))
        return {};
    qint64 root = 0;
    qint64 pageSize = 0;
    {
        auto db = Database::open(path, nullptr);
        if (!db)
            return {};
        root = db->queryInt("SELECT rootpage FROM sqlite_schema WHERE name = 'alerts'").value_or(0);
        pageSize = db->queryInt("PRAGMA page_size").value_or(0);
    }
    QFile::remove(path);
    if (root < 2 || pageSize <= 0 || (root - 1) * pageSize + 16 > bytes.size())
        return {};
    const qsizetype at = qsizetype((root - 1) * pageSize);
    for (qsizetype i = 0; i < 12; ++i)
        bytes[at + i] = char(0xA5 ^ i);
    return bytes;
}

} // namespace fw::test

#include "core/store/storeidentity.h"

#include "core/store/schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStringList>
#include <QUrl>
#include <QtEndian>

#include <cstring>

#include <sqlite3.h>

namespace fw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fw::StoreIdentity", text);
}

constexpr char kSqliteMagic[] = "SQLite format 3";   // and its terminating NUL: 16 bytes
constexpr int kHeaderBytes = 100;
constexpr int kApplicationIdOffset = 68;

quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    quint32 v = 0;
    for (int i = 0; i < 4; ++i)
        v = (v << 8) | quint8(bytes.at(offset + i));
    return v;
}

// What SQLite shows of a file whose header carries no application id.
struct Look
{
    bool ok = false;
    QString error;
    qint64 applicationId = 0;
    int userVersion = 0;
    int objects = 0;
    QSet<QString> tables;
    bool hasStoreId = false;
};

bool queryRows(sqlite3 *db, const char *sql, QStringList *rows)
{
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    if (rc == SQLITE_OK) {
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
            rows->append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))));
    }
    sqlite3_finalize(stmt);
    return rc == SQLITE_DONE;
}

// The main file through SQLite with immutable=1: no lock, no -wal or -shm read, made or changed.
Look lookThroughSqlite(const QString &path)
{
    Look look;
    sqlite3 *db = nullptr;
    const QByteArray uri = "file:" + QUrl::toPercentEncoding(QFileInfo(path).absoluteFilePath(), "/")
                           + "?mode=ro&immutable=1";
    int rc = sqlite3_open_v2(uri.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX,
                             nullptr);
    QStringList id, version, objects, tables;
    if (rc == SQLITE_OK && queryRows(db, "PRAGMA application_id", &id) && queryRows(db, "PRAGMA user_version", &version)
        && queryRows(db, "SELECT type FROM sqlite_schema", &objects)
        && queryRows(db, "SELECT name FROM sqlite_schema WHERE type = 'table'", &tables)) {
        look.ok = true;
        look.applicationId = id.value(0).toLongLong();
        look.userVersion = version.value(0).toInt();
        look.objects = int(objects.size());
        look.tables = QSet<QString>(tables.cbegin(), tables.cend());
        QStringList storeIds;
        if (look.tables.contains(QStringLiteral("meta_kv")))
            look.ok = queryRows(db, "SELECT value FROM meta_kv WHERE key = 'store_id'", &storeIds);
        look.hasStoreId = !storeIds.isEmpty();
    }
    if (!look.ok)
        look.error = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_close_v2(db);
    return look;
}

// Page 1 as the -wal has it committed, read as bytes (SQLite would need the -shm, and change it, to
// read through the WAL): the newest copy of page 1 in a frame of the WAL's current generation (its
// salts) whose running checksum holds, up to the last commit frame. Empty when the WAL holds no
// committed page 1 (then the main file's page 1 is the committed one). Format: sqlite.org/fileformat2.
QByteArray committedPageOneInWal(const QString &path)
{
    QFile wal(path + QLatin1String("-wal"));
    if (!wal.open(QIODevice::ReadOnly))
        return {};
    const QByteArray header = wal.read(32);
    if (header.size() < 32)
        return {};
    const quint32 magic = bigEndian32(header, 0);
    if (magic != 0x377f0682 && magic != 0x377f0683)
        return {};
    const bool bigEndianSums = magic == 0x377f0683;
    quint32 pageSize = bigEndian32(header, 8);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return {};
    quint32 s0 = 0, s1 = 0;
    const auto checksum = [&](const char *data, int size) {
        for (int i = 0; i + 8 <= size; i += 8) {
            quint32 x0, x1;
            std::memcpy(&x0, data + i, 4);
            std::memcpy(&x1, data + i + 4, 4);
            x0 = bigEndianSums ? qFromBigEndian(x0) : qFromLittleEndian(x0);
            x1 = bigEndianSums ? qFromBigEndian(x1) : qFromLittleEndian(x1);
            s0 += x0 + s1;
            s1 += x1 + s0;
        }
    };
    checksum(header.constData(), 24);
    if (s0 != bigEndian32(header, 24) || s1 != bigEndian32(header, 28))
        return {};
    QByteArray pending;     // page 1 of the transaction being read
    QByteArray committed;   // page 1 as of the last commit frame
    for (;;) {
        const QByteArray frame = wal.read(24 + qint64(pageSize));
        if (frame.size() < 24 + qsizetype(pageSize) || bigEndian32(frame, 8) != bigEndian32(header, 16)
            || bigEndian32(frame, 12) != bigEndian32(header, 20))
            break;
        checksum(frame.constData(), 8);
        checksum(frame.constData() + 24, int(pageSize));
        if (s0 != bigEndian32(frame, 16) || s1 != bigEndian32(frame, 20))
            break;
        if (bigEndian32(frame, 0) == 1)
            pending = frame.mid(24);
        if (bigEndian32(frame, 4) != 0 && !pending.isEmpty())   // a commit frame
            committed = pending;
    }
    return committed;
}

bool hasVersion1Tables(const Look &look)
{
    for (const char *table : {"meta_kv", "alerts", "alert_events", "actions", "outbox", "asset_seq"}) {
        if (!look.tables.contains(QLatin1String(table)))
            return false;
    }
    return look.hasStoreId;
}

} // namespace

bool StoreIdentity::isRefused() const
{
    switch (m_kind) {
    case Kind::Missing:
    case Kind::Empty:
    case Kind::Fleetwatch:
    case Kind::Unreadable: return false;
    case Kind::Folder:
    case Kind::NotSqlite:
    case Kind::ForeignSqlite:
    case Kind::Unidentified: return true;
    }
    return true;
}

QString StoreIdentity::refusal(const QString &path) const
{
    return tr("%1 is not a Fleetwatch store: %2. It was left untouched. Give the path of a Fleetwatch store, or of "
              "a file that does not exist yet, with --db.")
        .arg(QDir::toNativeSeparators(path), m_reason);
}

bool StoreIdentity::hasWal(const QString &path)
{
    return QFileInfo(path + QLatin1String("-wal")).size() > 0;
}

QByteArray StoreIdentity::readOnlyUri(const QString &path)
{
    // SQLite decodes %HH in a URI's path; '?', '#' and '%' in a file name must not be read as syntax.
    const QByteArray file = QUrl::toPercentEncoding(QFileInfo(path).absoluteFilePath(), "/");
    return "file:" + file + (hasWal(path) ? "?mode=ro" : "?mode=ro&immutable=1");
}

StoreIdentity StoreIdentity::of(const QString &path)
{
    StoreIdentity id;
    const QFileInfo info(path);
    if (info.isDir()) {
        id.m_kind = Kind::Folder;
        id.m_reason = tr("it is a folder");
        return id;
    }
    if (!info.exists()) {
        id.m_kind = Kind::Missing;
        return id;
    }
    if (info.size() == 0) {
        id.m_kind = Kind::Empty;
        return id;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        id.m_kind = Kind::Unreadable;
        id.m_reason = tr("the file %1 cannot be read by this user (%2)")
                          .arg(QDir::toNativeSeparators(path), file.errorString());
        return id;
    }
    const QByteArray header = file.read(kHeaderBytes);
    file.close();
    if (header.size() < kHeaderBytes || !header.startsWith(QByteArray(kSqliteMagic, sizeof kSqliteMagic))) {
        id.m_kind = Kind::NotSqlite;
        id.m_reason = tr("it is not a SQLite database");
        return id;
    }
    const quint32 headerId = bigEndian32(header, kApplicationIdOffset);
    if (headerId == quint32(schema::kApplicationId)) {
        id.m_kind = Kind::Fleetwatch;
        return id;
    }
    if (headerId != 0) {
        id.m_kind = Kind::ForeignSqlite;
        id.m_reason = tr("it is a SQLite database of another application (application id %1)").arg(qint32(headerId));
        return id;
    }
    // The main file's header knows nothing of an id. A -wal may hold a newer page 1: that of a store
    // that crashed before its first checkpoint, or another program's database in use.
    if (hasWal(path)) {
        const QByteArray page = committedPageOneInWal(path);
        if (page.size() >= kHeaderBytes + 8) {
            const quint32 walId = bigEndian32(page, kApplicationIdOffset);
            const quint32 userVersion = bigEndian32(page, 60);
            const bool noSchema = quint8(page.at(100)) == 0x0D && page.at(103) == 0 && page.at(104) == 0;
            if (walId == quint32(schema::kApplicationId)) {
                id.m_kind = Kind::Fleetwatch;
            } else if (walId != 0) {
                id.m_kind = Kind::ForeignSqlite;
                id.m_reason = tr("it is a SQLite database of another application (application id %1)").arg(qint32(walId));
            } else if (userVersion == 0 && noSchema) {
                id.m_kind = Kind::Empty;
            } else if (userVersion == 0) {
                // Fleetwatch commits its tables with their user_version and id: never tables without both.
                id.m_kind = Kind::ForeignSqlite;
                id.m_reason = tr("it is a SQLite database of another application");
            } else {
                id.m_kind = Kind::Unidentified;
                id.m_reason = tr("it is a SQLite database without Fleetwatch's mark, with changes in its -wal that "
                                 "cannot be read without changing it");
            }
            return id;
        }
    }
    const Look look = lookThroughSqlite(path);
    if (!look.ok) {
        id.m_kind = Kind::Unidentified;
        id.m_reason = tr("it is a SQLite file without Fleetwatch's mark, and the rest cannot be read (%1)")
                          .arg(look.error);
    } else if (look.applicationId == schema::kApplicationId) {
        id.m_kind = Kind::Fleetwatch;
    } else if (look.applicationId == 0 && look.userVersion == 0 && look.objects == 0) {
        id.m_kind = Kind::Empty;
    } else if (look.applicationId == 0 && look.userVersion >= 1 && look.userVersion <= schema::kCurrentVersion
               && hasVersion1Tables(look)) {
        id.m_kind = Kind::Fleetwatch;
        id.m_lacksApplicationId = true;
    } else {
        id.m_kind = Kind::ForeignSqlite;
        id.m_reason = look.applicationId != 0
                          ? tr("it is a SQLite database of another application (application id %1)")
                                .arg(look.applicationId)
                          : tr("it is a SQLite database of another application");
    }
    return id;
}

} // namespace fw

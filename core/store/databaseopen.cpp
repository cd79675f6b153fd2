#include "core/store/database.h"

// Database::open() and openReadOnly(): finding out what the file is, checking, migrating, setting a
// damaged store aside. The connection itself is in database.cpp.

#include "core/common/logging.h"
#include "core/store/schema.h"
#include "core/store/sqlstatement.h"
#include "core/store/storeidentity.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace fw {

namespace {

constexpr qint64 kAlwaysCheckBelowBytes = 64 * 1024 * 1024;


constexpr int kBusyTimeoutMs = Database::kDefaultBusyTimeoutMs;
constexpr const char *kSidecars[] = {"-wal", "-shm", "-journal"};

QString tr(const char *text)
{
    return QCoreApplication::translate("fw::Database", text);
}

enum class Verdict { Ok, Corrupt, Refused };

struct Attempt
{
    Verdict verdict = Verdict::Refused;
    sqlite3 *db = nullptr;
    int fromVersion = 0;
    QString error;
};

bool isCorruption(int rc)
{
    const int primary = rc & 0xff;
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
}

QString sqliteError(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

// Why a path cannot be written, in words an operator can act on; empty if nothing obvious.
QString accessProblem(const QString &path)
{
    const QFileInfo file(path);
    const QFileInfo dir(file.absolutePath());
    if (file.exists() && !file.isWritable())
        return tr("the file %1 is not writable by this user").arg(QDir::toNativeSeparators(path));
    if (!dir.isWritable())
        return tr("the folder %1 is not writable by this user").arg(QDir::toNativeSeparators(dir.filePath()));
    return {};
}

// One statement returning rows of text (PRAGMA journal_mode, quick_check); rc is SQLite's.
int queryTexts(sqlite3 *db, const char *sql, QStringList *rows)
{
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    if (rc == SQLITE_OK) {
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
            rows->append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))));
        if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
    }
    sqlite3_finalize(stmt);
    return rc;
}

Attempt fail(Attempt a, Verdict verdict, const QString &error)
{
    a.verdict = verdict;
    a.error = error;
    sqlite3_close_v2(a.db);
    a.db = nullptr;
    return a;
}

// Opens `path`, checks it and migrates it. On success the connection is in a.db. `knownStore`: the
// file is a Fleetwatch store by StoreIdentity even without an application_id (which is stamped then).
Attempt attemptOpen(const QString &path, bool knownStore)
{
    Attempt a;
    const QByteArray file = QFile::encodeName(path);
    int rc = sqlite3_open_v2(file.constData(), &a.db,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const QString problem = accessProblem(path);
        return fail(a, Verdict::Refused, problem.isEmpty() ? sqliteError(a.db) : problem);
    }
    if (sqlite3_db_readonly(a.db, "main") == 1)
        return fail(a, Verdict::Refused, accessProblem(path).isEmpty() ? tr("the file is read-only")
                                                                        : accessProblem(path));
    sqlite3_busy_timeout(a.db, kBusyTimeoutMs);

    // Identify the file before changing anything in it. The first statement reads it: a file that
    // is not a database fails here.
    QStringList values;
    for (const char *sql : {"PRAGMA application_id", "PRAGMA user_version",
                            "SELECT count(*) FROM sqlite_schema"}) {
        if (rc = queryTexts(a.db, sql, &values); rc != SQLITE_OK) {
            const QString problem = isCorruption(rc) ? QString() : accessProblem(path);
            return fail(a, isCorruption(rc) ? Verdict::Corrupt : Verdict::Refused,
                        problem.isEmpty() ? sqliteError(a.db) : problem);
        }
    }
    const int applicationId = values.value(0).toInt();
    a.fromVersion = values.value(1).toInt();
    const int objects = values.value(2).toInt();
    if (a.fromVersion > schema::kCurrentVersion)
        return fail(a, Verdict::Refused,
                    tr("the store was written by a newer version of Fleetwatch (schema version %1; this "
                       "version knows up to %2)").arg(a.fromVersion).arg(schema::kCurrentVersion));
    const bool ours = applicationId == schema::kApplicationId;
    if (!ours && !knownStore && (applicationId != 0 || a.fromVersion != 0 || objects != 0))
        return fail(a, Verdict::Refused, tr("the file is a SQLite database of another application"));

    QStringList mode;
    rc = queryTexts(a.db, "PRAGMA journal_mode=WAL", &mode);
    if (rc != SQLITE_OK) {
        const QString problem = isCorruption(rc) ? QString() : accessProblem(path);
        return fail(a, isCorruption(rc) ? Verdict::Corrupt : Verdict::Refused,
                    problem.isEmpty() ? sqliteError(a.db) : problem);
    }
    if (mode.value(0).compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        const QString problem = accessProblem(path);
        return fail(a, Verdict::Refused,
                    problem.isEmpty() ? tr("write-ahead logging is not available (journal mode %1)")
                                            .arg(mode.value(0))
                                      : problem);
    }
    if (!execSql(a.db, "PRAGMA foreign_keys=ON; PRAGMA synchronous=FULL"))
        return fail(a, isCorruption(sqlite3_errcode(a.db)) ? Verdict::Corrupt : Verdict::Refused,
                    sqliteError(a.db));

    // quick_check reads the whole file: about 1 s per GB warm, 16 s cold. It runs when the last
    // session did not close the store (its marker is still there) or when the file is small; a large
    // store closed cleanly opens at once, and damage found later is reported by SQLite as it is read.
    const bool check = QFileInfo::exists(Database::openMarker(path)) || QFileInfo(path).size() < kAlwaysCheckBelowBytes;
    QStringList problems;
    rc = check ? queryTexts(a.db, "PRAGMA quick_check(20)", &problems) : SQLITE_OK;
    if (rc != SQLITE_OK)
        return fail(a, isCorruption(rc) ? Verdict::Corrupt : Verdict::Refused, sqliteError(a.db));
    if (check && problems != QStringList{QStringLiteral("ok")})
        return fail(a, Verdict::Corrupt, problems.join(QLatin1String("; ")).left(600));

    if (!ours && knownStore && a.fromVersion == schema::kCurrentVersion) {
        const QByteArray stamp = "PRAGMA application_id=" + QByteArray::number(schema::kApplicationId);
        if (!execSql(a.db, stamp.constData()))
            return fail(a, isCorruption(sqlite3_errcode(a.db)) ? Verdict::Corrupt : Verdict::Refused, sqliteError(a.db));
    }
    for (int version = a.fromVersion + 1; version <= schema::kCurrentVersion; ++version) {
        bool ok = execSql(a.db, "BEGIN IMMEDIATE");
        if (ok) {
            const QByteArray stamp = QByteArray("PRAGMA user_version=") + QByteArray::number(version)
                                     + "; PRAGMA application_id=" + QByteArray::number(schema::kApplicationId);
            ok = schema::migrateTo(a.db, version) && execSql(a.db, stamp.constData())
                 && execSql(a.db, "COMMIT");
            if (!ok && !sqlite3_get_autocommit(a.db))
                execSql(a.db, "ROLLBACK");
        }
        if (!ok) {
            const int code = sqlite3_errcode(a.db);
            return fail(a, isCorruption(code) ? Verdict::Corrupt : Verdict::Refused,
                        tr("migration to schema version %1 failed: %2").arg(version).arg(sqliteError(a.db)));
        }
        logging::get("store")->info("store {} migrated to schema version {}", logging::sanitize(path), version);
    }
    a.verdict = Verdict::Ok;
    return a;
}

// Renames the damaged file and its sidecars; returns the new name of the main file, empty on failure.
QString setAside(const QString &path, QString *error)
{
    const QString base = path + QLatin1String(".corrupt-")
                         + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = base;
    for (int n = 2; QFileInfo::exists(target) && n < 100; ++n)
        target = base + QLatin1Char('-') + QString::number(n);
    QFile main(path);
    if (main.exists() && !main.rename(target)) {
        *error = tr("cannot rename %1 to %2: %3").arg(path, target, main.errorString());
        return {};
    }
    for (const char *suffix : kSidecars) {
        QFile sidecar(path + QLatin1String(suffix));
        // A sidecar left behind would be applied to the fresh store: remove it if it cannot move.
        if (sidecar.exists() && !sidecar.rename(target + QLatin1String(suffix)) && !sidecar.remove()) {
            *error = tr("cannot move %1 aside: %2").arg(sidecar.fileName(), sidecar.errorString());
            return {};
        }
    }
    return target;
}

// The file is not a Fleetwatch store: nothing opened, nothing touched.
std::unique_ptr<Database> refused(OpenReport &r, const QString &path, const StoreIdentity &identity, qint64 elapsedMs)
{
    r.outcome = OpenReport::Outcome::NotAStore;
    r.error = identity.reason();
    r.message = identity.refusal(path);
    r.elapsedMs = elapsedMs;
    logging::get("store")->error("refused {}: not a Fleetwatch store ({}); left untouched", logging::sanitize(path),
                                 logging::sanitize(identity.reason(), 600));
    return nullptr;
}

} // namespace

std::unique_ptr<Database> Database::open(const QString &path, OpenReport *report)
{
    QElapsedTimer timer;
    timer.start();
    OpenReport local;
    OpenReport &r = report ? *report : local;
    r = OpenReport{};
    auto log = logging::get("store");
    const QString shown = QDir::toNativeSeparators(path);

    auto failed = [&](const QString &error) -> std::unique_ptr<Database> {
        r.outcome = OpenReport::Outcome::Failed;
        r.error = error;
        r.message = tr("The alert store %1 cannot be opened: %2. Fleetwatch cannot keep acknowledgements "
                       "or labels without it; fix the cause or choose another file with --db.")
                        .arg(shown, error);
        r.elapsedMs = timer.elapsed();
        log->error("cannot open store {}: {}", logging::sanitize(path), logging::sanitize(error, 600));
        return nullptr;
    };

    if (path.isEmpty())
        return failed(tr("no file name was given"));
    const QFileInfo info(path);
    const StoreIdentity identity = StoreIdentity::of(path);
    if (identity.isRefused())
        return refused(r, path, identity, timer.elapsed());
    if (identity.kind() == StoreIdentity::Kind::Unreadable)
        return failed(identity.reason());
    const bool existed = info.exists() && info.size() > 0;
    if (!QDir().mkpath(info.absolutePath()))
        return failed(tr("the folder %1 does not exist and cannot be created")
                          .arg(QDir::toNativeSeparators(info.absolutePath())));

    Attempt a = attemptOpen(path, identity.isStore());
    // Only a file that is Fleetwatch's own is ever moved; anything else damaged stays where it is.
    if (a.verdict == Verdict::Corrupt && !identity.isStore())
        return failed(a.error);
    if (a.verdict == Verdict::Corrupt) {
        log->warn("store {} is damaged: {}", logging::sanitize(path), logging::sanitize(a.error, 600));
        QString renameError;
        const QString aside = setAside(path, &renameError);
        if (aside.isEmpty())
            return failed(tr("the file is damaged (%1) and could not be moved aside: %2").arg(a.error, renameError));
        r.error = a.error;
        r.setAsidePath = aside;
        Attempt fresh = attemptOpen(path, false);
        if (fresh.verdict != Verdict::Ok)
            return failed(tr("the damaged file was moved to %1, but a new store cannot be created: %2")
                              .arg(QDir::toNativeSeparators(aside), fresh.error));
        a = fresh;
        r.outcome = OpenReport::Outcome::Recreated;
        r.message = tr("The alert store %1 was damaged (%2). It was moved to %3 and a "
                       "new, empty store was created. Open alerts are reloaded from the fleet; the history, "
                       "acknowledgements and undelivered labels of the old file are not in the new store: "
                       "keep %3 for your administrator.")
                        .arg(shown, r.error, QDir::toNativeSeparators(aside));
        log->warn("store {} moved aside to {}; a new store was created", logging::sanitize(path),
                  logging::sanitize(aside));
    } else if (a.verdict != Verdict::Ok) {
        return failed(a.error);
    } else if (a.fromVersion == schema::kCurrentVersion) {
        r.outcome = OpenReport::Outcome::Opened;
        r.message = tr("Opened the alert store %1.").arg(shown);
    } else if (a.fromVersion == 0 && !existed) {
        r.outcome = OpenReport::Outcome::Created;
        r.message = tr("Created a new alert store %1.").arg(shown);
    } else {
        r.outcome = OpenReport::Outcome::Migrated;
        r.message = tr("Updated the alert store %1 from schema version %2 to %3.")
                        .arg(shown).arg(a.fromVersion).arg(schema::kCurrentVersion);
    }
    r.fromVersion = r.outcome == OpenReport::Outcome::Recreated ? 0 : a.fromVersion;
    r.toVersion = schema::kCurrentVersion;
    r.elapsedMs = timer.elapsed();
    log->info("store {} open (schema {} -> {}, {} ms)", logging::sanitize(path), r.fromVersion, r.toVersion,
              r.elapsedMs);
    return std::unique_ptr<Database>(new Database(a.db, path, false));
}

std::unique_ptr<Database> Database::openReadOnly(const QString &path, OpenReport *report)
{
    QElapsedTimer timer;
    timer.start();
    OpenReport local;
    OpenReport &r = report ? *report : local;
    r = OpenReport{};
    const QString shown = QDir::toNativeSeparators(path);
    auto failed = [&](const QString &error, sqlite3 *db) -> std::unique_ptr<Database> {
        sqlite3_close_v2(db);
        r.outcome = OpenReport::Outcome::Failed;
        r.error = error;
        r.message = tr("The alert store %1 cannot be read: %2.").arg(shown, error);
        r.elapsedMs = timer.elapsed();
        logging::get("store")->error("cannot read store {}: {}", logging::sanitize(path), logging::sanitize(error, 600));
        return nullptr;
    };
    const StoreIdentity identity = StoreIdentity::of(path);
    if (identity.isRefused())
        return refused(r, path, identity, timer.elapsed());
    if (identity.kind() == StoreIdentity::Kind::Unreadable)
        return failed(identity.reason(), nullptr);
    if (!identity.isStore())
        return failed(tr("there is no Fleetwatch store at %1").arg(shown), nullptr);

    sqlite3 *db = nullptr;
    const QByteArray uri = StoreIdentity::readOnlyUri(path);
    int rc = sqlite3_open_v2(uri.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, nullptr);
    QStringList version;
    if (rc == SQLITE_OK) {
        sqlite3_busy_timeout(db, kBusyTimeoutMs);
        rc = queryTexts(db, "PRAGMA user_version", &version);
    }
    if (rc != SQLITE_OK) {
        const QString error = db ? sqliteError(db) : QString::fromUtf8(sqlite3_errstr(rc));
        // The WAL's changes need its -shm, which a read-only folder keeps SQLite from making.
        if (StoreIdentity::hasWal(path) && !QFileInfo(QFileInfo(path).absolutePath()).isWritable())
            return failed(tr("its latest changes are in %1-wal, which cannot be read in a read-only folder (%2); open "
                             "it once with the console, or copy the store with its -wal and -shm files to a writable "
                             "folder").arg(shown, error), db);
        return failed(error, db);
    }
    const int fileVersion = version.value(0).toInt();
    if (fileVersion > schema::kCurrentVersion)
        return failed(tr("the store was written by a newer version of Fleetwatch (schema version %1; this "
                         "version knows up to %2)").arg(fileVersion).arg(schema::kCurrentVersion), db);
    r.outcome = OpenReport::Outcome::Opened;
    r.fromVersion = r.toVersion = fileVersion;
    r.message = tr("Opened the alert store %1.").arg(shown);
    r.elapsedMs = timer.elapsed();
    return std::unique_ptr<Database>(new Database(db, path, true));
}

} // namespace fw

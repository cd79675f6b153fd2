#pragma once
// StoreIdentity: what the file given as the store is, found without changing it. Database::open()
// decides by it between creating a store, opening one, setting a damaged one aside and refusing;
// main() asks it first, so that a --db that names something else ends the console with a message
// before any window is built.
//
// A Fleetwatch store is a SQLite 3 file (its first 16 bytes "SQLite format 3\0") whose
// PRAGMA application_id is schema::kApplicationId ("FWst"). Every schema version has stamped that id
// in the transaction that set its user_version, from the first one on, so stores of earlier versions
// are recognised by it as well. The id is read from the file's header (offset 68, big-endian) without
// SQLite. A header that says 0 is looked at through SQLite, read-only: a store that crashed before its
// first checkpoint has its id (and everything else) only in its -wal, its main file's header is still
// the blank one. Also taken for a store: application_id 0 with user_version 1..schema::kCurrentVersion
// and every table of schema version 1 (meta_kv holding a store_id, alerts, alert_events, actions,
// outbox, asset_seq), the mark of a store rebuilt by a tool that keeps tables and user_version but not
// the header's application_id; Database::open() stamps the id on it.
//
// Nothing here writes: the SQLite look opens the file read-only, with immutable=1 when there is no
// -wal (no -wal or -shm is created, no lock taken), else read-only through the WAL (which needs the
// -shm that the WAL's writer made).
// Thread: any. Errors: in kind and reason.

#include <QByteArray>
#include <QString>

namespace fw {

class StoreIdentity
{
public:
    enum class Kind {
        Missing,       // nothing at the path: a new store may be made there
        Empty,         // a 0-byte file, or a SQLite file with nothing in it: a new store may be made in it
        Fleetwatch,    // a Fleetwatch store (possibly damaged past its header)
        Folder,        // refused: a folder
        NotSqlite,     // refused: not a SQLite database (a text file, ...)
        ForeignSqlite, // refused: a SQLite database of another application
        Unidentified,  // refused: a SQLite header without Fleetwatch's id, and the rest cannot be read
        Unreadable,    // not refused, not known: the file cannot be read (permissions); opening it fails
    };

    static StoreIdentity of(const QString &path);

    Kind kind() const { return m_kind; }
    bool isStore() const { return m_kind == Kind::Fleetwatch; }
    // Refused kinds: Database::open() leaves such a file exactly as it is.
    bool isRefused() const;
    // Fleetwatch: recognised by the tables and user_version, without the application_id.
    bool lacksApplicationId() const { return m_lacksApplicationId; }
    // Refused kinds and Unreadable: why, one translated clause ("it is not a SQLite database").
    const QString &reason() const { return m_reason; }
    // Refused kinds: the operator's paragraph naming the file: not a Fleetwatch store, left untouched.
    QString refusal(const QString &path) const;

    // How a file is opened for reading without changing anything: the SQLite URI of `path`, opened
    // read-only (mode=ro), and immutable=1 unless a non-empty -wal lies beside it (then the WAL is read,
    // which needs a -shm: the WAL's writer made it, or SQLite makes it when the folder allows).
    // For sqlite3_open_v2 with SQLITE_OPEN_READONLY | SQLITE_OPEN_URI.
    static QByteArray readOnlyUri(const QString &path);
    // A non-empty "<path>-wal": a connection has it open, or the last one did not close.
    static bool hasWal(const QString &path);

private:
    Kind m_kind = Kind::Missing;
    bool m_lacksApplicationId = false;
    QString m_reason;
};

} // namespace fw

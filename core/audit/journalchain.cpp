#include "core/audit/journalchain.h"

#include "core/store/database.h"
#include "core/store/sqlstatement.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QtEndian>

namespace fw::JournalChain {
namespace {

void putInt(QCryptographicHash &h, qint64 v)
{
    char b[8];
    qToBigEndian(v, b);
    h.addData(QByteArrayView(b, 8));
}

void putText(QCryptographicHash &h, const QString &s)
{
    const QByteArray utf8 = s.toUtf8();
    putInt(h, utf8.size());
    h.addData(utf8);
}

} // namespace

QByteArray genesis()
{
    return QByteArray(kHashBytes, '\0');
}

QByteArray hashOf(const QByteArray &prevHash, const JournalEntry &e)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(prevHash);
    putInt(h, e.id);
    putInt(h, e.at);
    putInt(h, e.claimedAt ? 1 : 0);
    putInt(h, e.claimedAt.value_or(0));
    for (const QString *s : {&e.user, &e.role, &e.console, &e.what, &e.subject, &e.before, &e.after, &e.detail})
        putText(h, *s);
    return h.result();
}

Verdict verify(Database &db, const std::function<void(qint64)> &progress)
{
    Verdict v;
    SqlStatement rows(db.handle(),
                      "SELECT id, at, claimed_at, user, role, console, what, subject, before, after, detail, "
                      "prev_hash, hash FROM journal ORDER BY id");
    if (!rows.isValid()) {
        v.problem = QCoreApplication::translate("fw::JournalChain", "The store has no journal (it was made by an older Fleetwatch).");
        return v;
    }
    QByteArray expectedPrev = genesis();
    qint64 lastId = 0;
    while (rows.next()) {
        JournalEntry e;
        e.id = rows.int64(0);
        e.at = rows.int64(1);
        e.claimedAt = rows.optionalInt64(2);
        e.user = rows.text(3);
        e.role = rows.text(4);
        e.console = rows.text(5);
        e.what = rows.text(6);
        e.subject = rows.text(7);
        e.before = rows.text(8);
        e.after = rows.text(9);
        e.detail = rows.text(10);
        e.prevHash = rows.blob(11);
        e.hash = rows.blob(12);
        if (e.prevHash != expectedPrev) {
            v.firstBadId = e.id;
            v.problem = lastId == 0 ? QCoreApplication::translate("fw::JournalChain", "It does not start the chain: rows before it were removed.")
                                    : QCoreApplication::translate("fw::JournalChain", "Its link to the row before it is broken: rows were removed, "
                                              "inserted or reordered before it.");
            return v;
        }
        if (hashOf(e.prevHash, e) != e.hash) {
            v.firstBadId = e.id;
            v.problem = QCoreApplication::translate("fw::JournalChain", "Its contents were changed after it was written.");
            return v;
        }
        expectedPrev = e.hash;
        lastId = e.id;
        if (++v.rows % 100000 == 0 && progress)
            progress(v.rows);
    }
    if (rows.failed()) {
        v.problem = QCoreApplication::translate("fw::JournalChain", "The journal could not be read to the end.");
        return v;
    }
    v.intact = true;
    v.headId = lastId;
    v.headHash = QString::fromLatin1(expectedPrev.toHex());
    return v;
}

} // namespace fw::JournalChain

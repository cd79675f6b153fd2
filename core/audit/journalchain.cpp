#include "core/audit/journalchain.h"

#include "core/audit/journalrepository.h"

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
    SqlStatement rows(db.handle(), (QByteArray("SELECT ") + kJournalColumns + " FROM journal ORDER BY id").constData());
    if (!rows.isValid()) {
        v.problem = QCoreApplication::translate("fw::JournalChain", "The store has no journal (it was made by an older Fleetwatch).");
        return v;
    }
    QByteArray expectedPrev = genesis();
    qint64 lastId = 0;
    while (rows.next()) {
        const JournalEntry e = readJournalEntry(rows);
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

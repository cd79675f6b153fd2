// Journal benchmark (docs/performance.md, "The journal"): fills a store in a temporary directory with
// a million journal rows through JournalRepository::append, in batched transactions, as the console
// writes them (one hash-chained row each), then times what an auditor and an operator do with it:
// `fleetwatch audit verify` (JournalChain::verify), the CSV export of the whole journal and of one day,
// and the alarm journal view's first page, a later page and its count, with and without a search.
// Prints the figures; not a test.
//
//   fleetwatch-journal-bench [--rows N] [--batch N] [--store PATH]

#include "core/audit/alarmjournalquery.h"
#include "core/audit/journalchain.h"
#include "core/audit/journalcsv.h"
#include "core/audit/journalrepository.h"
#include "core/common/logging.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace fw;

namespace {

constexpr qint64 kStart = 1'735'689'600'000;   // 2025-01-01 00:00 UTC
constexpr qint64 kStepMs = 30'000;             // a row every 30 s: a million rows is about a year

JournalEntry row(qint64 i)
{
    static const char *const whats[] = {"acknowledge", "shelve", "unshelve", "comment", "sign_in", "sign_out"};
    static const char *const users[] = {"alice", "bob", "chen.wei", "dana", "erik"};
    JournalEntry e;
    e.at = kStart + i * kStepMs;
    e.user = QString::fromLatin1(users[i % 5]);
    e.role = QStringLiteral("operator");
    e.console = QStringLiteral("ws-%1").arg(i % 4 + 1, 2, 10, QLatin1Char('0'));
    e.what = QString::fromLatin1(whats[i % 6]);
    e.subject = QStringLiteral("plant-a/engine-%1/A-%2").arg(i % 100, 3, 10, QLatin1Char('0')).arg(i / 3);
    e.before = QStringLiteral("unacknowledged");
    e.after = QStringLiteral("acknowledged");
    e.detail = i % 3 == 0 ? QStringLiteral("crew dispatched, bearing checked") : QString();
    return e;
}

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    logging::setup(logging::Options{{}, spdlog::level::warn, true});
    qint64 rows = 1'000'000;
    int batch = 1000;
    QString storePath;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--rows") && i + 1 < args.size())
            rows = args[++i].toLongLong();
        else if (args[i] == QLatin1String("--batch") && i + 1 < args.size())
            batch = qMax(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--store") && i + 1 < args.size())
            storePath = args[++i];
        else {
            std::fprintf(stderr, "usage: fleetwatch-journal-bench [--rows N] [--batch N] [--store PATH]\n");
            return 1;
        }
    }
    QTemporaryDir dir;
    if (storePath.isEmpty())
        storePath = dir.filePath(QStringLiteral("journal.sqlite"));
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(storePath + QLatin1String(suffix));

    {
        auto db = Database::open(storePath, nullptr);
        if (!db)
            return 2;
        JournalRepository journal(*db);
        QElapsedTimer t;
        t.start();
        for (qint64 i = 0; i < rows;) {
            Transaction tx(*db);
            for (int k = 0; k < batch && i < rows; ++k, ++i) {
                JournalEntry e = row(i);
                if (!journal.append(e))
                    return 2;
            }
            if (!tx.commit())
                return 2;
        }
        const double s = seconds(t);
        std::printf("append: %lld rows in %.2f s, %.0f rows/s (transactions of %d, synchronous=FULL)\n", rows, s,
                    rows / s, batch);
        db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    std::printf("store file: %.1f MB (%.0f bytes per row)\n", QFileInfo(storePath).size() / 1e6,
                double(QFileInfo(storePath).size()) / double(rows));

    auto db = Database::openReadOnly(storePath, nullptr);
    if (!db)
        return 2;
    QElapsedTimer t;
    t.start();
    const JournalChain::Verdict v = JournalChain::verify(*db);
    std::printf("verify: %s, %lld rows in %.2f s (%.0f rows/s)\n", v.intact ? "intact" : "BROKEN", v.rows, seconds(t),
                v.rows / seconds(t));

    const QString csv = dir.filePath(QStringLiteral("journal.csv"));
    {
        QFile out(csv);
        if (!out.open(QIODevice::WriteOnly))
            return 2;
        qint64 written = 0;
        t.restart();
        writeJournalCsv(*db, 0, std::numeric_limits<qint64>::max(), out, &written, nullptr);
        out.close();
        std::printf("export (all): %lld rows in %.2f s, %.1f MB of CSV\n", written, seconds(t), QFileInfo(csv).size() / 1e6);
    }
    {
        QFile out(dir.filePath(QStringLiteral("day.csv")));
        if (!out.open(QIODevice::WriteOnly))
            return 2;
        qint64 written = 0;
        const qint64 day = kStart + rows / 2 * kStepMs;
        t.restart();
        writeJournalCsv(*db, day, day + 24 * 3600 * 1000, out, &written, nullptr);
        std::printf("export (one day): %lld rows in %.3f s\n", written, seconds(t));
    }

    AlarmJournalQuery query(*db);
    for (const QString &search : {QString(), QStringLiteral("user:chen"), QStringLiteral("asset:engine-042"),
                                  QStringLiteral("bearing")}) {
        AlarmJournalFilter filter;
        filter.search = search;
        t.restart();
        bool ok = false;
        const auto first = query.page(filter, {}, 200, &ok);
        const double firstS = seconds(t);
        AlarmJournalCursor cursor = first.empty() ? AlarmJournalCursor{} : AlarmJournalCursor::after(first.back());
        for (int p = 0; p < 49 && cursor.valid; ++p) {
            const auto next = query.page(filter, cursor, 200, &ok);
            cursor = next.empty() ? AlarmJournalCursor{} : AlarmJournalCursor::after(next.back());
        }
        t.restart();
        const auto page51 = cursor.valid ? query.page(filter, cursor, 200, &ok) : std::vector<AlarmJournalRow>{};
        const double laterS = seconds(t);
        t.restart();
        const std::optional<qint64> count = query.count(filter);
        std::printf("view \"%s\": first page %.1f ms, page 51 %.1f ms, count %lld in %.0f ms\n", qPrintable(search),
                    firstS * 1000, laterS * 1000, count.value_or(-1), seconds(t) * 1000);
    }
    return v.intact ? 0 : 3;
}

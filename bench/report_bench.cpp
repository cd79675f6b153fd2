// Report benchmark (docs/performance.md, "A year of history"): fills a store with a year of alerts
// (bench/reportgen.h), then times opening it and each section of the plant manager's report, and
// the CSV export. Target: the whole report in under one second.
//
//   fleetwatch-report-bench [--alerts N] [--store PATH] [--reuse] [--runs N]
// Without --store the store goes to a temporary directory. --reuse keeps an existing store at PATH.

#include "reportgen.h"

#include "core/store/database.h"
#include "core/common/logging.h"
#include "core/reports/reportbuilder.h"
#include "core/reports/reportcsv.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace fw;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qint64 alerts = 1000000;
    int runs = 3;
    QString storePath;
    bool reuse = false;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--alerts") && i + 1 < args.size())
            alerts = args[++i].toLongLong();
        else if (args[i] == QLatin1String("--store") && i + 1 < args.size())
            storePath = args[++i];
        else if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--reuse"))
            reuse = true;

        else {
            std::fprintf(stderr, "usage: fleetwatch-report-bench [--alerts N] [--store PATH] [--reuse] [--runs N]\n");
            return 1;
        }
    }
    QTemporaryDir dir;
    if (storePath.isEmpty())
        storePath = dir.filePath(QStringLiteral("year.db"));
    const qint64 from = QDateTime(QDate(2025, 1, 1), QTime(0, 0)).toMSecsSinceEpoch();
    const qint64 to = QDateTime(QDate(2026, 1, 1), QTime(0, 0)).toMSecsSinceEpoch();

    if (!(reuse && QFileInfo::exists(storePath))) {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(storePath + QLatin1String(suffix));
        QElapsedTimer fill;
        fill.start();
        auto db = Database::open(storePath, nullptr);
        ReportGenStats stats;
        if (!db || !generateReportHistory(*db, alerts, from, 20261122, &stats)) {
            std::fprintf(stderr, "filling the store failed\n");
            return 2;
        }
        std::printf("filled %s: %lld alerts, %lld actions, %lld labels in %.1f s (%.1f MB)\n", qPrintable(storePath),
                    stats.alerts, stats.actions, stats.labels, fill.elapsed() / 1000.0,
                    QFileInfo(storePath).size() / 1e6);
    }

    for (int run = 1; run <= runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        OpenReport opened;
        auto db = Database::open(storePath, &opened);
        if (!db) {
            std::fprintf(stderr, "open failed: %s\n", qPrintable(opened.error));
            return 2;
        }
        const qint64 openMs = timer.restart();
        db->exec("PRAGMA mmap_size = 4294967296");   // as fleetwatch report does
        ReportOptions options;
        options.period = ReportPeriod{from, to};
        QString error;
        const auto report = buildReport(*db, options, &error);
        if (!report) {
            std::fprintf(stderr, "report failed: %s\n", qPrintable(error));
            return 2;
        }
        const qint64 reportMs = timer.restart();
        const QByteArray csv = reportToCsv(*report);
        const qint64 csvMs = timer.elapsed();
        std::printf("run %d: open %lld ms | mtta %lld ms, alarm health %lld ms, model quality %lld ms = report %lld ms"
                    " | csv %lld ms (%lld bytes) | total %lld ms\n",
                    run, openMs, report->mttaMs, report->healthMs, report->qualityMs, reportMs, csvMs,
                    qint64(csv.size()), openMs + reportMs + csvMs);
        if (run == runs)
            std::printf("period: %lld alerts, %d acknowledged, %d unacknowledged, mean %.1f s, median %.1f s, "
                        "p90 %.1f s; flood share %.4f; standing %d; shelves %d\n",
                        qint64(report->health.alerts), report->mtta.overall.acknowledged,
                        report->mtta.overall.unacknowledged, report->mtta.overall.meanMs / 1000,
                        report->mtta.overall.medianMs / 1000, report->mtta.overall.p90Ms / 1000,
                        report->health.floodShare(), report->health.standingCount, report->health.shelveActions);
    }
    return 0;
}

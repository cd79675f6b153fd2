#pragma once
// Fills a store with a synthetic history for the report benchmark: `alerts` alerts raised over
// [fromMs, fromMs + 365 d), in raised_at order, with prepared INSERTs in transactions of 50,000.
// 4 sites x 3 lines x 10 assets, 12 titles, priorities about 50/30/15/5 (low/medium/high/critical:
// 80/15/5), bursts of 10-40 alerts now and then (floods), ack times log-normal (median 3 min, a few
// take hours) by 8 operators on 3 consoles, 1 in 200 never acknowledged; an 'ack' action per
// acknowledgement, a second console's later ack on 5 %, 2 % shelved (15-480 min), 3 % chattering,
// 3 models x 2 versions, 5 % labelled. Deterministic for a given seed.
// Errors: false (and the store's log) on any failed statement.

#include <QtGlobal>

namespace fw {
class Database;
}

struct ReportGenStats
{
    qint64 alerts = 0;
    qint64 actions = 0;
    qint64 labels = 0;
};

bool generateReportHistory(fw::Database &db, qint64 alerts, qint64 fromMs, quint64 seed, ReportGenStats *stats);

#include "reportgen.h"

#include "core/store/database.h"
#include "core/store/sqlstatement.h"

#include <QString>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

using fw::SqlStatement;

namespace {

constexpr qint64 kMin = 60 * 1000;
constexpr qint64 kDay = 24 * 60 * kMin;
constexpr qint64 kBatch = 50000;

constexpr const char *kInsertAlert =
    "INSERT INTO alerts(id, site, asset, alert_id, line, priority, title, model_name, model_version, score, "
    "threshold, raised_ts, raised_at, last_event_at, cleared_at, active, acknowledged, shelved_until, acked_at, "
    "acked_by, acked_console, last_seq, chattering) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 0.9, 0.7, ?10, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)";
constexpr const char *kInsertAction =
    "INSERT INTO actions(alert_row, event, by_user, role, console, ts, received_at, shelve_minutes, local) "
    "VALUES (?1, ?2, ?3, 'operator', ?4, ?5, ?5, ?6, ?7)";
constexpr const char *kInsertLabel =
    "INSERT INTO labels(label_id, alert_row, site, asset, outcome, technician, recorded_at, alert_ts, model_name, "
    "model_version, console, outbox_id, payload) VALUES (?1, ?2, ?3, ?4, ?5, 'tech', ?6, ?7, ?8, ?9, 'c1', ?10, X'')";

struct Asset
{
    QString site, line, asset;
};

} // namespace

bool generateReportHistory(fw::Database &db, qint64 alerts, qint64 fromMs, quint64 seed, ReportGenStats *stats)
{
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::lognormal_distribution<double> ackSeconds(std::log(180.0), 1.3);   // median 3 min
    std::lognormal_distribution<double> clearMinutes(std::log(30.0), 1.0);

    std::vector<Asset> assets;
    for (int s = 1; s <= 4; ++s)
        for (int l = 1; l <= 3; ++l)
            for (int a = 1; a <= 10; ++a)
                assets.push_back({QStringLiteral("site-%1").arg(s), QStringLiteral("line-%1").arg(l),
                                  QStringLiteral("pump-%1%2").arg(l).arg(a, 2, 10, QLatin1Char('0'))});
    const QStringList titles = {"Bearing temperature high", "Vibration RMS high", "Motor current high",
                                "Suction pressure low", "Discharge pressure high", "Seal leak suspected",
                                "Cavitation detected", "Oil degradation", "Imbalance", "Misalignment",
                                "Speed deviation", "Anomaly score high"};
    const QStringList operators = {"ann", "bob", "cy", "dee", "eli", "fay", "gus", "hal"};
    const QStringList consoles = {"console-a", "console-b", "console-c"};
    const QStringList models = {"iforest", "autoencoder", "spectral"};
    const QStringList outcomes = {"true_positive", "true_positive", "false_positive", "inconclusive"};

    // Raise times: sorted uniform times over the year, a few of them starting a burst.
    std::vector<qint64> times;
    times.reserve(size_t(alerts));
    const qint64 span = 365 * kDay;
    while (qint64(times.size()) < alerts) {
        const qint64 t = fromMs + qint64(unit(rng) * double(span));
        if (unit(rng) < 0.0005) {
            const int burst = 10 + int(unit(rng) * 30);
            for (int i = 0; i < burst && qint64(times.size()) < alerts; ++i)
                times.push_back(t + qint64(unit(rng) * 8 * kMin));
        } else {
            times.push_back(t);
        }
    }
    std::sort(times.begin(), times.end());

    SqlStatement insertAlert(db.handle(), kInsertAlert);
    SqlStatement insertAction(db.handle(), kInsertAction);
    SqlStatement insertLabel(db.handle(), kInsertLabel);
    if (!insertAlert.isValid() || !insertAction.isValid() || !insertLabel.isValid())
        return false;
    db.exec("PRAGMA synchronous=OFF");
    auto action = [&](qint64 row, const char *event, const QString &user, const QString &console, qint64 ts,
                      int minutes, bool local) {
        insertAction.bind(1, row);
        insertAction.bind(2, QString::fromLatin1(event));
        insertAction.bind(3, user);
        insertAction.bind(4, console);
        insertAction.bind(5, ts);
        insertAction.bind(6, minutes);
        insertAction.bind(7, local);
        ++stats->actions;
        return insertAction.exec();
    };
    qint64 labelSeq = 0;
    for (qint64 start = 0; start < alerts; start += kBatch) {
        if (!db.exec("BEGIN IMMEDIATE"))
            return false;
        const qint64 end = std::min(alerts, start + kBatch);
        for (qint64 i = start; i < end; ++i) {
            const qint64 row = i + 1;
            const Asset &a = assets[size_t(unit(rng) * double(assets.size()))];
            const double p = unit(rng);
            const int priority = p < 0.50 ? 0 : p < 0.80 ? 1 : p < 0.95 ? 2 : 3;
            const qint64 raised = times[size_t(i)];
            const bool neverAcked = unit(rng) < 0.005;
            const std::optional<qint64> acked =
                neverAcked ? std::nullopt : std::optional<qint64>(raised + qint64(ackSeconds(rng) * 1000));
            const bool active = neverAcked && unit(rng) < 0.5;
            const std::optional<qint64> cleared =
                active ? std::nullopt : std::optional<qint64>(raised + qint64(clearMinutes(rng) * kMin));
            const QString &op = operators[qsizetype(unit(rng) * operators.size())];
            const QString &console = consoles[qsizetype(unit(rng) * consoles.size())];
            const int model = int(unit(rng) * models.size());
            const QString version = unit(rng) < 0.6 ? QStringLiteral("2.0") : QStringLiteral("1.4");
            const bool shelve = unit(rng) < 0.02;
            const int shelveMinutes = 15 + int(unit(rng) * 465);
            insertAlert.bind(1, row);
            insertAlert.bind(2, a.site);
            insertAlert.bind(3, a.asset);
            insertAlert.bind(4, QStringLiteral("al-%1").arg(row));
            insertAlert.bind(5, a.line);
            insertAlert.bind(6, priority);
            insertAlert.bind(7, titles[qsizetype(unit(rng) * titles.size())]);
            insertAlert.bind(8, models[model]);
            insertAlert.bind(9, version);
            insertAlert.bind(10, raised);
            insertAlert.bind(11, std::max(raised, cleared.value_or(raised)));
            insertAlert.bind(12, cleared);
            insertAlert.bind(13, active);
            insertAlert.bind(14, acked.has_value());
            insertAlert.bind(15, std::optional<qint64>());
            insertAlert.bind(16, acked);
            insertAlert.bind(17, acked ? op : QString());
            insertAlert.bind(18, acked ? console : QString());
            insertAlert.bind(19, 1);
            insertAlert.bind(20, unit(rng) < 0.03);
            if (!insertAlert.exec())
                return false;
            ++stats->alerts;
            if (acked) {
                if (!action(row, "ack", op, console, *acked, 0, console == consoles[0]))
                    return false;
                if (unit(rng) < 0.05
                    && !action(row, "ack", operators[(operators.indexOf(op) + 1) % operators.size()],
                               consoles[(consoles.indexOf(console) + 1) % consoles.size()],
                               *acked + 5000 + qint64(unit(rng) * 60000), 0, false))
                    return false;
            }
            if (shelve && !action(row, "shelve", op, console, raised + qint64(unit(rng) * 10 * kMin), shelveMinutes, true))
                return false;
            if (unit(rng) < 0.05) {
                ++labelSeq;
                insertLabel.bind(1, QStringLiteral("label-%1").arg(labelSeq));
                insertLabel.bind(2, row);
                insertLabel.bind(3, a.site);
                insertLabel.bind(4, a.asset);
                insertLabel.bind(5, outcomes[qsizetype(unit(rng) * outcomes.size())]);
                insertLabel.bind(6, raised + kDay);
                insertLabel.bind(7, raised);
                insertLabel.bind(8, models[model]);
                insertLabel.bind(9, version);
                insertLabel.bind(10, labelSeq);
                if (!insertLabel.exec())
                    return false;
                ++stats->labels;
            }
        }
        if (!db.exec("COMMIT"))
            return false;
    }
    return db.exec("PRAGMA synchronous=FULL") && db.exec("ANALYZE") && db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

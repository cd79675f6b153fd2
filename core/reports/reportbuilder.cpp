#include "core/reports/reportbuilder.h"

#include "core/store/database.h"
#include "core/store/qualityrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>

namespace fw {

namespace {

struct HealthAndQuality
{
    std::optional<AlarmHealthReport> health;
    ModelQualities quality;
    bool qualityOk = false;
    qint64 healthMs = 0;
    qint64 qualityMs = 0;
    QString error;
};

void buildHealthAndQuality(Database &db, const ReportOptions &options, qint64 nowMs, HealthAndQuality *out)
{
    QElapsedTimer timer;
    timer.start();
    out->health = buildAlarmHealthReport(db, options.period, nowMs, &out->error);
    out->healthMs = timer.restart();
    if (!out->health)
        return;
    QualityRepository quality(db);
    out->qualityOk = quality.isValid();
    if (out->qualityOk)
        out->quality = quality.modelQualities(&out->qualityOk);
    if (!out->qualityOk)
        out->error = QCoreApplication::translate("fw::Report", "The store could not be read (see the log).");
    out->qualityMs = timer.elapsed();
}

} // namespace

std::optional<Report> buildReport(Database &db, const ReportOptions &options, QString *error)
{
    Q_ASSERT(options.period.isValid() && options.period.lengthMs() <= kMaxReportPeriodMs);
    Report report;
    report.options = options;
    report.generatedAt = options.nowMs != 0 ? options.nowMs : QDateTime::currentMSecsSinceEpoch();
    report.storeId = db.storeId();

    QElapsedTimer timer;
    timer.start();
    auto mtta = buildMttaReport(db, options.period, options.shifts, options.trendBucket, error);
    report.mttaMs = timer.elapsed();
    if (!mtta)
        return std::nullopt;
    report.mtta = std::move(*mtta);
    HealthAndQuality rest;
    buildHealthAndQuality(db, options, report.generatedAt, &rest);
    if (!rest.health || !rest.qualityOk) {
        if (error)
            *error = rest.error;
        return std::nullopt;
    }
    report.health = std::move(*rest.health);
    report.modelQuality = std::move(rest.quality);
    report.healthMs = rest.healthMs;
    report.qualityMs = rest.qualityMs;
    return report;
}

} // namespace fw

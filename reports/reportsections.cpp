#include "reports/reportsections.h"

#include "core/fleet/displaytext.h"
#include "core/fleet/fleetmessages.h"
#include "core/reports/reportbuilder.h"
#include "reports/pageddocument.h"
#include "reports/reportformat.h"
#include "reports/reportpdfcharts.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace fw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fw::ReportPdf", text);
}

// A priority as stored ("critical", ...) in the report's language; anything else as it is.
QString priorityDisplay(const QString &stored)
{
    for (int p = 0; p < 4; ++p) {
        if (stored == priorityName(Priority(p)))
            return DisplayText::priority(Priority(p));
    }
    return stored;
}

// The height a subheading keeps with it: a table's header and three rows, and a little.
double tableKeep(const PagedDocument &doc)
{
    return doc.tableRowHeight() * 4.5;
}

void paintTitleBlock(PagedDocument &doc, const Report &report)
{
    const QFont f = doc.font(22, true);
    QPainter &p = doc.painter();
    p.setFont(f);
    p.setPen(paper::kInk);
    const double h = doc.lineHeight(f);
    p.drawText(QRectF(doc.body().left(), doc.y() + doc.pt(8), doc.body().width(), h), Qt::AlignLeft,
               tr("Plant report"));
    doc.advance(h + doc.pt(8));
    doc.paragraph(tr("Alarm response (mean time to acknowledge) and alarm-system health, from the Fleetwatch console "
                     "store."),
                  true, 10);
    doc.advance(doc.pt(6));
    const ReportOptions &o = report.options;
    const double days = double(o.period.lengthMs()) / 86'400'000.0;
    doc.keyValues({{tr("Period"), tr("%1 (%2 days; an alert is in it by the time it was raised)")
                                      .arg(formatPeriod(o.period))
                                      .arg(QLocale().toString(days, 'f', days == std::floor(days) ? 0 : 1))},
                   {tr("Rates over"), formatCollection(report.health.coverage)},
                   {tr("Shifts"), [&] {
                        QStringList names;
                        for (int i = 0; i < o.shifts.count(); ++i)
                            names << o.shifts.name(i);
                        return names.join(QStringLiteral(", "));
                    }()},
                   {tr("Trend"), o.trendBucket == TrendBucket::Day ? tr("per day") : tr("per week")},
                   {tr("Generated"), formatLocalTime(report.generatedAt)},
                   {tr("Store"), report.storeId.isEmpty() ? tr("(no id)") : report.storeId}});
    doc.advance(doc.pt(10));

    const AckStats &all = report.mtta.overall;
    doc.subheading(tr("In short"));
    doc.keyValues(
        {{tr("Alerts raised"), formatCount(report.health.alerts)},
         {tr("Acknowledged"), tr("%1, mean %2, median %3, 90 % within %4")
                                  .arg(formatCount(all.acknowledged), formatAckTime(all, all.meanMs),
                                       formatAckTime(all, all.medianMs), formatAckTime(all, all.p90Ms))},
         {tr("Unacknowledged at end"), formatCount(all.unacknowledged)},
         {tr("Alerts per day"), tr("%1 (guide: about 150, at most 300)").arg(QLocale().toString(report.health.perDay, 'f', 1))},
         {tr("Standing over 24 h"), formatCount(report.health.standingCount)}});
}

DocumentTable statsTable(const QString &keyHeader)
{
    DocumentTable t;
    t.headers = {keyHeader, tr("Alerts"), tr("Acked"), tr("Unacked at end"), tr("Mean"), tr("Median"), tr("90th pct")};
    t.widths = {2.6, 0.9, 0.9, 1.6, 1.3, 1.3, 1.3};
    t.align = QStringLiteral("lrrrrrr");
    return t;
}

const MttaGroup *findGroup(const MttaReport &mtta, MttaDimension d)
{
    for (const MttaGroup &g : mtta.groups) {
        if (g.dimension == d)
            return &g;
    }
    return nullptr;
}

void groupTable(PagedDocument &doc, const MttaReport &mtta, MttaDimension d, const QString &title,
                const QString &keyHeader)
{
    const MttaGroup *g = findGroup(mtta, d);
    DocumentTable t = statsTable(keyHeader);
    std::vector<AckStats> rows = g ? g->rows : std::vector<AckStats>();
    QString note;
    if (d == MttaDimension::Asset) {
        std::stable_sort(rows.begin(), rows.end(),
                         [](const AckStats &a, const AckStats &b) { return a.total() > b.total(); });
        if (rows.size() > size_t(kPdfAssetLimit)) {
            note = tr("The %1 assets with most alerts, of %2; the CSV export has them all.")
                       .arg(formatCount(kPdfAssetLimit), formatCount(qint64(rows.size())));
            rows.resize(size_t(kPdfAssetLimit));
        }
    }
    if (d == MttaDimension::Priority) {
        // In priority order, not by name.
        const auto rank = [](const QString &k) {
            for (int p = 0; p < 4; ++p) {
                if (k == priorityName(Priority(p)))
                    return 3 - p;
            }
            return 4;
        };
        std::stable_sort(rows.begin(), rows.end(),
                         [&](const AckStats &a, const AckStats &b) { return rank(a.key) < rank(b.key); });
    }
    for (const AckStats &s : rows) {
        QString key = s.key;
        if (d == MttaDimension::Operator && key.isEmpty())
            key = tr("(not acknowledged)");
        else if (key.isEmpty())
            key = tr("(none)");
        else if (d == MttaDimension::Priority)
            key = priorityDisplay(key);
        t.rows << ackStatsRow(key, s);
    }
    doc.subheading(title, tableKeep(doc));
    doc.table(t);
    if (!note.isEmpty())
        doc.paragraph(note, true, 7);
}

void paintMttaSection(PagedDocument &doc, const Report &report)
{
    doc.heading(tr("Mean time to acknowledge"), doc.mm(20));
    doc.paragraph(tr("From the console's first receipt of an alert to its first acknowledgement on any console. An "
                     "alert acknowledged only after the end of the period, or never, counts as unacknowledged at the end "
                     "and is not in the times. Median and 90th percentile interpolate between ranks."),
                  true, 8);
    const AckStats &all = report.mtta.overall;
    DocumentTable overall = statsTable(QString());
    overall.headers[0] = tr("All alerts");
    overall.rows << ackStatsRow(tr("Period"), all);
    doc.table(overall);

    // Unacknowledged at the end of the period: apart, so it cannot be read as a fast response.
    doc.subheading(tr("Unacknowledged at the end of the period"));
    const int total = all.total();
    doc.callout(tr("%1 of %2 alerts raised in the period (%3) were not acknowledged by its end. They are counted "
                   "here and not in the times to acknowledge.")
                    .arg(formatCount(all.unacknowledged), formatCount(total),
                         formatPercent(total > 0 ? double(all.unacknowledged) / total : 0)));
    if (const MttaGroup *g = findGroup(report.mtta, MttaDimension::Priority)) {
        DocumentTable t;
        t.headers = {tr("Priority"), tr("Unacknowledged at end"), tr("Of alerts"), tr("Share")};
        t.widths = {2, 1.5, 1, 1};
        t.align = QStringLiteral("lrrr");
        for (int p = 3; p >= 0; --p) {
            const QString name = priorityName(Priority(p));
            for (const AckStats &s : g->rows) {
                if (s.key == name)
                    t.rows << QStringList{DisplayText::priority(Priority(p)), formatCount(s.unacknowledged), formatCount(s.total()),
                                          formatPercent(s.total() > 0 ? double(s.unacknowledged) / s.total() : 0)};
            }
        }
        doc.table(t);
    }

    paintMttaTrendChart(doc, report.mtta);
    paintMttaHistogramChart(doc, report.mtta);

    groupTable(doc, report.mtta, MttaDimension::Priority, tr("By priority"), tr("Priority"));
    groupTable(doc, report.mtta, MttaDimension::Shift, tr("By shift"), tr("Shift (local time)"));
    groupTable(doc, report.mtta, MttaDimension::Site, tr("By site"), tr("Site"));
    groupTable(doc, report.mtta, MttaDimension::Line, tr("By line"), tr("Site / line"));
    groupTable(doc, report.mtta, MttaDimension::Operator, tr("By operator"), tr("Acknowledged by"));
    groupTable(doc, report.mtta, MttaDimension::Asset, tr("By asset (most alerts)"), tr("Site / asset"));
}

void paintHealthSection(PagedDocument &doc, const AlarmHealthReport &h)
{
    doc.heading(tr("Alarm-system health"), doc.mm(60));
    doc.paragraph(tr("ISA-18.2 / EEMUA 191 figures for this console. A 10-minute interval with %1 or more new alerts is "
                     "in flood.")
                      .arg(AlarmHealthReport::kFloodThreshold),
                  true, 8);
    doc.paragraph(formatCollection(h.coverage), false, 8);
    const auto verdict = [](bool ok) { return ok ? tr("within") : tr("above"); };
    DocumentTable t;
    t.headers = {tr("Figure"), tr("Value"), tr("Guide"), tr("")};
    t.widths = {3, 1.5, 2.6, 1};
    t.align = QStringLiteral("lrll");
    t.rows << QStringList{tr("Alerts raised"), formatCount(h.alerts), QString(), QString()};
    t.rows << QStringList{tr("Alerts per 10 minutes (average)"), QLocale().toString(h.perTenMinutes, 'f', 2),
                          tr("about 1 (at most 2)"), verdict(h.perTenMinutes <= 1.0)};
    t.rows << QStringList{tr("Alerts per day (average)"), QLocale().toString(h.perDay, 'f', 1),
                          tr("about 150 acceptable, 300 at most"),
                          h.perDay <= 150 ? tr("within") : (h.perDay <= 300 ? tr("manageable") : tr("above"))};
    t.rows << QStringList{tr("Peak alerts in 10 minutes"), formatCount(h.peakPerTenMinutes), tr("under 10"),
                          verdict(h.peakPerTenMinutes < 10)};
    t.rows << QStringList{tr("10-minute intervals"), formatCount(h.intervals), QString(), QString()};
    t.rows << QStringList{tr("Intervals in flood"),
                          tr("%1 (%2)").arg(formatCount(h.floodIntervals), formatPercent(h.floodShare(), 2)),
                          tr("under 1 % of the time"), verdict(h.floodShare() < 0.01)};
    t.rows << QStringList{tr("Standing over 24 h at end"), formatCount(h.standingCount), tr("none"),
                          verdict(h.standingCount == 0)};
    t.rows << QStringList{tr("Chattering alerts"), formatCount(h.chatteringCount), tr("none"),
                          verdict(h.chatteringCount == 0)};
    t.rows << QStringList{tr("Shelve actions"), formatCount(h.shelveActions), QString(), QString()};
    t.rows << QStringList{tr("Minutes shelved (asked for)"), formatCount(h.shelvedMinutes), QString(), QString()};
    doc.table(t);

    DocumentTable mix;
    mix.headers = {tr("Priority"), tr("Alerts"), tr("Share"), tr("Guide"), tr("")};
    mix.widths = {2, 1, 1, 1.6, 1};
    mix.align = QStringLiteral("lrrll");
    const QString groupNames[3] = {tr("low + medium"), tr("high"), tr("critical")};
    int group = 0;
    for (const PriorityMixGroup &g : h.priorityMix()) {
        const QString guide = g.atLeast ? tr("about %1 (%2 or more)") : tr("about %1 (at most %2)");
        mix.rows << QStringList{groupNames[group++], formatCount(g.count), formatPercent(g.share),
                                guide.arg(formatPercent(g.guide, 0), formatPercent(g.limit, 0)),
                                !g.within ? QString() : (*g.within ? tr("within") : (g.atLeast ? tr("below") : tr("above")))};
    }
    doc.subheading(tr("Priority mix"));
    doc.table(mix);
    paintPriorityMixChart(doc, h);

    DocumentTable top;
    top.headers = {tr("#"), tr("Site"), tr("Asset"), tr("Alert"), tr("Raised")};
    top.widths = {0.4, 1.3, 1.5, 4, 0.9};
    top.align = QStringLiteral("rlllr");
    int rank = 0;
    for (const AlertCount &a : h.mostFrequent)
        top.rows << QStringList{QString::number(++rank), a.site, a.asset, a.title, formatCount(a.count)};
    doc.subheading(tr("Ten most frequent alerts"), tableKeep(doc));
    doc.table(top);
}

// A list cut at kPdfListLimit rows: the table, and a note when rows were left out.
void limitedTable(PagedDocument &doc, const DocumentTable &t, int shown, int total)
{
    doc.table(t);
    if (shown < total)
        doc.paragraph(tr("The first %1 of %2; the CSV export has them all.")
                          .arg(formatCount(shown), formatCount(total)),
                      true, 7);
}

void paintListsSection(PagedDocument &doc, const Report &report)
{
    const AlarmHealthReport &h = report.health;
    const double keep = tableKeep(doc);
    doc.heading(tr("Alerts needing attention"), keep + doc.mm(10));

    DocumentTable standing;
    standing.headers = {tr("Site"), tr("Asset"), tr("Alert"), tr("Priority"), tr("Raised"), tr("Age"), tr("Acked"),
                        tr("Active")};
    standing.widths = {1.1, 1.3, 2.7, 0.9, 1.7, 0.8, 0.7, 0.7};
    standing.align = QStringLiteral("lllllrll");
    int shown = 0;
    for (const StandingAlert &a : h.standing) {
        if (shown++ >= kPdfListLimit)
            break;
        const double ageH = double(report.options.period.toMs - a.raisedAt) / 3'600'000.0;
        standing.rows << QStringList{a.site,
                                     a.asset,
                                     a.title.isEmpty() ? a.alertId : a.title,
                                     DisplayText::priority(Priority(std::clamp(a.priority, 0, 3))),
                                     formatLocalMinute(a.raisedAt),
                                     ageH >= 48 ? tr("%1 d").arg(QLocale().toString(ageH / 24, 'f', 1))
                                                 : tr("%1 h").arg(QLocale().toString(ageH, 'f', 0)),
                                     a.acknowledged ? tr("yes") : tr("no"),
                                     a.active ? tr("yes") : tr("no")};
    }
    doc.subheading(
        tr("Standing at the end of the period (raised over 24 h before; %1)").arg(formatCount(h.standingCount)), keep);
    doc.paragraph(tr("Unacknowledged or still active at the end of the period, oldest first; age at the end of the period."),
                  true, 7);
    limitedTable(doc, standing, std::min<int>(int(h.standing.size()), kPdfListLimit), h.standingCount);

    DocumentTable chat;
    chat.headers = {tr("Site"), tr("Asset"), tr("Alert"), tr("Alerts")};
    chat.widths = {1.3, 1.5, 4, 0.9};
    chat.align = QStringLiteral("lllr");
    for (size_t i = 0; i < h.chattering.size() && i < size_t(kPdfListLimit); ++i) {
        const AlertCount &a = h.chattering[i];
        chat.rows << QStringList{a.site, a.asset, a.title, formatCount(a.count)};
    }
    doc.subheading(tr("Chattering (%1 alerts)").arg(formatCount(h.chatteringCount)), keep);
    limitedTable(doc, chat, int(chat.rows.size()), int(h.chattering.size()));

    DocumentTable shelved;
    shelved.headers = {tr("Site"), tr("Asset"), tr("Alert"), tr("Shelves"), tr("Minutes"), tr("Longest")};
    shelved.widths = {1.3, 1.5, 3.4, 0.8, 0.9, 0.9};
    shelved.align = QStringLiteral("lllrrr");
    for (size_t i = 0; i < h.shelved.size() && i < size_t(kPdfListLimit); ++i) {
        const ShelvedAlert &a = h.shelved[i];
        shelved.rows << QStringList{a.site, a.asset, a.title, formatCount(a.shelves), formatCount(a.minutes),
                                    tr("%1 min").arg(formatCount(a.longestMinutes))};
    }
    doc.subheading(
        tr("Shelved (%1 shelve actions, %2 minutes)").arg(formatCount(h.shelveActions), formatCount(h.shelvedMinutes)),
        keep);
    limitedTable(doc, shelved, int(shelved.rows.size()), int(h.shelved.size()));
}

void paintQualitySection(PagedDocument &doc, const ModelQualities &qualities)
{
    doc.heading(tr("Model quality per version"), tableKeep(doc) + doc.mm(10));
    doc.paragraph(tr("All time, from the operators' labels (labels are not tied to the period). Precision: true "
                     "positives of the decided labels; false-alarm rate: false positives of the decided labels."),
                  true, 8);
    DocumentTable t;
    t.headers = {tr("Model"), tr("Version"), tr("Alerts"), tr("Labelled"), tr("True"), tr("False"), tr("Unclear"),
                 tr("Missed"), tr("Precision"), tr("False alarm"), tr("vs previous")};
    t.widths = {1.4, 0.8, 0.8, 1.15, 0.6, 0.6, 0.85, 0.75, 0.95, 1.2, 1.3};
    t.align = QStringLiteral("llrrrrrrrrr");
    t.rows = modelQualityRows(qualities, 0);
    doc.table(t, tr("(no model has raised an alert)"));
    doc.paragraph(tr("vs previous: the change of precision (percentage points) and of the false-alarm count against the "
                     "previous version of the same model, versions in semantic-version order; “–”: the model's first "
                     "version, or no decided labels on one side."),
                  true, 7);
}

} // namespace

void paintReportSections(PagedDocument &doc, const Report &report)
{
    paintTitleBlock(doc, report);
    paintMttaSection(doc, report);
    paintHealthSection(doc, report.health);
    paintListsSection(doc, report);
    paintQualitySection(doc, report.modelQuality);
}

} // namespace fw

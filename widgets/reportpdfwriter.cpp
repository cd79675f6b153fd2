#include "widgets/reportpdfwriter.h"

#include "core/fleetmessages.h"
#include "models/localformat.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPagedPaintDevice>
#include <QPdfWriter>
#include <QVersionNumber>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <functional>

namespace fw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fw::ReportPdf", text);
}

constexpr int kDpi = 300;
const QString kFontFamily = QStringLiteral("DejaVu Sans");
// For the Han characters of a Chinese report, which DejaVu Sans does not have (fonts-noto-cjk).
const QString kCjkFontFamily = QStringLiteral("Noto Sans CJK SC");

// Greys only: the report is printed and photocopied.
const QColor kInk{0x20, 0x20, 0x20};
const QColor kMuted{0x60, 0x60, 0x60};
const QColor kRule{0xA0, 0xA0, 0xA0};
const QColor kHeaderFill{0xD8, 0xD8, 0xD8};
const QColor kStripe{0xF2, 0xF2, 0xF2};
const QColor kBarDark{0x55, 0x55, 0x55};
const QColor kBarMid{0x99, 0x99, 0x99};
const QColor kBarLight{0xD0, 0xD0, 0xD0};

QString localTime(qint64 ms)
{
    return LocalFormat::dateTime(ms) + QLatin1Char(' ') + QDateTime::fromMSecsSinceEpoch(ms).timeZoneAbbreviation();
}

QString localMinute(qint64 ms)
{
    return LocalFormat::dateTime(ms);
}

QString periodText(const ReportPeriod &p)
{
    return tr("%1 to %2").arg(localMinute(p.fromMs), localTime(p.toMs));
}

// "42.0 s", "4 min 05 s", "2 h 07 min", "3 d 04 h".
QString duration(double ms)
{
    if (ms < 60'000.0)
        return tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 1));
    const qint64 s = qint64(std::llround(ms / 1000.0));
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    if (s < 86400)
        return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
    return tr("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600, 2, 10, QLatin1Char('0'));
}

QString ackTime(const AckStats &s, double ms)
{
    return s.acknowledged > 0 ? duration(ms) : QStringLiteral("–");
}

QString percent(double share, int decimals = 1)
{
    return QStringLiteral("%1 %").arg(QLocale().toString(share * 100.0, 'f', decimals));
}

QString count(qint64 n)
{
    return QLocale().toString(n);
}

// A short axis label for a time to acknowledge: "30 s", "5 min", "2 h", "1 d".
QString shortDuration(qint64 ms)
{
    const qint64 s = ms / 1000;
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s < 3600)
        return s % 60 == 0 ? tr("%1 min").arg(s / 60) : tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    if (s < 86400)
        return s % 3600 == 0 ? tr("%1 h").arg(s / 3600) : tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    return s % 86400 == 0 ? tr("%1 d").arg(s / 86400) : tr("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
}

// A step for a time axis reaching `maxMs` with about five ticks.
qint64 durationStep(double maxMs)
{
    static const qint64 steps[] = {1'000,     2'000,     5'000,      10'000,     15'000,     30'000,
                                   60'000,    120'000,   300'000,    600'000,    900'000,    1'800'000,
                                   3'600'000, 7'200'000, 10'800'000, 21'600'000, 43'200'000, 86'400'000,
                                   172'800'000, 604'800'000};
    for (qint64 step : steps) {
        if (maxMs / double(step) <= 5.0)
            return step;
    }
    return qint64(std::ceil(maxMs / 5.0 / 604'800'000.0)) * 604'800'000;
}

double countStep(double max)
{
    const double raw = std::max(max / 5.0, 1.0);
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    for (double f : {1.0, 2.0, 5.0, 10.0}) {
        if (raw <= f * mag)
            return f * mag;
    }
    return 10.0 * mag;
}

struct Table
{
    QStringList headers;
    QList<double> widths;   // relative
    QString align;          // 'l' or 'r' per column
    QList<QStringList> rows;
};

class Renderer
{
public:
    Renderer(QPagedPaintDevice &device, QPainter &painter, const Report &report, int totalPages)
        : m_device(device), m_p(painter), m_report(report), m_total(totalPages),
          m_dpi(device.logicalDpiY() > 0 ? device.logicalDpiY() : kDpi)
    {
        const double w = painter.device()->width();
        const double h = painter.device()->height();
        const double margin = mm(15);
        m_page = QRectF(margin, margin, w - 2 * margin, h - 2 * margin);
        m_body = m_page.adjusted(0, pt(22), 0, -pt(22));
    }

    int pages() const { return m_pageNumber; }

    void render()
    {
        beginPage();
        titleBlock();
        mttaSection();
        healthSection();
        listsSection();
        qualitySection();
    }

private:
    double pt(double points) const { return points * m_dpi / 72.0; }
    double mm(double millimetres) const { return millimetres * m_dpi / 25.4; }

    QFont font(double points, bool bold = false) const
    {
        // A Chinese report is set in Noto Sans CJK SC (its line heights fit Han characters); any other in
        // DejaVu Sans, with Noto for Han characters that come from the fleet (names, titles).
        QFont f;
        f.setFamilies(QLocale().language() == QLocale::Chinese ? QStringList{kCjkFontFamily, kFontFamily}
                                                               : QStringList{kFontFamily, kCjkFontFamily});
        f.setPointSizeF(points);
        f.setBold(bold);
        return f;
    }

    void beginPage()
    {
        m_y = m_body.top();
        m_p.save();
        m_p.setPen(QPen(kMuted, pt(0.5)));
        m_p.setFont(font(7.5));
        const QFontMetricsF fm(m_p.font());
        const double headerBase = m_page.top() + fm.ascent();
        m_p.drawText(QPointF(m_page.left(), headerBase), tr("Fleetwatch plant report"));
        const QString period = tr("Period %1").arg(periodText(m_report.options.period));
        m_p.drawText(QPointF(m_page.right() - fm.horizontalAdvance(period), headerBase), period);
        m_p.drawLine(QPointF(m_page.left(), headerBase + pt(5)), QPointF(m_page.right(), headerBase + pt(5)));
        const double footerBase = m_page.bottom() - fm.descent();
        m_p.drawLine(QPointF(m_page.left(), footerBase - fm.ascent() - pt(4)),
                     QPointF(m_page.right(), footerBase - fm.ascent() - pt(4)));
        m_p.drawText(QPointF(m_page.left(), footerBase),
                     tr("Generated %1  ·  %2").arg(localTime(m_report.generatedAt), periodText(m_report.options.period)));
        const QString page = m_total > 0 ? tr("Page %1 of %2").arg(m_pageNumber).arg(m_total)
                                         : tr("Page %1").arg(m_pageNumber);
        m_p.drawText(QPointF(m_page.right() - fm.horizontalAdvance(page), footerBase), page);
        m_p.restore();
    }

    void newPage()
    {
        m_device.newPage();
        ++m_pageNumber;
        beginPage();
    }

    // Starts a new page unless `height` still fits.
    void ensure(double height)
    {
        if (m_y + height > m_body.bottom() && m_y > m_body.top())
            newPage();
    }

    double lineHeight(const QFont &f) const { return QFontMetricsF(f, m_p.device()).height(); }

    void heading(const QString &text, double keepWith = 0)
    {
        const QFont f = font(13, true);
        const double h = lineHeight(f);
        ensure(pt(10) + h + pt(6) + keepWith);
        if (m_y > m_body.top())
            m_y += pt(10);
        m_p.setFont(f);
        m_p.setPen(kInk);
        m_p.drawText(QRectF(m_body.left(), m_y, m_body.width(), h), Qt::AlignLeft | Qt::AlignVCenter, text);
        m_y += h;
        m_p.setPen(QPen(kInk, pt(0.8)));
        m_p.drawLine(QPointF(m_body.left(), m_y + pt(1)), QPointF(m_body.right(), m_y + pt(1)));
        m_y += pt(6);
    }

    void subheading(const QString &text, double keepWith = 0)
    {
        const QFont f = font(10, true);
        const double h = lineHeight(f);
        ensure(pt(6) + h + pt(2) + keepWith);
        if (m_y > m_body.top())
            m_y += pt(6);
        m_p.setFont(f);
        m_p.setPen(kInk);
        m_p.drawText(QRectF(m_body.left(), m_y, m_body.width(), h), Qt::AlignLeft | Qt::AlignVCenter, text);
        m_y += h + pt(2);
    }

    void paragraph(const QString &text, bool muted = false, double points = 8.5)
    {
        const QFont f = font(points);
        m_p.setFont(f);
        const QFontMetricsF fm(f, m_p.device());
        const QRectF bound = fm.boundingRect(QRectF(0, 0, m_body.width(), 1e6), Qt::TextWordWrap, text);
        ensure(bound.height());
        m_p.setPen(muted ? kMuted : kInk);
        m_p.drawText(QRectF(m_body.left(), m_y, m_body.width(), bound.height() + pt(1)), Qt::TextWordWrap, text);
        m_y += bound.height() + pt(3);
    }

    // A box with a grey rule on the left: for what must not be missed.
    void callout(const QString &text)
    {
        const QFont f = font(9, true);
        m_p.setFont(f);
        const QFontMetricsF fm(f, m_p.device());
        const double inner = m_body.width() - pt(16);
        const QRectF bound = fm.boundingRect(QRectF(0, 0, inner, 1e6), Qt::TextWordWrap, text);
        const double h = bound.height() + pt(10);
        ensure(h + pt(4));
        const QRectF box(m_body.left(), m_y, m_body.width(), h);
        m_p.fillRect(box, kStripe);
        m_p.fillRect(QRectF(box.left(), box.top(), pt(3), box.height()), kBarDark);
        m_p.setPen(kInk);
        m_p.drawText(QRectF(box.left() + pt(10), box.top() + pt(5), inner, bound.height() + pt(1)), Qt::TextWordWrap,
                     text);
        m_y += h + pt(6);
    }

    void drawRow(const Table &t, const QStringList &cells, double rowH, bool header, bool stripe)
    {
        double total = 0;
        for (double w : t.widths)
            total += w;
        const QRectF rowRect(m_body.left(), m_y, m_body.width(), rowH);
        if (header)
            m_p.fillRect(rowRect, kHeaderFill);
        else if (stripe)
            m_p.fillRect(rowRect, kStripe);
        m_p.setFont(font(7.5, header));
        const QFontMetricsF fm(m_p.font(), m_p.device());
        m_p.setPen(kInk);
        double x = m_body.left();
        const double pad = pt(3);
        for (qsizetype c = 0; c < t.widths.size(); ++c) {
            const double w = m_body.width() * t.widths[c] / total;
            const bool right = c < t.align.size() && t.align[c] == QLatin1Char('r');
            const QString text = fm.elidedText(c < cells.size() ? cells[c] : QString(), Qt::ElideRight, w - 2 * pad);
            m_p.drawText(QRectF(x + pad, m_y, w - 2 * pad, rowH),
                         (right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, text);
            x += w;
        }
        m_p.setPen(QPen(header ? kInk : kRule, pt(header ? 0.6 : 0.3)));
        m_p.drawLine(QPointF(m_body.left(), m_y + rowH), QPointF(m_body.right(), m_y + rowH));
        m_y += rowH;
    }

    void table(const Table &t, const QString &emptyText = QString())
    {
        const double rowH = lineHeight(font(7.5)) * 1.45;
        ensure(rowH * (1 + std::min<qsizetype>(t.rows.size(), 3)));
        drawRow(t, t.headers, rowH, true, false);
        if (t.rows.isEmpty()) {
            drawRow(t, {emptyText.isEmpty() ? tr("(none)") : emptyText}, rowH, false, false);
        }
        for (qsizetype r = 0; r < t.rows.size(); ++r) {
            if (m_y + rowH > m_body.bottom()) {
                newPage();
                drawRow(t, t.headers, rowH, true, false);
            }
            drawRow(t, t.rows[r], rowH, false, r % 2 == 1);
        }
        m_y += pt(6);
    }

    // ---- charts ----

    struct Bar
    {
        QString label;
        double value = 0;
        bool present = true;
    };

    // A bar chart with a left axis; `axisLabel` formats a tick value, `valueLabel` the bar's value
    // (empty: none drawn).
    void barChart(const QString &title, const std::vector<Bar> &bars, double step, const QString &axisTitle,
                  const std::function<QString(double)> &axisLabel, const std::function<QString(double)> &valueLabel)
    {
        const double chartH = mm(62);
        subheading(title, chartH);
        const QRectF area(m_body.left(), m_y, m_body.width(), chartH);
        m_y += chartH + pt(6);

        double max = 0;
        for (const Bar &b : bars)
            max = std::max(max, b.value);
        if (max <= 0)
            max = step;
        const double top = std::ceil(max / step) * step;

        const QFont small = font(6.5);
        m_p.setFont(small);
        const QFontMetricsF fm(small, m_p.device());
        double axisW = fm.horizontalAdvance(axisTitle);
        for (double v = 0; v <= top + step / 2; v += step)
            axisW = std::max(axisW, fm.horizontalAdvance(axisLabel(v)));
        const QRectF plot(area.left() + axisW + pt(6), area.top() + fm.height() + pt(4),
                          area.width() - axisW - pt(8), area.height() - 2 * fm.height() - pt(10));

        // Grid and ticks.
        m_p.setPen(kMuted);
        m_p.drawText(QRectF(area.left(), area.top(), axisW + pt(40), fm.height()), Qt::AlignLeft, axisTitle);
        for (double v = 0; v <= top + step / 2; v += step) {
            const double y = plot.bottom() - plot.height() * v / top;
            m_p.setPen(QPen(v == 0 ? kInk : kBarLight, pt(v == 0 ? 0.6 : 0.3)));
            m_p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
            m_p.setPen(kMuted);
            m_p.drawText(QRectF(area.left(), y - fm.height() / 2, axisW, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                         axisLabel(v));
        }
        if (bars.empty())
            return;
        const double slot = plot.width() / double(bars.size());
        const double barW = std::max(slot * 0.7, pt(0.5));
        // Label every k-th bar so that the labels do not overlap.
        double widest = 0;
        for (const Bar &b : bars)
            widest = std::max(widest, fm.horizontalAdvance(b.label));
        const int every = std::max(1, int(std::ceil((widest + pt(4)) / slot)));
        const bool valuesFit = valueLabel && slot > fm.horizontalAdvance(QStringLiteral("0000")) * 1.1;
        for (size_t i = 0; i < bars.size(); ++i) {
            const Bar &b = bars[i];
            const double x = plot.left() + slot * double(i) + (slot - barW) / 2;
            if (b.present && b.value > 0) {
                const double h = plot.height() * b.value / top;
                m_p.fillRect(QRectF(x, plot.bottom() - h, barW, h), kBarMid);
                if (valuesFit) {
                    m_p.setPen(kInk);
                    m_p.drawText(QRectF(x - slot, plot.bottom() - h - fm.height(), barW + 2 * slot, fm.height()),
                                 Qt::AlignHCenter | Qt::AlignBottom, valueLabel(b.value));
                }
            } else if (!b.present) {
                m_p.setPen(kMuted);
                m_p.drawText(QRectF(x - slot, plot.bottom() - fm.height(), barW + 2 * slot, fm.height()),
                             Qt::AlignHCenter | Qt::AlignBottom, QStringLiteral("–"));
            }
            if (int(i) % every == 0) {
                m_p.setPen(kMuted);
                m_p.drawText(QRectF(x + barW / 2 - slot * every / 2.0, plot.bottom() + pt(2), slot * every, fm.height()),
                             Qt::AlignHCenter | Qt::AlignTop, b.label);
            }
        }
    }

    void trendChart()
    {
        const MttaReport &m = m_report.mtta;
        std::vector<Bar> bars;
        double max = 0;
        for (const MttaTrendPoint &p : m.trend) {
            const QDate d = QDateTime::fromMSecsSinceEpoch(p.startMs).date();
            bars.push_back({m.trendBucket == TrendBucket::Day ? LocalFormat::dayMonth(d) : LocalFormat::date(d),
                            p.stats.meanMs, p.stats.acknowledged > 0});
            max = std::max(max, p.stats.meanMs);
        }
        const QString title = m.trendBucket == TrendBucket::Day ? tr("Mean time to acknowledge per day")
                                                                : tr("Mean time to acknowledge per week (from Monday)");
        barChart(title, bars, double(durationStep(std::max(max, 1000.0))), tr("mean MTTA"),
                 [](double v) { return shortDuration(qint64(v)); }, {});
        paragraph(tr("Bars: mean time to acknowledge of the alerts raised in the %1 and acknowledged before the end of "
                     "the period; “–”: none acknowledged.")
                      .arg(m.trendBucket == TrendBucket::Day ? tr("day") : tr("week")),
                  true, 7);
    }

    void histogramChart()
    {
        std::vector<Bar> bars;
        double max = 0;
        for (const MttaHistogramBin &b : m_report.mtta.histogram) {
            const QString label = b.toMs ? tr("< %1").arg(shortDuration(*b.toMs))
                                         : tr("≥ %1").arg(shortDuration(b.fromMs));
            bars.push_back({label, double(b.count), true});
            max = std::max(max, double(b.count));
        }
        barChart(tr("Distribution of times to acknowledge"), bars, countStep(max), tr("alerts"),
                 [](double v) { return count(qint64(v)); }, [](double v) { return count(qint64(v)); });
        paragraph(tr("Acknowledged alerts by time to acknowledge; each bar runs from the previous bar's bound."), true, 7);
    }

    void priorityMixChart()
    {
        const AlarmHealthReport &h = m_report.health;
        const double actual[3] = {h.share(0) + h.share(1), h.share(2), h.share(3)};
        const double target[3] = {0.80, 0.15, 0.05};
        const QString names[3] = {tr("low + medium"), tr("high"), tr("critical")};

        const double chartH = mm(55);
        subheading(tr("Priority mix against the ISA-18.2 guide (80 / 15 / 5 %)"), chartH);
        const QRectF area(m_body.left(), m_y, m_body.width(), chartH);
        m_y += chartH + pt(6);
        const QFont small = font(7);
        m_p.setFont(small);
        const QFontMetricsF fm(small, m_p.device());
        const double labelW = fm.horizontalAdvance(QStringLiteral("low + medium")) + pt(10);
        const double legendH = fm.height() + pt(6);
        const QRectF plot(area.left() + labelW, area.top() + legendH, area.width() - labelW - pt(60),
                          area.height() - legendH - fm.height() - pt(6));
        // Legend.
        double lx = plot.left();
        const auto legend = [&](const QColor &c, const QString &text) {
            m_p.fillRect(QRectF(lx, area.top() + pt(1), fm.height() * 0.8, fm.height() * 0.8), c);
            m_p.setPen(QPen(kInk, pt(0.3)));
            m_p.drawRect(QRectF(lx, area.top() + pt(1), fm.height() * 0.8, fm.height() * 0.8));
            m_p.drawText(QPointF(lx + fm.height() * 1.2, area.top() + pt(1) + fm.ascent() * 0.85), text);
            lx += fm.height() * 1.4 + fm.horizontalAdvance(text) + pt(16);
        };
        legend(kBarDark, tr("this period"));
        legend(Qt::white, tr("guide"));
        // Axis 0..100 %.
        for (int v = 0; v <= 100; v += 20) {
            const double x = plot.left() + plot.width() * v / 100.0;
            m_p.setPen(QPen(v == 0 ? kInk : kBarLight, pt(v == 0 ? 0.6 : 0.3)));
            m_p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
            m_p.setPen(kMuted);
            m_p.drawText(QRectF(x - pt(20), plot.bottom() + pt(2), pt(40), fm.height()), Qt::AlignHCenter,
                         QStringLiteral("%1 %").arg(v));
        }
        const double group = plot.height() / 3.0;
        const double barH = group * 0.32;
        for (int g = 0; g < 3; ++g) {
            const double gy = plot.top() + group * g + group * 0.15;
            m_p.setPen(kInk);
            m_p.drawText(QRectF(area.left(), gy, labelW - pt(6), 2 * barH), Qt::AlignRight | Qt::AlignVCenter, names[g]);
            const QRectF a(plot.left(), gy, plot.width() * actual[g], barH);
            const QRectF t(plot.left(), gy + barH, plot.width() * target[g], barH);
            m_p.fillRect(a, kBarDark);
            m_p.fillRect(t, Qt::white);
            m_p.setPen(QPen(kInk, pt(0.4)));
            m_p.drawRect(t);
            m_p.setPen(kInk);
            m_p.drawText(QRectF(a.right() + pt(3), a.top(), pt(60), barH), Qt::AlignLeft | Qt::AlignVCenter,
                         tr("%1 (%2)").arg(percent(actual[g]), count(g == 0 ? h.priorityCounts[0] + h.priorityCounts[1]
                                                                            : h.priorityCounts[size_t(g + 1)])));
            m_p.setPen(kMuted);
            m_p.drawText(QRectF(t.right() + pt(3), t.top(), pt(60), barH), Qt::AlignLeft | Qt::AlignVCenter,
                         percent(target[g], 0));
        }
    }

    // ---- sections ----

    void keyValues(const QList<QPair<QString, QString>> &rows)
    {
        const QFont keyFont = font(9, true);
        const QFont valueFont = font(9);
        const double h = lineHeight(valueFont) * 1.35;
        const double keyW = mm(50);
        const QFontMetricsF fm(valueFont, m_p.device());
        const double valueW = m_body.width() - keyW;
        for (const auto &[key, value] : rows) {
            const double extra = fm.boundingRect(QRectF(0, 0, valueW, 1e6), Qt::TextWordWrap, value).height() - fm.height();
            const double rowH = h + std::max(0.0, extra);
            ensure(rowH);
            m_p.setFont(keyFont);
            m_p.setPen(kMuted);
            m_p.drawText(QRectF(m_body.left(), m_y, keyW, h), Qt::AlignLeft | Qt::AlignVCenter, key);
            m_p.setFont(valueFont);
            m_p.setPen(kInk);
            m_p.drawText(QRectF(m_body.left() + keyW, m_y + (h - fm.height()) / 2, valueW, rowH),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, value);
            m_y += rowH;
        }
    }

    void titleBlock()
    {
        const QFont f = font(22, true);
        m_p.setFont(f);
        m_p.setPen(kInk);
        const double h = lineHeight(f);
        m_p.drawText(QRectF(m_body.left(), m_y + pt(8), m_body.width(), h), Qt::AlignLeft, tr("Plant report"));
        m_y += h + pt(8);
        paragraph(tr("Alarm response (mean time to acknowledge) and alarm-system health, from the Fleetwatch console "
                     "store."),
                  true, 10);
        m_y += pt(6);
        const ReportOptions &o = m_report.options;
        const double days = double(o.period.lengthMs()) / 86'400'000.0;
        keyValues({{tr("Period"), tr("%1 (%2 days; an alert is in it by the time it was raised)")
                                      .arg(periodText(o.period))
                                      .arg(QLocale().toString(days, 'f', days == std::floor(days) ? 0 : 1))},
                   {tr("Shifts"), [&] {
                        QStringList names;
                        for (int i = 0; i < o.shifts.count(); ++i)
                            names << o.shifts.name(i);
                        return names.join(QStringLiteral(", "));
                    }()},
                   {tr("Trend"), o.trendBucket == TrendBucket::Day ? tr("per day") : tr("per week")},
                   {tr("Generated"), localTime(m_report.generatedAt)},
                   {tr("Store"), m_report.storeId.isEmpty() ? tr("(no id)") : m_report.storeId}});
        m_y += pt(10);

        const AckStats &all = m_report.mtta.overall;
        subheading(tr("In short"));
        keyValues({{tr("Alerts raised"), count(m_report.health.alerts)},
                   {tr("Acknowledged"), tr("%1, mean %2, median %3, 90 % within %4")
                                            .arg(count(all.acknowledged), ackTime(all, all.meanMs),
                                                 ackTime(all, all.medianMs), ackTime(all, all.p90Ms))},
                   {tr("Unacknowledged at end"), count(all.unacknowledged)},
                   {tr("Alerts per day"), tr("%1 (guide: about 150, at most 300)")
                                              .arg(QLocale().toString(m_report.health.perDay, 'f', 1))},
                   {tr("Standing over 24 h"), count(m_report.health.standingCount)}});
    }

    static QStringList statsRow(const QString &key, const AckStats &s)
    {
        return {key,
                count(s.total()),
                count(s.acknowledged),
                count(s.unacknowledged),
                ackTime(s, s.meanMs),
                ackTime(s, s.medianMs),
                ackTime(s, s.p90Ms)};
    }

    static Table statsTable(const QString &keyHeader)
    {
        Table t;
        t.headers = {keyHeader, tr("Alerts"), tr("Acked"), tr("Unacked at end"), tr("Mean"), tr("Median"), tr("90th pct")};
        t.widths = {2.6, 0.9, 0.9, 1.6, 1.3, 1.3, 1.3};
        t.align = QStringLiteral("lrrrrrr");
        return t;
    }

    const MttaGroup *group(MttaDimension d) const
    {
        for (const MttaGroup &g : m_report.mtta.groups) {
            if (g.dimension == d)
                return &g;
        }
        return nullptr;
    }

    void groupTable(MttaDimension d, const QString &title, const QString &keyHeader)
    {
        const MttaGroup *g = group(d);
        Table t = statsTable(keyHeader);
        std::vector<AckStats> rows = g ? g->rows : std::vector<AckStats>();
        QString note;
        if (d == MttaDimension::Asset) {
            std::stable_sort(rows.begin(), rows.end(),
                             [](const AckStats &a, const AckStats &b) { return a.total() > b.total(); });
            if (rows.size() > size_t(kPdfAssetLimit)) {
                note = tr("The %1 assets with most alerts, of %2; the CSV export has them all.")
                           .arg(count(kPdfAssetLimit), count(qint64(rows.size())));
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
            t.rows << statsRow(key, s);
        }
        subheading(title, lineHeight(font(7.5)) * 1.45 * 4.5);
        table(t);
        if (!note.isEmpty())
            paragraph(note, true, 7);
    }

    void mttaSection()
    {
        heading(tr("Mean time to acknowledge"), mm(20));
        paragraph(tr("From the console's first receipt of an alert to its first acknowledgement on any console. An "
                     "alert acknowledged only after the end of the period, or never, counts as unacknowledged at the end "
                     "and is not in the times. Median and 90th percentile interpolate between ranks."),
                  true, 8);
        const AckStats &all = m_report.mtta.overall;
        Table overall = statsTable(QString());
        overall.headers[0] = tr("All alerts");
        overall.rows << statsRow(tr("Period"), all);
        table(overall);

        // Unacknowledged at the end of the period: apart, so it cannot be read as a fast response.
        subheading(tr("Unacknowledged at the end of the period"));
        const int total = all.total();
        callout(tr("%1 of %2 alerts raised in the period (%3) were not acknowledged by its end. They are counted "
                   "here and not in the times to acknowledge.")
                    .arg(count(all.unacknowledged), count(total), percent(total > 0 ? double(all.unacknowledged) / total : 0)));
        if (const MttaGroup *g = group(MttaDimension::Priority)) {
            Table t;
            t.headers = {tr("Priority"), tr("Unacknowledged at end"), tr("Of alerts"), tr("Share")};
            t.widths = {2, 1.5, 1, 1};
            t.align = QStringLiteral("lrrr");
            for (int p = 3; p >= 0; --p) {
                const QString name = priorityName(Priority(p));
                for (const AckStats &s : g->rows) {
                    if (s.key == name)
                        t.rows << QStringList{name, count(s.unacknowledged), count(s.total()),
                                              percent(s.total() > 0 ? double(s.unacknowledged) / s.total() : 0)};
                }
            }
            table(t);
        }

        trendChart();
        histogramChart();

        groupTable(MttaDimension::Priority, tr("By priority"), tr("Priority"));
        groupTable(MttaDimension::Shift, tr("By shift"), tr("Shift (local time)"));
        groupTable(MttaDimension::Site, tr("By site"), tr("Site"));
        groupTable(MttaDimension::Line, tr("By line"), tr("Site / line"));
        groupTable(MttaDimension::Operator, tr("By operator"), tr("Acknowledged by"));
        groupTable(MttaDimension::Asset, tr("By asset (most alerts)"), tr("Site / asset"));
    }

    void healthSection()
    {
        const AlarmHealthReport &h = m_report.health;
        heading(tr("Alarm-system health"), mm(60));
        paragraph(tr("ISA-18.2 / EEMUA 191 figures for this console. A 10-minute interval with %1 or more new alerts is "
                     "in flood.")
                      .arg(AlarmHealthReport::kFloodThreshold),
                  true, 8);
        const auto verdict = [](bool ok) { return ok ? tr("within") : tr("above"); };
        Table t;
        t.headers = {tr("Figure"), tr("Value"), tr("Guide"), tr("")};
        t.widths = {3, 1.5, 2.6, 1};
        t.align = QStringLiteral("lrll");
        t.rows << QStringList{tr("Alerts raised"), count(h.alerts), QString(), QString()};
        t.rows << QStringList{tr("Alerts per 10 minutes (average)"), QLocale().toString(h.perTenMinutes, 'f', 2),
                              tr("about 1 (at most 2)"), verdict(h.perTenMinutes <= 1.0)};
        t.rows << QStringList{tr("Alerts per day (average)"), QLocale().toString(h.perDay, 'f', 1),
                              tr("about 150 acceptable, 300 at most"),
                              h.perDay <= 150 ? tr("within") : (h.perDay <= 300 ? tr("manageable") : tr("above"))};
        t.rows << QStringList{tr("Peak alerts in 10 minutes"), count(h.peakPerTenMinutes), tr("under 10"),
                              verdict(h.peakPerTenMinutes < 10)};
        t.rows << QStringList{tr("10-minute intervals"), count(h.intervals), QString(), QString()};
        t.rows << QStringList{tr("Intervals in flood"), tr("%1 (%2)").arg(count(h.floodIntervals), percent(h.floodShare(), 2)),
                              tr("under 1 % of the time"), verdict(h.floodShare() < 0.01)};
        t.rows << QStringList{tr("Standing over 24 h at end"), count(h.standingCount), tr("none"),
                              verdict(h.standingCount == 0)};
        t.rows << QStringList{tr("Chattering alerts"), count(h.chatteringCount), tr("none"), verdict(h.chatteringCount == 0)};
        t.rows << QStringList{tr("Shelve actions"), count(h.shelveActions), QString(), QString()};
        t.rows << QStringList{tr("Minutes shelved (asked for)"), count(h.shelvedMinutes), QString(), QString()};
        table(t);

        Table mix;
        mix.headers = {tr("Priority"), tr("Alerts"), tr("Share"), tr("Guide")};
        mix.widths = {2, 1, 1, 1};
        mix.align = QStringLiteral("lrrr");
        mix.rows << QStringList{tr("low + medium"), count(h.priorityCounts[0] + h.priorityCounts[1]),
                                percent(h.share(0) + h.share(1)), QStringLiteral("80 %")};
        mix.rows << QStringList{tr("high"), count(h.priorityCounts[2]), percent(h.share(2)), QStringLiteral("15 %")};
        mix.rows << QStringList{tr("critical"), count(h.priorityCounts[3]), percent(h.share(3)), QStringLiteral("5 %")};
        subheading(tr("Priority mix"));
        table(mix);
        priorityMixChart();

        Table top;
        top.headers = {tr("#"), tr("Site"), tr("Asset"), tr("Alert"), tr("Raised")};
        top.widths = {0.4, 1.3, 1.5, 4, 0.9};
        top.align = QStringLiteral("rlllr");
        int rank = 0;
        for (const AlertCount &a : h.mostFrequent)
            top.rows << QStringList{QString::number(++rank), a.site, a.asset, a.title, count(a.count)};
        subheading(tr("Ten most frequent alerts"), lineHeight(font(7.5)) * 1.45 * 4.5);
        table(top);
    }

    QString limitNote(int shown, int total) const
    {
        return shown < total ? tr("The first %1 of %2; the CSV export has them all.").arg(count(shown), count(total)) : QString();
    }

    void listsSection()
    {
        const AlarmHealthReport &h = m_report.health;
        const double keep = lineHeight(font(7.5)) * 1.45 * 4.5;
        heading(tr("Alerts needing attention"), keep + mm(10));

        Table standing;
        standing.headers = {tr("Site"), tr("Asset"), tr("Alert"), tr("Priority"), tr("Raised"), tr("Age"), tr("Acked"),
                            tr("Active")};
        standing.widths = {1.1, 1.3, 2.7, 0.9, 1.7, 0.8, 0.7, 0.7};
        standing.align = QStringLiteral("lllllrll");
        int shown = 0;
        for (const StandingAlert &a : h.standing) {
            if (shown++ >= kPdfListLimit)
                break;
            const double ageH = double(m_report.options.period.toMs - a.raisedAt) / 3'600'000.0;
            standing.rows << QStringList{a.site,
                                         a.asset,
                                         a.title.isEmpty() ? a.alertId : a.title,
                                         priorityName(Priority(std::clamp(a.priority, 0, 3))),
                                         localMinute(a.raisedAt),
                                         ageH >= 48 ? tr("%1 d").arg(QLocale().toString(ageH / 24, 'f', 1))
                                                     : tr("%1 h").arg(QLocale().toString(ageH, 'f', 0)),
                                         a.acknowledged ? tr("yes") : tr("no"),
                                         a.active ? tr("yes") : tr("no")};
        }
        subheading(tr("Standing at the end of the period (raised over 24 h before; %1)").arg(count(h.standingCount)), keep);
        paragraph(tr("Unacknowledged or still active at the end of the period, oldest first; age at the end of the period."),
                  true, 7);
        table(standing);
        const QString standingNote = limitNote(std::min<int>(int(h.standing.size()), kPdfListLimit), h.standingCount);
        if (!standingNote.isEmpty())
            paragraph(standingNote, true, 7);

        Table chat;
        chat.headers = {tr("Site"), tr("Asset"), tr("Alert"), tr("Alerts")};
        chat.widths = {1.3, 1.5, 4, 0.9};
        chat.align = QStringLiteral("lllr");
        for (size_t i = 0; i < h.chattering.size() && i < size_t(kPdfListLimit); ++i) {
            const AlertCount &a = h.chattering[i];
            chat.rows << QStringList{a.site, a.asset, a.title, count(a.count)};
        }
        subheading(tr("Chattering (%1 alerts)").arg(count(h.chatteringCount)), keep);
        table(chat);
        const QString chatNote = limitNote(int(chat.rows.size()), int(h.chattering.size()));
        if (!chatNote.isEmpty())
            paragraph(chatNote, true, 7);

        Table shelved;
        shelved.headers = {tr("Site"), tr("Asset"), tr("Alert"), tr("Shelves"), tr("Minutes"), tr("Longest")};
        shelved.widths = {1.3, 1.5, 3.4, 0.8, 0.9, 0.9};
        shelved.align = QStringLiteral("lllrrr");
        for (size_t i = 0; i < h.shelved.size() && i < size_t(kPdfListLimit); ++i) {
            const ShelvedAlert &a = h.shelved[i];
            shelved.rows << QStringList{a.site, a.asset, a.title, count(a.shelves), count(a.minutes),
                                        tr("%1 min").arg(count(a.longestMinutes))};
        }
        subheading(tr("Shelved (%1 shelve actions, %2 minutes)").arg(count(h.shelveActions), count(h.shelvedMinutes)), keep);
        table(shelved);
        const QString shelvedNote = limitNote(int(shelved.rows.size()), int(h.shelved.size()));
        if (!shelvedNote.isEmpty())
            paragraph(shelvedNote, true, 7);
    }

    void qualitySection()
    {
        const double keep = lineHeight(font(7.5)) * 1.45 * 4.5;
        heading(tr("Model quality per version"), keep + mm(10));
        paragraph(tr("All time, from the operators' labels (labels are not tied to the period). Precision: true "
                     "positives of the decided labels; false-alarm rate: false positives of the decided labels."),
                  true, 8);
        Table t;
        t.headers = {tr("Model"), tr("Version"), tr("Alerts"), tr("Labelled"), tr("True"), tr("False"), tr("Unclear"),
                     tr("Missed"), tr("Precision"), tr("False alarm"), tr("vs previous")};
        t.widths = {1.4, 0.8, 0.8, 1.15, 0.6, 0.6, 0.85, 0.75, 0.95, 1.2, 1.3};
        t.align = QStringLiteral("llrrrrrrrrr");
        const QStringList changes = modelQualityChanges(m_report.modelQuality);
        for (size_t i = 0; i < m_report.modelQuality.size(); ++i) {
            const ModelQuality &q = m_report.modelQuality[i];
            const int decided = q.truePositives + q.falsePositives;
            const auto precision = q.precision();
            t.rows << QStringList{q.model,
                                  q.version,
                                  count(q.alerts),
                                  tr("%1 (%2)").arg(count(q.labelled), percent(q.labelledShare(), 0)),
                                  count(q.truePositives),
                                  count(q.falsePositives),
                                  count(q.inconclusive),
                                  count(q.missedFailures),
                                  precision ? percent(*precision) : QStringLiteral("–"),
                                  decided > 0 ? percent(double(q.falsePositives) / decided) : QStringLiteral("–"),
                                  changes.value(qsizetype(i))};
        }
        table(t, tr("(no model has raised an alert)"));
        paragraph(tr("vs previous: the change of precision (percentage points) and of the false-alarm count against the "
                     "previous version of the same model, versions in semantic-version order; “–”: the model's first "
                     "version, or no decided labels on one side."),
                  true, 7);
    }

    QPagedPaintDevice &m_device;
    QPainter &m_p;
    const Report &m_report;
    int m_total = 0;
    int m_dpi = kDpi;
    int m_pageNumber = 1;
    QRectF m_page;
    QRectF m_body;
    double m_y = 0;
};

// One layout pass on `device` (fresh: nothing painted on it yet); the number of pages, or 0 when
// painting could not start.
int paintPass(const Report &report, QPagedPaintDevice &device, int totalPages)
{
    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    painter.setRenderHint(QPainter::Antialiasing);
    Renderer renderer(device, painter, report, totalPages);
    renderer.render();
    painter.end();
    return renderer.pages();
}

// One layout pass into `buffer` (A4 at kDpi); the number of pages, or 0 when painting could not start.
int renderPass(const Report &report, QBuffer &buffer, int totalPages)
{
    QPdfWriter writer(&buffer);
    writer.setResolution(kDpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setTitle(reportDocumentTitle(report));
    writer.setCreator(QStringLiteral("Fleetwatch"));
    return paintPass(report, writer, totalPages);
}

// "1.10.0" after "1.9.2"; a leading "v" is ignored; a pre-release ("1.2.0-rc1") comes before its
// release; what does not parse as a version at all sorts by text.
int compareVersions(const QString &a, const QString &b)
{
    const auto parse = [](QString v, QString *suffix) {
        v = v.trimmed();
        if (v.startsWith(QLatin1Char('v')) || v.startsWith(QLatin1Char('V')))
            v.remove(0, 1);
        qsizetype index = 0;
        const QVersionNumber n = QVersionNumber::fromString(v, &index);
        *suffix = v.mid(index);
        return n;
    };
    QString sa, sb;
    const QVersionNumber na = parse(a, &sa);
    const QVersionNumber nb = parse(b, &sb);
    if (na.isNull() || nb.isNull())
        return na.isNull() == nb.isNull() ? QString::compare(a, b) : (na.isNull() ? 1 : -1);
    if (const int c = QVersionNumber::compare(na.normalized(), nb.normalized()); c != 0)
        return c;
    if (sa.isEmpty() != sb.isEmpty())
        return sa.isEmpty() ? 1 : -1;   // 1.2.0-rc1 < 1.2.0
    return QString::compare(sa, sb);
}

QString signedNumber(qint64 n)
{
    if (n == 0)
        return QStringLiteral("±0");
    return (n > 0 ? QStringLiteral("+") : QStringLiteral("\u2212")) + QLocale().toString(n > 0 ? n : -n);
}

} // namespace

QString formatAckDuration(double ms)
{
    return duration(ms);
}

QString reportDocumentTitle(const Report &report)
{
    return tr("Fleetwatch plant report, %1").arg(periodText(report.options.period));
}

QStringList modelQualityChanges(const ModelQualities &qualities)
{
    QStringList changes;
    for (const ModelQuality &q : qualities) {
        // The previous version: the greatest version of the same model below this one.
        const ModelQuality *previous = nullptr;
        for (const ModelQuality &o : qualities) {
            if (&o == &q || o.model != q.model || compareVersions(o.version, q.version) >= 0)
                continue;
            if (!previous || compareVersions(o.version, previous->version) > 0)
                previous = &o;
        }
        if (!previous) {
            changes << QStringLiteral("–");
            continue;
        }
        const auto now = q.precision();
        const auto before = previous->precision();
        const QString precision = now && before
                                      ? tr("%1 pts").arg(signedNumber(std::llround((*now - *before) * 100.0)))
                                      : QStringLiteral("–");
        changes << tr("%1 / %2").arg(precision, signedNumber(q.falsePositives - previous->falsePositives));
    }
    return changes;
}

bool paintReport(const Report &report, QPagedPaintDevice &device, QString *error, int *pageCount)
{
    // First pass into a throw-away PDF of the same paint area and resolution: count the pages.
    const int dpi = device.logicalDpiY();
    if (dpi <= 0 || device.width() <= 0 || device.height() <= 0) {
        if (error)
            *error = tr("The report could not be painted.");
        return false;
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int pages = 0;
    {
        QPdfWriter counter(&buffer);
        counter.setResolution(dpi);
        counter.setPageLayout(QPageLayout(QPageSize(QSizeF(device.width() * 25.4 / dpi, device.height() * 25.4 / dpi),
                                                    QPageSize::Millimeter),
                                          QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        pages = paintPass(report, counter, 0);
    }
    if (pages == 0 || paintPass(report, device, pages) == 0) {
        if (error)
            *error = tr("The report could not be painted.");
        return false;
    }
    if (pageCount)
        *pageCount = pages;
    return true;
}

QByteArray renderReportPdf(const Report &report, QString *error, int *pageCount)
{
    // First pass: count the pages. Second: the same layout, with "page N of M".
    QBuffer first;
    first.open(QIODevice::WriteOnly);
    const int pages = renderPass(report, first, 0);
    QBuffer second;
    second.open(QIODevice::WriteOnly);
    if (pages == 0 || renderPass(report, second, pages) != pages || second.data().isEmpty()) {
        if (error)
            *error = tr("The PDF could not be painted.");
        return {};
    }
    if (pageCount)
        *pageCount = pages;
    return second.data();
}

bool writeReportPdf(const Report &report, const QString &path, QString *error)
{
    const QByteArray pdf = renderReportPdf(report, error);
    if (pdf.isEmpty())
        return false;
    QSaveFile file(path);   // all or nothing: no half-written report left behind
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace fw

#include "reports/pageddocument.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace fw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fw::ReportPdf", text);
}

constexpr int kDpi = 300;
const QString kFontFamily = QStringLiteral("DejaVu Sans");
// For Han characters, which DejaVu Sans does not have (fonts-noto-cjk).
const QString kCjkFontFamily = QStringLiteral("Noto Sans CJK SC");

} // namespace

PagedDocument::PagedDocument(QPagedPaintDevice &device, QPainter &painter, PageFrame frame, int totalPages)
    : m_device(device), m_p(painter), m_frame(std::move(frame)), m_total(totalPages),
      m_dpi(device.logicalDpiY() > 0 ? device.logicalDpiY() : kDpi)
{
    const double w = painter.device()->width();
    const double h = painter.device()->height();
    const double margin = mm(15);
    m_page = QRectF(margin, margin, w - 2 * margin, h - 2 * margin);
    m_body = m_page.adjusted(0, pt(22), 0, -pt(22));
    beginPage();
}

QFont PagedDocument::font(double points, bool bold) const
{
    // A Chinese document is set in Noto Sans CJK SC (its line heights fit Han characters); any other in
    // DejaVu Sans, with Noto for Han characters that come from the fleet (names, titles).
    QFont f;
    f.setFamilies(QLocale().language() == QLocale::Chinese ? QStringList{kCjkFontFamily, kFontFamily}
                                                           : QStringList{kFontFamily, kCjkFontFamily});
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

double PagedDocument::lineHeight(const QFont &f) const
{
    return QFontMetricsF(f, m_p.device()).height();
}

double PagedDocument::tableRowHeight() const
{
    return lineHeight(font(7.5)) * 1.45;
}

void PagedDocument::beginPage()
{
    m_y = m_body.top();
    m_p.save();
    m_p.setPen(QPen(paper::kMuted, pt(0.5)));
    m_p.setFont(font(7.5));
    const QFontMetricsF fm(m_p.font());
    const double headerBase = m_page.top() + fm.ascent();
    m_p.drawText(QPointF(m_page.left(), headerBase), m_frame.headerLeft);
    m_p.drawText(QPointF(m_page.right() - fm.horizontalAdvance(m_frame.headerRight), headerBase), m_frame.headerRight);
    m_p.drawLine(QPointF(m_page.left(), headerBase + pt(5)), QPointF(m_page.right(), headerBase + pt(5)));
    const double footerBase = m_page.bottom() - fm.descent();
    m_p.drawLine(QPointF(m_page.left(), footerBase - fm.ascent() - pt(4)),
                 QPointF(m_page.right(), footerBase - fm.ascent() - pt(4)));
    m_p.drawText(QPointF(m_page.left(), footerBase), m_frame.footerLeft);
    const QString page = m_total > 0 ? tr("Page %1 of %2").arg(m_pageNumber).arg(m_total)
                                     : tr("Page %1").arg(m_pageNumber);
    m_p.drawText(QPointF(m_page.right() - fm.horizontalAdvance(page), footerBase), page);
    m_p.restore();
}

void PagedDocument::newPage()
{
    m_device.newPage();
    ++m_pageNumber;
    beginPage();
}

void PagedDocument::ensure(double height)
{
    if (m_y + height > m_body.bottom() && m_y > m_body.top())
        newPage();
}

QRectF PagedDocument::take(double height, double gapAfter)
{
    const QRectF area(m_body.left(), m_y, m_body.width(), height);
    m_y += height + gapAfter;
    return area;
}

void PagedDocument::titleLine(const QString &text, double points, double gapBefore, double gapAfter, double keepWith)
{
    const QFont f = font(points, true);
    const double h = lineHeight(f);
    ensure(gapBefore + h + gapAfter + keepWith);
    if (m_y > m_body.top())
        m_y += gapBefore;
    m_p.setFont(f);
    m_p.setPen(paper::kInk);
    m_p.drawText(QRectF(m_body.left(), m_y, m_body.width(), h), Qt::AlignLeft | Qt::AlignVCenter, text);
    m_y += h;
}

void PagedDocument::heading(const QString &text, double keepWith)
{
    titleLine(text, 13, pt(10), pt(6), keepWith);
    m_p.setPen(QPen(paper::kInk, pt(0.8)));
    m_p.drawLine(QPointF(m_body.left(), m_y + pt(1)), QPointF(m_body.right(), m_y + pt(1)));
    m_y += pt(6);
}

void PagedDocument::subheading(const QString &text, double keepWith)
{
    titleLine(text, 10, pt(6), pt(2), keepWith);
    m_y += pt(2);
}

void PagedDocument::paragraph(const QString &text, bool muted, double points)
{
    const QFont f = font(points);
    m_p.setFont(f);
    const QFontMetricsF fm(f, m_p.device());
    const QRectF bound = fm.boundingRect(QRectF(0, 0, m_body.width(), 1e6), Qt::TextWordWrap, text);
    ensure(bound.height());
    m_p.setPen(muted ? paper::kMuted : paper::kInk);
    m_p.drawText(QRectF(m_body.left(), m_y, m_body.width(), bound.height() + pt(1)), Qt::TextWordWrap, text);
    m_y += bound.height() + pt(3);
}

void PagedDocument::callout(const QString &text)
{
    const QFont f = font(9, true);
    m_p.setFont(f);
    const QFontMetricsF fm(f, m_p.device());
    const double inner = m_body.width() - pt(16);
    const QRectF bound = fm.boundingRect(QRectF(0, 0, inner, 1e6), Qt::TextWordWrap, text);
    const double h = bound.height() + pt(10);
    ensure(h + pt(4));
    const QRectF box(m_body.left(), m_y, m_body.width(), h);
    m_p.fillRect(box, paper::kStripe);
    m_p.fillRect(QRectF(box.left(), box.top(), pt(3), box.height()), paper::kBarDark);
    m_p.setPen(paper::kInk);
    m_p.drawText(QRectF(box.left() + pt(10), box.top() + pt(5), inner, bound.height() + pt(1)), Qt::TextWordWrap, text);
    m_y += h + pt(6);
}

void PagedDocument::keyValues(const QList<QPair<QString, QString>> &rows)
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
        m_p.setPen(paper::kMuted);
        m_p.drawText(QRectF(m_body.left(), m_y, keyW, h), Qt::AlignLeft | Qt::AlignVCenter, key);
        m_p.setFont(valueFont);
        m_p.setPen(paper::kInk);
        m_p.drawText(QRectF(m_body.left() + keyW, m_y + (h - fm.height()) / 2, valueW, rowH),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, value);
        m_y += rowH;
    }
}

void PagedDocument::drawRow(const DocumentTable &t, const QStringList &cells, double rowH, bool header, bool stripe)
{
    double total = 0;
    for (double w : t.widths)
        total += w;
    const QRectF rowRect(m_body.left(), m_y, m_body.width(), rowH);
    if (header)
        m_p.fillRect(rowRect, paper::kHeaderFill);
    else if (stripe)
        m_p.fillRect(rowRect, paper::kStripe);
    m_p.setFont(font(7.5, header));
    const QFontMetricsF fm(m_p.font(), m_p.device());
    m_p.setPen(paper::kInk);
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
    m_p.setPen(QPen(header ? paper::kInk : paper::kRule, pt(header ? 0.6 : 0.3)));
    m_p.drawLine(QPointF(m_body.left(), m_y + rowH), QPointF(m_body.right(), m_y + rowH));
    m_y += rowH;
}

void PagedDocument::table(const DocumentTable &t, const QString &emptyText)
{
    const double rowH = tableRowHeight();
    ensure(rowH * (1 + std::min<qsizetype>(t.rows.size(), 3)));
    drawRow(t, t.headers, rowH, true, false);
    if (t.rows.isEmpty())
        drawRow(t, {emptyText.isEmpty() ? tr("(none)") : emptyText}, rowH, false, false);
    for (qsizetype r = 0; r < t.rows.size(); ++r) {
        if (m_y + rowH > m_body.bottom()) {
            newPage();
            drawRow(t, t.headers, rowH, true, false);
        }
        drawRow(t, t.rows[r], rowH, false, r % 2 == 1);
    }
    m_y += pt(6);
}

namespace {

// One layout pass on `device` (fresh: nothing painted on it yet); the number of pages, or 0 when
// painting could not start.
int paintPass(QPagedPaintDevice &device, const PageFrame &frame, const DocumentContent &content, int totalPages)
{
    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    painter.setRenderHint(QPainter::Antialiasing);
    PagedDocument document(device, painter, frame, totalPages);
    content(document);
    painter.end();
    return document.pages();
}

// One layout pass into `buffer` (A4 at kDpi); the number of pages, or 0 when painting could not start.
int pdfPass(QBuffer &buffer, const QString &title, const QString &creator, const PageFrame &frame,
            const DocumentContent &content, int totalPages)
{
    QPdfWriter writer(&buffer);
    writer.setResolution(kDpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setTitle(title);
    writer.setCreator(creator);
    return paintPass(writer, frame, content, totalPages);
}

} // namespace

int paintTwice(QPagedPaintDevice &device, const PageFrame &frame, const DocumentContent &content)
{
    const int dpi = device.logicalDpiY();
    if (dpi <= 0 || device.width() <= 0 || device.height() <= 0)
        return 0;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int pages = 0;
    {
        QPdfWriter counter(&buffer);
        counter.setResolution(dpi);
        counter.setPageLayout(QPageLayout(QPageSize(QSizeF(device.width() * 25.4 / dpi, device.height() * 25.4 / dpi),
                                                    QPageSize::Millimeter),
                                          QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        pages = paintPass(counter, frame, content, 0);
    }
    if (pages == 0 || paintPass(device, frame, content, pages) == 0)
        return 0;
    return pages;
}

QByteArray renderPdfTwice(const QString &title, const QString &creator, const PageFrame &frame,
                          const DocumentContent &content, int *pageCount)
{
    QBuffer first;
    first.open(QIODevice::WriteOnly);
    const int pages = pdfPass(first, title, creator, frame, content, 0);
    QBuffer second;
    second.open(QIODevice::WriteOnly);
    if (pages == 0 || pdfPass(second, title, creator, frame, content, pages) != pages || second.data().isEmpty())
        return {};
    if (pageCount)
        *pageCount = pages;
    return second.data();
}

} // namespace fw

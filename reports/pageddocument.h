#pragma once
// PagedDocument: a document painted with QPainter on a QPagedPaintDevice (a QPdfWriter, or a QPrinter
// on which nothing is painted yet), page by page: a header and a footer on every page with "page N
// of M", then headings, paragraphs, callouts, key-value rows and tables flowing down the body and onto
// new pages (a table's header row repeats on each page). It knows nothing of what it paints.
// "Page N of M" needs M before page 1 is painted, so a document is laid out twice (paintTwice,
// renderPdfTwice): the first pass, into a throw-away PDF of the same size, counts the pages.
// Lengths are in device pixels (pt() and mm() convert); paper:: colours are greys only, for documents
// that are printed and photocopied. Needs a QGuiApplication (fonts); runs on the GUI thread.

#include <QByteArray>
#include <QColor>
#include <QFont>
#include <QList>
#include <QPair>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>

class QPagedPaintDevice;
class QPainter;

namespace fw {

namespace paper {
inline const QColor kInk{0x20, 0x20, 0x20};
inline const QColor kMuted{0x60, 0x60, 0x60};
inline const QColor kRule{0xA0, 0xA0, 0xA0};
inline const QColor kHeaderFill{0xD8, 0xD8, 0xD8};
inline const QColor kStripe{0xF2, 0xF2, 0xF2};
inline const QColor kBarDark{0x55, 0x55, 0x55};
inline const QColor kBarMid{0x99, 0x99, 0x99};
inline const QColor kBarLight{0xD0, 0xD0, 0xD0};
} // namespace paper

// What every page shows besides its number: a header line (left and right) and the footer's left.
struct PageFrame
{
    QString headerLeft;
    QString headerRight;
    QString footerLeft;
};

struct DocumentTable
{
    QStringList headers;
    QList<double> widths;   // relative
    QString align;          // 'l' or 'r' per column
    QList<QStringList> rows;
};

class PagedDocument
{
public:
    // Paints the frame of page 1. totalPages 0 (the counting pass): the footer says "Page N".
    PagedDocument(QPagedPaintDevice &device, QPainter &painter, PageFrame frame, int totalPages);

    int pages() const { return m_pageNumber; }
    QPainter &painter() { return m_p; }
    const QRectF &body() const { return m_body; }

    double pt(double points) const { return points * m_dpi / 72.0; }
    double mm(double millimetres) const { return millimetres * m_dpi / 25.4; }
    QFont font(double points, bool bold = false) const;
    double lineHeight(const QFont &f) const;
    double tableRowHeight() const;

    // Where the next block starts (y in the body), and moving it down by `height`.
    double y() const { return m_y; }
    void advance(double height) { m_y += height; }
    // Starts a new page unless `height` still fits below y().
    void ensure(double height);
    // A block of the body's width and `height` at y() for the caller to paint in; y() moves past it
    // and `gapAfter`. No page break: ensure() first (heading and subheading take a keepWith).
    QRectF take(double height, double gapAfter);

    // keepWith: the height of what must follow on the same page.
    void heading(const QString &text, double keepWith = 0);
    void subheading(const QString &text, double keepWith = 0);
    void paragraph(const QString &text, bool muted = false, double points = 8.5);
    // A box with a grey rule on the left: for what must not be missed.
    void callout(const QString &text);
    void keyValues(const QList<QPair<QString, QString>> &rows);
    // emptyText: the one row shown when the table has none ("(none)" when empty).
    void table(const DocumentTable &t, const QString &emptyText = QString());

private:
    void beginPage();
    void newPage();
    // A bold line after gapBefore (none at the top of the body), kept with gapAfter and keepWith.
    void titleLine(const QString &text, double points, double gapBefore, double gapAfter, double keepWith);
    void drawRow(const DocumentTable &t, const QStringList &cells, double rowH, bool header, bool stripe);

    QPagedPaintDevice &m_device;
    QPainter &m_p;
    PageFrame m_frame;
    int m_total = 0;
    int m_dpi = 0;
    int m_pageNumber = 1;
    QRectF m_page;
    QRectF m_body;
    double m_y = 0;
};

// Paints the document's content on a PagedDocument.
using DocumentContent = std::function<void(PagedDocument &)>;

// Lays `content` out on `device` (nothing painted on it yet) at its resolution and within its paint
// area, twice: first into a throw-away PDF of the same size to count the pages. The number of pages;
// 0 when painting could not start.
int paintTwice(QPagedPaintDevice &device, const PageFrame &frame, const DocumentContent &content);
// An A4 portrait PDF at 300 dpi with `title` and `creator` in its properties, laid out twice. Empty
// when painting failed; *pageCount set otherwise.
QByteArray renderPdfTwice(const QString &title, const QString &creator, const PageFrame &frame,
                          const DocumentContent &content, int *pageCount = nullptr);

} // namespace fw

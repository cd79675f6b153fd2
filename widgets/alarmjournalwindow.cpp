#include "widgets/alarmjournalwindow.h"

#include "core/audit/alarmjournalfilter.h"
#include "core/common/localformat.h"
#include "core/fleet/displaytext.h"
#include "core/reports/reportperiod.h"
#include "models/alarmjournalmodel.h"

#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace fw {

namespace {

constexpr qint64 kHourMs = 3600 * 1000;

// The start of the shift running now (the report's default shifts, 06:00, 14:00, 22:00).
qint64 shiftStart(qint64 now)
{
    const auto changes = ShiftDefinition().changes(now - 24 * kHourMs, now + 1);
    qint64 start = now - 8 * kHourMs;
    for (const auto &[at, index] : changes) {
        Q_UNUSED(index);
        if (at <= now)
            start = at;
    }
    return start;
}

} // namespace

AlarmJournalWindow::AlarmJournalWindow(const QString &dbPath, QWidget *parent)
    : QWidget(parent, Qt::Window), m_model(new AlarmJournalModel(dbPath, this)), m_search(new QLineEdit(this)),
      m_period(new QComboBox(this)), m_from(new QDateTimeEdit(this)), m_to(new QDateTimeEdit(this)),
      m_priority(new QComboBox(this)), m_kind(new QComboBox(this)), m_export(new QPushButton(tr("&Export CSV…"), this)),
      m_table(new QTableView(this)), m_count(new QLabel(this)), m_more(new QPushButton(tr("&Load more"), this)),
      m_status(new QLabel(this)), m_typing(new QTimer(this))
{
    setWindowTitle(tr("Alarm journal"));
    resize(1400, 800);
    auto *close = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(close, &QShortcut::activated, this, &QWidget::close);
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, &AlarmJournalWindow::focusSearch);

    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search asset, alert, user or text; asset:P-101 alert:A-7 user:alice"));
    m_period->setObjectName(QStringLiteral("period"));
    m_period->addItems({tr("Last hour"), tr("This shift"), tr("Last 24 hours"), tr("Last 7 days"), tr("From – to")});
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(LocalFormat::dateTimeFormat());
        edit->setCalendarPopup(true);
    }
    m_priority->setObjectName(QStringLiteral("priority"));
    m_priority->addItem(tr("All priorities"), -1);
    for (const Priority p : {Priority::Critical, Priority::High, Priority::Medium, Priority::Low})
        m_priority->addItem(DisplayText::priority(p), int(p));
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItem(tr("Everything"), QString());
    m_kind->addItem(tr("Alert events"), AlarmJournalKind::kAlertEvents);
    m_kind->addItem(tr("  raised"), AlarmJournalKind::kRaised);
    m_kind->addItem(tr("  updated"), AlarmJournalKind::kUpdated);
    m_kind->addItem(tr("  cleared"), AlarmJournalKind::kCleared);
    m_kind->addItem(tr("Journal (who did what)"), AlarmJournalKind::kJournal);
    for (const char *what : {"acknowledge", "shelve", "unshelve", "comment", "sign_in", "sign_out"})
        m_kind->addItem(QStringLiteral("  ") + QString::fromLatin1(what).replace(QLatin1Char('_'), QLatin1Char(' ')),
                        QString::fromLatin1(what));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_period);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(QStringLiteral("–"), this));
    filters->addWidget(m_to);
    filters->addWidget(m_priority);
    filters->addWidget(m_kind);
    filters->addWidget(m_export);

    m_table->setObjectName(QStringLiteral("journal"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    // Time .. console sized for typical contents; the text takes the rest.
    const QFontMetrics metrics = m_table->fontMetrics();
    const QString samples[] = {LocalFormat::dateTimeWithSeconds(QDateTime::currentMSecsSinceEpoch()),
                               QStringLiteral("plant-a/compressor-C3-00"), QStringLiteral("A-000000"),
                               QStringLiteral("critical"), QStringLiteral("acknowledge"), QStringLiteral("chen.wei.00"),
                               QStringLiteral("ws-07-00")};
    for (int c = 0; c < int(std::size(samples)); ++c)
        header->resizeSection(c, qMax(metrics.horizontalAdvance(samples[c]),
                                      metrics.horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()))
                                     + 24);

    m_count->setObjectName(QStringLiteral("count"));
    m_count->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("000,000 of 00,000,000 rows (counting)")));
    m_status->setObjectName(QStringLiteral("status"));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count);
    bottom->addWidget(m_more);
    bottom->addWidget(m_status, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    // Typing: the search runs 300 ms after the last key, not at every key.
    m_typing->setSingleShot(true);
    m_typing->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, &AlarmJournalWindow::reload);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_typing->stop();
        reload();
    });
    connect(m_period, &QComboBox::activated, this, [this](int index) { setPeriod(Period(index)); });
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateTimeEdit::editingFinished, this, [this] {
            m_period->setCurrentIndex(int(Period::Custom));
            reload();
        });
    }
    connect(m_priority, &QComboBox::activated, this, &AlarmJournalWindow::reload);
    connect(m_kind, &QComboBox::activated, this, &AlarmJournalWindow::reload);
    connect(m_export, &QPushButton::clicked, this, &AlarmJournalWindow::exportCsv);
    connect(m_more, &QPushButton::clicked, this, [this] { m_model->fetchMore({}); });
    connect(m_model, &AlarmJournalModel::pageLoaded, this, &AlarmJournalWindow::showCount);
    connect(m_model, &AlarmJournalModel::totalCountChanged, this, &AlarmJournalWindow::showCount);
    connect(m_model, &AlarmJournalModel::loadingChanged, this, &AlarmJournalWindow::showCount);
    connect(m_model, &AlarmJournalModel::loadFailed, m_status, &QLabel::setText);
    connect(m_model, &AlarmJournalModel::exportFinished, this, [this](const QString &path, qint64 rows, const QString &error) {
        m_export->setEnabled(true);
        m_status->setText(error.isEmpty() ? tr("%1 rows saved to %2.").arg(QLocale().toString(rows), path) : error);
        emit exportFinished(path, error);
    });
    setPeriod(Period::Last24Hours);
}

void AlarmJournalWindow::setPeriod(Period period)
{
    m_period->setCurrentIndex(int(period));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 from = now - 24 * kHourMs;
    switch (period) {
    case Period::LastHour: from = now - kHourMs; break;
    case Period::Shift: from = shiftStart(now); break;
    case Period::Last24Hours: break;
    case Period::Last7Days: from = now - 7 * 24 * kHourMs; break;
    case Period::Custom: reload(); return;
    }
    m_from->setDateTime(QDateTime::fromMSecsSinceEpoch(from));
    m_to->setDateTime(QDateTime::fromMSecsSinceEpoch(now));
    reload();
}

void AlarmJournalWindow::setCustomPeriod(qint64 from, qint64 to)
{
    m_from->setDateTime(QDateTime::fromMSecsSinceEpoch(from));
    m_to->setDateTime(QDateTime::fromMSecsSinceEpoch(to));
    setPeriod(Period::Custom);
}

void AlarmJournalWindow::reload()
{
    AlarmJournalFilter filter;
    filter.search = m_search->text();
    filter.priority = m_priority->currentData().toInt();
    filter.what = m_kind->currentData().toString();
    filter.from = m_from->dateTime().toMSecsSinceEpoch();
    // A preset runs up to now and on: what arrives while the window is open is in it at the next load.
    if (Period(m_period->currentIndex()) == Period::Custom)
        filter.to = m_to->dateTime().toMSecsSinceEpoch();
    m_status->clear();
    m_model->setFilter(filter);
    showCount();
}

void AlarmJournalWindow::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QString AlarmJournalWindow::countText() const
{
    return m_count->text();
}

void AlarmJournalWindow::showCount()
{
    const QLocale locale;
    const int loaded = m_model->rowCount();
    const qint64 total = m_model->totalCount();
    if (total < 0)
        m_count->setText(m_model->isLoading() && loaded == 0 ? tr("Loading…")
                                                             : tr("%1 of … rows (counting)").arg(locale.toString(loaded)));
    else
        m_count->setText(tr("%1 of %2 rows").arg(locale.toString(loaded), locale.toString(total)));
    m_more->setEnabled(m_model->canFetchMore({}));
}

void AlarmJournalWindow::exportCsvTo(const QString &path)
{
    m_export->setEnabled(false);
    m_status->setText(tr("Exporting to %1…").arg(path));
    m_model->exportCsv(path);
}

void AlarmJournalWindow::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the alarm journal as CSV"),
                                                      QStringLiteral("fleetwatch-alarm-journal.csv"), tr("CSV (*.csv)"));
    if (!path.isEmpty())
        exportCsvTo(path);
}

} // namespace fw

// ViewSettings in a real INI file: the layout the operator left (window size, splitter sizes, column
// widths) comes back in a new window, a first start says there is nothing to restore, a header whose
// column count changed is left alone, and the theme round-trips beside the connection settings.

#include "app/viewsettings.h"
#include "core/console/consolesettings.h"

#include <QHeaderView>
#include <QMainWindow>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

namespace {

struct Window
{
    explicit Window(int columns)
    {
        model.setColumnCount(columns);
        model.setRowCount(3);
        auto *splitter = new QSplitter(Qt::Horizontal, &window);
        table = new QTableView(splitter);
        table->setModel(&model);
        splitter->addWidget(table);
        splitter->addWidget(new QWidget(splitter));
        window.setCentralWidget(splitter);
        window.resize(900, 600);
        this->splitter = splitter;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
    }
    QStandardItemModel model;
    QMainWindow window;
    QSplitter *splitter = nullptr;
    QTableView *table = nullptr;
};

} // namespace

class TestViewSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firstStartHasNothingToRestore()
    {
        QTemporaryDir dir;
        Window w(3);
        QVERIFY(!ViewSettings(dir.filePath(QStringLiteral("console.ini"))).restoreLayout(&w.window));
        QVERIFY(!ViewSettings(dir.filePath(QStringLiteral("console.ini"))).theme());
    }

    void layoutComesBack()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("console.ini"));
        {
            Window w(3);
            w.window.resize(700, 500);
            w.splitter->setSizes({200, 500});
            w.table->horizontalHeader()->resizeSection(1, 173);
            QVERIFY(ViewSettings(ini).saveLayout(&w.window));
        }
        Window again(3);
        QVERIFY(ViewSettings(ini).restoreLayout(&again.window));
        QCOMPARE(again.window.size(), QSize(700, 500));
        // The splitter's state is a proportion once the window's layout has settled: a pixel either way.
        QVERIFY2(qAbs(again.splitter->sizes().constFirst() - 200) <= 1, qPrintable(QString::number(again.splitter->sizes().constFirst())));
        QCOMPARE(again.table->horizontalHeader()->sectionSize(1), 173);
    }

    void changedColumnsAreLeftAlone()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("console.ini"));
        {
            Window w(3);
            w.table->horizontalHeader()->resizeSection(1, 173);
            QVERIFY(ViewSettings(ini).saveLayout(&w.window));
        }
        Window wider(4);
        const int before = wider.table->horizontalHeader()->sectionSize(1);
        QVERIFY(ViewSettings(ini).restoreLayout(&wider.window));
        QCOMPARE(wider.table->horizontalHeader()->count(), 4);
        QCOMPARE(wider.table->horizontalHeader()->sectionSize(1), before);
    }

    void themeIsKeptBesideTheConnectionSettings()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("console.ini"));
        ConsoleSettings settings;
        settings.site = QStringLiteral("plant-a");
        QVERIFY(settings.save(ini));
        QVERIFY(ViewSettings(ini).saveTheme(hmi::Theme::Night));
        QCOMPARE(ViewSettings(ini).theme(), hmi::Theme::Night);
        QCOMPARE(ConsoleSettings::load(ini).site, QStringLiteral("plant-a"));   // nothing else touched
        QVERIFY(ViewSettings(ini).saveTheme(hmi::Theme::Day));
        QCOMPARE(ViewSettings(ini).theme(), hmi::Theme::Day);
    }
};

QTEST_MAIN(TestViewSettings)
#include "tst_viewsettings.moc"

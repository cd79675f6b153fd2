// The console in German and in Chinese, built as tst_mainwindow builds it (against a real mosquitto
// on a free loopback port): every text the window shows (window title, menu bar and menus, actions,
// buttons, check boxes, tab titles, labels, tooltips, placeholders, combo box entries, table column
// headers, chart titles) differs from the same window built in English, except a few words that are
// the same in both languages (kSameInBothLanguages). Keyboard mnemonics are unique within each menu,
// within the window (menu bar, tabs, buttons) and within each dialog the window opens.

#include "app/mainwindow.h"
#include "core/alerts/alertrecord.h"
#include "core/common/uilanguage.h"
#include "core/labels/failuremodevocabulary.h"
#include "support/brokerprocess.h"
#include "widgets/connectiondialog.h"
#include "widgets/connectionindicator.h"
#include "widgets/feedbackdialog.h"
#include "widgets/reportswindow.h"
#include "widgets/shelvedialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <map>

using namespace fw;
using fw::test::BrokerProcess;

namespace {

// Texts that are rightly the same in English and in a translation: the product's name and words
// German uses unchanged. Kept short on purpose: anything else equal to English is untranslated.
const QStringList kSameInBothLanguages = {QStringLiteral("Fleetwatch"), QStringLiteral("Version"),
                                          QStringLiteral("Drift")};

using Texts = std::map<QString, QString>;   // where in the window -> the text shown there

bool hasLetters(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetter(); });
}

void add(Texts &texts, const QString &where, const QString &text)
{
    if (!text.trimmed().isEmpty())
        texts[where] = text;
}

void collectMenu(Texts &texts, QMenu *menu, const QString &path)
{
    const QList<QAction *> actions = menu->actions();
    for (int i = 0; i < actions.size(); ++i) {
        QAction *a = actions[i];
        if (a->isSeparator())
            continue;
        const QString where = QStringLiteral("%1/%2").arg(path).arg(i);
        add(texts, where, a->text());
        if (a->menu())
            collectMenu(texts, a->menu(), where);
    }
}

// Every user-visible text of the window, keyed by where it is. The window is built the same way in
// each language, so the same key is the same place.
Texts collect(QMainWindow &window)
{
    Texts texts;
    add(texts, QStringLiteral("window title"), window.windowTitle());
    const QList<QAction *> menus = window.menuBar()->actions();
    for (int i = 0; i < menus.size(); ++i) {
        const QString where = QStringLiteral("menu %1").arg(i);
        add(texts, where, menus[i]->text());
        if (menus[i]->menu())
            collectMenu(texts, menus[i]->menu(), where);
    }
    const QList<QWidget *> widgets = window.findChildren<QWidget *>();
    for (int i = 0; i < widgets.size(); ++i) {
        QWidget *w = widgets[i];
        const QString where = QStringLiteral("%1 %2").arg(QString::fromLatin1(w->metaObject()->className())).arg(i);
        add(texts, where + QStringLiteral(" tooltip"), w->toolTip());
        if (auto *label = qobject_cast<QLabel *>(w)) {
            add(texts, where, label->text());
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            add(texts, where, button->text());
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int t = 0; t < tabs->count(); ++t) {
                add(texts, QStringLiteral("%1 tab %2").arg(where).arg(t), tabs->tabText(t));
                add(texts, QStringLiteral("%1 tab %2 tooltip").arg(where).arg(t), tabs->tabToolTip(t));
            }
        } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            add(texts, where + QStringLiteral(" placeholder"), edit->placeholderText());
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int c = 0; c < combo->count(); ++c)
                add(texts, QStringLiteral("%1 item %2").arg(where).arg(c), combo->itemText(c));
        } else if (auto *header = qobject_cast<QHeaderView *>(w)) {
            if (header->model() && header->orientation() == Qt::Horizontal) {
                for (int s = 0; s < header->count(); ++s)
                    add(texts, QStringLiteral("%1 section %2").arg(where).arg(s),
                        header->model()->headerData(s, Qt::Horizontal).toString());
            }
        } else if (auto *chart = qobject_cast<QChartView *>(w)) {
            add(texts, where + QStringLiteral(" chart title"), chart->chart()->title());
        } else if (auto *group = qobject_cast<QGroupBox *>(w)) {
            add(texts, where, group->title());
        }
    }
    return texts;
}

// The mnemonic letter of a text ("&Datei" -> 'd', "文件(&F)" -> 'f'), or a null QChar.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

// "&Datei" and "&Details" in one scope both answer Alt+D: listed as a problem.
void checkUnique(const QString &scope, const QStringList &items, QStringList *problems)
{
    QHash<QChar, QString> seen;
    for (const QString &text : items) {
        const QChar m = mnemonic(text);
        if (m.isNull())
            continue;
        if (seen.contains(m))
            *problems << QStringLiteral("%1: \"%2\" and \"%3\" share Alt+%4").arg(scope, seen.value(m), text, m.toUpper());
        else
            seen.insert(m, text);
    }
}

void checkMenu(QMenu *menu, const QString &path, QStringList *problems)
{
    QStringList items;
    for (QAction *a : menu->actions()) {
        items << a->text();
        if (a->menu())
            checkMenu(a->menu(), path + QStringLiteral(" > ") + a->text(), problems);
    }
    checkUnique(path, items, problems);
}

// The texts with a mnemonic that answer within one window or dialog: its buttons, check boxes, tab
// titles, labels (a form's labels lead to their fields) and group boxes.
QStringList widgetMnemonicTexts(QWidget *root)
{
    QStringList items;
    for (QAbstractButton *b : root->findChildren<QAbstractButton *>())
        items << b->text();
    for (QTabBar *t : root->findChildren<QTabBar *>()) {
        for (int i = 0; i < t->count(); ++i)
            items << t->tabText(i);
    }
    for (QLabel *l : root->findChildren<QLabel *>())
        items << l->text();
    for (QGroupBox *g : root->findChildren<QGroupBox *>())
        items << g->title();
    return items;
}

AlertRecord sampleAlert()
{
    AlertRecord a;
    a.site = QStringLiteral("plant-a");
    a.asset = QStringLiteral("e-01");
    a.alertId = QStringLiteral("a-1");
    a.title = QStringLiteral("HPC degradation suspected");
    a.priority = Priority::High;
    a.raisedAt = QDateTime::currentMSecsSinceEpoch() - 60'000;
    return a;
}

} // namespace

class TestMainWindowTranslation : public QObject
{
    Q_OBJECT
private:
    BrokerProcess m_broker;
    QTemporaryDir m_dir;

    ConsoleSettings settings() const
    {
        ConsoleSettings s;
        s.mqtt.setBrokerUrl(m_broker.url());
        s.mqtt.clientId = QStringLiteral("tst-window-translation");
        s.consoleId = QStringLiteral("ws-test");
        return s;
    }

    Texts windowTexts(const QString &language)
    {
        UiLanguage::install(language);
        MainWindow window(settings(), QString(), m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(language)));
        window.show();
        auto *indicator = window.findChild<ConnectionIndicator *>();
        if (!indicator || !QTest::qWaitFor([&] { return indicator->state() == ConnectionState::Connected; }, 10000))
            qWarning("the window did not connect to the test broker");
        // Some texts arrive later (the outbox and label counts from the store's thread): collect until
        // the set of places with a text stops changing.
        Texts texts = collect(window);
        for (int i = 0; i < 40; ++i) {
            QTest::qWait(250);
            Texts again = collect(window);
            const bool stable = again.size() == texts.size()
                && std::equal(again.begin(), again.end(), texts.begin(), [](const auto &a, const auto &b) { return a.first == b.first; });
            texts = std::move(again);
            if (stable && i >= 3)
                break;
        }
        window.shutdown();
        return texts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_broker.start(), qPrintable(m_broker.errorString()));
    }

    void cleanup()
    {
        UiLanguage::install(QStringLiteral("en"));
    }

    void everyTextIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void everyTextIsTranslated()
    {
        QFETCH(QString, language);
        const Texts english = windowTexts(QStringLiteral("en"));
        const Texts translated = windowTexts(language);
        QStringList untranslated;
        int compared = 0;
        for (const auto &[where, text] : translated) {
            const auto it = english.find(where);
            if (it == english.end())
                continue;
            ++compared;
            if (it->second == text && hasLetters(text) && !kSameInBothLanguages.contains(text))
                untranslated << QStringLiteral("%1: \"%2\"").arg(where, text);
        }
        QVERIFY2(compared > 100 && compared >= int(english.size()) - 3,
                 qPrintable(QStringLiteral("%1 of %2 English texts found in the translated window").arg(compared).arg(english.size())));
        QVERIFY2(untranslated.isEmpty(), qPrintable(QStringLiteral("%1 text(s) still in English:\n  ").arg(untranslated.size())
                                                     + untranslated.join(QStringLiteral("\n  "))));
    }

    void mnemonicsAreUnique_data()
    {
        everyTextIsTranslated_data();
    }

    void mnemonicsAreUnique()
    {
        QFETCH(QString, language);
        UiLanguage::install(language);
        QStringList problems;

        MainWindow window(settings(), QString(), m_dir.filePath(QStringLiteral("mnemonics-%1.sqlite").arg(language)));
        QStringList menuBar;
        for (QAction *a : window.menuBar()->actions()) {
            menuBar << a->text();
            if (a->menu())
                checkMenu(a->menu(), a->text(), &problems);
        }
        // Alt+letter in the main window reaches the menu bar and the window's own tabs and buttons.
        checkUnique(QStringLiteral("main window"), menuBar + widgetMnemonicTexts(&window), &problems);
        window.shutdown();

        const FailureModeVocabulary vocabulary = FailureModeVocabulary::builtIn();
        ConnectionDialog connection(settings());
        connection.setLanguageChoices({{QStringLiteral("de"), QStringLiteral("Deutsch")}});
        FeedbackDialog outcome(sampleAlert(), QStringLiteral("turbofan"), vocabulary);
        FeedbackDialog missed({FeedbackAsset{QStringLiteral("plant-a"), QStringLiteral("e-01"), QStringLiteral("Engine 1"),
                               QStringLiteral("turbofan")}},
                              vocabulary, QStringLiteral("plant-a/e-01"));
        ShelveDialog shelve(3);
        ReportsWindow reports(m_dir.filePath(QStringLiteral("reports.sqlite")));
        const std::pair<QString, QWidget *> dialogs[] = {{QStringLiteral("connection settings"), &connection},
                                                         {QStringLiteral("record outcome"), &outcome},
                                                         {QStringLiteral("report a missed failure"), &missed},
                                                         {QStringLiteral("shelve"), &shelve},
                                                         {QStringLiteral("reports"), &reports}};
        for (const auto &[name, dialog] : dialogs)
            checkUnique(name, widgetMnemonicTexts(dialog), &problems);

        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestMainWindowTranslation)
#include "tst_mainwindowtranslation.moc"

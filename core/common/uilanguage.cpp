#include "core/common/uilanguage.h"

#include "core/common/logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace fw {
namespace {

const QString kEnglish = QStringLiteral("en");
const QString kGerman = QStringLiteral("de");
const QString kChinese = QStringLiteral("zh_CN");

QPointer<QTranslator> g_fleetwatch;
QPointer<QTranslator> g_qt;

void removeInstalled()
{
    for (QPointer<QTranslator> *t : {&g_fleetwatch, &g_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete t->data();
        }
    }
}

QTranslator *loadTranslator(const QString &name, const QString &code, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(QLocale(code), name, QStringLiteral("_"), directory) && QCoreApplication::installTranslator(translator))
        return translator;
    delete translator;
    return nullptr;
}

} // namespace

QStringList UiLanguage::supported()
{
    return {kEnglish, kGerman, kChinese};
}

QString UiLanguage::normalise(const QString &text)
{
    const QStringList parts = text.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_')).split(QLatin1Char('_'));
    const QString language = parts.value(0);
    if (language == QLatin1String("en") || (language == QLatin1String("c") && parts.size() == 1))
        return kEnglish;
    if (language == QLatin1String("de"))
        return kGerman;
    // Simplified Chinese: zh, zh_CN, zh_SG, zh_Hans_*; not Traditional (zh_TW, zh_HK, zh_Hant_*).
    if (language == QLatin1String("zh")) {
        const QStringList rest = parts.mid(1);
        if (rest.contains(QLatin1String("hant")) || rest.contains(QLatin1String("tw")) || rest.contains(QLatin1String("hk"))
            || rest.contains(QLatin1String("mo")))
            return {};
        return kChinese;
    }
    return {};
}

QString UiLanguage::nativeName(const QString &code)
{
    if (code == kGerman)
        return QStringLiteral("Deutsch");
    if (code == kChinese)
        return QStringLiteral("中文（简体）");
    if (code == kEnglish)
        return QStringLiteral("English");
    return code;
}

QString UiLanguage::install(const QString &code)
{
    removeInstalled();
    const QLocale system = QLocale::system();
    QString language = normalise(code);
    if (language.isEmpty()) {
        QLocale::setDefault(system);
        for (const QString &ui : system.uiLanguages()) {
            language = normalise(ui);
            if (!language.isEmpty())
                break;
        }
        if (language.isEmpty())
            language = kEnglish;
    } else {
        // The C locale (no locale configured) counts as English: its ISO formats stay.
        const QLocale::Language systemLanguage = system.language() == QLocale::C ? QLocale::English : system.language();
        QLocale::setDefault(QLocale(language).language() == systemLanguage ? system : QLocale(language));
    }

    auto log = logging::get("ui");
    if (language != kEnglish) {
        g_fleetwatch = loadTranslator(QStringLiteral("fleetwatch"), language, QStringLiteral(":/i18n"));
        if (!g_fleetwatch) {
            log->error("no translation for {} in this build: the interface stays in English", language.toStdString());
            QLocale::setDefault(system);
            return kEnglish;
        }
        const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        g_qt = loadTranslator(QStringLiteral("qtbase"), language, qtDirectory);
        if (!g_qt)
            log->warn("Qt's own translation qtbase_{}.qm is not in {} (Debian: qt6-translations-l10n): Qt's dialogs stay "
                      "in English", language.toStdString(), qtDirectory.toStdString());
    }
    log->info("user interface in {}, formats of {}", language.toStdString(), QLocale().name().toStdString());
    return language;
}

} // namespace fw

#pragma once
// UiLanguage: the language of the user interface. install() puts Fleetwatch's translations (built
// from translations/*.ts into the resource :/i18n, so found from the build tree and when installed)
// and Qt's own (qtbase_*.qm in Qt's translations folder, QLibraryInfo::TranslationsPath) on the
// running application, and makes the default QLocale follow so that dates and numbers match.
// English is the source language and needs no catalogue. Call it after the QCoreApplication exists
// and before any window is built; GUI thread.

#include <QString>
#include <QStringList>

namespace fw {

class UiLanguage
{
public:
    // The codes --lang and the settings file accept: "en", "de", "zh_CN".
    static QStringList supported();
    // The supported code for `text` ("de", "de_AT", "DE", "zh-CN", "zh-Hans-CN", "en_GB", ...); empty
    // when Fleetwatch has no such language.
    static QString normalise(const QString &text);
    // The language's name in itself, as a settings list shows it: "English", "Deutsch", "中文（简体）".
    static QString nativeName(const QString &code);

    // Installs `code` (a supported code, see normalise()), or with an empty one the first of the
    // system's UI languages that Fleetwatch speaks, else English. Translators of an earlier call are
    // removed first. A chosen language sets the default QLocale to it, unless the system locale is
    // already a variant of it (de_AT keeps its formats). Returns the code in use. QtCore only: the
    // console's Chinese font is hmi::applyLanguageFont() (widgets/hmipalette.h).
    static QString install(const QString &code = {});
};

} // namespace fw

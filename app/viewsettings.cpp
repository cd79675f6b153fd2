#include "app/viewsettings.h"

#include <QHeaderView>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>

namespace fw {
namespace {

const QString kGroup = QStringLiteral("view");

// The window's own children (not those of dialogs and windows it opens later) in creation order:
// the same build makes them in the same order, so an index names one.
template <typename T>
QList<T *> ordered(const QMainWindow *window)
{
    QList<T *> found = window->findChildren<T *>();
    found.removeIf([window](const T *w) { return w->window() != window; });
    return found;
}

} // namespace

ViewSettings::ViewSettings(QString iniPath) : m_iniPath(std::move(iniPath)) {}

std::optional<hmi::Theme> ViewSettings::theme() const
{
    QSettings ini(m_iniPath, QSettings::IniFormat);
    return hmi::themeFromName(ini.value(kGroup + QStringLiteral("/theme")).toString());
}

bool ViewSettings::saveTheme(hmi::Theme theme) const
{
    QSettings ini(m_iniPath, QSettings::IniFormat);
    ini.setValue(kGroup + QStringLiteral("/theme"), hmi::themeName(theme));
    ini.sync();
    return ini.status() == QSettings::NoError;
}

bool ViewSettings::restoreLayout(QMainWindow *window) const
{
    QSettings ini(m_iniPath, QSettings::IniFormat);
    ini.beginGroup(kGroup);
    const QByteArray geometry = ini.value(QStringLiteral("geometry")).toByteArray();
    if (geometry.isEmpty() || !window->restoreGeometry(geometry))
        return false;
    window->restoreState(ini.value(QStringLiteral("state")).toByteArray());
    const QList<QSplitter *> splitters = ordered<QSplitter>(window);
    for (int i = 0; i < splitters.size(); ++i)
        splitters[i]->restoreState(ini.value(QStringLiteral("splitter_%1").arg(i)).toByteArray());
    const QList<QHeaderView *> headers = ordered<QHeaderView>(window);
    for (int i = 0; i < headers.size(); ++i) {
        const QString key = QStringLiteral("header_%1").arg(i);
        if (ini.value(key + QStringLiteral("_columns")).toInt() == headers[i]->count())
            headers[i]->restoreState(ini.value(key).toByteArray());
    }
    return true;
}

bool ViewSettings::saveLayout(const QMainWindow *window) const
{
    QSettings ini(m_iniPath, QSettings::IniFormat);
    ini.beginGroup(kGroup);
    ini.setValue(QStringLiteral("geometry"), window->saveGeometry());
    ini.setValue(QStringLiteral("state"), window->saveState());
    const QList<QSplitter *> splitters = ordered<QSplitter>(window);
    for (int i = 0; i < splitters.size(); ++i)
        ini.setValue(QStringLiteral("splitter_%1").arg(i), splitters[i]->saveState());
    const QList<QHeaderView *> headers = ordered<QHeaderView>(window);
    for (int i = 0; i < headers.size(); ++i) {
        const QString key = QStringLiteral("header_%1").arg(i);
        ini.setValue(key, headers[i]->saveState());
        ini.setValue(key + QStringLiteral("_columns"), headers[i]->count());
    }
    ini.endGroup();
    ini.sync();
    return ini.status() == QSettings::NoError;
}

} // namespace fw

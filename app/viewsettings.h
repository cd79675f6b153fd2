#pragma once
// ViewSettings: how the operator left the window, kept in the console's settings file (group [view])
// beside the connection settings: the theme, the window's geometry and state, the sizes of every
// QSplitter and the column widths and order of every table header in it. Restored at the next start;
// a saved header whose column count no longer matches (a newer version) is ignored. GUI thread.

#include "widgets/hmipalette.h"

#include <QString>

#include <optional>

class QMainWindow;

namespace fw {

class ViewSettings
{
public:
    explicit ViewSettings(QString iniPath);

    std::optional<hmi::Theme> theme() const;
    bool saveTheme(hmi::Theme theme) const;
    // false when nothing was saved yet (first start): the caller picks a size.
    bool restoreLayout(QMainWindow *window) const;
    bool saveLayout(const QMainWindow *window) const;

private:
    QString m_iniPath;
};

} // namespace fw

#pragma once

// Saves a widget as docs/screenshots/<name>.png (the README shows them).
#include <QDir>
#include <QString>
#include <QWidget>

namespace helpdesk::testing {

inline bool saveScreenshot(QWidget &widget, const QString &name)
{
    const QString root = qEnvironmentVariable("HELPDESK_SOURCE_DIR");
    if (root.isEmpty()) {
        return true; // run by hand outside CTest: nothing to write
    }
    const QString dir = root + QStringLiteral("/docs/screenshots");
    QDir().mkpath(dir);
    return widget.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace helpdesk::testing

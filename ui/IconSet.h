#pragma once

#include <QColor>
#include <QHash>
#include <QIcon>
#include <QString>

namespace helpdesk {

// The Lucide icons bundled under :/icons. Each icon is an SVG whose stroke is "currentColor"; it is
// tinted when rendered: with the palette's text colour (so it follows light/dark), or a fixed colour.
class IconSet
{
public:
    IconSet();

    QIcon icon(const QString &name) const;
    QIcon icon(const QString &name, const QColor &color) const;
    bool contains(const QString &name) const;

    // The SVG text with currentColor replaced (exposed for tests).
    static QByteArray tintedSvg(const QByteArray &svg, const QColor &color);

private:
    QByteArray svg(const QString &name) const;
    mutable QHash<QString, QByteArray> m_svgs;
};

} // namespace helpdesk

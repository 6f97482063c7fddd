#include "IconSet.h"

#include <QFile>
#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QSvgRenderer>

static void initHelpdeskResources()
{
    Q_INIT_RESOURCE(helpdesk);
}

namespace helpdesk {

namespace {

// Renders an SVG at paint time in the colour of the current palette (or a fixed colour).
class TintedSvgIconEngine : public QIconEngine
{
public:
    TintedSvgIconEngine(QByteArray svg, QColor fixed)
        : m_svg(std::move(svg))
        , m_fixed(std::move(fixed))
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        const QPixmap pm = renderPixmap(rect.size(), dpr, mode, state);
        painter->drawPixmap(rect, pm);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return renderPixmap(size, 1.0, mode, state);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        return renderPixmap(size, scale, mode, state);
    }

    QIconEngine *clone() const override { return new TintedSvgIconEngine(m_svg, m_fixed); }

    QString key() const override { return QStringLiteral("helpdesk-tinted-svg"); }

private:
    QColor colorFor(QIcon::Mode mode) const
    {
        const QPalette palette = QGuiApplication::palette();
        if (mode == QIcon::Disabled) {
            return palette.color(QPalette::Disabled, QPalette::WindowText);
        }
        if (m_fixed.isValid()) {
            return m_fixed;
        }
        if (mode == QIcon::Selected) {
            return palette.color(QPalette::HighlightedText);
        }
        return palette.color(QPalette::WindowText);
    }

    QPixmap renderPixmap(const QSize &size, qreal scale, QIcon::Mode mode, QIcon::State)
    {
        const QColor color = colorFor(mode);
        const QSize device = size * scale;
        const QString cacheKey = QStringLiteral("hd-icon-%1-%2-%3x%4")
                                     .arg(qHash(m_svg))
                                     .arg(color.rgba())
                                     .arg(device.width())
                                     .arg(device.height());
        QPixmap pm;
        if (QPixmapCache::find(cacheKey, &pm)) {
            return pm;
        }
        pm = QPixmap(device);
        pm.fill(Qt::transparent);
        QSvgRenderer renderer(IconSet::tintedSvg(m_svg, color));
        QPainter painter(&pm);
        renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(device)));
        painter.end();
        pm.setDevicePixelRatio(scale);
        QPixmapCache::insert(cacheKey, pm);
        return pm;
    }

    QByteArray m_svg;
    QColor m_fixed;
};

} // namespace

IconSet::IconSet()
{
    initHelpdeskResources();
}

QByteArray IconSet::svg(const QString &name) const
{
    auto it = m_svgs.constFind(name);
    if (it != m_svgs.constEnd()) {
        return *it;
    }
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    QByteArray bytes;
    if (file.open(QIODevice::ReadOnly)) {
        bytes = file.readAll();
    }
    m_svgs.insert(name, bytes);
    return bytes;
}

bool IconSet::contains(const QString &name) const
{
    return !svg(name).isEmpty();
}

QIcon IconSet::icon(const QString &name) const
{
    return icon(name, QColor());
}

QIcon IconSet::icon(const QString &name, const QColor &color) const
{
    const QByteArray bytes = svg(name);
    if (bytes.isEmpty()) {
        return {};
    }
    return QIcon(new TintedSvgIconEngine(bytes, color));
}

QByteArray IconSet::tintedSvg(const QByteArray &svg, const QColor &color)
{
    QByteArray out = svg;
    out.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
    return out;
}

} // namespace helpdesk

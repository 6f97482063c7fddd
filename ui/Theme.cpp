#include "Theme.h"

#include <QApplication>
#include <QEvent>
#include <QStyleFactory>

namespace helpdesk {

Theme::Theme(QApplication &app, QObject *parent)
    : QObject(parent)
    , m_app(app)
{
    m_app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    m_recheck.setSingleShot(true);
    m_recheck.setInterval(0);
    connect(&m_recheck, &QTimer::timeout, this, &Theme::apply);
    m_app.installEventFilter(this);
    apply();
}

void Theme::setMode(Mode mode)
{
    if (mode == m_mode) {
        return;
    }
    m_mode = mode;
    apply();
}

Theme::Mode Theme::modeFromString(const QString &text)
{
    if (text.compare(QLatin1String("dark"), Qt::CaseInsensitive) == 0) {
        return Mode::Dark;
    }
    if (text.compare(QLatin1String("light"), Qt::CaseInsensitive) == 0) {
        return Mode::Light;
    }
    return Mode::System;
}

bool Theme::isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

bool Theme::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_applying && m_mode == Mode::System
        && (event->type() == QEvent::ThemeChange || event->type() == QEvent::ApplicationPaletteChange)) {
        m_recheck.start();
    }
    return QObject::eventFilter(watched, event);
}

void Theme::apply()
{
    m_applying = true;
    bool dark = m_mode == Mode::Dark;
    if (m_mode == Mode::System) {
        // An empty palette resolves to the platform's own, which tells us what the system wants.
        m_app.setPalette(QPalette());
        dark = isDarkPalette(m_app.palette());
    }
    const bool changedScheme = dark != m_dark;
    m_dark = dark;
    m_app.setPalette(buildPalette(m_dark));
    m_app.setStyleSheet(buildStyleSheet());
    m_applying = false;
    if (changedScheme) {
        emit changed();
    }
}

QColor Theme::text() const
{
    return m_dark ? QColor(0xe6, 0xe7, 0xea) : QColor(0x1f, 0x23, 0x28);
}

QColor Theme::mutedText() const
{
    return m_dark ? QColor(0x9a, 0x9d, 0xa6) : QColor(0x6b, 0x70, 0x78);
}

QColor Theme::accent() const
{
    return m_dark ? QColor(0x81, 0x8c, 0xf8) : QColor(0x4f, 0x46, 0xe5);
}

QColor Theme::danger() const
{
    return m_dark ? QColor(0xf8, 0x71, 0x71) : QColor(0xdc, 0x26, 0x26);
}

QColor Theme::warning() const
{
    return m_dark ? QColor(0xfb, 0xbf, 0x24) : QColor(0xb4, 0x53, 0x09);
}

QColor Theme::success() const
{
    return m_dark ? QColor(0x4a, 0xde, 0x80) : QColor(0x15, 0x80, 0x3d);
}

QColor Theme::noteBackground() const
{
    return m_dark ? QColor(0x3a, 0x31, 0x12) : QColor(0xfe, 0xf9, 0xc3);
}

QColor Theme::highlightFlash() const
{
    return m_dark ? QColor(0x31, 0x2e, 0x81) : QColor(0xe0, 0xe7, 0xff);
}

QPalette Theme::buildPalette(bool dark) const
{
    QPalette p;
    const QColor window = dark ? QColor(0x1c, 0x1d, 0x21) : QColor(0xf6, 0xf7, 0xf9);
    const QColor base = dark ? QColor(0x16, 0x17, 0x1a) : QColor(0xff, 0xff, 0xff);
    const QColor alternate = dark ? QColor(0x1f, 0x20, 0x24) : QColor(0xf9, 0xfa, 0xfb);
    const QColor button = dark ? QColor(0x2a, 0x2b, 0x30) : QColor(0xf3, 0xf4, 0xf6);
    const QColor fg = dark ? QColor(0xe6, 0xe7, 0xea) : QColor(0x1f, 0x23, 0x28);
    const QColor muted = dark ? QColor(0x7d, 0x80, 0x89) : QColor(0x9a, 0x9e, 0xa6);
    const QColor highlight = dark ? QColor(0x4f, 0x46, 0xe5) : QColor(0x4f, 0x46, 0xe5);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, fg);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternate);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, fg);
    p.setColor(QPalette::PlaceholderText, muted);
    p.setColor(QPalette::Text, fg);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, fg);
    p.setColor(QPalette::BrightText, dark ? QColor(0xff, 0xff, 0xff) : QColor(0x00, 0x00, 0x00));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Link, accent());
    p.setColor(QPalette::Light, dark ? QColor(0x3a, 0x3b, 0x41) : QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Midlight, dark ? QColor(0x30, 0x31, 0x36) : QColor(0xe5, 0xe7, 0xeb));
    p.setColor(QPalette::Mid, dark ? QColor(0x2a, 0x2b, 0x30) : QColor(0xd1, 0xd5, 0xdb));
    p.setColor(QPalette::Dark, dark ? QColor(0x10, 0x11, 0x13) : QColor(0x9c, 0xa3, 0xaf));
    p.setColor(QPalette::Shadow, QColor(0x00, 0x00, 0x00));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, muted);
    }
    return p;
}

QString Theme::buildStyleSheet() const
{
    const QString border = m_dark ? QStringLiteral("#2e3035") : QStringLiteral("#e5e7eb");
    const QString sidebar = m_dark ? QStringLiteral("#18191c") : QStringLiteral("#eef0f3");
    const QString note = noteBackground().name();
    const QString muted = mutedText().name();
    const QString error = danger().name();
    return QStringLiteral(R"(
QListView#sidebar { background: %1; border: none; padding: 6px 4px; outline: 0; }
QListView#sidebar::item { padding: 6px 8px; border-radius: 6px; }
QTableView { border: none; gridline-color: transparent; }
QHeaderView::section { border: none; border-bottom: 1px solid %2; padding: 4px 6px; }
QSplitter::handle { background: %2; }
QStatusBar { border-top: 1px solid %2; }
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox { border: 1px solid %2; border-radius: 6px; padding: 4px 6px; }
QLabel#errorLabel { color: %5; }
QLabel[muted="true"] { color: %4; }
QFrame[noteMessage="true"] { background: %3; border-radius: 8px; }
QFrame[publicMessage="true"] { border: 1px solid %2; border-radius: 8px; }
)")
        .arg(sidebar, border, note, muted, error);
}

} // namespace helpdesk

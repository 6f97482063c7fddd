#pragma once

#include <QColor>
#include <QObject>
#include <QPalette>
#include <QTimer>

class QApplication;

namespace helpdesk {

// Light and dark look for the whole application: Fusion style, our palette and a small stylesheet.
// Qt 6.4 has no QStyleHints::colorScheme, so "system" means: the platform palette's window colour is
// dark. The choice is re-made when the platform theme or palette changes.
class Theme : public QObject
{
    Q_OBJECT
public:
    enum class Mode { System, Light, Dark };

    explicit Theme(QApplication &app, QObject *parent = nullptr);

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    bool isDark() const { return m_dark; }

    // Named colours used by painting code (delegates, indicators).
    QColor text() const;
    QColor mutedText() const;
    QColor accent() const;
    QColor danger() const;
    QColor warning() const;
    QColor success() const;
    QColor noteBackground() const;
    QColor highlightFlash() const;

    static bool isDarkPalette(const QPalette &palette);
    static Mode modeFromString(const QString &text);

signals:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void apply();
    QPalette buildPalette(bool dark) const;
    QString buildStyleSheet() const;

    QApplication &m_app;
    Mode m_mode = Mode::System;
    bool m_dark = false;
    bool m_applying = false;
    QTimer m_recheck;
};

} // namespace helpdesk

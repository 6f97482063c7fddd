#include "ui/Theme.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QSignalSpy>

using namespace helpdesk;

TEST(Theme, SwitchesBetweenLightAndDarkPalettes)
{
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    ASSERT_NE(app, nullptr);
    Theme theme(*app);
    QSignalSpy changed(&theme, &Theme::changed);
    theme.setMode(Theme::Mode::Dark);
    EXPECT_TRUE(theme.isDark());
    EXPECT_TRUE(Theme::isDarkPalette(QApplication::palette()));
    theme.setMode(Theme::Mode::Light);
    EXPECT_FALSE(theme.isDark());
    EXPECT_FALSE(Theme::isDarkPalette(QApplication::palette()));
    EXPECT_GE(changed.count(), 2);
    EXPECT_NE(theme.text(), theme.noteBackground());
}

TEST(Theme, FollowsTheSystemPaletteInSystemMode)
{
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    Theme theme(*app);
    theme.setMode(Theme::Mode::System);
    // The offscreen platform has a light palette.
    EXPECT_FALSE(theme.isDark());
    EXPECT_EQ(Theme::modeFromString(QStringLiteral("dark")), Theme::Mode::Dark);
    EXPECT_EQ(Theme::modeFromString(QStringLiteral("whatever")), Theme::Mode::System);
}

#include "ui/IconSet.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

#include <QImage>
#include <QPixmap>

using namespace helpdesk;

TEST(IconSet, BundlesTheLucideIconsItUses)
{
    IconSet icons;
    for (const char *name : {"inbox", "life-buoy", "search", "send", "sticky-note", "wifi", "cloud-off"}) {
        EXPECT_TRUE(icons.contains(QString::fromLatin1(name))) << name;
    }
    EXPECT_FALSE(icons.contains(QStringLiteral("no-such-icon")));
    EXPECT_TRUE(icons.icon(QStringLiteral("no-such-icon")).isNull());
}

TEST(IconSet, TintsTheStrokeWithTheGivenColour)
{
    const QByteArray svg = R"(<svg stroke="currentColor"><path d="M0 0"/></svg>)";
    EXPECT_EQ(IconSet::tintedSvg(svg, QColor(0x12, 0x34, 0x56)), QByteArray(R"(<svg stroke="#123456"><path d="M0 0"/></svg>)"));

    IconSet icons;
    const QImage image = icons.icon(QStringLiteral("square-like-x"), Qt::red).pixmap(24, 24).toImage();
    EXPECT_TRUE(image.isNull()); // unknown names give no icon
    const QImage red = icons.icon(QStringLiteral("x"), QColor(255, 0, 0)).pixmap(24, 24).toImage();
    ASSERT_FALSE(red.isNull());
    bool sawRed = false;
    for (int y = 0; y < red.height() && !sawRed; ++y) {
        for (int x = 0; x < red.width(); ++x) {
            const QColor c = red.pixelColor(x, y);
            if (c.alpha() > 200 && c.red() > 200 && c.green() < 40 && c.blue() < 40) {
                sawRed = true;
                break;
            }
        }
    }
    EXPECT_TRUE(sawRed);
}

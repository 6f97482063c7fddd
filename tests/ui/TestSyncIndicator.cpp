#include "ui/IconSet.h"
#include "ui/SyncIndicator.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

#include <QProgressBar>

using namespace helpdesk;

TEST(SyncIndicator, ShowsStateProgressAndPendingWrites)
{
    IconSet icons;
    SyncIndicator indicator(icons);
    indicator.show();
    EXPECT_EQ(indicator.text(), QStringLiteral("Offline"));
    indicator.setPendingWrites(2);
    EXPECT_EQ(indicator.text(), QStringLiteral("Offline · 2 pending changes"));

    indicator.setState(SyncIndicator::State::Syncing);
    indicator.setProgress(3, 10);
    auto *progress = indicator.findChild<QProgressBar *>(QStringLiteral("syncProgress"));
    ASSERT_NE(progress, nullptr);
    EXPECT_TRUE(progress->isVisible());
    EXPECT_EQ(progress->value(), 3);

    indicator.setState(SyncIndicator::State::Live);
    indicator.setPendingWrites(0);
    EXPECT_FALSE(progress->isVisible());
    EXPECT_EQ(indicator.text(), QStringLiteral("Live"));
}

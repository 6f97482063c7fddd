#include "core/Clock.h"

#include "core/ManualClock.h"

#include <gtest/gtest.h>

using namespace helpdesk;

TEST(Clock, SystemClockAgreesWithQDateTime)
{
    SystemClock clock;
    const auto before = Timestamp::fromDateTime(QDateTime::currentDateTimeUtc());
    const auto now = clock.now();
    const auto after = Timestamp::fromDateTime(QDateTime::currentDateTimeUtc()).addMicros(1000);
    EXPECT_LE(before, now);
    EXPECT_LE(now, after);
}

TEST(Clock, ManualClockMovesOnlyWhenTold)
{
    ManualClock clock(Timestamp::fromSecs(100));
    const Clock& asClock = clock;
    EXPECT_EQ(asClock.now(), Timestamp::fromSecs(100));
    EXPECT_EQ(asClock.now(), Timestamp::fromSecs(100));
    clock.advanceSecs(30);
    EXPECT_EQ(asClock.now(), Timestamp::fromSecs(130));
    clock.advanceMicros(1);
    EXPECT_EQ(asClock.now().micros(), 130'000'001);
    clock.set(Timestamp::fromSecs(5));
    EXPECT_EQ(asClock.now(), Timestamp::fromSecs(5));
}

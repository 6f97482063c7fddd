#include "supabase/ContentRange.h"

#include <gtest/gtest.h>

using helpdesk::ContentRange;

TEST(ContentRange, ParsesEveryFormPostgrestSends)
{
    EXPECT_EQ(ContentRange::parse("0-24/3573").value(), (ContentRange{0, 24, 3573}));
    EXPECT_EQ(ContentRange::parse("0-14/*").value(), (ContentRange{0, 14, std::nullopt}));
    EXPECT_EQ(ContentRange::parse("*/0").value(), (ContentRange{std::nullopt, std::nullopt, 0}));
    EXPECT_EQ(ContentRange::parse("*/*").value(), (ContentRange{}));
    EXPECT_EQ(ContentRange::parse(" items 10-19/20 ").value(), (ContentRange{10, 19, 20}));
}

TEST(ContentRange, RejectsGarbage)
{
    for (const char* bad : {"", "0-24", "a-b/3", "5-1/10", "0-1/x", "-1/2"})
        EXPECT_FALSE(ContentRange::parse(bad).ok()) << bad;
}

#include "core/Result.h"

#include <QString>
#include <gtest/gtest.h>
#include <memory>

using helpdesk::Error;
using helpdesk::Result;

TEST(Result, HoldsAValue)
{
    Result<int> r = 42;
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(static_cast<bool>(r));
    EXPECT_EQ(r.value(), 42);
    EXPECT_EQ(*r, 42);
    EXPECT_EQ(r.valueOr(7), 42);
}

TEST(Result, HoldsAnError)
{
    Result<int> r = Error::parse("no number");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Error::Kind::Parse);
    EXPECT_EQ(r.error().message, "no number");
    EXPECT_EQ(r.valueOr(7), 7);
}

TEST(Result, MapsValuesAndPassesErrorsThrough)
{
    Result<int> good = 20;
    Result<int> bad = Error::timeout();
    const auto doubled = good.map([](int v) { return QString::number(v * 2); });
    ASSERT_TRUE(doubled.ok());
    EXPECT_EQ(doubled.value(), "40");
    const auto failed = bad.map([](int v) { return v * 2; });
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().kind, Error::Kind::Timeout);
}

TEST(Result, MovesOutMoveOnlyValues)
{
    Result<std::unique_ptr<int>> r = std::make_unique<int>(5);
    std::unique_ptr<int> p = std::move(r).value();
    ASSERT_TRUE(p);
    EXPECT_EQ(*p, 5);
}

TEST(Result, VoidResultIsSuccessOrError)
{
    Result<void> ok;
    EXPECT_TRUE(ok.ok());
    Result<void> bad = Error::cancelled();
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().kind, Error::Kind::Cancelled);
    EXPECT_TRUE(Result<void>::success().ok());
}

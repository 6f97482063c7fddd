#include "reports/ReportMath.h"

#include <gtest/gtest.h>

namespace helpdesk {
namespace {

Timestamp at(const char* iso)
{
    return Timestamp::parse(std::string_view(iso)).value();
}

TEST(ReportMath, DayBucketsStartAtMidnightUtc)
{
    EXPECT_EQ(ReportMath::bucketStart(at("2003-03-04T23:59:59.999999Z"), ReportBucket::Day), at("2003-03-04T00:00:00Z"));
    EXPECT_EQ(ReportMath::bucketStart(at("2003-03-04T00:00:00Z"), ReportBucket::Day), at("2003-03-04T00:00:00Z"));
}

TEST(ReportMath, WeekBucketsStartOnMondayUtc)
{
    // 2003-03-09 is a Sunday; its ISO week starts on Monday 2003-03-03.
    EXPECT_EQ(ReportMath::bucketStart(at("2003-03-09T22:00:00Z"), ReportBucket::Week), at("2003-03-03T00:00:00Z"));
    EXPECT_EQ(ReportMath::bucketStart(at("2003-03-10T00:00:00Z"), ReportBucket::Week), at("2003-03-10T00:00:00Z"));
    // Before the date_bin origin (2000-01-03) as well.
    EXPECT_EQ(ReportMath::bucketStart(at("1999-12-29T12:00:00Z"), ReportBucket::Week), at("1999-12-27T00:00:00Z"));
}

TEST(ReportMath, MonthBucketsStartOnTheFirst)
{
    EXPECT_EQ(ReportMath::bucketStart(at("2003-02-28T23:00:00Z"), ReportBucket::Month), at("2003-02-01T00:00:00Z"));
    EXPECT_EQ(ReportMath::nextBucket(at("2003-01-01T00:00:00Z"), ReportBucket::Month), at("2003-02-01T00:00:00Z"));
}

TEST(ReportMath, SeriesCoversTheWindowLikeGenerateSeries)
{
    const auto days = ReportMath::bucketSeries(at("2003-03-03T12:00:00Z"), at("2003-03-05T00:00:00Z"), ReportBucket::Day);
    ASSERT_EQ(days.size(), 2u);
    EXPECT_EQ(days[0], at("2003-03-03T00:00:00Z"));
    EXPECT_EQ(days[1], at("2003-03-04T00:00:00Z"));
    const auto months =
        ReportMath::bucketSeries(at("2003-01-15T00:00:00Z"), at("2003-03-01T00:00:01Z"), ReportBucket::Month);
    EXPECT_EQ(months.size(), 3u);
}

TEST(ReportMath, PercentileContInterpolatesBetweenRows)
{
    std::vector<double> values{40, 10, 30, 20};
    EXPECT_DOUBLE_EQ(*ReportMath::percentileCont(values, 0.5), 25.0);
    EXPECT_DOUBLE_EQ(*ReportMath::percentileCont(values, 0.9), 37.0);
    std::vector<double> one{7};
    EXPECT_DOUBLE_EQ(*ReportMath::percentileCont(one, 0.9), 7.0);
    std::vector<double> none;
    EXPECT_FALSE(ReportMath::percentileCont(none, 0.5).has_value());
}

TEST(ReportMath, RoundsLikeNumericHalfAwayFromZero)
{
    EXPECT_DOUBLE_EQ(ReportMath::roundNumeric1(1.45), 1.5); // 1.45 in binary is below 1.45; numeric is not
    EXPECT_DOUBLE_EQ(ReportMath::roundNumeric1(2.25), 2.3);
    EXPECT_DOUBLE_EQ(ReportMath::roundNumeric1(-2.25), -2.3);
    EXPECT_DOUBLE_EQ(ReportMath::roundNumeric1(66.66666666), 66.7);
    EXPECT_DOUBLE_EQ(ReportMath::roundNumeric1(0.04), 0.0);
    EXPECT_DOUBLE_EQ(ReportMath::roundNumeric1(1439.99999999999999), 1440.0);
}

TEST(ReportMath, PercentRoundsExactly)
{
    EXPECT_DOUBLE_EQ(*ReportMath::percent1(2, 3), 66.7);
    EXPECT_DOUBLE_EQ(*ReportMath::percent1(1, 8), 12.5);
    EXPECT_DOUBLE_EQ(*ReportMath::percent1(1, 16), 6.3); // 6.25 → 6.3
    EXPECT_FALSE(ReportMath::percent1(0, 0).has_value());
}

TEST(ReportMath, MinutesBetweenSpansDays)
{
    EXPECT_DOUBLE_EQ(ReportMath::minutesBetween(at("2003-03-03T10:00:00Z"), at("2003-03-04T10:00:30Z")), 1440.5);
    EXPECT_DOUBLE_EQ(ReportMath::minutesBetween(at("2003-03-03T10:00:00Z"), at("2003-03-03T09:00:00Z")), -60.0);
}

TEST(ReportMath, HistogramBucketsAreHalfOpen)
{
    EXPECT_EQ(ReportMath::histogramBucket(-5), 0);
    EXPECT_EQ(ReportMath::histogramBucket(14.99), 0);
    EXPECT_EQ(ReportMath::histogramBucket(15), 1);
    EXPECT_EQ(ReportMath::histogramBucket(1440), 5);
    EXPECT_EQ(ReportMath::histogramBucket(10080), 7);
}

} // namespace
} // namespace helpdesk

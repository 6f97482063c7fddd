#include "reports/ServerReports.h"

#include <gtest/gtest.h>

namespace helpdesk {
namespace {

TEST(ServerReports, ArgumentsCarryWindowBucketAndFilters)
{
    ReportFilter f;
    f.from = Timestamp::parse(std::string_view("2003-03-03T00:00:00Z")).value();
    f.to = Timestamp::parse(std::string_view("2003-03-06T00:00:00Z")).value();
    f.bucket = ReportBucket::Week;
    f.channel = QStringLiteral("email");
    const Json args = ServerReports::arguments(f, true, true);
    EXPECT_EQ(args["p_from"], "2003-03-03T00:00:00.000000Z");
    EXPECT_EQ(args["p_to"], "2003-03-06T00:00:00.000000Z");
    EXPECT_EQ(args["p_bucket"], "week");
    EXPECT_TRUE(args["p_team"].is_null());
    EXPECT_EQ(args["p_channel"], "email");
    const Json backlog = ServerReports::arguments(f, false, false);
    EXPECT_FALSE(backlog.contains("p_from"));
    EXPECT_FALSE(backlog.contains("p_bucket"));
}

TEST(ServerReports, ParsesVolumeRowsWithNumbersOrStrings)
{
    const Json rows = Json::parse(R"([{"bucket":"2003-03-03T00:00:00+00:00","created":2,"solved":"1"}])");
    auto points = ServerReports::parseVolume(rows);
    ASSERT_TRUE(points.ok()) << points.error().toString().toStdString();
    ASSERT_EQ(points->size(), 1u);
    EXPECT_EQ(points->at(0).bucketStart, Timestamp::parse(std::string_view("2003-03-03T00:00:00Z")).value());
    EXPECT_EQ(points->at(0).created, 2);
    EXPECT_EQ(points->at(0).solved, 1);
}

TEST(ServerReports, ParsesSlaDaysAndNullPercentages)
{
    const Json rows = Json::parse(R"([{"day":"2003-03-04","total":0,"met":0,"breached":0,"compliance_pct":null,
        "first_response_breached":0,"resolution_breached":0},{"day":"2003-03-05","total":3,"met":2,"breached":1,
        "compliance_pct":66.7,"first_response_breached":1,"resolution_breached":0}])");
    auto points = ServerReports::parseSlaCompliance(rows);
    ASSERT_TRUE(points.ok()) << points.error().toString().toStdString();
    EXPECT_EQ(points->at(0).bucketStart, Timestamp::parse(std::string_view("2003-03-04T00:00:00Z")).value());
    EXPECT_FALSE(points->at(0).compliancePct.has_value());
    EXPECT_EQ(points->at(1).compliancePct, 66.7);
}

TEST(ServerReports, ParsesResponseTimeGridIntoHistograms)
{
    Json rows = Json::array();
    for (const char* metric : {"first_response", "resolution"})
        for (int i = 0; i < ResponseTimeMetric::bucketCount; ++i)
            rows.push_back(Json{{"metric", metric},
                                {"bucket", ResponseTimes::bucketLabel(i).toStdString()},
                                {"lower_minutes", 0},
                                {"upper_minutes", nullptr},
                                {"tickets", i},
                                {"measured", 28},
                                {"median_minutes", "30.0"},
                                {"p90_minutes", 52.5}});
    auto times = ServerReports::parseResponseTimes(rows);
    ASSERT_TRUE(times.ok()) << times.error().toString().toStdString();
    EXPECT_EQ(times->resolution.histogram, (std::array<qint64, 8>{0, 1, 2, 3, 4, 5, 6, 7}));
    EXPECT_EQ(times->firstResponse.median, 30.0);
    EXPECT_EQ(times->firstResponse.p90, 52.5);
}

TEST(ServerReports, RejectsRowsMissingColumns)
{
    EXPECT_FALSE(ServerReports::parseVolume(Json::parse(R"([{"bucket":"2003-03-03T00:00:00Z"}])")).ok());
    EXPECT_FALSE(ServerReports::parseBacklog(Json::parse(R"({"dimension":"status"})")).ok());
}

} // namespace
} // namespace helpdesk

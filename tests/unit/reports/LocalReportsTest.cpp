#include "reports/LocalReports.h"

#include "core/ManualClock.h"
#include "store/CacheDatabase.h"
#include "store/MirrorSchema.h"
#include "store/MirrorStore.h"
#include "unit/reports/ReportDataset.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace helpdesk {
namespace {

Timestamp at(const char* iso)
{
    return Timestamp::parse(std::string_view(iso)).value();
}

const char* const teamA = "0000000a-0000-4000-8000-00000000000a";
const char* const teamB = "0000000b-0000-4000-8000-00000000000b";
const char* const alice = "00000000-0000-4000-8000-0000000a11ce";
const char* const bob = "00000000-0000-4000-8000-000000000b0b";
const char* const carol = "00000000-0000-4000-8000-00000000ca01";
const char* const dave = "00000000-0000-4000-8000-00000000da7e";
const char* const erin = "00000000-0000-4000-8000-00000000e214";

Json profile(const char* id, const char* name, const char* role)
{
    return Json{{"id", id},
                {"email", std::string(name) + "@example.test"},
                {"full_name", name},
                {"role", role},
                {"avatar_url", nullptr},
                {"timezone", "UTC"},
                {"is_active", true},
                {"created_at", "2003-01-01T00:00:00Z"},
                {"updated_at", "2003-01-01T00:00:00Z"}};
}

Json member(const char* team, const char* user)
{
    return Json{{"team_id", team},
                {"user_id", user},
                {"created_at", "2003-01-01T00:00:00Z"},
                {"updated_at", "2003-01-01T00:00:00Z"}};
}

// A cache holding the hand-built report dataset (ReportDataset.h) and a clock at 2003-03-10 00:00 UTC.
class LocalReportsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto opened = CacheDatabase::open(m_dir.filePath(QStringLiteral("cache.sqlite")));
        ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
        m_cache = std::move(opened.value());
        MirrorStore mirror(*m_cache);
        test::ReportDataset data{teamA, teamB, alice, bob, erin, "00000000-0000-4000-8000-0000000051a0"};
        apply(mirror, "profiles",
              Json::array({profile(alice, "Alice", "agent"), profile(bob, "Bob", "agent"),
                           profile(carol, "Carol", "agent"), profile(dave, "Dave", "admin"),
                           profile(erin, "Erin", "customer")}));
        apply(mirror, "team_members", Json::array({member(teamA, carol), member(teamB, bob)}));
        apply(mirror, "tickets", data.tickets());
        m_clock.set(at("2003-03-10T00:00:00Z"));
        m_reports = std::make_unique<LocalReports>(*m_cache, m_clock);
    }

    static void apply(MirrorStore& mirror, const char* table, const Json& rows)
    {
        auto applied = mirror.applyServerRows(*MirrorSchema::table(QString::fromLatin1(table)), rows);
        ASSERT_TRUE(applied.ok()) << applied.error().toString().toStdString();
    }

    static ReportFilter window(ReportBucket bucket = ReportBucket::Day)
    {
        ReportFilter f;
        f.from = at("2003-03-03T00:00:00Z");
        f.to = at("2003-03-06T00:00:00Z");
        f.bucket = bucket;
        return f;
    }

    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<CacheDatabase> m_cache;
    std::unique_ptr<LocalReports> m_reports;
};

TEST_F(LocalReportsTest, CountsCreatedAndSolvedPerUtcDay)
{
    auto volume = m_reports->ticketVolume(window());
    ASSERT_TRUE(volume.ok()) << volume.error().toString().toStdString();
    // Ticket 6, created before the window, counts as solved on 03-03; deleted ticket 7 counts nowhere.
    const std::vector<VolumePoint> expected{{at("2003-03-03T00:00:00Z"), 2, 2},
                                            {at("2003-03-04T00:00:00Z"), 2, 1},
                                            {at("2003-03-05T00:00:00Z"), 3, 2}};
    EXPECT_EQ(volume.value(), expected);
}

TEST_F(LocalReportsTest, WeekAndMonthBucketsHoldTheWholeWindow)
{
    auto week = m_reports->ticketVolume(window(ReportBucket::Week));
    ASSERT_TRUE(week.ok());
    EXPECT_EQ(week.value(), (std::vector<VolumePoint>{{at("2003-03-03T00:00:00Z"), 7, 5}}));
    auto month = m_reports->ticketVolume(window(ReportBucket::Month));
    ASSERT_TRUE(month.ok());
    EXPECT_EQ(month.value(), (std::vector<VolumePoint>{{at("2003-03-01T00:00:00Z"), 7, 5}}));
}

TEST_F(LocalReportsTest, VolumeHonoursTeamAndChannelFilters)
{
    ReportFilter byTeam = window();
    byTeam.team = QUuid::fromString(QLatin1String(teamB));
    auto team = m_reports->ticketVolume(byTeam);
    ASSERT_TRUE(team.ok());
    EXPECT_EQ(team.value(), (std::vector<VolumePoint>{{at("2003-03-03T00:00:00Z"), 0, 0},
                                                      {at("2003-03-04T00:00:00Z"), 1, 0},
                                                      {at("2003-03-05T00:00:00Z"), 0, 1}}));
    ReportFilter byChannel = window();
    byChannel.channel = QStringLiteral("web");
    auto channel = m_reports->ticketVolume(byChannel);
    ASSERT_TRUE(channel.ok());
    EXPECT_EQ(channel.value(), (std::vector<VolumePoint>{{at("2003-03-03T00:00:00Z"), 0, 0},
                                                         {at("2003-03-04T00:00:00Z"), 1, 0},
                                                         {at("2003-03-05T00:00:00Z"), 0, 0}}));
}

TEST_F(LocalReportsTest, SlaComplianceSplitsBreachesByClock)
{
    auto sla = m_reports->slaCompliance(window());
    ASSERT_TRUE(sla.ok()) << sla.error().toString().toStdString();
    ASSERT_EQ(sla->size(), 3u);
    // 03-03: 1 met, 2 late on first response.
    EXPECT_EQ(sla->at(0), (SlaCompliancePoint{at("2003-03-03T00:00:00Z"), 2, 1, 1, 50.0, 1, 0}));
    // 03-04: 3 still open past its resolution due time; 4 has no SLA.
    EXPECT_EQ(sla->at(1), (SlaCompliancePoint{at("2003-03-04T00:00:00Z"), 1, 0, 1, 0.0, 0, 1}));
    // 03-05: 5 never answered (paused before its resolution due time), 8 and 9 met.
    EXPECT_EQ(sla->at(2), (SlaCompliancePoint{at("2003-03-05T00:00:00Z"), 3, 2, 1, 66.7, 1, 0}));

    auto week = m_reports->slaCompliance(window(ReportBucket::Week));
    ASSERT_TRUE(week.ok());
    EXPECT_EQ(week.value(),
              (std::vector<SlaCompliancePoint>{{at("2003-03-03T00:00:00Z"), 6, 3, 3, 50.0, 2, 1}}));
}

TEST_F(LocalReportsTest, AgentPerformanceUsesMediansAndSlaShare)
{
    auto agents = m_reports->agentPerformance(window());
    ASSERT_TRUE(agents.ok()) << agents.error().toString().toStdString();
    // Alice: 1, 2, 4 (responses 30, 60, 45 min; resolutions 120, 1440, 1440 min; SLA 1 of 2).
    // Bob: 3, 8, 9 (responses 15, 30, 10; resolution 40; SLA 2 of 3). Carol: no tickets. Dave (admin) and Erin
    // (customer) have none and are not listed.
    const std::vector<AgentPerformanceRow> expected{
        {QUuid::fromString(QLatin1String(alice)), QStringLiteral("Alice"), 3, 3, 45.0, 1440.0, 50.0},
        {QUuid::fromString(QLatin1String(bob)), QStringLiteral("Bob"), 3, 1, 15.0, 40.0, 66.7},
        {QUuid::fromString(QLatin1String(carol)), QStringLiteral("Carol"), 0, 0, std::nullopt, std::nullopt,
         std::nullopt},
    };
    EXPECT_EQ(agents.value(), expected);
}

TEST_F(LocalReportsTest, AgentPerformanceForATeamListsItsAgents)
{
    ReportFilter f = window();
    f.team = QUuid::fromString(QLatin1String(teamB));
    auto agents = m_reports->agentPerformance(f);
    ASSERT_TRUE(agents.ok());
    // Ticket 4 belongs to team B (Alice's); Bob is a member of team B without tickets there.
    const std::vector<AgentPerformanceRow> expected{
        {QUuid::fromString(QLatin1String(alice)), QStringLiteral("Alice"), 1, 1, 45.0, 1440.0, std::nullopt},
        {QUuid::fromString(QLatin1String(bob)), QStringLiteral("Bob"), 0, 0, std::nullopt, std::nullopt,
         std::nullopt},
    };
    EXPECT_EQ(agents.value(), expected);
}

TEST_F(LocalReportsTest, BacklogListsEveryKeyWithOverdueCounts)
{
    auto backlog = m_reports->backlog(window());
    ASSERT_TRUE(backlog.ok()) << backlog.error().toString().toStdString();
    const auto row = [](const char* dim, const char* key, qint64 n, qint64 late, const char* oldest) {
        return BacklogRow{QString::fromLatin1(dim), QString::fromLatin1(key), n, late,
                          oldest ? std::optional<Timestamp>(at(oldest)) : std::nullopt};
    };
    const std::vector<BacklogRow> expected{
        row("status", "new", 1, 0, "2003-03-05T06:00:00Z"),
        row("status", "open", 1, 1, "2003-03-04T08:00:00Z"),
        row("status", "pending", 1, 0, "2003-03-05T20:00:00Z"),
        row("status", "on_hold", 0, 0, nullptr),
        row("priority", "low", 0, 0, nullptr),
        row("priority", "normal", 1, 0, "2003-03-05T20:00:00Z"),
        row("priority", "high", 1, 1, "2003-03-04T08:00:00Z"),
        row("priority", "urgent", 1, 0, "2003-03-05T06:00:00Z"),
        row("channel", "desktop", 0, 0, nullptr),
        row("channel", "email", 2, 0, "2003-03-05T06:00:00Z"),
        row("channel", "web", 1, 1, "2003-03-04T08:00:00Z"),
        row("channel", "api", 0, 0, nullptr),
        row("channel", "chat", 0, 0, nullptr),
    };
    EXPECT_EQ(backlog.value(), expected);
}

TEST_F(LocalReportsTest, ResponseTimesGiveMedianP90AndHistogram)
{
    auto times = m_reports->responseTimes(window());
    ASSERT_TRUE(times.ok()) << times.error().toString().toStdString();
    // First responses 10, 15, 30, 30, 45, 60 min: median 30, p90 45 + 0.5 * 15.
    EXPECT_EQ(times->firstResponse.measured, 6);
    EXPECT_EQ(times->firstResponse.median, 30.0);
    EXPECT_EQ(times->firstResponse.p90, 52.5);
    EXPECT_EQ(times->firstResponse.histogram, (std::array<qint64, 8>{1, 4, 1, 0, 0, 0, 0, 0}));
    // Resolutions 40, 120, 1440, 1440 min: median 120 + 0.5 * 1320, p90 1440.
    EXPECT_EQ(times->resolution.measured, 4);
    EXPECT_EQ(times->resolution.median, 780.0);
    EXPECT_EQ(times->resolution.p90, 1440.0);
    EXPECT_EQ(times->resolution.histogram, (std::array<qint64, 8>{0, 1, 1, 0, 0, 2, 0, 0}));
}

TEST_F(LocalReportsTest, EmptyWindowGivesZeroBucketsAndNoStatistics)
{
    ReportFilter f;
    f.from = at("2001-01-01T00:00:00Z");
    f.to = at("2001-01-03T00:00:00Z");
    auto volume = m_reports->ticketVolume(f);
    ASSERT_TRUE(volume.ok());
    EXPECT_EQ(volume.value(), (std::vector<VolumePoint>{{at("2001-01-01T00:00:00Z"), 0, 0},
                                                        {at("2001-01-02T00:00:00Z"), 0, 0}}));
    auto sla = m_reports->slaCompliance(f);
    ASSERT_TRUE(sla.ok());
    EXPECT_FALSE(sla->at(0).compliancePct.has_value());
    auto times = m_reports->responseTimes(f);
    ASSERT_TRUE(times.ok());
    EXPECT_EQ(times->firstResponse.measured, 0);
    EXPECT_FALSE(times->firstResponse.median.has_value());
}

} // namespace
} // namespace helpdesk

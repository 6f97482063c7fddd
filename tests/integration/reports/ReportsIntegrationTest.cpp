// Same numbers for the same data: a known set of tickets (unit/reports/ReportDataset.h) dated March 2003, in two
// fresh teams, is written to the local stack's Postgres, mirrored into a fresh SQLite cache from the rows the
// server holds, and every report is asked of the server RPCs (as a fresh agent) and of LocalReports.

#include "core/Clock.h"
#include "reports/LocalReports.h"
#include "reports/ServerReports.h"
#include "store/CacheDatabase.h"
#include "store/MirrorSchema.h"
#include "store/MirrorStore.h"
#include "support/LocalStack.h"
#include "support/Wait.h"
#include "unit/reports/ReportDataset.h"

#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace helpdesk {
namespace {

QString databaseUrl()
{
    const QString url = qEnvironmentVariable("DATABASE_URL");
    return url.isEmpty() ? QStringLiteral("postgresql://postgres:postgres@127.0.0.1:54322/postgres") : url;
}

// Runs SQL through psql as the database owner; the output (unaligned, tuples only) or an empty optional.
std::optional<QString> psql(const QString& sql, QString* error)
{
    QProcess process;
    process.start(QStringLiteral("psql"), {databaseUrl(), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                           QStringLiteral("-At"), QStringLiteral("-c"), sql});
    if (!process.waitForFinished(60'000) || process.exitCode() != 0) {
        *error = QString::fromUtf8(process.readAllStandardError());
        return std::nullopt;
    }
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

QString uuidText(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

class ReportsIntegrationTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        for (test::TestUser* user : {&m_alice, &m_bob, &m_carol, &m_requester})
            ASSERT_TRUE(user->signUp()) << user->error.toStdString();
        for (test::TestUser* user : {&m_alice, &m_bob, &m_carol})
            ASSERT_TRUE(user->promote(UserRole::Agent)) << user->error.toStdString();

        m_data.teamA = uuidText(QUuid::createUuid()).toStdString();
        m_data.teamB = uuidText(QUuid::createUuid()).toStdString();
        m_data.alice = uuidText(m_alice.id).toStdString();
        m_data.bob = uuidText(m_bob.id).toStdString();
        m_data.requester = uuidText(m_requester.id).toStdString();
        m_data.slaPolicy = uuidText(QUuid::createUuid()).toStdString();
        m_data.idPrefix = uuidText(QUuid::createUuid()).left(34).toStdString();
        const QString suffix = QString::fromStdString(m_data.teamA).left(8);
        const QString tickets = QString::fromStdString(m_data.tickets().dump());

        // Triggers off (session_replication_role = replica) so that the tickets keep the stamps, SLA policy and
        // due times of the data set, whatever SLA policies the database has; the policy id points nowhere and
        // the rows are removed again in TearDown.
        QString error;
        const QString sql =
            QStringLiteral(
                "begin;"
                "update public.profiles set full_name = 'Report Alice ' || '%1' where id = '%2';"
                "update public.profiles set full_name = 'Report Bob ' || '%1' where id = '%3';"
                "update public.profiles set full_name = 'Report Carol ' || '%1' where id = '%4';"
                "insert into public.teams (id, name) values ('%5', 'Reports A %1'), ('%6', 'Reports B %1');"
                "insert into public.team_members (team_id, user_id) values ('%5', '%4'), ('%6', '%3');"
                "set local session_replication_role = replica;"
                "insert into public.tickets (id, title, description, status, priority, channel, requester_id,"
                " assignee_id, team_id, sla_policy_id, first_response_due_at, resolution_due_at, first_responded_at,"
                " solved_at, sla_paused_at, sla_paused_minutes, assigned_at, created_at, updated_at, deleted_at)"
                " select id, title, description, status, priority, channel, requester_id, assignee_id, team_id,"
                " sla_policy_id, first_response_due_at, resolution_due_at, first_responded_at, solved_at,"
                " sla_paused_at, sla_paused_minutes, assigned_at, created_at, updated_at, deleted_at"
                " from jsonb_populate_recordset(null::public.tickets, $json$%7$json$::jsonb);"
                "commit;")
                .arg(suffix, uuidText(m_alice.id), uuidText(m_bob.id), uuidText(m_carol.id),
                     QString::fromStdString(m_data.teamA), QString::fromStdString(m_data.teamB), tickets);
        ASSERT_TRUE(psql(sql, &error).has_value()) << error.toStdString();
        m_inserted = true;

        ASSERT_TRUE(m_dir.isValid());
        auto opened = CacheDatabase::open(m_dir.filePath(QStringLiteral("cache.sqlite")));
        ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
        m_cache = std::move(opened.value());
        mirror(QStringLiteral("tickets"), QStringLiteral("team_id"),
               {QString::fromStdString(m_data.teamA), QString::fromStdString(m_data.teamB)});
        mirror(QStringLiteral("profiles"), QStringLiteral("id"),
               {uuidText(m_alice.id), uuidText(m_bob.id), uuidText(m_carol.id), uuidText(m_requester.id)});
        mirror(QStringLiteral("team_members"), QStringLiteral("team_id"),
               {QString::fromStdString(m_data.teamA), QString::fromStdString(m_data.teamB)});
    }

    void TearDown() override
    {
        if (!m_inserted)
            return;
        QString error;
        psql(QStringLiteral("begin; set local session_replication_role = replica;"
                            "delete from public.tickets where team_id in ('%1', '%2');"
                            "delete from public.team_members where team_id in ('%1', '%2');"
                            "delete from public.teams where id in ('%1', '%2'); commit;")
                 .arg(QString::fromStdString(m_data.teamA), QString::fromStdString(m_data.teamB)),
             &error);
    }

    // Copies the server's rows (service role) into the cache, as the sync engine would.
    void mirror(const QString& table, const QString& column, const QStringList& values)
    {
        const MirrorTable& t = *MirrorSchema::table(table);
        test::StaticToken service(test::serviceRoleKey());
        RestClient rest(m_alice.config, m_transport, &service);
        QList<FilterValue> in;
        for (const QString& v : values)
            in.append(FilterValue(v));
        QueryBuilder q(table);
        q.select(t.selectList()).in(column, in);
        test::Capture<RestResponse> r;
        rest.execute(q, &m_context, r.callback());
        ASSERT_TRUE(r.wait(20'000));
        ASSERT_TRUE(r.ok()) << r.describe();
        ASSERT_FALSE(r.result()->data.empty()) << table.toStdString();
        MirrorStore store(*m_cache);
        auto applied = store.applyServerRows(t, r.result()->data);
        ASSERT_TRUE(applied.ok()) << applied.error().toString().toStdString();
    }

    template <typename T, typename Call>
    T fromServer(Call call)
    {
        RestClient rest(m_alice.config, m_transport, &m_alice.auth);
        ServerReports server(rest);
        test::Capture<T> r;
        call(server, r.callback());
        EXPECT_TRUE(r.wait(30'000));
        EXPECT_TRUE(r.ok()) << r.describe();
        return r.ok() ? r.result().value() : T{};
    }

    ReportFilter filter(const std::string& team, ReportBucket bucket) const
    {
        ReportFilter f;
        f.from = Timestamp::parse(std::string_view("2003-03-03T00:00:00Z")).value();
        f.to = Timestamp::parse(std::string_view("2003-03-06T00:00:00Z")).value();
        f.bucket = bucket;
        f.team = QUuid::fromString(QString::fromStdString(team));
        return f;
    }

    std::vector<ReportFilter> filters() const
    {
        std::vector<ReportFilter> out;
        for (const std::string& team : {m_data.teamA, m_data.teamB})
            for (const ReportBucket b : {ReportBucket::Day, ReportBucket::Week, ReportBucket::Month})
                out.push_back(filter(team, b));
        ReportFilter email = filter(m_data.teamA, ReportBucket::Day);
        email.channel = QStringLiteral("email");
        out.push_back(email);
        return out;
    }

    test::TestUser m_alice;
    test::TestUser m_bob;
    test::TestUser m_carol;
    test::TestUser m_requester;
    test::ReportDataset m_data;
    bool m_inserted = false;
    NetworkHttpTransport m_transport;
    QObject m_context;
    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_cache;
    SystemClock m_clock;
};

TEST_F(ReportsIntegrationTest, LocalReportsMatchTheServerRpcs)
{
    LocalReports local(*m_cache, m_clock);
    for (const ReportFilter& f : filters()) {
        SCOPED_TRACE(reportBucketName(f.bucket).toStdString() + " " + uuidText(*f.team).toStdString() + " " +
                     f.channel.value_or(QString()).toStdString());

        const auto volume = fromServer<std::vector<VolumePoint>>(
            [&](ServerReports& s, auto cb) { s.ticketVolume(f, &m_context, cb); });
        auto localVolume = local.ticketVolume(f);
        ASSERT_TRUE(localVolume.ok());
        EXPECT_FALSE(volume.empty());
        EXPECT_EQ(localVolume.value(), volume);

        const auto sla = fromServer<std::vector<SlaCompliancePoint>>(
            [&](ServerReports& s, auto cb) { s.slaCompliance(f, &m_context, cb); });
        auto localSla = local.slaCompliance(f);
        ASSERT_TRUE(localSla.ok());
        EXPECT_EQ(localSla.value(), sla);

        const auto agents = fromServer<std::vector<AgentPerformanceRow>>(
            [&](ServerReports& s, auto cb) { s.agentPerformance(f, &m_context, cb); });
        auto localAgents = local.agentPerformance(f);
        ASSERT_TRUE(localAgents.ok());
        EXPECT_FALSE(agents.empty());
        EXPECT_EQ(localAgents.value(), agents);

        const auto backlog = fromServer<std::vector<BacklogRow>>(
            [&](ServerReports& s, auto cb) { s.backlog(f, &m_context, cb); });
        auto localBacklog = local.backlog(f);
        ASSERT_TRUE(localBacklog.ok());
        EXPECT_EQ(localBacklog.value(), backlog);

        const auto times =
            fromServer<ResponseTimes>([&](ServerReports& s, auto cb) { s.responseTimes(f, &m_context, cb); });
        auto localTimes = local.responseTimes(f);
        ASSERT_TRUE(localTimes.ok());
        EXPECT_EQ(localTimes.value(), times);
    }
}

TEST_F(ReportsIntegrationTest, TheServerFiguresAreTheHandComputedOnes)
{
    // Team A, per day: as LocalReportsTest, less ticket 4 (team B).
    const auto volume = fromServer<std::vector<VolumePoint>>([&](ServerReports& s, auto cb) {
        s.ticketVolume(filter(m_data.teamA, ReportBucket::Day), &m_context, cb);
    });
    const auto at = [](const char* iso) { return Timestamp::parse(std::string_view(iso)).value(); };
    EXPECT_EQ(volume, (std::vector<VolumePoint>{{at("2003-03-03T00:00:00Z"), 2, 2},
                                                {at("2003-03-04T00:00:00Z"), 1, 1},
                                                {at("2003-03-05T00:00:00Z"), 3, 1}}));
}

TEST_F(ReportsIntegrationTest, CustomersAreRefused)
{
    RestClient rest(m_requester.config, m_transport, &m_requester.auth);
    ServerReports server(rest);
    test::Capture<std::vector<BacklogRow>> r;
    server.backlog(ReportFilter{}, &m_context, r.callback());
    ASSERT_TRUE(r.wait(20'000));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.result().error().code, QStringLiteral("42501"));
}

} // namespace
} // namespace helpdesk

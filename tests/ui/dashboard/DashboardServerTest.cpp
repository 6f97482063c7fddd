// The dashboards against the local server: the same tickets give the same charts and tables whether the figures
// come from the server RPCs or from the local cache; an admin's scheduled reports go through the editor to the
// server and back (create, validation, edit, send now, delete) and agents may not write them; the Dashboards
// area of a signed-in admin and agent (role scope, source label, exports), with its screenshots.

#include "../LiveServer.h"
#include "../TcpRelay.h"
#include "core/Clock.h"
#include "reports/LocalReports.h"
#include "reports/ReportSchedules.h"
#include "reports/ReportSource.h"
#include "reports/ServerReports.h"
#include "store/CacheDatabase.h"
#include "store/MirrorSchema.h"
#include "store/MirrorStore.h"
#include "supabase/FunctionsClient.h"
#include "support/LocalStack.h"
#include "support/Wait.h"
#include "sync/SyncEngine.h"
#include "ui/IconSet.h"
#include "ui/MessageBox.h"
#include "ui/ServerConnection.h"
#include "ui/Theme.h"
#include "ui/UserWorkspace.h"
#include "ui/dashboard/DashboardArea.h"
#include "ui/dashboard/DashboardExport.h"
#include "ui/dashboard/DashboardView.h"
#include "ui/dashboard/ReportScheduleEditor.h"
#include "ui/dashboard/ReportSchedulesPanel.h"
#include "unit/reports/ReportDataset.h"

#include <QAbstractSeries>
#include <QAction>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QXYSeries>
#include <gtest/gtest.h>

namespace helpdesk {
namespace {

QString databaseUrl()
{
    const QString url = qEnvironmentVariable("DATABASE_URL");
    return url.isEmpty() ? QStringLiteral("postgresql://postgres:postgres@127.0.0.1:54322/postgres") : url;
}

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

Timestamp at(const char* iso)
{
    return Timestamp::parse(std::string_view(iso)).value();
}

// Everything a chart shows, as text: each series' name and values (bar sets by label), in order.
QStringList chartContent(QChart* chart)
{
    QStringList out{chart->title()};
    for (QAbstractSeries* s : chart->series()) {
        if (auto* xy = qobject_cast<QXYSeries*>(s)) {
            QStringList points;
            for (const QPointF& p : xy->points())
                points << QStringLiteral("%1:%2").arg(p.x(), 0, 'f', 0).arg(p.y());
            out << xy->name() + QLatin1Char('=') + points.join(QLatin1Char(' '));
        } else if (auto* bars = qobject_cast<QAbstractBarSeries*>(s)) {
            for (QBarSet* set : bars->barSets()) {
                QStringList values;
                for (int i = 0; i < set->count(); ++i)
                    values << QString::number(set->at(i));
                out << set->label() + QLatin1Char('=') + values.join(QLatin1Char(' '));
            }
        }
    }
    return out;
}

// The report data set (tests/unit/reports/ReportDataset.h) in Postgres, in two fresh teams, mirrored into a
// fresh cache as the sync engine would.
class DashboardSourcesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        for (test::TestUser* user : {&m_alice, &m_bob, &m_requester})
            ASSERT_TRUE(user->signUp()) << user->error.toStdString();
        for (test::TestUser* user : {&m_alice, &m_bob})
            ASSERT_TRUE(user->promote(UserRole::Agent)) << user->error.toStdString();
        m_data.teamA = uuidText(QUuid::createUuid()).toStdString();
        m_data.teamB = uuidText(QUuid::createUuid()).toStdString();
        m_data.alice = uuidText(m_alice.id).toStdString();
        m_data.bob = uuidText(m_bob.id).toStdString();
        m_data.requester = uuidText(m_requester.id).toStdString();
        m_data.slaPolicy = uuidText(QUuid::createUuid()).toStdString();
        m_data.idPrefix = uuidText(QUuid::createUuid()).left(34).toStdString();
        const QString suffix = QString::fromStdString(m_data.teamA).left(8);
        QString error;
        const QString sql =
            QStringLiteral(
                "begin;"
                "update public.profiles set full_name = 'Dash Alice ' || '%1' where id = '%2';"
                "update public.profiles set full_name = 'Dash Bob ' || '%1' where id = '%3';"
                "insert into public.teams (id, name) values ('%4', 'Dash A %1'), ('%5', 'Dash B %1');"
                "insert into public.team_members (team_id, user_id) values ('%4', '%2'), ('%4', '%3');"
                "set local session_replication_role = replica;"
                "insert into public.tickets (id, title, description, status, priority, channel, requester_id,"
                " assignee_id, team_id, sla_policy_id, first_response_due_at, resolution_due_at, first_responded_at,"
                " solved_at, sla_paused_at, sla_paused_minutes, assigned_at, created_at, updated_at, deleted_at)"
                " select id, title, description, status, priority, channel, requester_id, assignee_id, team_id,"
                " sla_policy_id, first_response_due_at, resolution_due_at, first_responded_at, solved_at,"
                " sla_paused_at, sla_paused_minutes, assigned_at, created_at, updated_at, deleted_at"
                " from jsonb_populate_recordset(null::public.tickets, $json$%6$json$::jsonb);"
                // Ratings: Alice 5 and 4 in team A (#1, #2), 2 in team B (#4); Bob 5, 4, 4 in team A (#3, #8, #9).
                "update public.tickets set csat_score = case id when '%7' then 5 when '%8' then 4 when '%9' then 2"
                " when '%10' then 5 else 4 end where id in ('%7', '%8', '%9', '%10', '%11', '%12');"
                "commit;")
                .arg(suffix, uuidText(m_alice.id), uuidText(m_bob.id), QString::fromStdString(m_data.teamA),
                     QString::fromStdString(m_data.teamB), QString::fromStdString(m_data.tickets().dump()),
                     QString::fromStdString(m_data.ticketId(1)), QString::fromStdString(m_data.ticketId(2)),
                     QString::fromStdString(m_data.ticketId(4)), QString::fromStdString(m_data.ticketId(3)))
                .arg(QString::fromStdString(m_data.ticketId(8)), QString::fromStdString(m_data.ticketId(9)));
        ASSERT_TRUE(psql(sql, &error).has_value()) << error.toStdString();
        m_inserted = true;

        ASSERT_TRUE(m_dir.isValid());
        auto opened = CacheDatabase::open(m_dir.filePath(QStringLiteral("cache.sqlite")));
        ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
        m_cache = std::move(opened.value());
        mirror(QStringLiteral("tickets"), QStringLiteral("team_id"),
               {QString::fromStdString(m_data.teamA), QString::fromStdString(m_data.teamB)});
        mirror(QStringLiteral("profiles"), QStringLiteral("id"),
               {uuidText(m_alice.id), uuidText(m_bob.id), uuidText(m_requester.id)});
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
        MirrorStore store(*m_cache);
        ASSERT_TRUE(store.applyServerRows(t, r.result()->data).ok());
    }

    test::TestUser m_alice;
    test::TestUser m_bob;
    test::TestUser m_requester;
    test::ReportDataset m_data;
    bool m_inserted = false;
    NetworkHttpTransport m_transport;
    QObject m_context;
    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_cache;
    SystemClock m_clock;
};

TEST_F(DashboardSourcesTest, ServerAndLocalCacheDrawTheSameDashboard)
{
    LocalReports local(*m_cache, m_clock);
    RestClient rest(m_alice.config, m_transport, &m_alice.auth);
    ServerReports server(rest);
    ReportSource online(local, &server, [] { return true; });
    ReportSource offline(local, &server, [] { return false; });
    DashboardView serverView(online);
    DashboardView localView(offline);
    const QList<QPair<QUuid, QString>> teams{
        {QUuid::fromString(QString::fromStdString(m_data.teamA)), QStringLiteral("A")},
        {QUuid::fromString(QString::fromStdString(m_data.teamB)), QStringLiteral("B")}};

    for (const char* channel : {"", "email"}) {
        SCOPED_TRACE(channel);
        ReportFilter f;
        f.from = at("2003-03-03T00:00:00Z");
        f.to = at("2003-03-06T00:00:00Z");
        f.team = teams.first().first;
        if (*channel)
            f.channel = QString::fromLatin1(channel);
        for (DashboardView* view : {&serverView, &localView}) {
            view->resize(1200, 1000);
            view->setTeams(teams, true);
            view->setFilter(f);
            view->show();
            QSignalSpy refreshed(view, &DashboardView::refreshed);
            view->refresh();
            ASSERT_TRUE(refreshed.wait(30'000));
        }
        EXPECT_EQ(serverView.origin(), ReportOrigin::Server);
        EXPECT_EQ(localView.origin(), ReportOrigin::Local);
        EXPECT_EQ(serverView.findChild<QLabel*>(QStringLiteral("sourceLabel"))->text(),
                  DashboardView::tr("Figures from: %1").arg(ReportSource::originLabel(ReportOrigin::Server)));
        EXPECT_EQ(localView.findChild<QLabel*>(QStringLiteral("sourceLabel"))->text(),
                  DashboardView::tr("Figures from: %1").arg(ReportSource::originLabel(ReportOrigin::Local)));
        EXPECT_FALSE(serverView.findChild<QLabel*>(QStringLiteral("errorLabel"))->isVisible());

        // Every chart but the AI one (its figures are on the server only) shows the same series.
        const QList<QChartView*> serverCharts = serverView.chartViews();
        const QList<QChartView*> localCharts = localView.chartViews();
        for (int i = 0; i < serverCharts.size(); ++i) {
            if (serverCharts.at(i)->objectName() == QLatin1String("aiChart"))
                continue;
            SCOPED_TRACE(serverCharts.at(i)->objectName().toStdString());
            const QStringList fromServer = chartContent(serverCharts.at(i)->chart());
            EXPECT_GT(fromServer.size(), 1);
            EXPECT_EQ(fromServer, chartContent(localCharts.at(i)->chart()));
        }
        // The tables (what CSV export writes) too, the agent table included.
        auto serverTables = serverView.tables();
        const auto localTables = localView.tables();
        ASSERT_EQ(serverTables.size(), localTables.size() + 1); // + ai_acceptance
        for (std::size_t i = 0; i < localTables.size(); ++i) {
            SCOPED_TRACE(localTables[i].name.toStdString());
            EXPECT_EQ(serverTables[i].name, localTables[i].name);
            EXPECT_EQ(serverTables[i].rows, localTables[i].rows);
        }
        EXPECT_EQ(serverTables.back().name, QStringLiteral("ai_acceptance"));
        EXPECT_GE(serverView.agentTable()->rowCount(), 2);
        EXPECT_EQ(serverView.agentTable()->rowCount(), localView.agentTable()->rowCount());
        // CSAT per agent (report_csat / LocalReports::csat): Alice's team A ratings 5 and 4, only 5 by e-mail.
        const QTableWidget* table = serverView.agentTable();
        // Bob's 13 / 3 = 4.33 rounds to 4.3; Alice's team B rating is left out by the team filter.
        QString aliceCsat;
        QString bobCsat;
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 0)->text().startsWith(QStringLiteral("Dash Alice")))
                aliceCsat = table->item(r, 6)->text();
            if (table->item(r, 0)->text().startsWith(QStringLiteral("Dash Bob")))
                bobCsat = table->item(r, 6)->text();
        }
        EXPECT_EQ(aliceCsat, QStringLiteral("4.5 (2)"));
        EXPECT_EQ(bobCsat, *channel ? QStringLiteral("4.0 (2)") : QStringLiteral("4.3 (3)")); // #3 came by web
    }
}

TEST_F(DashboardSourcesTest, ARefusedReportShowsAnErrorInsteadOfAnEmptyChart)
{
    // A customer may not run the reports (42501): not a network failure, so no fallback to the cache either.
    LocalReports local(*m_cache, m_clock);
    RestClient rest(m_requester.config, m_transport, &m_requester.auth);
    ServerReports server(rest);
    ReportSource source(local, &server, [] { return true; });
    DashboardView view(source);
    view.resize(1200, 1000);
    view.show();
    QSignalSpy refreshed(&view, &DashboardView::refreshed);
    view.refresh();
    ASSERT_TRUE(refreshed.wait(30'000));
    auto* error = view.findChild<QLabel*>(QStringLiteral("errorLabel"));
    EXPECT_TRUE(error->isVisible());
    EXPECT_FALSE(error->text().isEmpty());
    for (QChartView* chart : view.chartViews()) {
        auto* state = chart->findChild<QLabel*>(QStringLiteral("stateLabel"));
        EXPECT_TRUE(state->isVisible()) << chart->objectName().toStdString();
        EXPECT_FALSE(state->text().isEmpty());
        EXPECT_TRUE(chart->chart()->series().isEmpty()) << chart->objectName().toStdString();
    }
    EXPECT_EQ(view.agentTable()->rowCount(), 0);
    EXPECT_TRUE(view.tables().empty()); // nothing to export
}

// An admin (fresh per test) and the REST and functions clients the area would use.
class ScheduleTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_admin.signUp()) << m_admin.error.toStdString();
        ASSERT_TRUE(m_admin.promote(UserRole::Admin)) << m_admin.error.toStdString();
        m_rest = std::make_unique<RestClient>(m_admin.config, m_transport, &m_admin.auth);
        m_functions = std::make_unique<FunctionsClient>(m_admin.config, m_transport, &m_admin.auth);
        m_schedules = std::make_unique<ReportSchedules>(*m_rest, m_functions.get());
        m_panel = std::make_unique<ReportSchedulesPanel>(*m_schedules);
        m_panel->show();
    }

    void TearDown() override
    {
        QString error;
        if (!m_admin.id.isNull())
            psql(
                QStringLiteral("delete from public.report_schedules where created_by = '%1'").arg(uuidText(m_admin.id)),
                &error);
    }

    bool waitFor(const std::function<void()>& action)
    {
        QSignalSpy finished(m_panel.get(), &ReportSchedulesPanel::finished);
        action();
        return finished.wait(60'000);
    }

    test::TestUser m_admin;
    NetworkHttpTransport m_transport;
    std::unique_ptr<RestClient> m_rest;
    std::unique_ptr<FunctionsClient> m_functions;
    std::unique_ptr<ReportSchedules> m_schedules;
    std::unique_ptr<ReportSchedulesPanel> m_panel;
};

template <typename T> T* field(QWidget& editor, const char* name)
{
    return editor.findChild<T*>(QString::fromLatin1(name));
}

TEST_F(ScheduleTest, AnAdminCreatesEditsSendsAndDeletesAScheduleThroughTheEditor)
{
    ASSERT_TRUE(waitFor([&] { m_panel->reload(); }));
    const std::size_t before = m_panel->schedules().size();
    const QString name = QStringLiteral("Weekly volume %1").arg(uuidText(QUuid::createUuid()).left(8));

    // The editor refuses what the server would refuse, and says why.
    QStringList problemsSeen;
    bool saveEnabledWhenInvalid = true;
    m_panel->setEditorHook([&](ReportScheduleEditor& editor) {
        field<QLineEdit>(editor, "scheduleName")->setText(name);
        auto* dashboard = field<QComboBox>(editor, "scheduleDashboard");
        dashboard->setCurrentIndex(dashboard->findData(QStringLiteral("sla_compliance")));
        auto* range = field<QComboBox>(editor, "scheduleRange");
        range->setCurrentIndex(range->findData(QStringLiteral("30d")));
        auto* channel = field<QComboBox>(editor, "scheduleChannel");
        channel->setCurrentIndex(channel->findData(QStringLiteral("email")));
        field<QPlainTextEdit>(editor, "scheduleRecipients")
            ->setPlainText(QStringLiteral("boss@example.com, not-an-address"));
        problemsSeen = editor.problems();
        saveEnabledWhenInvalid = editor.findChild<QDialogButtonBox*>(QStringLiteral("scheduleButtons"))
                                     ->button(QDialogButtonBox::Save)
                                     ->isEnabled();
        field<QPlainTextEdit>(editor, "scheduleRecipients")
            ->setPlainText(QStringLiteral("boss@example.com\nlead@example.com"));
        return editor.canSave();
    });
    ASSERT_TRUE(waitFor([&] { m_panel->createSchedule(); })) << m_panel->statusText().toStdString();
    EXPECT_EQ(problemsSeen, QStringList{QStringLiteral("Not an e-mail address: not-an-address")});
    EXPECT_FALSE(saveEnabledWhenInvalid);
    ASSERT_EQ(m_panel->schedules().size(), before + 1) << m_panel->statusText().toStdString();

    // Read back from the server: what the editor said is what was stored, with a next run.
    ASSERT_TRUE(waitFor([&] { m_panel->reload(); }));
    const auto stored = std::find_if(m_panel->schedules().begin(), m_panel->schedules().end(),
                                     [&](const ReportSchedule& s) { return s.name == name; });
    ASSERT_NE(stored, m_panel->schedules().end());
    EXPECT_EQ(stored->dashboard, QStringLiteral("sla_compliance"));
    EXPECT_EQ(stored->range, QStringLiteral("30d"));
    EXPECT_EQ(stored->channel, QStringLiteral("email"));
    EXPECT_EQ(stored->frequency, QStringLiteral("weekly"));
    EXPECT_EQ(stored->weekday, 1);
    EXPECT_EQ(stored->recipients,
              (QStringList{QStringLiteral("boss@example.com"), QStringLiteral("lead@example.com")}));
    EXPECT_TRUE(stored->nextRunAt.has_value());
    const QUuid id = stored->id;
    const int row = static_cast<int>(stored - m_panel->schedules().begin());

    // Edit: daily at 18:00, PDF only, a custom range.
    m_panel->selectRow(row);
    m_panel->setEditorHook([&](ReportScheduleEditor& editor) {
        auto* frequency = field<QComboBox>(editor, "scheduleFrequency");
        frequency->setCurrentIndex(frequency->findData(QStringLiteral("daily")));
        field<QSpinBox>(editor, "scheduleHour")->setValue(18);
        auto* format = field<QComboBox>(editor, "scheduleFormat");
        format->setCurrentIndex(format->findData(QStringLiteral("pdf")));
        auto* range = field<QComboBox>(editor, "scheduleRange");
        range->setCurrentIndex(range->findData(QStringLiteral("custom")));
        field<QDateEdit>(editor, "scheduleFrom")->setDate(QDate(2026, 1, 1));
        field<QDateEdit>(editor, "scheduleTo")->setDate(QDate(2026, 1, 31));
        return editor.canSave();
    });
    ASSERT_TRUE(waitFor([&] { m_panel->editSelected(); }));
    ASSERT_TRUE(waitFor([&] { m_panel->reload(); }));
    const auto edited = std::find_if(m_panel->schedules().begin(), m_panel->schedules().end(),
                                     [&](const ReportSchedule& s) { return s.id == id; });
    ASSERT_NE(edited, m_panel->schedules().end());
    EXPECT_EQ(edited->frequency, QStringLiteral("daily"));
    EXPECT_FALSE(edited->weekday.has_value());
    EXPECT_EQ(edited->hourUtc, 18);
    EXPECT_EQ(edited->format, QStringLiteral("pdf"));
    EXPECT_EQ(edited->range, QStringLiteral("custom"));
    EXPECT_EQ(edited->from, at("2026-01-01T00:00:00Z"));
    EXPECT_EQ(edited->to, at("2026-02-01T00:00:00Z"));

    // Send now: the report-delivery function runs it and records a manual delivery (sent, or failed with the
    // reason, depending on the workspace's SMTP settings); the panel says which.
    m_panel->selectRow(static_cast<int>(edited - m_panel->schedules().begin()));
    ASSERT_TRUE(waitFor([&] { m_panel->sendSelectedNow(); }));
    const QString sent = m_panel->statusText();
    EXPECT_TRUE(sent.contains(QStringLiteral("was sent to boss@example.com")) ||
                sent.contains(QStringLiteral("was not sent: ")))
        << sent.toStdString();
    QString error;
    const auto deliveries = psql(QStringLiteral("select count(*) from public.report_deliveries where schedule_id = '%1'"
                                                " and run_kind = 'manual' and requested_by = '%2'")
                                     .arg(uuidText(id), uuidText(m_admin.id)),
                                 &error);
    ASSERT_TRUE(deliveries.has_value()) << error.toStdString();
    EXPECT_EQ(*deliveries, QStringLiteral("1")) << sent.toStdString();

    // Delete, after saying no once.
    m_panel->setConfirm([](const QString&) { return false; });
    m_panel->deleteSelected();
    EXPECT_EQ(m_panel->schedules().size(), before + 1);
    QString asked;
    m_panel->setConfirm([&](const QString& question) {
        asked = question;
        return true;
    });
    ASSERT_TRUE(waitFor([&] { m_panel->deleteSelected(); }));
    EXPECT_TRUE(asked.contains(name));
    ASSERT_TRUE(waitFor([&] { m_panel->reload(); }));
    EXPECT_EQ(std::count_if(m_panel->schedules().begin(), m_panel->schedules().end(),
                            [&](const ReportSchedule& s) { return s.id == id; }),
              0);
}

TEST_F(ScheduleTest, OfflineTheScheduleCommandsAreDisabledAndSayWhy)
{
    m_panel->setOnline(false);
    EXPECT_TRUE(m_panel->findChild<QLabel*>(QStringLiteral("schedulesOffline"))->isVisible());
    for (const char* name : {"newSchedule", "editSchedule", "deleteSchedule", "sendScheduleNow", "reloadSchedules"})
        EXPECT_FALSE(m_panel->findChild<QPushButton*>(QString::fromLatin1(name))->isEnabled()) << name;
    m_panel->setOnline(true);
    EXPECT_FALSE(m_panel->findChild<QLabel*>(QStringLiteral("schedulesOffline"))->isVisible());
    EXPECT_TRUE(m_panel->findChild<QPushButton*>(QStringLiteral("newSchedule"))->isEnabled());
}

TEST_F(ScheduleTest, AnAgentCannotCreateASchedule)
{
    test::TestUser agent;
    ASSERT_TRUE(agent.signUp());
    ASSERT_TRUE(agent.promote(UserRole::Agent));
    RestClient rest(agent.config, m_transport, &agent.auth);
    ReportSchedules schedules(rest, nullptr);
    ReportSchedulesPanel panel(schedules);
    panel.setEditorHook([](ReportScheduleEditor& editor) {
        field<QLineEdit>(editor, "scheduleName")->setText(QStringLiteral("Not mine to make"));
        field<QPlainTextEdit>(editor, "scheduleRecipients")->setPlainText(QStringLiteral("boss@example.com"));
        return editor.canSave();
    });
    QSignalSpy finished(&panel, &ReportSchedulesPanel::finished);
    panel.createSchedule();
    ASSERT_TRUE(finished.wait(30'000));
    EXPECT_TRUE(panel.statusText().startsWith(QStringLiteral("The schedule was not saved: ")))
        << panel.statusText().toStdString();
    EXPECT_TRUE(panel.schedules().empty());
}

// A seeded user signed in with a synced workspace, as the window has it.
struct SignedInArea
{
    InMemorySecretStore secrets;
    SystemClock clock;
    QTemporaryDir dir;
    std::unique_ptr<ServerConnection> connection;
    std::unique_ptr<UserWorkspace> workspace;
    IconSet icons;
    std::unique_ptr<DashboardArea> area;
    QString error;

    explicit SignedInArea(const QString& email, const ServerProfile& profile = ServerProfile::localDemoServer())
    {
        auto outcome = testing::signIn(secrets, clock, profile, email);
        if (!outcome.connection) {
            error = outcome.error;
            return;
        }
        connection = std::move(outcome.connection);
        workspace = std::make_unique<UserWorkspace>(*connection, clock, dir.filePath(QStringLiteral("cache.sqlite")));
        bool opened = false;
        workspace->open([&](Result<void> r) {
            opened = true;
            if (!r.ok())
                error = r.error().toString();
        });
        (void)QTest::qWaitFor([&] { return opened; }, 20'000);
        if (!opened || !error.isEmpty()) {
            error = error.isEmpty() ? QStringLiteral("workspace did not open") : error;
            return;
        }
        workspace->start();
        if (!QTest::qWaitFor([&] { return workspace->sync().state() == SyncEngine::State::Live; }, 90'000)) {
            error = QStringLiteral("sync did not go live");
            return;
        }
        area = std::make_unique<DashboardArea>(*workspace, icons);
        area->resize(1400, 1500);
        area->show();
    }

    bool waitForFigures()
    {
        QSignalSpy refreshed(&area->view(), &DashboardView::refreshed);
        return area->view().isComplete() || refreshed.wait(30'000);
    }
};

void saveScreenshot(QWidget* widget, const QString& file)
{
    const QString dir = qEnvironmentVariable("HELPDESK_SOURCE_DIR") + QStringLiteral("/docs/screenshots");
    QDir().mkpath(dir);
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
    EXPECT_TRUE(widget->grab().save(dir + QLatin1Char('/') + file));
}

TEST(DashboardArea, AnAdminSeesEveryTeamTheSchedulesAndServerFiguresAndExports)
{
    SignedInArea admin(QStringLiteral("admin@example.com"));
    ASSERT_TRUE(admin.error.isEmpty()) << admin.error.toStdString();
    ASSERT_TRUE(admin.waitForFigures());
    DashboardView& view = admin.area->view();
    EXPECT_EQ(view.origin(), ReportOrigin::Server);
    auto* teams = view.findChild<QComboBox*>(QStringLiteral("teamBox"));
    EXPECT_EQ(teams->itemText(0), QStringLiteral("All teams"));
    EXPECT_GT(teams->count(), 1); // the seeded teams, from the cache
    ASSERT_NE(admin.area->schedulesPanel(), nullptr);
    EXPECT_EQ(admin.area->exportPdfAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    EXPECT_EQ(admin.area->exportCsvAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));

    view.setRange(ReportRange::Quarter);
    ASSERT_TRUE(admin.waitForFigures());
    {
        Theme light(*qobject_cast<QApplication*>(QCoreApplication::instance()));
        light.setMode(Theme::Mode::Light);
        QApplication::processEvents();
        saveScreenshot(admin.area.get(), QStringLiteral("dashboard.png"));
    }

    // The application's own dark theme: the charts follow the palette change.
    Theme theme(*qobject_cast<QApplication*>(QCoreApplication::instance()));
    theme.setMode(Theme::Mode::Dark);
    QApplication::processEvents();
    EXPECT_EQ(view.chartViews().first()->chart()->theme(), QChart::ChartThemeDark);
    saveScreenshot(admin.area.get(), QStringLiteral("dashboard-dark.png"));
    theme.setMode(Theme::Mode::Light);
    QApplication::processEvents();
    EXPECT_EQ(view.chartViews().first()->chart()->theme(), QChart::ChartThemeLight);

    // Exports through the area: a PDF, the CSV files, and a readable refusal for a folder that is not there.
    QTemporaryDir out;
    EXPECT_TRUE(admin.area->exportPdfTo(out.filePath(QStringLiteral("d.pdf"))));
    EXPECT_GT(QFileInfo(out.filePath(QStringLiteral("d.pdf"))).size(), 10'000);
    EXPECT_TRUE(admin.area->exportCsvTo(out.path()));
    EXPECT_EQ(QDir(out.path()).entryList({QStringLiteral("*.csv")}).size(), 6);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    EXPECT_FALSE(admin.area->exportPdfTo(out.filePath(QStringLiteral("no/such/folder/d.pdf"))));
    EXPECT_TRUE(MessageBox::lastText().startsWith(QStringLiteral("Could not write ")))
        << MessageBox::lastText().toStdString();
}

TEST(DashboardArea, AnAgentSeesTheirTeamsOnlyAndNoSchedules)
{
    SignedInArea agent(QStringLiteral("agent@example.com"));
    ASSERT_TRUE(agent.error.isEmpty()) << agent.error.toStdString();
    ASSERT_TRUE(agent.waitForFigures());
    EXPECT_EQ(agent.area->schedulesPanel(), nullptr);
    auto* teams = agent.area->view().findChild<QComboBox*>(QStringLiteral("teamBox"));
    for (int i = 0; i < teams->count(); ++i)
        EXPECT_NE(teams->itemText(i), QStringLiteral("All teams"));
    EXPECT_GT(teams->count(), 0);
    EXPECT_EQ(agent.area->view().origin(), ReportOrigin::Server);
    // Every agent row shown is the agent or a teammate.
    QString error;
    const auto mates =
        psql(QStringLiteral("select string_agg(distinct m.user_id::text, ',') from public.team_members m"
                            " where m.team_id in (select team_id from public.team_members where user_id = '%1')")
                 .arg(uuidText(agent.workspace->me().id)),
             &error);
    ASSERT_TRUE(mates.has_value()) << error.toStdString();
    QSet<QString> allowed{uuidText(agent.workspace->me().id)};
    for (const QString& id : mates->split(QLatin1Char(','), Qt::SkipEmptyParts))
        allowed.insert(id);
    const QTableWidget* table = agent.area->view().agentTable();
    ASSERT_GT(table->rowCount(), 0);
    for (int r = 0; r < table->rowCount(); ++r)
        EXPECT_TRUE(allowed.contains(uuidText(table->item(r, 0)->data(Qt::UserRole).toUuid())))
            << table->item(r, 0)->text().toStdString();
}

TEST(DashboardArea, OfflineTheFiguresComeFromTheCacheAndSaySoAndSchedulesWait)
{
    testing::TcpRelay relay(static_cast<quint16>(ServerProfile::localDemoServer().url.port(54321)));
    ASSERT_TRUE(relay.start());
    ServerProfile viaRelay = ServerProfile::localDemoServer();
    viaRelay.localDemo = false;
    viaRelay.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(relay.port()));
    SignedInArea admin(QStringLiteral("admin@example.com"), viaRelay);
    ASSERT_TRUE(admin.error.isEmpty()) << admin.error.toStdString();
    ASSERT_TRUE(admin.waitForFigures());
    DashboardView& view = admin.area->view();
    auto* label = view.findChild<QLabel*>(QStringLiteral("sourceLabel"));
    EXPECT_EQ(view.origin(), ReportOrigin::Server);
    const QString online = label->text();
    ReportSchedulesPanel* schedules = admin.area->schedulesPanel();
    ASSERT_NE(schedules, nullptr);
    EXPECT_TRUE(schedules->findChild<QPushButton*>(QStringLiteral("newSchedule"))->isEnabled());

    relay.setOnline(false);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.origin() == ReportOrigin::Local && view.isComplete(); }, 60'000));
    EXPECT_NE(label->text(), online);
    EXPECT_TRUE(label->text().contains(ReportSource::originLabel(ReportOrigin::Local))) << label->text().toStdString();
    EXPECT_FALSE(view.findChild<QLabel*>(QStringLiteral("errorLabel"))->isVisible());
    // The cache has the seeded tickets: the volume chart is not empty offline.
    EXPECT_FALSE(view.chartViews().first()->findChild<QLabel*>(QStringLiteral("stateLabel"))->isVisible());
    EXPECT_FALSE(schedules->findChild<QPushButton*>(QStringLiteral("newSchedule"))->isEnabled());
    EXPECT_TRUE(schedules->findChild<QLabel*>(QStringLiteral("schedulesOffline"))->isVisibleTo(schedules));

    relay.setOnline(true);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.origin() == ReportOrigin::Server && view.isComplete(); }, 90'000));
    EXPECT_EQ(label->text(), online);
    EXPECT_TRUE(schedules->findChild<QPushButton*>(QStringLiteral("newSchedule"))->isEnabled());
}

} // namespace
} // namespace helpdesk

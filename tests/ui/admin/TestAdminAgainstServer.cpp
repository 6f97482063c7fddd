// The admin area against the local server (scripts/local-stack as the local_stack fixture): a role changed
// through admin_set_role(), a team with a member and a macro written offline-first and found on the
// server, a custom field definition mirrored both ways, and a non-admin refused by the server, with the
// refusal said in words on the page. Fresh users and unique names; what a test creates it removes.
#include "core/Clock.h"
#include "store/ConflictRecord.h"
#include "store/MirrorSchema.h"
#include "supabase/InMemorySecretStore.h"
#include "supabase/QueryBuilder.h"
#include "supabase/RestClient.h"
#include "sync/SyncEngine.h"
#include "ui/IconSet.h"
#include "ui/MessageBox.h"
#include "ui/ServerConnection.h"
#include "ui/ServerProfile.h"
#include "ui/SignInFlow.h"
#include "ui/UserWorkspace.h"
#include "ui/admin/AdminArea.h"
#include "ui/admin/FieldDefinitionsPage.h"
#include "ui/admin/MacrosPage.h"
#include "ui/admin/TeamsPage.h"
#include "ui/admin/UsersPage.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>
#include <memory>
#include <optional>

using namespace helpdesk;

namespace {

const QString kPassword = QStringLiteral("helpdesk-demo");
const QString kAgentId = QStringLiteral("00000000-0000-4000-a000-000000000002");

QString unique(const QString& prefix)
{
    return prefix + QLatin1Char(' ') + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}

// A signed-in user with a workspace over a fresh cache, synced until live.
struct LiveUser
{
    InMemorySecretStore secrets;
    SystemClock clock;
    QTemporaryDir dir;
    IconSet icons;
    std::unique_ptr<ServerConnection> connection;
    std::unique_ptr<UserWorkspace> workspace;
    QString error;

    explicit LiveUser(const QString& email)
    {
        SignInFlow flow(secrets, clock);
        QSignalSpy ok(&flow, &SignInFlow::signedIn);
        QSignalSpy failed(&flow, &SignInFlow::failed);
        flow.signIn(ServerProfile::localDemoServer(), email, kPassword);
        if (!QTest::qWaitFor([&] { return !ok.isEmpty() || !failed.isEmpty(); }, 20'000) || ok.isEmpty()) {
            error = failed.isEmpty() ? QStringLiteral("no sign-in answer") : failed.at(0).at(0).toString();
            return;
        }
        connection = flow.takeConnection();
        workspace = std::make_unique<UserWorkspace>(*connection, clock, dir.filePath(QStringLiteral("cache.sqlite")));
        std::optional<Result<void>> opened;
        workspace->open([&](Result<void> r) { opened = r; });
        if (!QTest::qWaitFor([&] { return opened.has_value(); }, 20'000) || !opened->ok()) {
            error = opened ? opened->error().toString() : QStringLiteral("the workspace did not open");
            return;
        }
        workspace->start();
        if (!QTest::qWaitFor([&] { return workspace->sync().state() == SyncEngine::State::Live; }, 90'000))
            error = QStringLiteral("sync did not go live");
    }

    Result<RestResponse> rest(const QueryBuilder& query)
    {
        std::optional<Result<RestResponse>> answer;
        QObject context;
        connection->rest().execute(query, &context, [&](Result<RestResponse> r) { answer = std::move(r); });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 20'000))
            return Error::timeout(QStringLiteral("no REST answer within 20 s"));
        return std::move(*answer);
    }

    // One row of a table on the server (by id), or null.
    Json serverRow(const QString& table, const QString& id)
    {
        auto query = connection->rest().from(table);
        query.select().eq(QStringLiteral("id"), id);
        auto answer = rest(query);
        if (!answer.ok() || !answer->data.is_array() || answer->data.empty())
            return Json();
        return answer->data.front();
    }

    bool waitForSent(int timeout = 20'000)
    {
        return QTest::qWaitFor([&] { return workspace->sync().pendingWrites() == 0; }, timeout);
    }

    // Pulls now and waits until the cache has the row.
    bool waitForCachedRow(const QString& table, const QString& key, int timeout = 30'000)
    {
        workspace->sync().syncNow();
        return QTest::qWaitFor(
            [&] {
                auto row = workspace->sync().mirror().row(*MirrorSchema::table(table), key);
                return row.ok() && row.value().has_value();
            },
            timeout);
    }
};

// A new customer account on the server; returns its id (null on failure).
QUuid signUpCustomer(const QString& email)
{
    InMemorySecretStore secrets;
    SystemClock clock;
    ServerConnection connection(ServerProfile::localDemoServer(), secrets, clock);
    std::optional<Result<SignUpResult>> answer;
    QObject context;
    connection.auth().signUp(email, kPassword, Json{{"full_name", "Admin UI Test"}}, &context,
                             [&](Result<SignUpResult> r) { answer = std::move(r); });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 20'000) || !answer->ok())
        return QUuid();
    return answer->value().user.id;
}

} // namespace

TEST(AdminAgainstServer, AdminChangesARoleThroughTheServer)
{
    const QString email =
        QStringLiteral("admin-ui-%1@example.com").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    const QUuid person = signUpCustomer(email);
    ASSERT_FALSE(person.isNull());
    LiveUser admin(QStringLiteral("admin@example.com"));
    ASSERT_TRUE(admin.error.isEmpty()) << admin.error.toStdString();
    const QString key = person.toString(QUuid::WithoutBraces);
    ASSERT_TRUE(admin.waitForCachedRow(QStringLiteral("profiles"), key));

    UsersPage page(*admin.workspace, admin.icons);
    page.setSearch(email);
    ASSERT_TRUE(page.selectUser(person));
    QSignalSpy finished(&page, &UsersPage::roleChangeFinished);
    ASSERT_TRUE(page.changeRole(UserRole::Agent)) << page.bannerText().toStdString();
    ASSERT_TRUE(finished.wait(20'000));
    EXPECT_TRUE(finished.at(0).at(0).toBool()) << page.bannerText().toStdString();
    EXPECT_EQ(page.bannerText(), QStringLiteral("Admin UI Test now has the role Agent."));
    EXPECT_EQ(admin.serverRow(QStringLiteral("profiles"), key)["role"], Json("agent"));
    auto cached = admin.workspace->sync().mirror().row(*MirrorSchema::table(QStringLiteral("profiles")), key);
    ASSERT_TRUE(cached.ok() && cached.value());
    EXPECT_EQ((*cached.value())["role"], Json("agent")) << "the answer goes into the cache at once";

    // Back to customer, so the shared demo data keeps its agents.
    ASSERT_TRUE(page.changeRole(UserRole::Customer));
    ASSERT_TRUE(finished.wait(20'000));
    EXPECT_EQ(admin.serverRow(QStringLiteral("profiles"), key)["role"], Json("customer"));
}

TEST(AdminAgainstServer, ANonAdminIsRefusedByTheServerAndToldSo)
{
    LiveUser agent(QStringLiteral("agent@example.com"));
    ASSERT_TRUE(agent.error.isEmpty()) << agent.error.toStdString();
    ASSERT_EQ(agent.workspace->me().role, UserRole::Agent);
    AdminArea area(*agent.workspace, agent.icons);

    // A role change: the server says no, the page says why.
    auto* users = static_cast<UsersPage*>(area.page(AdminArea::Page::Users));
    const QString customerId = QStringLiteral("00000000-0000-4000-a000-000000000101");
    ASSERT_TRUE(users->selectUser(QUuid::fromString(customerId)));
    QSignalSpy finished(users, &UsersPage::roleChangeFinished);
    ASSERT_TRUE(users->changeRole(UserRole::Admin));
    ASSERT_TRUE(finished.wait(20'000));
    EXPECT_FALSE(finished.at(0).at(0).toBool());
    EXPECT_TRUE(users->bannerIsError());
    EXPECT_TRUE(users->bannerText().contains(
        QStringLiteral("Only admins may change roles, and the server does not count you as one.")))
        << users->bannerText().toStdString();
    EXPECT_EQ(agent.serverRow(QStringLiteral("profiles"), customerId)["role"], Json("customer"));

    // A team written offline-first: kept locally, refused by the server, undone, and said on the page.
    area.showPage(AdminArea::Page::Macros);
    auto* teams = static_cast<TeamsPage*>(area.page(AdminArea::Page::Teams));
    QSignalSpy rejected(&agent.workspace->sync(), &SyncEngine::writeRejected);
    teams->newTeam();
    teams->findChild<QLineEdit*>(QStringLiteral("teamName"))->setText(unique(QStringLiteral("Agent team")));
    ASSERT_TRUE(teams->save()) << teams->bannerText().toStdString();
    const QString id = teams->currentTeam().toString(QUuid::WithoutBraces);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !rejected.isEmpty(); }, 20'000));
    EXPECT_EQ(area.currentPage(), AdminArea::Page::Teams) << "the page with the refused change comes forward";
    EXPECT_TRUE(teams->bannerIsError());
    EXPECT_EQ(teams->bannerText(), QStringLiteral("The server did not accept this change: you do not have permission "
                                                  "to make it. It was undone."));
    auto cached = agent.workspace->sync().mirror().row(*MirrorSchema::table(QStringLiteral("teams")), id);
    ASSERT_TRUE(cached.ok());
    EXPECT_FALSE(cached.value().has_value()) << "the refused team is gone from the cache";
    EXPECT_TRUE(agent.serverRow(QStringLiteral("teams"), id).is_null());
}

TEST(AdminAgainstServer, TeamAndMemberRoundTrip)
{
    LiveUser admin(QStringLiteral("admin@example.com"));
    ASSERT_TRUE(admin.error.isEmpty()) << admin.error.toStdString();
    TeamsPage page(*admin.workspace, admin.icons);
    const QString name = unique(QStringLiteral("Round trip"));
    page.newTeam();
    page.findChild<QLineEdit*>(QStringLiteral("teamName"))->setText(name);
    ASSERT_TRUE(page.save());
    const QString id = page.currentTeam().toString(QUuid::WithoutBraces);
    ASSERT_TRUE(admin.waitForSent());
    EXPECT_EQ(admin.serverRow(QStringLiteral("teams"), id)["name"], Json(name.toStdString()));

    ASSERT_TRUE(page.addMember(QUuid::fromString(kAgentId)));
    ASSERT_TRUE(admin.waitForSent());
    auto members = admin.connection->rest().from(QStringLiteral("team_members"));
    members.select().eq(QStringLiteral("team_id"), id);
    auto found = admin.rest(members);
    ASSERT_TRUE(found.ok()) << found.error().toString().toStdString();
    ASSERT_EQ(found->data.size(), 1u);
    EXPECT_EQ(found->data[0]["user_id"], Json(kAgentId.toStdString()));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    ASSERT_TRUE(page.deleteTeam());
    ASSERT_TRUE(admin.waitForSent());
    EXPECT_EQ(admin.workspace->sync().openConflicts(), 0);
    EXPECT_TRUE(admin.serverRow(QStringLiteral("teams"), id).is_null());
    found = admin.rest(members);
    ASSERT_TRUE(found.ok());
    EXPECT_TRUE(found->data.empty());
}

TEST(AdminAgainstServer, MacroRoundTrip)
{
    LiveUser admin(QStringLiteral("admin@example.com"));
    ASSERT_TRUE(admin.error.isEmpty()) << admin.error.toStdString();
    MacrosPage page(*admin.workspace, admin.icons);
    const QString title = unique(QStringLiteral("Round trip macro"));
    page.newMacro();
    page.findChild<QLineEdit*>(QStringLiteral("macroTitle"))->setText(title);
    page.findChild<QPlainTextEdit*>(QStringLiteral("macroBody"))
        ->setPlainText(QStringLiteral("Hi {{requester.first_name}}"));
    auto* status = page.findChild<QComboBox*>(QStringLiteral("macroStatus"));
    status->setCurrentIndex(status->findData(QStringLiteral("pending")));
    page.findChild<QLineEdit*>(QStringLiteral("macroAddTags"))->setText(QStringLiteral("round-trip"));
    ASSERT_TRUE(page.save());
    const QString id = page.currentMacro().toString(QUuid::WithoutBraces);
    ASSERT_TRUE(admin.waitForSent());
    const Json row = admin.serverRow(QStringLiteral("macros"), id);
    ASSERT_FALSE(row.is_null());
    EXPECT_EQ(row["title"], Json(title.toStdString()));
    EXPECT_EQ(row["actions"], Json::parse(R"([{"field": "status", "value": "pending"},
                                              {"field": "tags", "add": ["round-trip"]}])"));
    EXPECT_EQ(row["created_by"], Json(admin.workspace->me().id.toString(QUuid::WithoutBraces).toStdString()));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    ASSERT_TRUE(page.deleteMacro());
    ASSERT_TRUE(admin.waitForSent());
    EXPECT_FALSE(admin.serverRow(QStringLiteral("macros"), id)["deleted_at"].is_null()) << "deleted softly";

    auto purge = admin.connection->rest().from(QStringLiteral("macros"));
    purge.remove().eq(QStringLiteral("id"), id);
    ASSERT_TRUE(admin.rest(purge).ok());
}

TEST(AdminAgainstServer, CustomFieldDefinitionRoundTrip)
{
    LiveUser admin(QStringLiteral("admin@example.com"));
    ASSERT_TRUE(admin.error.isEmpty()) << admin.error.toStdString();
    FieldDefinitionsPage page(*admin.workspace, admin.icons);
    const QString label = unique(QStringLiteral("Round trip field"));
    page.newField();
    QTest::keyClicks(page.findChild<QLineEdit*>(QStringLiteral("fieldLabel")), label);
    auto* type = page.findChild<QComboBox*>(QStringLiteral("fieldType"));
    type->setCurrentIndex(type->findData(QStringLiteral("select")));
    page.findChild<QPlainTextEdit*>(QStringLiteral("fieldOptions"))->setPlainText(QStringLiteral("Red\nGreen"));
    ASSERT_TRUE(page.save());
    const QString id = page.currentField().toString(QUuid::WithoutBraces);
    ASSERT_TRUE(admin.waitForSent());
    EXPECT_EQ(admin.workspace->sync().openConflicts(), 0);
    const Json row = admin.serverRow(QStringLiteral("ticket_field_definitions"), id);
    ASSERT_FALSE(row.is_null());
    EXPECT_EQ(row["options"], Json::parse(R"(["Red", "Green"])"));
    EXPECT_EQ(row["key"], Json(FieldDefinition::keyFromLabel(label).toStdString()));

    // Another admin client sees it after a pull: the table is mirrored.
    LiveUser second(QStringLiteral("admin@example.com"));
    ASSERT_TRUE(second.error.isEmpty()) << second.error.toStdString();
    ASSERT_TRUE(second.waitForCachedRow(QStringLiteral("ticket_field_definitions"), id));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    ASSERT_TRUE(page.deleteField());
    ASSERT_TRUE(admin.waitForSent());
    EXPECT_TRUE(admin.serverRow(QStringLiteral("ticket_field_definitions"), id).is_null());
}

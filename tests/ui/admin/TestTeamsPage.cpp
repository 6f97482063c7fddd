// TeamsPage over a real cache, offline: teams created, renamed and deleted and members added and removed
// land in the cache and the outbox at once; names are checked; shortcuts are wired; empty states.
#include "AdminFixture.h"
#include "ui/MessageBox.h"
#include "ui/admin/TeamsPage.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <gtest/gtest.h>

using namespace helpdesk;
using namespace helpdesk::testing;

namespace {

Json team(const QUuid& id, const QString& name)
{
    return Json{
        {"id", id.toString(QUuid::WithoutBraces).toStdString()}, {"name", name.toStdString()}, {"description", ""}};
}

} // namespace

TEST(TeamsPage, CreatesATeamOfflineInTheCacheAndTheOutbox)
{
    OfflineAdmin admin;
    TeamsPage page(*admin.workspace, admin.icons);
    EXPECT_FALSE(page.findChild<QLabel*>(QStringLiteral("teamsEmpty"))->isHidden());

    page.newTeam();
    page.findChild<QLineEdit*>(QStringLiteral("teamName"))->setText(QStringLiteral("Billing"));
    page.findChild<QLineEdit*>(QStringLiteral("teamDescription"))->setText(QStringLiteral("Invoices and refunds"));
    ASSERT_TRUE(page.save()) << page.bannerText().toStdString();

    ASSERT_FALSE(page.currentTeam().isNull());
    auto row = admin.row(QStringLiteral("teams"), page.currentTeam().toString(QUuid::WithoutBraces));
    ASSERT_TRUE(row.has_value());
    EXPECT_EQ((*row)["name"], Json("Billing"));
    EXPECT_EQ((*row)["description"], Json("Invoices and refunds"));
    EXPECT_EQ(admin.pendingWrites(), 1);
    EXPECT_EQ(page.findChild<QListWidget*>(QStringLiteral("teamsList"))->count(), 1);
    EXPECT_TRUE(page.findChild<QLabel*>(QStringLiteral("teamsEmpty"))->isHidden());
    EXPECT_EQ(page.bannerText(), QStringLiteral("Team \"Billing\" created."));
}

TEST(TeamsPage, RefusesAnEmptyOrDuplicateName)
{
    OfflineAdmin admin;
    admin.put(QStringLiteral("teams"), Json::array({team(QUuid::createUuid(), QStringLiteral("Billing"))}));
    TeamsPage page(*admin.workspace, admin.icons);
    page.newTeam();
    auto* problem = page.findChild<QLabel*>(QStringLiteral("teamNameProblem"));
    EXPECT_FALSE(page.save());
    EXPECT_EQ(problem->text(), QStringLiteral("A team needs a name."));
    page.findChild<QLineEdit*>(QStringLiteral("teamName"))->setText(QStringLiteral("billing"));
    EXPECT_FALSE(page.save());
    EXPECT_EQ(problem->text(), QStringLiteral("There is already a team called \"Billing\"."));
    EXPECT_EQ(admin.pendingWrites(), 0);
}

TEST(TeamsPage, RenamesAddsAndRemovesMembersAndDeletes)
{
    OfflineAdmin admin;
    const QUuid id = QUuid::createUuid();
    admin.put(QStringLiteral("teams"), Json::array({team(id, QStringLiteral("Support"))}));
    const Profile agent = admin.addPerson(QStringLiteral("Avery Agent"), UserRole::Agent);
    admin.addPerson(QStringLiteral("Casey Customer"), UserRole::Customer);
    TeamsPage page(*admin.workspace, admin.icons);
    ASSERT_TRUE(page.selectTeam(id));

    // Customers are never offered as members.
    auto* person = page.findChild<QComboBox*>(QStringLiteral("teamAddPerson"));
    EXPECT_EQ(person->count(), 2); // the admin and the agent
    EXPECT_EQ(person->findText(QStringLiteral("Casey Customer")), -1);

    page.findChild<QLineEdit*>(QStringLiteral("teamName"))->setText(QStringLiteral("Customer Care"));
    ASSERT_TRUE(page.save());
    EXPECT_EQ((*admin.row(QStringLiteral("teams"), id.toString(QUuid::WithoutBraces)))["name"], Json("Customer Care"));

    ASSERT_TRUE(page.addMember(agent.id));
    const QString memberKey =
        id.toString(QUuid::WithoutBraces) + QLatin1Char('|') + agent.id.toString(QUuid::WithoutBraces);
    EXPECT_TRUE(admin.row(QStringLiteral("team_members"), memberKey).has_value());
    auto* members = page.findChild<QListWidget*>(QStringLiteral("teamMembers"));
    ASSERT_EQ(members->count(), 1);
    EXPECT_TRUE(members->item(0)->text().startsWith(QStringLiteral("Avery Agent")));

    ASSERT_TRUE(page.removeMember(agent.id));
    EXPECT_FALSE(admin.row(QStringLiteral("team_members"), memberKey).has_value());
    EXPECT_EQ(members->count(), 0);
    EXPECT_FALSE(page.findChild<QLabel*>(QStringLiteral("teamMembersEmpty"))->isHidden());

    ASSERT_TRUE(page.addMember(agent.id));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    EXPECT_FALSE(page.deleteTeam());
    EXPECT_TRUE(admin.row(QStringLiteral("teams"), id.toString(QUuid::WithoutBraces)).has_value());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    ASSERT_TRUE(page.deleteTeam());
    EXPECT_FALSE(admin.row(QStringLiteral("teams"), id.toString(QUuid::WithoutBraces)).has_value());
    EXPECT_FALSE(admin.row(QStringLiteral("team_members"), memberKey).has_value());
    EXPECT_EQ(page.findChild<QListWidget*>(QStringLiteral("teamsList"))->count(), 0);
    EXPECT_GE(admin.pendingWrites(), 5);
}

TEST(TeamsPage, KeyboardShortcutsCreateAndSave)
{
    OfflineAdmin admin;
    TeamsPage page(*admin.workspace, admin.icons);
    EXPECT_EQ(page.findChild<QAction*>(QStringLiteral("teamNewAction"))->shortcut(), QKeySequence(QKeySequence::New));
    EXPECT_EQ(page.findChild<QAction*>(QStringLiteral("teamDeleteAction"))->shortcut(),
              QKeySequence(QKeySequence::Delete));
    page.show();
    page.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&page));
    auto* name = page.findChild<QLineEdit*>(QStringLiteral("teamName"));
    name->setFocus();
    QTest::keySequence(name, QKeySequence::New);
    EXPECT_TRUE(page.currentTeam().isNull());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Escalations"));
    QTest::keySequence(QApplication::focusWidget(), QKeySequence::Save);
    EXPECT_EQ(admin.count(QStringLiteral("teams")), 1);
    EXPECT_FALSE(page.currentTeam().isNull());
}

TEST(TeamsPage, KeepsWhatTheUserTypesWhenTheSyncEngineReloadsThePage)
{
    OfflineAdmin admin;
    const QUuid id = QUuid::createUuid();
    admin.put(QStringLiteral("teams"), Json::array({team(id, QStringLiteral("Support"))}));
    TeamsPage page(*admin.workspace, admin.icons);
    ASSERT_TRUE(page.selectTeam(id));
    auto* name = page.findChild<QLineEdit*>(QStringLiteral("teamName"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Support EMEA"));

    // Another admin's change arrives (a new team, and this one's description).
    Json changed = team(id, QStringLiteral("Support"));
    changed["description"] = "changed elsewhere";
    changed["updated_at"] = "2099-01-01T00:00:00Z";
    admin.put(QStringLiteral("teams"), Json::array({changed, team(QUuid::createUuid(), QStringLiteral("Sales"))}));
    page.reload();
    EXPECT_EQ(page.findChild<QListWidget*>(QStringLiteral("teamsList"))->count(), 2);
    EXPECT_EQ(name->text(), QStringLiteral("Support EMEA")) << "unsaved typing is not overwritten";
    ASSERT_TRUE(page.save());
    EXPECT_EQ((*admin.row(QStringLiteral("teams"), id.toString(QUuid::WithoutBraces)))["name"], Json("Support EMEA"));

    // Saved: the next reload shows the cache again.
    page.reload();
    EXPECT_EQ(name->text(), QStringLiteral("Support EMEA"));
}

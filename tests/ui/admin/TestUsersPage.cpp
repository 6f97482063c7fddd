// UsersPage over a real cache: the people listed and searched, the selected person's role shown, and a
// role change refused plainly while offline (roles change only on the server).
#include "AdminFixture.h"
#include "ui/admin/UsersPage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <gtest/gtest.h>

using namespace helpdesk;
using namespace helpdesk::testing;

TEST(UsersPage, ListsAndSearchesThePeopleInTheCache)
{
    OfflineAdmin admin;
    admin.addPerson(QStringLiteral("Avery Agent"), UserRole::Agent);
    admin.addPerson(QStringLiteral("Casey Customer"), UserRole::Customer);
    UsersPage page(*admin.workspace, admin.icons);
    auto* table = page.findChild<QTableWidget*>(QStringLiteral("usersTable"));
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(table->rowCount(), 3);

    page.setSearch(QStringLiteral("casey"));
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("Casey Customer"));
    EXPECT_EQ(table->item(0, 2)->text(), QStringLiteral("Customer"));

    page.setSearch(QStringLiteral("avery.agent@"));
    ASSERT_EQ(table->rowCount(), 1) << "e-mail addresses are searched too";

    page.setSearch(QStringLiteral("nobody-like-this"));
    EXPECT_EQ(table->rowCount(), 0);
    auto* empty = page.findChild<QLabel*>(QStringLiteral("usersEmpty"));
    EXPECT_FALSE(empty->isHidden());
    EXPECT_EQ(empty->text(), QStringLiteral("Nobody matches \"nobody-like-this\"."));
}

TEST(UsersPage, ShowsTheRoleOfTheSelectedPerson)
{
    OfflineAdmin admin;
    const Profile agent = admin.addPerson(QStringLiteral("Avery Agent"), UserRole::Agent);
    UsersPage page(*admin.workspace, admin.icons);
    auto* apply = page.findChild<QPushButton*>(QStringLiteral("usersApplyRole"));
    EXPECT_FALSE(apply->isEnabled()) << "nothing selected";
    ASSERT_TRUE(page.selectUser(agent.id));
    EXPECT_TRUE(apply->isEnabled());
    EXPECT_EQ(page.findChild<QComboBox*>(QStringLiteral("usersRole"))->currentText(), QStringLiteral("Agent"));
    EXPECT_EQ(page.findChild<QLabel*>(QStringLiteral("usersSelection"))->text(),
              QStringLiteral("Avery Agent has the role Agent."));
}

TEST(UsersPage, RefusesARoleChangeOfflineAndSaysWhy)
{
    OfflineAdmin admin;
    const Profile customer = admin.addPerson(QStringLiteral("Casey Customer"), UserRole::Customer);
    UsersPage page(*admin.workspace, admin.icons);
    ASSERT_EQ(admin.workspace->sync().state(), SyncEngine::State::Offline);
    ASSERT_TRUE(page.selectUser(customer.id));

    EXPECT_FALSE(page.changeRole(UserRole::Agent));
    EXPECT_FALSE(page.roleChangeInFlight()) << "nothing was sent";
    EXPECT_TRUE(page.bannerIsError());
    EXPECT_TRUE(page.bannerText().startsWith(QStringLiteral("You are offline.")));
    auto row = admin.row(QStringLiteral("profiles"), customer.id.toString(QUuid::WithoutBraces));
    ASSERT_TRUE(row.has_value());
    EXPECT_EQ((*row)["role"], Json("customer")) << "the cache is not changed";
    EXPECT_EQ(admin.pendingWrites(), 0) << "a role change is never queued";
}

TEST(UsersPage, SaysWhenThereIsNobodyYet)
{
    OfflineAdmin admin;
    UsersPage page(*admin.workspace, admin.icons);
    EXPECT_FALSE(page.changeRole(UserRole::Agent));
    EXPECT_EQ(page.bannerText(), QStringLiteral("Select the person whose role you want to change."));
}

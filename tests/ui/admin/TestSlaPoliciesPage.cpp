// SlaPoliciesPage over a real cache, offline: one row per priority, a missing policy created, an existing
// one changed (targets, time zone, weekly windows) in the cache and outbox, and validation in words.
#include "AdminFixture.h"
#include "ui/MessageBox.h"
#include "ui/admin/SlaPoliciesPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <gtest/gtest.h>

using namespace helpdesk;
using namespace helpdesk::testing;

namespace {

const QString kUrgentId = QStringLiteral("5a000000-0000-4000-8000-000000000001");

void seedUrgent(OfflineAdmin& admin)
{
    admin.put(QStringLiteral("sla_policies"), Json::array({Json{{"id", kUrgentId.toStdString()},
                                                                {"name", "Urgent"},
                                                                {"priority", "urgent"},
                                                                {"first_response_minutes", 30},
                                                                {"resolution_minutes", 240},
                                                                {"business_hours", Json::object()},
                                                                {"time_zone", "UTC"},
                                                                {"is_active", true}}}));
}

} // namespace

TEST(SlaPoliciesPage, ShowsOneRowPerPriorityAndWhichHaveNoPolicy)
{
    OfflineAdmin admin;
    seedUrgent(admin);
    SlaPoliciesPage page(*admin.workspace, admin.icons);
    auto* table = page.findChild<QTableWidget*>(QStringLiteral("slaTable"));
    ASSERT_EQ(table->rowCount(), 4);
    EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("Urgent"));
    EXPECT_EQ(table->item(0, 2)->text(), QStringLiteral("30 min"));
    EXPECT_EQ(table->item(0, 3)->text(), QStringLiteral("4 h"));
    EXPECT_EQ(table->item(0, 4)->text(), QStringLiteral("24/7"));
    EXPECT_EQ(table->item(1, 1)->text(), QStringLiteral("No policy — tickets get no due times"));
}

TEST(SlaPoliciesPage, ChangesAPolicysTargetsTimeZoneAndBusinessHours)
{
    OfflineAdmin admin;
    seedUrgent(admin);
    SlaPoliciesPage page(*admin.workspace, admin.icons);
    page.selectPriority(TicketPriority::Urgent);
    EXPECT_EQ(page.findChild<QSpinBox*>(QStringLiteral("slaFirstResponse"))->value(), 30);
    page.findChild<QSpinBox*>(QStringLiteral("slaFirstResponse"))->setValue(15);
    page.findChild<QComboBox*>(QStringLiteral("slaTimeZone"))->setCurrentText(QStringLiteral("Europe/Berlin"));
    page.findChild<QCheckBox*>(QStringLiteral("hoursAllDay"))->setChecked(false);
    page.findChild<QLineEdit*>(QStringLiteral("hours_mon"))->setText(QStringLiteral("08:00-18:00"));
    page.findChild<QLineEdit*>(QStringLiteral("hours_fri"))->setText(QStringLiteral("08:00-12:00, 13:00-16:00"));
    ASSERT_TRUE(page.save()) << page.problem().toStdString();

    auto row = admin.row(QStringLiteral("sla_policies"), kUrgentId);
    ASSERT_TRUE(row.has_value());
    EXPECT_EQ((*row)["first_response_minutes"], Json(15));
    EXPECT_EQ((*row)["time_zone"], Json("Europe/Berlin"));
    EXPECT_EQ((*row)["business_hours"],
              Json::parse(R"({"mon":[["08:00","18:00"]],"fri":[["08:00","12:00"],["13:00","16:00"]]})"));
    EXPECT_EQ(admin.pendingWrites(), 1);
}

TEST(SlaPoliciesPage, CreatesThePolicyOfAPriorityThatHasNone)
{
    OfflineAdmin admin;
    SlaPoliciesPage page(*admin.workspace, admin.icons);
    page.selectPriority(TicketPriority::Low);
    EXPECT_EQ(page.findChild<QLineEdit*>(QStringLiteral("slaName"))->text(), QStringLiteral("Low priority"));
    page.findChild<QSpinBox*>(QStringLiteral("slaFirstResponse"))->setValue(8 * 60);
    page.findChild<QSpinBox*>(QStringLiteral("slaResolution"))->setValue(5 * 24 * 60);
    ASSERT_TRUE(page.save()) << page.problem().toStdString();
    EXPECT_EQ(admin.count(QStringLiteral("sla_policies")), 1);
    auto* table = page.findChild<QTableWidget*>(QStringLiteral("slaTable"));
    EXPECT_EQ(table->item(3, 1)->text(), QStringLiteral("Low priority"));
    EXPECT_EQ(table->item(3, 3)->text(), QStringLiteral("5 d"));
}

TEST(SlaPoliciesPage, ExplainsWhatPreventsSaving)
{
    OfflineAdmin admin;
    seedUrgent(admin);
    SlaPoliciesPage page(*admin.workspace, admin.icons);
    page.selectPriority(TicketPriority::Urgent);
    auto* first = page.findChild<QSpinBox*>(QStringLiteral("slaFirstResponse"));
    first->setValue(300);
    EXPECT_FALSE(page.save());
    EXPECT_EQ(page.findChild<QLabel*>(QStringLiteral("slaProblem"))->text(),
              QStringLiteral("The first response target (5 h) is later than the resolution target (4 h)."));
    first->setValue(30);
    page.findChild<QComboBox*>(QStringLiteral("slaTimeZone"))->setCurrentText(QStringLiteral("Mars/Olympus"));
    EXPECT_EQ(page.problem(), QStringLiteral("\"Mars/Olympus\" is not a time zone this computer knows; pick one from "
                                             "the list, such as Europe/Berlin."));
    page.findChild<QComboBox*>(QStringLiteral("slaTimeZone"))->setCurrentText(QStringLiteral("UTC"));
    page.findChild<QCheckBox*>(QStringLiteral("hoursAllDay"))->setChecked(false);
    page.findChild<QLineEdit*>(QStringLiteral("hours_tue"))->setText(QStringLiteral("nine to five"));
    EXPECT_TRUE(page.problem().startsWith(QStringLiteral("Tuesday: ")));
    EXPECT_EQ(admin.pendingWrites(), 0);
}

TEST(SlaPoliciesPage, DeletesAPolicyAfterAsking)
{
    OfflineAdmin admin;
    seedUrgent(admin);
    SlaPoliciesPage page(*admin.workspace, admin.icons);
    page.selectPriority(TicketPriority::Urgent);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    ASSERT_TRUE(page.deletePolicy());
    EXPECT_FALSE(admin.row(QStringLiteral("sla_policies"), kUrgentId).has_value());
    EXPECT_EQ(admin.pendingWrites(), 1);
}

TEST(SlaPoliciesPage, KeepsUnsavedChangesWhenThePageIsReloaded)
{
    OfflineAdmin admin;
    seedUrgent(admin);
    SlaPoliciesPage page(*admin.workspace, admin.icons);
    page.selectPriority(TicketPriority::Urgent);
    auto* hours = page.findChild<QLineEdit*>(QStringLiteral("hours_sat"));
    page.findChild<QCheckBox*>(QStringLiteral("hoursAllDay"))->click();
    QTest::keyClicks(hours, QStringLiteral("10:00-14:00"));
    page.reload();
    EXPECT_EQ(hours->text(), QStringLiteral("10:00-14:00"));
    page.selectPriority(TicketPriority::High); // choosing another priority shows that one
    page.selectPriority(TicketPriority::Urgent);
    EXPECT_TRUE(hours->text().isEmpty());
}

// AdminArea: the five pages behind the navigation list, reloaded when the sync engine reports changes to
// their tables, the notice for non-admins, and the screenshot docs/screenshots/admin.png.
#include "AdminFixture.h"
#include "ui/admin/AdminArea.h"
#include "ui/admin/AdminPage.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableWidget>
#include <QVBoxLayout>
#include <gtest/gtest.h>

using namespace helpdesk;
using namespace helpdesk::testing;

namespace {

void seedWorkspace(OfflineAdmin& admin)
{
    admin.addPerson(QStringLiteral("Avery Agent"), UserRole::Agent);
    admin.addPerson(QStringLiteral("Sam Support"), UserRole::Agent);
    admin.addPerson(QStringLiteral("Casey Customer"), UserRole::Customer);
    const auto policy = [](const char* id, const char* name, const char* priority, int first, int resolution) {
        return Json{{"id", id},
                    {"name", name},
                    {"priority", priority},
                    {"first_response_minutes", first},
                    {"resolution_minutes", resolution},
                    {"business_hours", Json::parse(R"({"mon": [["09:00", "17:00"]], "tue": [["09:00", "17:00"]],
                        "wed": [["09:00", "17:00"]], "thu": [["09:00", "17:00"]], "fri": [["09:00", "12:00"], ["13:00", "17:00"]]})")},
                    {"time_zone", "Europe/Berlin"},
                    {"is_active", true}};
    };
    admin.put(QStringLiteral("sla_policies"),
              Json::array({policy("5a000000-0000-4000-8000-000000000001", "Urgent", "urgent", 30, 240),
                           policy("5a000000-0000-4000-8000-000000000002", "High", "high", 60, 480),
                           policy("5a000000-0000-4000-8000-000000000003", "Normal", "normal", 240, 1440)}));
    admin.put(QStringLiteral("teams"), Json::array({Json{{"id", "7e000000-0000-4000-8000-000000000001"},
                                                         {"name", "Billing & Accounts"},
                                                         {"description", "Invoices, refunds, plan changes"}}}));
    admin.put(QStringLiteral("macros"),
              Json::array({Json{{"id", "3a000000-0000-4000-8000-000000000001"},
                                {"title", "Refund issued"},
                                {"body", "Hi {{requester.first_name}},\n\nI have issued a refund to the card on file. "
                                         "It shows up within 5-10 business days.\n\nSorry for the trouble,\n"
                                         "{{agent.first_name}}"},
                                {"actions", Json::parse(R"([{"field": "status", "value": "solved"},
                                                           {"field": "tags", "add": ["billing", "refund"]}])")},
                                {"team_id", "7e000000-0000-4000-8000-000000000001"},
                                {"is_active", true},
                                {"deleted_at", nullptr}},
                           Json{{"id", "3a000000-0000-4000-8000-000000000002"},
                                {"title", "Ask for reproduction steps"},
                                {"body", "Could you send us the exact steps you took?"},
                                {"actions", Json::parse(R"([{"field": "status", "value": "pending"}])")},
                                {"team_id", nullptr},
                                {"is_active", true},
                                {"deleted_at", nullptr}}}));
    const auto field = [](const char* id, const char* key, const char* label, const char* type, Json options,
                          bool required, int position) {
        return Json{{"id", id},
                    {"key", key},
                    {"label", label},
                    {"field_type", type},
                    {"options", options},
                    {"required", required},
                    {"position", position},
                    {"is_active", true},
                    {"visible_to_customers", false}};
    };
    admin.put(
        QStringLiteral("ticket_field_definitions"),
        Json::array(
            {field("f1000000-0000-4000-8000-000000000001", "order_no", "Order number", "text", Json::array(), false, 1),
             field("f1000000-0000-4000-8000-000000000002", "plan", "Plan", "select",
                   Json::parse(R"(["Starter", "Team", "Enterprise"])"), true, 2),
             field("f1000000-0000-4000-8000-000000000003", "renewal", "Renewal date", "date", Json::array(), false, 3),
             field("f1000000-0000-4000-8000-000000000004", "vip", "VIP customer", "checkbox", Json::array(), false,
                   4)}));
}

} // namespace

TEST(AdminArea, ShowsItsFivePages)
{
    OfflineAdmin admin;
    AdminArea area(*admin.workspace, admin.icons);
    auto* nav = area.findChild<QListWidget*>(QStringLiteral("adminNav"));
    ASSERT_EQ(nav->count(), 5);
    EXPECT_EQ(nav->item(0)->text(), QStringLiteral("Users and roles"));
    EXPECT_EQ(nav->item(4)->text(), QStringLiteral("Custom fields"));
    EXPECT_EQ(area.currentPage(), AdminArea::Page::Users);
    area.showPage(AdminArea::Page::Macros);
    EXPECT_EQ(area.currentPage(), AdminArea::Page::Macros);
    EXPECT_EQ(area.page(AdminArea::Page::Macros)->objectName(), QStringLiteral("adminMacrosPage"));
    EXPECT_EQ(area.findChild<QLabel*>(QStringLiteral("adminNotAdmin")), nullptr);
}

TEST(AdminArea, ReloadsAPageWhenTheSyncEngineChangesItsTable)
{
    OfflineAdmin admin;
    AdminArea area(*admin.workspace, admin.icons);
    auto* table = area.page(AdminArea::Page::Users)->findChild<QTableWidget*>(QStringLiteral("usersTable"));
    ASSERT_EQ(table->rowCount(), 1);
    const Profile agent = admin.addPerson(QStringLiteral("Avery Agent"), UserRole::Agent);
    emit admin.workspace->sync().rowsChanged(QStringLiteral("profiles"), {agent.id.toString(QUuid::WithoutBraces)});
    EXPECT_EQ(table->rowCount(), 2);
}

TEST(AdminArea, TellsANonAdminThatTheServerWillRefuse)
{
    OfflineAdmin agent(UserRole::Agent);
    AdminArea area(*agent.workspace, agent.icons);
    auto* notice = area.findChild<QLabel*>(QStringLiteral("adminNotAdmin"));
    ASSERT_NE(notice, nullptr);
    EXPECT_TRUE(notice->text().contains(QStringLiteral("the server will refuse")));
}

TEST(AdminArea, RendersTheScreenshot)
{
    OfflineAdmin admin;
    seedWorkspace(admin);
    AdminArea area(*admin.workspace, admin.icons);
    area.resize(1180, 760);
    area.showPage(AdminArea::Page::SlaPolicies);
    area.show();
    QCoreApplication::processEvents();
    const QImage image = area.grab().toImage();
    EXPECT_EQ(image.width(), 1180);
    EXPECT_TRUE(saveAdminScreenshot(area, QStringLiteral("admin")));

    area.showPage(AdminArea::Page::Macros);
    QCoreApplication::processEvents();
    EXPECT_TRUE(saveAdminScreenshot(area, QStringLiteral("admin-macros")));
    area.showPage(AdminArea::Page::CustomFields);
    QCoreApplication::processEvents();
    EXPECT_TRUE(saveAdminScreenshot(area, QStringLiteral("admin-fields")));
}

TEST(AdminArea, PageShortcutsWinOverTheWindowsOwn)
{
    OfflineAdmin admin;
    QWidget window;
    auto* newTicket = new QAction(QStringLiteral("New ticket"), &window);
    newTicket->setShortcut(QKeySequence::New); // the main window keeps Ctrl+N in every area
    window.addAction(newTicket);
    QSignalSpy windowNew(newTicket, &QAction::triggered);
    auto* layout = new QVBoxLayout(&window);
    auto* area = new AdminArea(*admin.workspace, admin.icons);
    layout->addWidget(area);
    area->showPage(AdminArea::Page::Macros);
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    auto* title = area->page(AdminArea::Page::Macros)->findChild<QLineEdit*>(QStringLiteral("macroTitle"));
    title->setFocus();
    QTest::keyClicks(title, QStringLiteral("Half-written"));
    QTest::keySequence(title, QKeySequence::New);
    EXPECT_TRUE(windowNew.isEmpty());
    EXPECT_TRUE(title->text().isEmpty()) << "the macro page started a new macro";

    // Outside the admin pages the window's shortcut works as before.
    auto* nav = area->findChild<QListWidget*>(QStringLiteral("adminNav"));
    nav->setFocus();
    QTest::keySequence(nav, QKeySequence::New);
    EXPECT_EQ(windowNew.size(), 1);
}

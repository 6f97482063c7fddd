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

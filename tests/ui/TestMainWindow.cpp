#include "ui/IconSet.h"
#include "ui/MainWindow.h"
#include "ui/SyncIndicator.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QLabel>
#include <QToolBar>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace helpdesk;

namespace {
std::vector<ViewEntry> agentViews()
{
    return {{QStringLiteral("mine"), QStringLiteral("My open tickets"), QStringLiteral("inbox"), 2, false},
            {QStringLiteral("unassigned"), QStringLiteral("Unassigned"), QStringLiteral("user-x"), 5, false}};
}
} // namespace

TEST(MainWindow, EmitsTheSelectedViewAndTheAgentLoopCommands)
{
    IconSet icons;
    MainWindow window(icons);
    window.setViews(agentViews());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    QSignalSpy views(&window, &MainWindow::viewSelected);
    window.selectView(QStringLiteral("unassigned"));
    ASSERT_EQ(views.count(), 1);
    EXPECT_EQ(views.at(0).at(0).toString(), QStringLiteral("unassigned"));
    EXPECT_EQ(window.currentView(), QStringLiteral("unassigned"));

    QSignalSpy commands(&window, &MainWindow::commandTriggered);
    window.findChild<QListView *>(QStringLiteral("sidebar"))->setFocus();
    QTest::keyClick(&window, Qt::Key_J);
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    ASSERT_EQ(commands.count(), 2);
    EXPECT_EQ(commands.at(0).at(0).value<MainWindow::Command>(), MainWindow::Command::NextTicket);
    EXPECT_EQ(commands.at(1).at(0).value<MainWindow::Command>(), MainWindow::Command::Search);
    EXPECT_NE(window.findChild<SyncIndicator *>(QStringLiteral("syncIndicator")), nullptr);
}

TEST(MainWindow, RestoresItsGeometryAndView)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("state.ini")), QSettings::IniFormat);
    IconSet icons;
    {
        MainWindow window(icons);
        window.setViews(agentViews());
        window.resize(900, 640);
        window.selectView(QStringLiteral("unassigned"));
        window.saveState(settings);
    }
    MainWindow restored(icons);
    restored.setViews(agentViews());
    restored.restoreState(settings);
    EXPECT_EQ(restored.size(), QSize(900, 640));
    EXPECT_EQ(restored.currentView(), QStringLiteral("unassigned"));
}

TEST(MainWindow, SwitchesAreasByRailAndShortcutAndRemembersTheArea)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("areas.ini")), QSettings::IniFormat);
    IconSet icons;
    MainWindow window(icons);
    window.setViews(agentViews());
    auto *toolbar = window.findChild<QToolBar *>(QStringLiteral("areaBar"));
    ASSERT_NE(toolbar, nullptr);
    EXPECT_TRUE(toolbar->isHidden()) << "one area needs no rail";

    auto *kb = new QLabel(QStringLiteral("kb page"));
    auto *reports = new QLabel(QStringLiteral("reports page"));
    window.addArea(QStringLiteral("kb"), QStringLiteral("Knowledge base"), QStringLiteral("book-open"), kb);
    window.addArea(QStringLiteral("reports"), QStringLiteral("Dashboards"), QStringLiteral("chart-column"), reports);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_FALSE(toolbar->isHidden());
    EXPECT_EQ(window.currentArea(), MainWindow::TicketsArea);

    window.action(MainWindow::Command::Solve)->setEnabled(false); // as the desk does for a customer
    QSignalSpy changes(&window, &MainWindow::areaChanged);
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    EXPECT_EQ(window.currentArea(), QStringLiteral("reports"));
    EXPECT_TRUE(reports->isVisible());
    EXPECT_FALSE(kb->isVisible());
    EXPECT_FALSE(window.action(MainWindow::Command::Reply)->isEnabled()) << "ticket keys only in the tickets area";

    window.areaAction(QStringLiteral("kb"))->trigger();
    EXPECT_EQ(window.currentArea(), QStringLiteral("kb"));
    ASSERT_EQ(changes.count(), 2);
    EXPECT_EQ(changes.at(1).at(0).toString(), QStringLiteral("kb"));
    window.saveState(settings);

    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    EXPECT_EQ(window.currentArea(), MainWindow::TicketsArea);
    EXPECT_TRUE(window.action(MainWindow::Command::Reply)->isEnabled());
    EXPECT_FALSE(window.action(MainWindow::Command::Solve)->isEnabled()) << "what the desk disabled stays so";

    MainWindow restored(icons);
    restored.addArea(QStringLiteral("kb"), QStringLiteral("Knowledge base"), QStringLiteral("book-open"), new QLabel);
    restored.restoreState(settings);
    EXPECT_EQ(restored.currentArea(), QStringLiteral("kb"));
}

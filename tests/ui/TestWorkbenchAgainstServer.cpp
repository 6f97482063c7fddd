// The whole window per role against the local server: which areas each role gets, and the wiring between
// them (drill-down to the queue, the KB picker and the assistant beside a ticket, an article from a ticket).
#include "LiveServer.h"

#include "ui/TicketPanel.h"
#include "ui/Workbench.h"
#include "ui/admin/AdminArea.h"
#include "ui/ai/AiAssistPanel.h"
#include "ui/ai/AskAssistant.h"
#include "ui/dashboard/DashboardArea.h"
#include "ui/kb/KbArea.h"
#include "ui/kb/KbLinkPicker.h"

#include "reports/QueueDrillDown.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QPlainTextEdit>
#include <QDialog>
#include <QLineEdit>
#include <QTabWidget>

using namespace helpdesk;
using namespace helpdesk::testing;

namespace {

// A signed-in user's workbench over a fresh cache, synced until live.
struct LiveWorkbench
{
    InMemorySecretStore secrets;
    SystemClock clock;
    QTemporaryDir dir;
    std::unique_ptr<ServerConnection> connection;
    std::unique_ptr<UserWorkspace> workspace;
    std::unique_ptr<Theme> theme;
    IconSet icons;
    std::unique_ptr<Workbench> bench;
    QString error;

    explicit LiveWorkbench(const QString &email)
    {
        auto outcome = signIn(secrets, clock, ServerProfile::localDemoServer(), email);
        if (!outcome.connection) {
            error = outcome.error;
            return;
        }
        connection = std::move(outcome.connection);
        workspace = std::make_unique<UserWorkspace>(*connection, clock, dir.filePath(QStringLiteral("cache.sqlite")));
        bool opened = false;
        workspace->open([&](Result<void> r) {
            opened = true;
            if (!r.ok()) {
                error = r.error().toString();
            }
        });
        if (!QTest::qWaitFor([&] { return opened; }, 20'000) || !error.isEmpty()) {
            error = error.isEmpty() ? QStringLiteral("workspace did not open") : error;
            return;
        }
        theme = std::make_unique<Theme>(*qobject_cast<QApplication *>(QCoreApplication::instance()));
        bench = std::make_unique<Workbench>(*workspace, *theme, icons);
        bench->window().resize(1360, 860);
        bench->window().show();
        workspace->start();
        if (!QTest::qWaitFor([&] { return workspace->sync().state() == SyncEngine::State::Live; }, 90'000)) {
            error = QStringLiteral("sync did not go live");
        }
    }

    Desk &desk() { return bench->desk(); }
    MainWindow &window() { return bench->window(); }
    bool waitForQueue() { return QTest::qWaitFor([&] { return !desk().queueModel().isLoading(); }, 10'000); }
    bool hasArea(const QString &key) { return window().areaAction(key) != nullptr; }
    QStringList sideTabs()
    {
        QStringList titles;
        QTabWidget &tabs = desk().ticketPanel().tabs();
        for (int i = 0; i < tabs.count(); ++i) {
            titles << tabs.tabText(i);
        }
        return titles;
    }
};

} // namespace

TEST(WorkbenchAgainstServer, EachRoleGetsItsAreasAndNothingElse)
{
    LiveWorkbench agent(QStringLiteral("agent@example.com"));
    ASSERT_TRUE(agent.error.isEmpty()) << agent.error.toStdString();
    EXPECT_TRUE(agent.hasArea(Workbench::KnowledgeBaseArea));
    EXPECT_TRUE(agent.hasArea(Workbench::DashboardsArea));
    EXPECT_FALSE(agent.hasArea(Workbench::AdminAreaKey));
    EXPECT_FALSE(agent.hasArea(Workbench::AssistantArea));
    EXPECT_NE(agent.bench->assistant(), nullptr);
    EXPECT_TRUE(agent.sideTabs().contains(QStringLiteral("Assistant"))) << agent.sideTabs().join(u',').toStdString();
    EXPECT_TRUE(agent.sideTabs().contains(QStringLiteral("Knowledge base")));

    LiveWorkbench customer(QStringLiteral("customer@example.com"));
    ASSERT_TRUE(customer.error.isEmpty()) << customer.error.toStdString();
    EXPECT_TRUE(customer.hasArea(Workbench::KnowledgeBaseArea));
    EXPECT_TRUE(customer.hasArea(Workbench::AssistantArea));
    EXPECT_FALSE(customer.hasArea(Workbench::DashboardsArea));
    EXPECT_FALSE(customer.hasArea(Workbench::AdminAreaKey));
    EXPECT_EQ(customer.bench->assistant(), nullptr);
    EXPECT_FALSE(customer.sideTabs().contains(QStringLiteral("Assistant")));

    LiveWorkbench admin(QStringLiteral("admin@example.com"));
    ASSERT_TRUE(admin.error.isEmpty()) << admin.error.toStdString();
    EXPECT_TRUE(admin.hasArea(Workbench::AdminAreaKey));
    EXPECT_TRUE(admin.hasArea(Workbench::DashboardsArea));
    admin.window().areaAction(Workbench::AdminAreaKey)->trigger();
    EXPECT_TRUE(admin.bench->admin()->isVisible());
}

TEST(WorkbenchAgainstServer, ADrillDownOpensExactlyTheTicketsBehindTheBar)
{
    LiveWorkbench agent(QStringLiteral("agent@example.com"));
    ASSERT_TRUE(agent.error.isEmpty()) << agent.error.toStdString();
    agent.window().showArea(Workbench::DashboardsArea);

    QueueDrillDown drill;
    drill.statuses = {QStringLiteral("pending"), QStringLiteral("on_hold")};
    drill.channel = QStringLiteral("email");
    emit agent.bench->dashboards()->drillDown(drill);

    EXPECT_EQ(agent.window().currentArea(), MainWindow::TicketsArea);
    EXPECT_EQ(agent.desk().currentView(), Desk::CustomView);
    ASSERT_TRUE(agent.waitForQueue());

    auto server = agent.connection->rest().from(QStringLiteral("tickets"));
    server.select(QStringLiteral("id"))
        .in(QStringLiteral("status"), {"pending", "on_hold"})
        .eq(QStringLiteral("channel"), QStringLiteral("email"))
        .is(QStringLiteral("deleted_at"), IsValue::Null)
        .count(CountMethod::Exact)
        .limit(1);
    auto counted = rest(*agent.connection, server);
    ASSERT_TRUE(counted.ok()) << counted.error().toString().toStdString();
    ASSERT_TRUE(counted.value().count().has_value());
    EXPECT_GT(*counted.value().count(), 0);
    EXPECT_EQ(agent.desk().queueModel().rowCount(), *counted.value().count());
}

TEST(WorkbenchAgainstServer, TheKbPickerFollowsTheTicketAndInsertsALinkIntoTheReply)
{
    LiveWorkbench agent(QStringLiteral("agent@example.com"));
    ASSERT_TRUE(agent.error.isEmpty()) << agent.error.toStdString();
    ASSERT_TRUE(agent.waitForQueue());
    ASSERT_GT(agent.desk().queueModel().rowCount(), 0);
    const QUuid ticket = agent.desk().queueModel().idAt(0);
    agent.desk().openTicket(ticket);
    EXPECT_EQ(agent.desk().ticketPanel().ticketId(), ticket);
    KbLinkPicker *picker = agent.bench->kbPicker();
    ASSERT_NE(picker, nullptr);
    EXPECT_EQ(picker->ticket(), ticket);
    EXPECT_EQ(agent.bench->assistant()->ticket(), ticket);

    picker->setSearchText(QStringLiteral("password"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return picker->resultCount() > 0; }, 5'000));
    ASSERT_TRUE(picker->insertLink(0));
    auto *composer = agent.desk().ticketPanel().findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
    ASSERT_NE(composer, nullptr);
    EXPECT_TRUE(composer->toPlainText().contains(QStringLiteral("](")))
        << "a Markdown link: " << composer->toPlainText().toStdString();
}

TEST(WorkbenchAgainstServer, AnArticleOpensInTheKnowledgeBaseAndATicketBackInTheDesk)
{
    LiveWorkbench agent(QStringLiteral("agent@example.com"));
    ASSERT_TRUE(agent.error.isEmpty()) << agent.error.toStdString();
    KbArea *kb = agent.bench->knowledgeBase();
    ASSERT_NE(kb, nullptr);
    kb->reload();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !kb->listedArticles().isEmpty(); }, 10'000));
    const QUuid article = kb->listedArticles().constFirst();

    emit agent.bench->assistant()->openArticleRequested(article);
    EXPECT_EQ(agent.window().currentArea(), Workbench::KnowledgeBaseArea);
    EXPECT_EQ(kb->currentArticle(), article);

    ASSERT_TRUE(agent.waitForQueue());
    const QUuid ticket = agent.desk().queueModel().idAt(0);
    emit kb->openTicketRequested(ticket);
    EXPECT_EQ(agent.window().currentArea(), MainWindow::TicketsArea);
    EXPECT_EQ(agent.desk().ticketPanel().ticketId(), ticket);
}

TEST(WorkbenchAgainstServer, AnArticleConflictIsLeftToTheKnowledgeBaseMerge)
{
    LiveWorkbench agent(QStringLiteral("agent@example.com"));
    ASSERT_TRUE(agent.error.isEmpty()) << agent.error.toStdString();
    QSignalSpy deskDialogs(&agent.desk(), &Desk::conflictShown);
    ConflictRecord article;
    article.table = QStringLiteral("kb_articles");
    article.rowKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    article.reason = QStringLiteral("changed meanwhile");
    emit agent.workspace->sync().conflictRecorded(article);
    EXPECT_EQ(deskDialogs.count(), 0) << "a generic 'apply mine' would overwrite the other author's text";

    ConflictRecord ticket = article;
    ticket.table = QStringLiteral("tickets");
    emit agent.workspace->sync().conflictRecorded(ticket);
    ASSERT_EQ(deskDialogs.count(), 1);
    qvariant_cast<QDialog *>(deskDialogs.at(0).at(0))->close();
}

TEST(WorkbenchAgainstServer, ACustomersNewTicketAsksTheAssistantFirstAndCarriesTheQuestion)
{
    LiveWorkbench customer(QStringLiteral("customer@example.com"));
    ASSERT_TRUE(customer.error.isEmpty()) << customer.error.toStdString();
    QSignalSpy dialogs(&customer.desk(), &Desk::newTicketShown);
    customer.window().action(MainWindow::Command::NewTicket)->trigger();
    EXPECT_EQ(customer.window().currentArea(), Workbench::AssistantArea);
    EXPECT_EQ(dialogs.count(), 0) << "the assistant comes before the form";

    emit customer.bench->askAssistant()->createTicketRequested(QStringLiteral("Printer jams on floor 2"),
                                                               QStringLiteral("Printer jams on floor 2 since Monday"));
    EXPECT_EQ(customer.window().currentArea(), MainWindow::TicketsArea);
    ASSERT_EQ(dialogs.count(), 1);
    auto *dialog = qvariant_cast<QDialog *>(dialogs.at(0).at(0));
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->findChild<QLineEdit *>(QStringLiteral("subjectEdit"))->text(),
              QStringLiteral("Printer jams on floor 2"));
    EXPECT_EQ(dialog->findChild<QPlainTextEdit *>(QStringLiteral("descriptionEdit"))->toPlainText(),
              QStringLiteral("Printer jams on floor 2 since Monday"));
    dialog->close();

    LiveWorkbench agent(QStringLiteral("agent@example.com"));
    ASSERT_TRUE(agent.error.isEmpty()) << agent.error.toStdString();
    QSignalSpy agentDialogs(&agent.desk(), &Desk::newTicketShown);
    agent.window().action(MainWindow::Command::NewTicket)->trigger();
    EXPECT_EQ(agentDialogs.count(), 1) << "agents open the form at once";
    qvariant_cast<QDialog *>(agentDialogs.at(0).at(0))->close();
}

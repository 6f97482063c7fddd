// The desk against the local server: sign-in errors, the queue and its counts, search, the agent loop
// reaching the server, changes by another client appearing live, and the customer's reduced desk.
#include "ui/Desk.h"
#include "ui/IconSet.h"
#include "ui/MainWindow.h"
#include "ui/QueueViews.h"
#include "ui/SyncIndicator.h"
#include "ui/Theme.h"
#include "ui/TicketPanel.h"
#include "ui/TicketQueueModel.h"
#include "ui/TicketQueueView.h"
#include "ui/UserWorkspace.h"

#include "LiveServer.h"
#include "QtPrinters.h"
#include "TcpRelay.h"

#include "store/QueueQuery.h"
#include "store/TicketStore.h"
#include "sync/SyncEngine.h"

#include <gtest/gtest.h>

#include <QTableView>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>

using namespace helpdesk;
using namespace helpdesk::testing;

namespace {

QString uniqueText(const char *prefix)
{
    return QStringLiteral("%1 %2").arg(QString::fromLatin1(prefix), QUuid::createUuid().toString(QUuid::WithoutBraces));
}

} // namespace

TEST(SignIn, ExplainsAWrongPasswordAndAnUnreachableServer)
{
    InMemorySecretStore secrets;
    SystemClock clock;
    auto wrong = signIn(secrets, clock, ServerProfile::localDemoServer(), QStringLiteral("agent@example.com"),
                        QStringLiteral("not-the-password"));
    EXPECT_EQ(wrong.connection, nullptr);
    EXPECT_EQ(wrong.error, QStringLiteral("The email address or password is incorrect."));

    ServerProfile nowhere = ServerProfile::localDemoServer();
    nowhere.localDemo = false;
    nowhere.url = QUrl(QStringLiteral("http://127.0.0.1:9"));
    auto unreachable = signIn(secrets, clock, nowhere, QStringLiteral("agent@example.com"));
    EXPECT_EQ(unreachable.connection, nullptr);
    EXPECT_TRUE(unreachable.error.startsWith(QStringLiteral("Cannot reach the server at 127.0.0.1:9")))
        << unreachable.error.toStdString();

    auto ok = signIn(secrets, clock, ServerProfile::localDemoServer(), QStringLiteral("agent@example.com"));
    ASSERT_NE(ok.connection, nullptr) << ok.error.toStdString();
    EXPECT_TRUE(ok.connection->auth().isSignedIn());
}

TEST(DeskAgainstServer, AgentSeesTheQueueWithTheServersCountsAndCanSearchIt)
{
    LiveDesk agent(QStringLiteral("agent@example.com"));
    ASSERT_TRUE(agent.error.isEmpty()) << agent.error.toStdString();
    QAbstractItemModelTester tester(&agent.desk->queueModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(agent.waitForQueue());

    // The views of an agent, with the counts the server has.
    ViewListModel &views = agent.desk->window().views();
    for (const char *key : {"mine", "unassigned", "all-open", "pending", "solved"}) {
        EXPECT_TRUE(views.indexOfKey(QString::fromLatin1(key)).isValid()) << key;
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return views.count(QStringLiteral("mine")) >= 0; }, 10'000));
    auto mine = agent.connection->rest().from(QStringLiteral("tickets"));
    mine.select(QStringLiteral("id"))
        .eq(QStringLiteral("assignee_id"), agent.workspace->me().id.toString(QUuid::WithoutBraces))
        .in(QStringLiteral("status"), {"new", "open", "pending", "on_hold"})
        .is(QStringLiteral("deleted_at"), IsValue::Null)
        .count(CountMethod::Exact)
        .limit(1);
    auto serverMine = rest(*agent.connection, mine);
    ASSERT_TRUE(serverMine.ok()) << serverMine.error().toString().toStdString();
    ASSERT_TRUE(serverMine.value().count().has_value());
    EXPECT_EQ(views.count(QStringLiteral("mine")), *serverMine.value().count());
    EXPECT_EQ(agent.desk->queueModel().rowCount(), *serverMine.value().count());
    EXPECT_GT(agent.desk->queueModel().rowCount(), 0);

    // Another view from the sidebar.
    agent.desk->window().selectView(QStringLiteral("pending"));
    ASSERT_TRUE(agent.waitForQueue());
    TicketQueueModel &model = agent.desk->queueModel();
    for (int row = 0; row < model.rowCount(); ++row) {
        ASSERT_EQ(model.index(row, TicketQueueModel::StatusColumn).data().toString(), QStringLiteral("Pending"));
    }
    EXPECT_EQ(model.rowCount(), views.count(QStringLiteral("pending")));

    // Full-text search from the cache, typed into the filter.
    agent.desk->window().selectView(QStringLiteral("all-open"));
    ASSERT_TRUE(agent.waitForQueue());
    const int allOpen = model.rowCount();
    auto *search = agent.find<QLineEdit>("queueSearch");
    ASSERT_NE(search, nullptr);
    QSignalSpy finished(&model, &TicketQueueModel::queryFinished);
    QTest::keyClicks(search, QStringLiteral("SSO"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !finished.isEmpty() && !model.isLoading(); }, 10'000));
    EXPECT_GT(model.rowCount(), 0);
    EXPECT_LT(model.rowCount(), allOpen);
}

TEST(DeskAgainstServer, AgentLoopReachesTheServerAndAnotherClientsTicketAppearsLive)
{
    LiveDesk agent(QStringLiteral("agent@example.com"));
    ASSERT_TRUE(agent.error.isEmpty()) << agent.error.toStdString();
    InMemorySecretStore customerSecrets;
    SystemClock clock;
    auto customer = signIn(customerSecrets, clock, ServerProfile::localDemoServer(),
                           QStringLiteral("customer@example.com"));
    ASSERT_NE(customer.connection, nullptr) << customer.error.toStdString();

    // Another client (the customer) opens a ticket: it appears in the agent's open window.
    agent.desk->window().selectView(QStringLiteral("all-open"));
    ASSERT_TRUE(agent.waitForQueue());
    const QString title = uniqueText("Live ticket");
    auto insert = customer.connection->rest().from(QStringLiteral("tickets"));
    insert.insert(Json{{"title", title.toStdString()},
                       {"description", "Created by another client during a UI test."},
                       {"requester_id", customer.connection->auth().currentSession()->user.id.toString(
                                            QUuid::WithoutBraces).toStdString()}})
        .select();
    auto created = rest(*customer.connection, insert);
    ASSERT_TRUE(created.ok()) << created.error().toString().toStdString();
    auto ticket = created.value().single<Ticket>();
    ASSERT_TRUE(ticket.ok()) << ticket.error().toString().toStdString();
    const QUuid id = ticket.value().id;
    TicketQueueModel &model = agent.desk->queueModel();
    ASSERT_TRUE(QTest::qWaitFor([&] { return model.rowOf(id) >= 0; }, 20'000))
        << "the new ticket did not appear without a refresh";
    EXPECT_TRUE(model.index(model.rowOf(id), 0).data(TicketQueueModel::HighlightRole).toBool());

    // Open it, reply, add an internal note, change status and assignee.
    agent.desk->queueView().selectTicket(id);
    TicketPanel &panel = agent.desk->ticketPanel();
    ASSERT_EQ(panel.ticketId(), id);
    auto *composer = agent.find<QPlainTextEdit>("composerEdit");
    ASSERT_NE(composer, nullptr);
    const QString reply = uniqueText("Public reply");
    agent.find<QPushButton>("replyModeButton")->click();
    composer->setPlainText(reply);
    agent.find<QPushButton>("sendButton")->click();
    const QString note = uniqueText("Internal note");
    agent.desk->window().action(MainWindow::Command::InternalNote)->trigger();
    composer->setPlainText(note);
    agent.find<QPushButton>("sendButton")->click();
    EXPECT_EQ(panel.messageCount(), 2);
    ASSERT_TRUE(agent.waitForNoPendingWrites()) << "messages still queued";

    // The replies changed the ticket on the server (first response, status): the open window follows.
    auto current = agent.connection->rest().from(QStringLiteral("tickets"));
    current.select(QStringLiteral("*")).eq(QStringLiteral("id"), id.toString(QUuid::WithoutBraces));
    auto serverNow = rest(*agent.connection, current);
    ASSERT_TRUE(serverNow.ok());
    const int serverVersion = serverNow.value().single<Ticket>().value().version;
    TicketStore tickets(agent.workspace->cache());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            auto cached = tickets.ticket(id);
            return cached.ok() && cached.value() && cached.value()->version >= serverVersion;
        },
        20'000))
        << "the server's change to the ticket did not arrive";

    auto *status = agent.find<QComboBox>("statusCombo");
    ASSERT_NE(status, nullptr);
    status->setCurrentIndex(status->findData(QStringLiteral("pending")));
    emit status->activated(status->currentIndex());
    agent.desk->window().action(MainWindow::Command::AssignToMe)->trigger();
    ASSERT_TRUE(agent.waitForNoPendingWrites()) << "writes still queued";
    EXPECT_EQ(agent.workspace->sync().openConflicts(), 0);

    auto messages = agent.connection->rest().from(QStringLiteral("ticket_messages"));
    messages.select(QStringLiteral("body,is_internal"))
        .eq(QStringLiteral("ticket_id"), id.toString(QUuid::WithoutBraces))
        .order(QStringLiteral("created_at"));
    auto serverMessages = rest(*agent.connection, messages);
    ASSERT_TRUE(serverMessages.ok()) << serverMessages.error().toString().toStdString();
    bool sawReply = false;
    bool sawNote = false;
    for (const Json &m : serverMessages.value().data) {
        const QString body = QString::fromStdString(m.at("body").get<std::string>());
        const bool internal = m.at("is_internal").get<bool>();
        sawReply = sawReply || (body == reply && !internal);
        sawNote = sawNote || (body == note && internal);
    }
    EXPECT_TRUE(sawReply);
    EXPECT_TRUE(sawNote);

    auto onServer = agent.connection->rest().from(QStringLiteral("tickets"));
    onServer.select(QStringLiteral("*")).eq(QStringLiteral("id"), id.toString(QUuid::WithoutBraces));
    auto serverTicket = rest(*agent.connection, onServer);
    ASSERT_TRUE(serverTicket.ok());
    auto after = serverTicket.value().single<Ticket>();
    ASSERT_TRUE(after.ok()) << after.error().toString().toStdString();
    EXPECT_EQ(after.value().status, TicketStatus::Pending);
    EXPECT_EQ(after.value().assigneeId.value_or(QUuid()), agent.workspace->me().id);

    // Tidy up: the test ticket leaves the shared demo data (soft delete).
    struct Cleanup
    {
        ServerConnection &connection;
        QUuid id;
        ~Cleanup()
        {
            auto remove = connection.rest().from(QStringLiteral("tickets"));
            remove.update(Json{{"deleted_at", Timestamp::fromDateTime(QDateTime::currentDateTimeUtc()).toIsoString()}})
                .eq(QStringLiteral("id"), id.toString(QUuid::WithoutBraces));
            (void)rest(connection, remove);
        }
    } cleanup{*agent.connection, id};

    // The customer never sees the internal note.
    auto customerView = customer.connection->rest().from(QStringLiteral("ticket_messages"));
    customerView.select(QStringLiteral("body")).eq(QStringLiteral("ticket_id"), id.toString(QUuid::WithoutBraces));
    auto seen = rest(*customer.connection, customerView);
    ASSERT_TRUE(seen.ok());
    for (const Json &m : seen.value().data) {
        EXPECT_NE(QString::fromStdString(m.at("body").get<std::string>()), note);
    }
}

TEST(DeskAgainstServer, CustomerHasOnlyTheirOwnTicketsAndNoAgentControls)
{
    LiveDesk customer(QStringLiteral("customer@example.com"));
    ASSERT_TRUE(customer.error.isEmpty()) << customer.error.toStdString();
    ASSERT_EQ(customer.workspace->me().role, UserRole::Customer);
    ViewListModel &views = customer.desk->window().views();
    EXPECT_TRUE(views.indexOfKey(QStringLiteral("my-requests")).isValid());
    for (const char *key : {"mine", "unassigned", "all-open", "pending", "solved"}) {
        EXPECT_FALSE(views.indexOfKey(QString::fromLatin1(key)).isValid()) << key;
    }
    ASSERT_TRUE(customer.waitForQueue());
    TicketQueueModel &model = customer.desk->queueModel();
    ASSERT_GT(model.rowCount(), 0);
    const QUuid me = customer.workspace->me().id;
    EXPECT_EQ(customer.desk->queueModel().filter().requesterId.value_or(QUuid()), me);
    EXPECT_TRUE(customer.desk->queueView().table()->isColumnHidden(TicketQueueModel::RequesterColumn))
        << "every ticket's requester is the customer";

    customer.desk->queueView().selectTicket(model.idAt(0));
    EXPECT_FALSE(customer.find<QPushButton>("noteModeButton")->isVisible());
    EXPECT_FALSE(customer.find<QWidget>("ticketProperties")->isVisible());
    EXPECT_FALSE(customer.desk->window().action(MainWindow::Command::InternalNote)->isEnabled());
    EXPECT_FALSE(customer.desk->window().action(MainWindow::Command::AssignToMe)->isEnabled());
    for (QFrame *message : customer.desk->ticketPanel().findChildren<QFrame *>()) {
        EXPECT_FALSE(message->property("internal").toBool());
    }
}

TEST(DeskAgainstServer, ReplyWrittenOfflineIsQueuedAndSyncsWhenTheServerIsBack)
{
    TcpRelay relay(static_cast<quint16>(ServerProfile::localDemoServer().url.port(54321)));
    ASSERT_TRUE(relay.start());
    ServerProfile viaRelay = ServerProfile::localDemoServer();
    viaRelay.localDemo = false;
    viaRelay.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(relay.port()));
    LiveDesk agent(QStringLiteral("agent@example.com"), viaRelay);
    ASSERT_TRUE(agent.error.isEmpty()) << agent.error.toStdString();
    TicketQueueModel &model = agent.desk->queueModel();
    ASSERT_TRUE(agent.waitForQueue());
    ASSERT_GT(model.rowCount(), 0);
    const QUuid id = model.idAt(0);
    agent.desk->queueView().selectTicket(id);
    auto *indicator = agent.find<SyncIndicator>("syncIndicator");
    ASSERT_NE(indicator, nullptr);
    EXPECT_EQ(indicator->state(), SyncIndicator::State::Live);

    // The server goes away: the live channel drops at once.
    relay.setOnline(false);
    ASSERT_TRUE(QTest::qWaitFor([&] { return indicator->state() != SyncIndicator::State::Live; }, 30'000));

    // A reply written now is shown and queued; sending it finds the server gone: offline.
    const QString reply = uniqueText("Offline reply");
    auto *composer = agent.find<QPlainTextEdit>("composerEdit");
    composer->setPlainText(reply);
    agent.find<QPushButton>("sendButton")->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return indicator->pendingWrites() == 1; }, 5'000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return indicator->state() == SyncIndicator::State::Offline; }, 60'000))
        << "still " << indicator->text().toStdString();
    EXPECT_EQ(agent.desk->ticketPanel().messageCount() > 0, true);
    EXPECT_TRUE(indicator->text().contains(QStringLiteral("1 pending change"))) << indicator->text().toStdString();

    // Back online: it is sent, and the server has it.
    relay.setOnline(true);
    ASSERT_TRUE(agent.waitForNoPendingWrites(90'000)) << "the queued reply was not sent";
    ASSERT_TRUE(QTest::qWaitFor([&] { return indicator->pendingWrites() == 0; }, 5'000));
    InMemorySecretStore secrets;
    SystemClock clock;
    auto direct = signIn(secrets, clock, ServerProfile::localDemoServer(), QStringLiteral("agent@example.com"));
    ASSERT_NE(direct.connection, nullptr);
    auto messages = direct.connection->rest().from(QStringLiteral("ticket_messages"));
    messages.select(QStringLiteral("body")).eq(QStringLiteral("ticket_id"), id.toString(QUuid::WithoutBraces));
    auto onServer = rest(*direct.connection, messages);
    ASSERT_TRUE(onServer.ok());
    bool found = false;
    for (const Json &m : onServer.value().data) {
        found = found || QString::fromStdString(m.at("body").get<std::string>()) == reply;
    }
    EXPECT_TRUE(found);
    // Tidy up: the test reply leaves the shared demo data.
    auto remove = direct.connection->rest().from(QStringLiteral("ticket_messages"));
    remove.update(Json{{"deleted_at", Timestamp::fromDateTime(QDateTime::currentDateTimeUtc()).toIsoString()}})
        .eq(QStringLiteral("ticket_id"), id.toString(QUuid::WithoutBraces))
        .eq(QStringLiteral("body"), reply);
    (void)rest(*direct.connection, remove);
}

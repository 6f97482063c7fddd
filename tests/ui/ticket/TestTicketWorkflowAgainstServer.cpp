// The agent and customer workflows of the ticket view against the local server: attachments (upload with
// progress, download, too big, offline), macros, tags, the audit trail, new tickets (on behalf of a customer
// and by the customer), bulk actions, the customer's reduced ticket view, sort orders and filtered queues
// from outside; and the README's screenshots of the ticket view and the customer desk.
#include "ui/Desk.h"
#include "ui/MessageBox.h"
#include "ui/QueueViews.h"
#include "ui/TicketPanel.h"
#include "ui/TicketQueueModel.h"
#include "ui/TicketQueueView.h"
#include "ui/ticket/AttachmentList.h"
#include "ui/ticket/BulkActionBar.h"
#include "ui/ticket/MacroPicker.h"
#include "ui/ticket/NewTicketDialog.h"
#include "ui/ticket/TagEditor.h"
#include "ui/ticket/TicketHistoryView.h"

#include "ui/LiveServer.h"
#include "ui/QtPrinters.h"
#include "ui/TcpRelay.h"

#include "store/CacheDatabase.h"
#include "store/QueueQuery.h"
#include "store/TicketStore.h"

#include <gtest/gtest.h>

#include <algorithm>

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QSet>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QSqlQuery>
#include <QTableView>

using namespace helpdesk;
using namespace helpdesk::testing;

namespace {

QString uniqueText(const char *prefix)
{
    return QStringLiteral("%1 %2").arg(QString::fromLatin1(prefix), QUuid::createUuid().toString(QUuid::WithoutBraces));
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

std::optional<Ticket> serverTicket(ServerConnection &connection, const QUuid &id)
{
    auto query = connection.rest().from(QStringLiteral("tickets"));
    query.select().eq(QStringLiteral("id"), idText(id));
    auto answer = rest(connection, query);
    if (!answer.ok()) {
        return std::nullopt;
    }
    auto rows = answer.value().rows<Ticket>();
    if (!rows.ok() || rows.value().empty()) {
        return std::nullopt;
    }
    return rows.value().front();
}

// The first ticket of a view with at least one internal note (agents) — the seed has some.
QUuid ticketWithNotes(LiveDesk &agent)
{
    QSqlQuery query(agent.workspace->cache().connection());
    // A short conversation, so the note shows in the screenshot.
    query.exec(QStringLiteral("SELECT t.id FROM tickets t WHERE t.status IN ('open', 'pending', 'new') AND "
                              "EXISTS (SELECT 1 FROM ticket_messages m WHERE m.ticket_id = t.id AND m.is_internal = 1) "
                              "ORDER BY (SELECT count(*) FROM ticket_messages m WHERE m.ticket_id = t.id), "
                              "t.updated_at DESC LIMIT 1"));
    return query.next() ? QUuid::fromString(query.value(0).toString()) : QUuid();
}

QString writeFile(QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        return {};
    }
    return file.fileName();
}

// Removes the tickets a test created when it ends (an admin may delete tickets), so the shared demo data
// does not fill up with test tickets.
class TicketJanitor
{
public:
    TicketJanitor()
    {
        auto outcome = signIn(m_secrets, m_clock, ServerProfile::localDemoServer(), QStringLiteral("admin@example.com"));
        m_admin = std::move(outcome.connection);
    }
    ~TicketJanitor()
    {
        if (!m_admin || m_ids.isEmpty()) {
            return;
        }
        for (const QString &table : {QStringLiteral("attachments"), QStringLiteral("tickets")}) {
            QList<FilterValue> ids;
            for (const auto &[t, id] : std::as_const(m_ids)) {
                if (t == table) {
                    ids.append(idText(id));
                }
            }
            if (!ids.isEmpty()) {
                auto drop = m_admin->rest().from(table);
                drop.remove().in(QStringLiteral("id"), ids);
                (void)rest(*m_admin, drop);
            }
        }
    }
    void add(const QUuid &id) { m_ids.append({QStringLiteral("tickets"), id}); }
    // Attachment rows a test added to a demo ticket.
    void addAttachments(const std::vector<Attachment> &attachments, const QUuid &uploader)
    {
        for (const Attachment &a : attachments) {
            if (a.uploaderId == uploader) {
                m_ids.append({QStringLiteral("attachments"), a.id});
            }
        }
    }

private:
    InMemorySecretStore m_secrets;
    SystemClock m_clock;
    std::unique_ptr<ServerConnection> m_admin;
    QList<std::pair<QString, QUuid>> m_ids;
};

void saveScreenshot(QWidget &window, const QString &name)
{
    const QString root = qEnvironmentVariable("HELPDESK_SOURCE_DIR");
    if (root.isEmpty()) {
        return;
    }
    QDir(root).mkpath(QStringLiteral("docs/screenshots"));
    window.grab().save(QDir(root).filePath(QStringLiteral("docs/screenshots/") + name));
}

} // namespace

TEST(TicketWorkflow, AgentAttachesAFileWithProgressDownloadsItAndIsToldWhatIsTooBig)
{
    LiveDesk agent(QStringLiteral("agent@example.com"));
    ASSERT_TRUE(agent.error.isEmpty()) << agent.error.toStdString();
    const QUuid id = ticketWithNotes(agent);
    ASSERT_FALSE(id.isNull());
    agent.desk->openTicket(id);
    TicketPanel &panel = agent.desk->ticketPanel();
    ASSERT_EQ(panel.ticketId(), id);
    AttachmentList &list = panel.attachments();
    const int before = static_cast<int>(list.attachments().size());
    QSet<QUuid> existing;
    for (const Attachment &a : list.attachments()) {
        existing.insert(a.id);
    }

    QTemporaryDir files;
    QByteArray bytes(300 * 1024, '\0');
    for (int i = 0; i < bytes.size(); ++i) {
        bytes[i] = static_cast<char>(i * 31 % 251);
    }
    const QString path = writeFile(files, QStringLiteral("screen recording notes.txt"), bytes);
    ASSERT_FALSE(path.isEmpty());
    QSignalSpy uploaded(&list, &AttachmentList::uploaded);
    ASSERT_TRUE(list.upload({path}));
    EXPECT_EQ(list.transfersRunning(), 1);
    EXPECT_NE(list.findChild<QProgressBar *>(QStringLiteral("attachmentProgress")), nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !uploaded.isEmpty() || !list.errorText().isEmpty(); }, 30'000));
    ASSERT_TRUE(list.errorText().isEmpty()) << list.errorText().toStdString();
    EXPECT_EQ(list.transfersRunning(), 0);
    ASSERT_EQ(static_cast<int>(list.attachments().size()), before + 1);
    const auto fresh = std::find_if(list.attachments().begin(), list.attachments().end(),
                                    [&](const Attachment &a) { return !existing.contains(a.id); });
    ASSERT_NE(fresh, list.attachments().end());
    const Attachment added = *fresh;
    TicketJanitor janitor;
    janitor.addAttachments({added}, agent.workspace->me().id);
    EXPECT_EQ(added.fileName, QStringLiteral("screen recording notes.txt"));
    EXPECT_EQ(added.sizeBytes, bytes.size());
    EXPECT_EQ(added.contentType, QStringLiteral("text/plain"));

    // The metadata row reaches the server.
    ASSERT_TRUE(agent.waitForNoPendingWrites());
    auto query = agent.connection->rest().from(QStringLiteral("attachments"));
    query.select(QStringLiteral("id,file_name,size_bytes")).eq(QStringLiteral("id"), idText(added.id));
    auto onServer = rest(*agent.connection, query);
    ASSERT_TRUE(onServer.ok()) << onServer.error().toString().toStdString();
    ASSERT_EQ(onServer.value().data.size(), 1u);
    EXPECT_EQ(onServer.value().data[0].value("size_bytes", qint64(0)), bytes.size());

    // Downloaded again, byte for byte.
    QSignalSpy downloaded(&list, &AttachmentList::downloaded);
    const QString target = files.filePath(QStringLiteral("copy.txt"));
    ASSERT_TRUE(list.saveTo(added.id, target));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !downloaded.isEmpty() || !list.errorText().isEmpty(); }, 30'000));
    ASSERT_TRUE(list.errorText().isEmpty()) << list.errorText().toStdString();
    QFile copy(target);
    ASSERT_TRUE(copy.open(QIODevice::ReadOnly));
    EXPECT_EQ(copy.readAll(), bytes);

    // The ticket view with its notes and attachments, for the README.
    agent.desk->window().resize(1440, 900);
    agent.desk->window().selectView(QStringLiteral("all-open"));
    ASSERT_TRUE(agent.waitForQueue());
    agent.desk->queueView().selectTicket(id);
    agent.desk->window().statusBar()->clearMessage();
    QTest::qWait(50);
    saveScreenshot(agent.desk->window(), QStringLiteral("ticket-view.png"));

    // Too big: refused before anything is sent, with the limit in words.
    QFile big(files.filePath(QStringLiteral("huge.bin")));
    ASSERT_TRUE(big.open(QIODevice::WriteOnly));
    ASSERT_TRUE(big.resize(AttachmentList::kMaxBytes + 1));
    big.close();
    EXPECT_FALSE(list.upload({big.fileName()}));
    EXPECT_TRUE(list.errorText().contains(QStringLiteral("huge.bin"))) << list.errorText().toStdString();
    EXPECT_TRUE(list.errorText().contains(QStringLiteral("at most"))) << list.errorText().toStdString();
    EXPECT_EQ(list.transfersRunning(), 0);

}

TEST(TicketWorkflow, OfflineAnUploadIsRefusedHonestlyAndTheHistorySaysItNeedsTheServer)
{
    TcpRelay relay(static_cast<quint16>(ServerProfile::localDemoServer().url.port(54321)));
    ASSERT_TRUE(relay.start());
    ServerProfile viaRelay = ServerProfile::localDemoServer();
    viaRelay.localDemo = false;
    viaRelay.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(relay.port()));
    LiveDesk agent(QStringLiteral("agent@example.com"), viaRelay);
    ASSERT_TRUE(agent.error.isEmpty()) << agent.error.toStdString();
    ASSERT_TRUE(agent.waitForQueue());
    ASSERT_GT(agent.desk->queueModel().rowCount(), 0);
    agent.desk->openTicket(agent.desk->queueModel().idAt(0));
    TicketPanel &panel = agent.desk->ticketPanel();

    relay.setOnline(false);
    agent.workspace->sync().syncNow();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return agent.workspace->sync().state() == SyncEngine::State::Offline; }, 60'000));
    QTemporaryDir files;
    const QString path = writeFile(files, QStringLiteral("log.txt"), QByteArray("offline"));
    EXPECT_FALSE(panel.attachments().upload({path}));
    EXPECT_TRUE(panel.attachments().errorText().contains(QStringLiteral("offline"))) << panel.attachments().errorText().toStdString();
    EXPECT_EQ(panel.attachments().transfersRunning(), 0);

    panel.tabs().setCurrentWidget(&panel.history());
    QSignalSpy loaded(&panel.history(), &TicketHistoryView::loaded);
    panel.history().refresh();
    ASSERT_TRUE(loaded.wait(30'000));
    EXPECT_EQ(loaded.last().at(0).toInt(), -1);
    relay.setOnline(true);
}

TEST(TicketWorkflow, AMacroFillsTheComposerAndItsActionsReachTheServer)
{
    LiveDesk agent(QStringLiteral("agent@example.com"));
    ASSERT_TRUE(agent.error.isEmpty()) << agent.error.toStdString();
    InMemorySecretStore secrets;
    SystemClock clock;
    auto customer = signIn(secrets, clock, ServerProfile::localDemoServer(), QStringLiteral("customer@example.com"));
    ASSERT_NE(customer.connection, nullptr) << customer.error.toStdString();
    // A fresh open ticket of Casey Customer's, so the macro's changes are all real changes.
    auto insert = customer.connection->rest().from(QStringLiteral("tickets"));
    insert.insert(Json{{"title", uniqueText("Macro target").toStdString()},
                       {"description", "The export button does nothing."},
                       {"requester_id", idText(customer.connection->auth().currentSession()->user.id).toStdString()}})
        .select();
    auto created = rest(*customer.connection, insert);
    ASSERT_TRUE(created.ok()) << created.error().toString().toStdString();
    const QUuid id = created.value().single<Ticket>().value().id;
    TicketJanitor janitor;
    janitor.add(id);
    TicketStore store(agent.workspace->cache());
    ASSERT_TRUE(QTest::qWaitFor([&] { auto t = store.ticket(id); return t.ok() && t.value().has_value(); }, 30'000));
    TicketPanel &panel = agent.desk->ticketPanel();
    QSignalSpy current(&panel, &TicketPanel::currentTicketChanged);
    agent.desk->openTicket(id);
    ASSERT_EQ(panel.ticketId(), id);
    ASSERT_FALSE(current.isEmpty());
    EXPECT_EQ(current.last().at(0).toUuid(), id);

    // The lead's hooks: a side tab beside the conversation, text put into the composer.
    auto *extra = new QLabel(QStringLiteral("Assistant"));
    panel.addSideTab(extra, QIcon(), QStringLiteral("Assistant"));
    EXPECT_EQ(panel.tabs().indexOf(extra), 2);
    panel.insertIntoComposer(QStringLiteral("Draft from elsewhere"));
    EXPECT_EQ(agent.find<QPlainTextEdit>("composerEdit")->toPlainText(), QStringLiteral("Draft from elsewhere"));
    agent.find<QPlainTextEdit>("composerEdit")->clear();

    // Ctrl+M opens the picker; typing filters it; Enter applies.
    agent.desk->window().activateWindow();
    QTest::keyClick(&agent.desk->window(), Qt::Key_M, Qt::ControlModifier);
    auto *picker = agent.desk->window().findChild<MacroPicker *>(QStringLiteral("macroPicker"));
    ASSERT_NE(picker, nullptr) << "Ctrl+M opens the macro picker";
    const int all = picker->visibleCount();
    EXPECT_GE(all, 3);
    picker->setFilterText(QStringLiteral("reproduction"));
    EXPECT_EQ(picker->visibleCount(), 1);
    picker->setFilterText(QStringLiteral("no macro is called like this"));
    EXPECT_EQ(picker->visibleCount(), 0);
    EXPECT_FALSE(picker->choose());
    picker->setFilterText(QStringLiteral("reproduction"));
    ASSERT_TRUE(picker->choose());

    const QString composed = agent.find<QPlainTextEdit>("composerEdit")->toPlainText();
    EXPECT_TRUE(composed.startsWith(QStringLiteral("Hi Casey,"))) << composed.toStdString();
    EXPECT_TRUE(composed.contains(QStringLiteral("Thanks,\nAvery"))) << composed.toStdString();
    auto local = store.ticket(id);
    ASSERT_TRUE(local.ok() && local.value());
    EXPECT_EQ(local.value()->status, TicketStatus::Pending);
    EXPECT_TRUE(local.value()->tags.contains(QStringLiteral("needs-info")));
    EXPECT_TRUE(agent.desk->window().statusBar()->currentMessage().contains(QStringLiteral("applied")));

    ASSERT_TRUE(agent.waitForNoPendingWrites());
    auto server = serverTicket(*agent.connection, id);
    ASSERT_TRUE(server.has_value());
    EXPECT_EQ(server->status, TicketStatus::Pending);
    EXPECT_TRUE(server->tags.contains(QStringLiteral("bug")));
    EXPECT_TRUE(server->tags.contains(QStringLiteral("needs-info")));

    // The tag editor: remove one chip, add one; the server follows.
    TagEditor &tags = panel.tagEditor();
    ASSERT_TRUE(tags.removeTag(QStringLiteral("bug")));
    emit tags.tagsEdited(tags.tags());
    ASSERT_TRUE(tags.addTag(QStringLiteral("Export")));
    emit tags.tagsEdited(tags.tags());
    ASSERT_TRUE(agent.waitForNoPendingWrites());
    server = serverTicket(*agent.connection, id);
    ASSERT_TRUE(server.has_value());
    EXPECT_EQ(server->tags, (QStringList{QStringLiteral("needs-info"), QStringLiteral("export")}));

    // The audit trail shows who changed what.
    panel.tabs().setCurrentWidget(&panel.history());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !panel.history().isLoading() && !panel.history().events().empty(); },
                                20'000));
    const QStringList lines = panel.history().lines();
    const QString joined = lines.join(QLatin1Char('\n'));
    EXPECT_TRUE(joined.contains(QStringLiteral("Avery Agent changed status from New to Pending"))) << joined.toStdString();
    EXPECT_TRUE(joined.contains(QStringLiteral("Casey Customer created the ticket"))) << joined.toStdString();
    EXPECT_TRUE(joined.contains(QStringLiteral("changed tags from"))) << joined.toStdString();
}

TEST(TicketWorkflow, AgentOpensATicketForACustomerAndTheCustomerOpensTheirOwn)
{
    LiveDesk agent(QStringLiteral("agent@example.com"));
    ASSERT_TRUE(agent.error.isEmpty()) << agent.error.toStdString();
    QDialog *shown = nullptr;
    QObject::connect(agent.desk.get(), &Desk::newTicketShown, [&](QDialog *d) { shown = d; });
    QAction *newTicket = agent.desk->window().action(MainWindow::Command::NewTicket);
    ASSERT_TRUE(newTicket->isEnabled());
    newTicket->trigger();
    auto *dialog = qobject_cast<NewTicketDialog *>(shown);
    ASSERT_NE(dialog, nullptr);
    EXPECT_FALSE(dialog->create()) << "no requester yet";
    EXPECT_FALSE(dialog->errorText().isEmpty());
    EXPECT_GE(dialog->customers().size(), 8u);
    EXPECT_FALSE(dialog->setRequester(QStringLiteral("nobody@example.com")));
    ASSERT_TRUE(dialog->setRequester(QStringLiteral("customer@example.com")));
    const QString title = uniqueText("Phoned in");
    dialog->findChild<QLineEdit *>(QStringLiteral("subjectEdit"))->setText(title);
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("descriptionEdit"))->setPlainText(QStringLiteral("Call notes."));
    auto *priority = dialog->findChild<QComboBox *>(QStringLiteral("newPriorityCombo"));
    priority->setCurrentIndex(priority->findData(QStringLiteral("high")));
    const QUuid customerId = dialog->requester();
    ASSERT_TRUE(dialog->create());
    const QUuid id = agent.desk->ticketPanel().ticketId();
    ASSERT_FALSE(id.isNull());
    TicketJanitor janitor;
    janitor.add(id);
    ASSERT_TRUE(agent.waitForNoPendingWrites());
    auto server = serverTicket(*agent.connection, id);
    ASSERT_TRUE(server.has_value());
    EXPECT_EQ(server->title, title);
    EXPECT_EQ(server->requesterId, customerId);
    EXPECT_EQ(server->priority, TicketPriority::High);
    EXPECT_GT(server->number, 0);

    LiveDesk customer(QStringLiteral("customer@example.com"));
    ASSERT_TRUE(customer.error.isEmpty()) << customer.error.toStdString();
    QDialog *customerShown = nullptr;
    QObject::connect(customer.desk.get(), &Desk::newTicketShown, [&](QDialog *d) { customerShown = d; });
    customer.desk->newTicket(QStringLiteral("Prefilled"), QStringLiteral("From the assistant."));
    auto *own = qobject_cast<NewTicketDialog *>(customerShown);
    ASSERT_NE(own, nullptr);
    EXPECT_EQ(own->findChild<QLineEdit *>(QStringLiteral("subjectEdit"))->text(), QStringLiteral("Prefilled"));
    EXPECT_EQ(own->findChild<QPlainTextEdit *>(QStringLiteral("descriptionEdit"))->toPlainText(),
              QStringLiteral("From the assistant."));
    EXPECT_EQ(own->findChild<QLineEdit *>(QStringLiteral("requesterEdit")), nullptr);
    EXPECT_EQ(own->findChild<QComboBox *>(QStringLiteral("newTeamCombo")), nullptr);
    const QString mine = uniqueText("My own ticket");
    own->findChild<QLineEdit *>(QStringLiteral("subjectEdit"))->setText(mine);
    ASSERT_TRUE(own->create());
    const QUuid ownId = customer.desk->ticketPanel().ticketId();
    janitor.add(ownId);
    ASSERT_TRUE(customer.waitForNoPendingWrites());
    EXPECT_EQ(customer.workspace->sync().openConflicts(), 0);
    server = serverTicket(*customer.connection, ownId);
    ASSERT_TRUE(server.has_value()) << "the server took the customer's ticket";
    EXPECT_EQ(server->requesterId, customer.workspace->me().id);
}

TEST(TicketWorkflow, BulkActionsChangeTheSelectedTicketsAndCountWhatChanged)
{
    LiveDesk agent(QStringLiteral("agent@example.com"));
    ASSERT_TRUE(agent.error.isEmpty()) << agent.error.toStdString();
    agent.desk->window().selectView(QStringLiteral("all-open"));
    ASSERT_TRUE(agent.waitForQueue());
    TicketQueueModel &model = agent.desk->queueModel();
    ASSERT_GT(model.rowCount(), BulkActionBar::kConfirmAbove + 1);
    QTableView *table = agent.desk->queueView().table();
    ASSERT_NE(agent.desk->bulkActions(), nullptr);
    BulkActionBar &bar = *agent.desk->bulkActions();
    EXPECT_FALSE(bar.isVisible());

    // Three tickets of the test's own (the demo data stays as it is), found by a word in their titles.
    InMemorySecretStore secrets;
    SystemClock clock;
    auto customer = signIn(secrets, clock, ServerProfile::localDemoServer(), QStringLiteral("customer@example.com"));
    ASSERT_NE(customer.connection, nullptr) << customer.error.toStdString();
    const QString word = QStringLiteral("bulk%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(10));
    QList<QUuid> ids;
    TicketJanitor janitor;
    for (int i = 0; i < 3; ++i) {
        auto insert = customer.connection->rest().from(QStringLiteral("tickets"));
        insert.insert(Json{{"title", QStringLiteral("Bulk test %1 %2").arg(word).arg(i).toStdString()},
                           {"requester_id", idText(customer.connection->auth().currentSession()->user.id).toStdString()}})
            .select();
        auto created = rest(*customer.connection, insert);
        ASSERT_TRUE(created.ok()) << created.error().toString().toStdString();
        ids.append(created.value().single<Ticket>().value().id);
        janitor.add(ids.back());
    }
    TicketStore store(agent.workspace->cache());
    ASSERT_TRUE(QTest::qWaitFor([&] { auto t = store.ticketsByIds(ids); return t.ok() && t.value().size() == 3; },
                                30'000));
    auto *search = agent.find<QLineEdit>("queueSearch");
    search->setText(word);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !model.isLoading() && model.rowCount() == 3; }, 10'000))
        << model.rowCount();
    table->selectAll();
    ASSERT_EQ(bar.selection().size(), 3);
    EXPECT_TRUE(bar.isVisible());
    const QString tag = QStringLiteral("bulk-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    BulkChange add;
    add.kind = BulkChange::Kind::AddTag;
    add.tag = tag;
    BulkOutcome outcome = bar.apply(add);
    EXPECT_EQ(outcome.changed, 3);
    EXPECT_EQ(outcome.unchanged, 0);
    EXPECT_TRUE(agent.desk->window().statusBar()->currentMessage().contains(QStringLiteral("Changed 3")));
    outcome = bar.apply(add);
    EXPECT_EQ(outcome.changed, 0);
    EXPECT_EQ(outcome.unchanged, 3);
    ASSERT_TRUE(agent.waitForNoPendingWrites());
    auto tagged = agent.connection->rest().from(QStringLiteral("tickets"));
    tagged.select(QStringLiteral("id")).contains(QStringLiteral("tags"), QStringList{tag}).count(CountMethod::Exact);
    auto answer = rest(*agent.connection, tagged);
    ASSERT_TRUE(answer.ok()) << answer.error().toString().toStdString();
    EXPECT_EQ(answer.value().count().value_or(-1), 3);

    // Assign them to me, then unassign; priority.
    BulkChange assign;
    assign.kind = BulkChange::Kind::Assign;
    assign.assignee = agent.workspace->me().id;
    const BulkOutcome assigned = bar.apply(assign);
    EXPECT_EQ(assigned.changed + assigned.unchanged, 3);
    EXPECT_EQ(bar.apply(assign).unchanged, 3) << "assigned already";
    BulkChange urgent;
    urgent.kind = BulkChange::Kind::Priority;
    urgent.priority = TicketPriority::Urgent;
    bar.apply(urgent);
    BulkChange remove;
    remove.kind = BulkChange::Kind::RemoveTag;
    remove.tag = tag;
    EXPECT_EQ(bar.apply(remove).changed, 3);
    ASSERT_TRUE(agent.waitForNoPendingWrites());
    answer = rest(*agent.connection, tagged);
    ASSERT_TRUE(answer.ok());
    EXPECT_EQ(answer.value().count().value_or(-1), 0);

    // A large selection asks once; cancelled, nothing changes.
    search->clear();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !model.isLoading() && model.rowCount() > BulkActionBar::kConfirmAbove; },
                                10'000));
    table->selectionModel()->select(
        QItemSelection(model.index(0, 0), model.index(BulkActionBar::kConfirmAbove, TicketQueueModel::ColumnCount - 1)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    ASSERT_EQ(bar.selection().size(), BulkActionBar::kConfirmAbove + 1);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    const int pendingBefore = agent.workspace->sync().pendingWrites();
    outcome = bar.apply(add);
    EXPECT_TRUE(outcome.cancelled);
    EXPECT_EQ(outcome.changed, 0);
    EXPECT_EQ(agent.workspace->sync().pendingWrites(), pendingBefore);
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("no undo")));
}

TEST(TicketWorkflow, SortOrdersAndAFilteredQueueFromOutside)
{
    LiveDesk agent(QStringLiteral("agent@example.com"));
    ASSERT_TRUE(agent.error.isEmpty()) << agent.error.toStdString();
    ASSERT_TRUE(agent.waitForQueue());
    TicketQueueModel &model = agent.desk->queueModel();

    QueueFilter urgent;
    urgent.priorities = {TicketPriority::Urgent};
    urgent.statuses = {TicketStatus::New, TicketStatus::Open, TicketStatus::Pending, TicketStatus::OnHold};
    agent.desk->openQueue(urgent, QStringLiteral("Urgent backlog"));
    ASSERT_TRUE(agent.waitForQueue());
    EXPECT_EQ(agent.desk->currentView(), Desk::CustomView);
    ASSERT_GT(model.rowCount(), 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        ASSERT_EQ(model.index(row, TicketQueueModel::PriorityColumn).data().toString(), QStringLiteral("Urgent"));
    }

    agent.desk->queueView().setSortOrder(QueueSort::CreatedOldest);
    ASSERT_TRUE(agent.waitForQueue());
    EXPECT_EQ(model.sortOrder(), QueueSort::CreatedOldest);
    QueueQuery query(agent.workspace->cache());
    auto expected = query.ids(model.filter(), QueueSort::CreatedOldest);
    ASSERT_TRUE(expected.ok());
    ASSERT_EQ(model.rowCount(), expected.value().ids.size());
    for (int row = 0; row < model.rowCount(); ++row) {
        ASSERT_EQ(model.idAt(row), expected.value().ids.at(row));
    }

    // Nothing matches: the queue says so.
    auto *search = agent.find<QLineEdit>("queueSearch");
    search->setText(QStringLiteral("zzqxnotawordanywhere"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !model.isLoading() && model.rowCount() == 0; }, 10'000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !agent.desk->queueView().emptyText().isEmpty(); }, 5'000));
    EXPECT_TRUE(agent.desk->queueView().emptyText().contains(QStringLiteral("zzqxnotawordanywhere")));
    search->clear();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !model.isLoading() && model.rowCount() > 0; }, 10'000));
    EXPECT_TRUE(agent.desk->queueView().emptyText().isEmpty());

    // Back to a sidebar view.
    agent.desk->window().selectView(QStringLiteral("pending"));
    ASSERT_TRUE(agent.waitForQueue());
    EXPECT_EQ(agent.desk->currentView(), QStringLiteral("pending"));
}

TEST(TicketWorkflow, TheCustomerTicketViewHasRepliesAndAttachmentsButNoAgentControls)
{
    LiveDesk customer(QStringLiteral("customer@example.com"));
    ASSERT_TRUE(customer.error.isEmpty()) << customer.error.toStdString();
    ASSERT_TRUE(customer.waitForQueue());
    TicketQueueModel &model = customer.desk->queueModel();
    ASSERT_GT(model.rowCount(), 0);
    // A seeded ticket with a conversation (the newest ones may be other tests' tickets).
    QSqlQuery query(customer.workspace->cache().connection());
    query.exec(QStringLiteral("SELECT t.id FROM tickets t WHERE t.status IN ('open', 'pending') AND "
                              "(SELECT count(*) FROM ticket_messages m WHERE m.ticket_id = t.id) >= 2 "
                              "ORDER BY t.updated_at DESC LIMIT 1"));
    const QUuid shown = query.next() ? QUuid::fromString(query.value(0).toString()) : model.idAt(0);
    customer.desk->window().selectView(QStringLiteral("my-requests-open"));
    ASSERT_TRUE(customer.waitForQueue());
    customer.desk->openTicket(shown);
    TicketPanel &panel = customer.desk->ticketPanel();
    ASSERT_FALSE(panel.ticketId().isNull());
    EXPECT_FALSE(customer.find<QPushButton>("macroButton")->isVisible());
    EXPECT_FALSE(customer.find<QPushButton>("noteModeButton")->isVisible());
    EXPECT_FALSE(customer.find<QWidget>("ticketProperties")->isVisible());
    EXPECT_FALSE(customer.find<QComboBox>("assigneeCombo")->isVisible());
    EXPECT_FALSE(customer.find<QComboBox>("priorityCombo")->isVisible());
    EXPECT_FALSE(customer.find<QComboBox>("teamCombo")->isVisible());
    EXPECT_TRUE(customer.find<QPushButton>("sendButton")->isVisible());
    EXPECT_TRUE(customer.find<QWidget>("attachmentList")->isVisible());
    EXPECT_EQ(customer.desk->bulkActions(), nullptr);
    EXPECT_EQ(customer.desk->window().findChild<BulkActionBar *>(), nullptr);
    // Ctrl+M does nothing for a customer.
    panel.chooseMacro();
    EXPECT_EQ(customer.desk->window().findChild<MacroPicker *>(), nullptr);

    // A customer's file dropped on the composer is attached to their own ticket (not pasted as a path).
    QTemporaryDir files;
    const QString path = writeFile(files, QStringLiteral("invoice-question.txt"), QByteArray("Which invoice is this?"));
    QSignalSpy uploaded(&panel.attachments(), &AttachmentList::uploaded);
    auto *composer = customer.find<QPlainTextEdit>("composerEdit");
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(composer->viewport(), &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(composer->viewport(), &drop);
    EXPECT_TRUE(composer->toPlainText().isEmpty());
    EXPECT_EQ(panel.attachments().transfersRunning(), 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !uploaded.isEmpty() || !panel.attachments().errorText().isEmpty(); },
                                30'000));
    EXPECT_TRUE(panel.attachments().errorText().isEmpty()) << panel.attachments().errorText().toStdString();

    // Ctrl+Shift+A asks for files (answered here by the test hook) and attaches them.
    const QString second = writeFile(files, QStringLiteral("screenshot.png"), QByteArray("\x89PNG\r\n\x1a\n", 8));
    AttachmentList::setNextFileSelection({second});
    customer.desk->window().activateWindow();
    QTest::keyClick(&customer.desk->window(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return uploaded.size() == 2 || !panel.attachments().errorText().isEmpty(); },
                                30'000));
    EXPECT_TRUE(panel.attachments().errorText().isEmpty()) << panel.attachments().errorText().toStdString();
    const auto &shownFiles = panel.attachments().attachments();
    EXPECT_TRUE(std::any_of(shownFiles.begin(), shownFiles.end(), [](const Attachment &a) {
        return a.fileName == QLatin1String("screenshot.png") && a.contentType == QLatin1String("image/png");
    }));
    ASSERT_TRUE(customer.waitForNoPendingWrites());
    EXPECT_EQ(customer.workspace->sync().openConflicts(), 0);

    TicketJanitor janitor;
    janitor.addAttachments(shownFiles, customer.workspace->me().id);
    customer.desk->window().resize(1280, 800);
    customer.desk->window().statusBar()->clearMessage();
    QTest::qWait(50);
    saveScreenshot(customer.desk->window(), QStringLiteral("customer-view.png"));
}

TEST(TicketWorkflow, ACustomFieldEditedInTheTicketViewReachesTheServer)
{
    InMemorySecretStore secrets;
    SystemClock clock;
    auto admin = signIn(secrets, clock, ServerProfile::localDemoServer(), QStringLiteral("admin@example.com"));
    ASSERT_NE(admin.connection, nullptr) << admin.error.toStdString();
    auto customer = signIn(secrets, clock, ServerProfile::localDemoServer(), QStringLiteral("customer@example.com"));
    ASSERT_NE(customer.connection, nullptr) << customer.error.toStdString();
    // An optional text field of this test's own, removed again at the end.
    const QString key = QStringLiteral("ticket_app_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    auto define = admin.connection->rest().from(QStringLiteral("ticket_field_definitions"));
    define.insert(Json{{"key", key.toStdString()}, {"label", "Order number"}, {"field_type", "text"},
                       {"position", 900}, {"visible_to_customers", true}})
        .select(QStringLiteral("id"));
    auto defined = rest(*admin.connection, define);
    ASSERT_TRUE(defined.ok()) << defined.error().toString().toStdString();
    struct Cleanup
    {
        ServerConnection &connection;
        QString key;
        ~Cleanup()
        {
            auto drop = connection.rest().from(QStringLiteral("ticket_field_definitions"));
            drop.remove().eq(QStringLiteral("key"), key);
            (void)rest(connection, drop);
        }
    } cleanup{*admin.connection, key};

    auto insert = customer.connection->rest().from(QStringLiteral("tickets"));
    insert.insert(Json{{"title", uniqueText("Custom field target").toStdString()},
                       {"requester_id", idText(customer.connection->auth().currentSession()->user.id).toStdString()}})
        .select();
    auto created = rest(*customer.connection, insert);
    ASSERT_TRUE(created.ok()) << created.error().toString().toStdString();
    const QUuid id = created.value().single<Ticket>().value().id;
    TicketJanitor janitor;
    janitor.add(id);

    LiveDesk agent(QStringLiteral("agent@example.com"));
    ASSERT_TRUE(agent.error.isEmpty()) << agent.error.toStdString();
    agent.desk->openTicket(id);
    ASSERT_EQ(agent.desk->ticketPanel().ticketId(), id);
    auto *editor = agent.desk->ticketPanel().findChild<QLineEdit *>(QStringLiteral("field_") + key);
    ASSERT_NE(editor, nullptr) << "the ticket view shows the custom field";
    EXPECT_TRUE(editor->isVisible());
    editor->setText(QStringLiteral("A-1234"));
    emit editor->editingFinished();
    ASSERT_TRUE(agent.waitForNoPendingWrites());
    EXPECT_EQ(agent.workspace->sync().openConflicts(), 0);
    auto server = serverTicket(*agent.connection, id);
    ASSERT_TRUE(server.has_value());
    EXPECT_EQ(server->customFields.value(key.toStdString(), std::string()), "A-1234");

    // The requester sees the field shared with customers, read-only.
    LiveDesk requester(QStringLiteral("customer@example.com"));
    ASSERT_TRUE(requester.error.isEmpty()) << requester.error.toStdString();
    requester.desk->openTicket(id);
    ASSERT_EQ(requester.desk->ticketPanel().ticketId(), id);
    auto *shown = requester.desk->ticketPanel().findChild<QLineEdit *>(QStringLiteral("field_") + key);
    ASSERT_NE(shown, nullptr);
    EXPECT_TRUE(shown->isVisible());
    EXPECT_EQ(shown->text(), QStringLiteral("A-1234"));
    EXPECT_TRUE(!shown->isEnabled() || shown->isReadOnly());
}

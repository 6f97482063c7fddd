// The knowledge-base area against the local server: an agent writes and publishes an article and finds it by
// search; edits it while the server is unreachable, someone else changes it meanwhile, and the area merges both
// into one new version; the customer's reduced area; an admin's reports with a search that found nothing.
#include "kb/KbArea.h"
#include "kb/KbArticleView.h"
#include "kb/KbEditor.h"
#include "kb/KbLinkPicker.h"
#include "kb/KbMarkdownBrowser.h"
#include "kb/KbMergeDialog.h"
#include "kb/KbReportsView.h"

#include "IconSet.h"
#include "UserWorkspace.h"

#include "ui/LiveServer.h"
#include "ui/TcpRelay.h"

#include "KbScreenshot.h"

#include "store/KbArticleStore.h"
#include "sync/SyncEngine.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTableWidget>
#include <QTextBrowser>

using namespace helpdesk;
using namespace helpdesk::testing;

namespace {

QString unique(const char *prefix)
{
    return QStringLiteral("%1 %2").arg(QString::fromLatin1(prefix), QUuid::createUuid().toString(QUuid::Id128).left(8));
}

// One signed-in user with a workspace and the KB area (what the main window shows), synced and live.
struct LiveKb
{
    InMemorySecretStore secrets;
    SystemClock clock;
    QTemporaryDir dir;
    std::unique_ptr<ServerConnection> connection;
    std::unique_ptr<UserWorkspace> workspace;
    IconSet icons;
    std::unique_ptr<KbArea> area;
    QString error;

    explicit LiveKb(const QString &email, const ServerProfile &profile = ServerProfile::localDemoServer())
    {
        auto outcome = signIn(secrets, clock, profile, email);
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
        (void)QTest::qWaitFor([&] { return opened; }, 20'000);
        if (!opened || !error.isEmpty()) {
            error = error.isEmpty() ? QStringLiteral("workspace did not open") : error;
            return;
        }
        area = std::make_unique<KbArea>(*workspace, icons);
        area->resize(1200, 760);
        area->show();
        workspace->start();
        if (!QTest::qWaitFor([&] { return workspace->sync().state() == SyncEngine::State::Live; }, 90'000)) {
            error = QStringLiteral("sync did not go live");
        }
    }
    ~LiveKb()
    {
        area.reset();
        workspace.reset();
    }

    template <typename T> T *find(const char *name) { return area->findChild<T *>(QString::fromLatin1(name)); }
    bool noPendingWrites(int timeout = 30'000)
    {
        return QTest::qWaitFor([&] { return workspace->sync().pendingWrites() == 0; }, timeout);
    }
};

Json serverArticle(ServerConnection &connection, const QUuid &id)
{
    auto query = connection.rest().from(QStringLiteral("kb_articles"));
    query.select(QStringLiteral("title,body,version,status,tags")).eq(QStringLiteral("id"), id);
    auto rows = rest(connection, query);
    return rows.ok() && rows.value().data.size() == 1 ? rows.value().data.front() : Json::object();
}

} // namespace

TEST(KbAreaAgainstServer, AgentWritesOfflineAndMergesAConcurrentEditIntoOneNewVersion)
{
    TcpRelay relay(static_cast<quint16>(ServerProfile::localDemoServer().url.port(54321)));
    ASSERT_TRUE(relay.start());
    ServerProfile viaRelay = ServerProfile::localDemoServer();
    viaRelay.localDemo = false;
    viaRelay.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(relay.port()));
    LiveKb agent(QStringLiteral("agent@example.com"), viaRelay);
    ASSERT_TRUE(agent.error.isEmpty()) << agent.error.toStdString();
    QSignalSpy mergeShown(agent.area.get(), &KbArea::mergeShown);

    // A new article, written and published in the editor.
    const QString word = QStringLiteral("zebracord%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(6));
    agent.find<QPushButton>("kbNewButton")->click();
    KbEditor &editor = agent.area->editor();
    ASSERT_TRUE(editor.isVisible());
    editor.findChild<QLineEdit *>(QStringLiteral("kbTitleEdit"))->setText(QStringLiteral("Pairing the %1 headset").arg(word));
    editor.findChild<QLineEdit *>(QStringLiteral("kbSlugEdit"))->setText(word + QStringLiteral("-headset"));
    editor.findChild<QLineEdit *>(QStringLiteral("kbTagsEdit"))->setText(QStringLiteral("audio, %1").arg(word));
    editor.findChild<QPlainTextEdit *>(QStringLiteral("kbBodyEdit"))
        ->setPlainText(QStringLiteral("Hold the button for five seconds.\n\nChoose the headset in Bluetooth settings.\n"));
    ASSERT_TRUE(editor.publish());
    const QUuid id = agent.area->currentArticle();
    ASSERT_FALSE(id.isNull());
    EXPECT_TRUE(agent.area->articleView().isVisible());
    ASSERT_TRUE(agent.noPendingWrites());
    EXPECT_EQ(serverArticle(*agent.connection, id).value("status", std::string()), "published");

    // Found by instant search, with the word highlighted.
    agent.area->setSearchText(word);
    ASSERT_EQ(agent.area->listedArticles(), QList<QUuid>{id});
    bool highlighted = false;
    for (QLabel *row : agent.area->findChildren<QLabel *>(QStringLiteral("kbListRow"))) {
        highlighted = highlighted || QRegularExpression(QStringLiteral("<b style=[^>]*>%1</b>").arg(word)).match(row->text()).hasMatch();
    }
    EXPECT_TRUE(highlighted);
    agent.area->showArticle(id);
    EXPECT_TRUE(saveScreenshot(*agent.area, QStringLiteral("kb-area")));

    // The server goes away; the agent edits the first step.
    relay.setOnline(false);
    ASSERT_TRUE(QTest::qWaitFor([&] { return agent.workspace->sync().state() != SyncEngine::State::Live; }, 30'000));
    agent.area->showArticle(id);
    agent.find<QPushButton>("kbEditButton")->click();
    auto *body = editor.findChild<QPlainTextEdit *>(QStringLiteral("kbBodyEdit"));
    body->setPlainText(QStringLiteral("Hold the power button for five seconds until the light blinks.\n\n"
                                      "Choose the headset in Bluetooth settings.\n"));
    ASSERT_TRUE(editor.save());
    EXPECT_EQ(agent.workspace->sync().pendingWrites(), 1);
    EXPECT_TRUE(agent.find<QLabel>("kbArticleNotice")->text().contains(QStringLiteral("Saved on this computer")));

    // Meanwhile another agent changes the last step on the server.
    InMemorySecretStore secrets;
    SystemClock clock;
    auto other = signIn(secrets, clock, ServerProfile::localDemoServer(), QStringLiteral("agent2@example.com"));
    ASSERT_NE(other.connection, nullptr) << other.error.toStdString();
    auto update = other.connection->rest().from(QStringLiteral("kb_articles"));
    update.update(Json{{"body", "Hold the button for five seconds.\n\nChoose the headset under Settings > Bluetooth.\n"}})
        .eq(QStringLiteral("id"), id);
    ASSERT_TRUE(rest(*other.connection, update).ok());
    const int theirVersion = serverArticle(*other.connection, id).value("version", 0);

    // Back online: the edit meets the newer version; nothing is overwritten, the area offers the merge.
    relay.setOnline(true);
    ASSERT_TRUE(QTest::qWaitFor([&] { return agent.area->conflictCount() == 1; }, 90'000));
    EXPECT_TRUE(agent.find<QPushButton>("kbConflictBanner")->isVisible());
    EXPECT_EQ(serverArticle(*other.connection, id).value("version", 0), theirVersion);
    ASSERT_TRUE(agent.area->resolveNextConflict());
    ASSERT_EQ(mergeShown.count(), 1);
    auto *dialog = mergeShown.at(0).at(0).value<KbMergeDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->unresolvedCount(), 0); // different paragraphs: merged without a question
    ASSERT_TRUE(dialog->saveMerged());
    ASSERT_TRUE(agent.noPendingWrites(60'000));

    const Json merged = serverArticle(*other.connection, id);
    EXPECT_EQ(merged.value("body", std::string()),
              "Hold the power button for five seconds until the light blinks.\n\n"
              "Choose the headset under Settings > Bluetooth.\n");
    EXPECT_EQ(merged.value("version", 0), theirVersion + 1);
    EXPECT_EQ(agent.area->conflictCount(), 0);
    EXPECT_FALSE(agent.find<QPushButton>("kbConflictBanner")->isVisible());
}

TEST(KbAreaAgainstServer, CustomerReadsPublishedArticlesWithoutEditingOrFilters)
{
    LiveKb customer(QStringLiteral("customer@example.com"));
    ASSERT_TRUE(customer.error.isEmpty()) << customer.error.toStdString();
    EXPECT_EQ(customer.find<QPushButton>("kbNewButton"), nullptr);
    EXPECT_EQ(customer.find<QComboBox>("kbStatusFilter"), nullptr);
    EXPECT_EQ(customer.find<QComboBox>("kbVisibilityFilter"), nullptr);
    EXPECT_NE(customer.find<QComboBox>("kbTagFilter"), nullptr);
    EXPECT_EQ(customer.find<QPushButton>("kbEditButton"), nullptr);
    EXPECT_EQ(customer.find<QPushButton>("kbHistoryButton"), nullptr);
    KbArticleStore store(customer.workspace->cache());
    auto items = store.list({});
    ASSERT_TRUE(items.ok());
    for (const auto &item : items.value()) {
        EXPECT_EQ(item.status, KbStatus::Published);
        EXPECT_EQ(item.visibility, KbVisibility::Public);
    }
    if (!items.value().isEmpty()) {
        customer.area->showArticle(items.value().front().id);
        EXPECT_TRUE(customer.find<QPushButton>("kbHelpfulButton")->isVisible());
    }
}

TEST(KbAreaAgainstServer, AdminSeesTheSearchThatFoundNothingAmongTheContentGaps)
{
    LiveKb admin(QStringLiteral("admin@example.com"));
    ASSERT_TRUE(admin.error.isEmpty()) << admin.error.toStdString();
    const QString query = unique("wombatflux");
    admin.area->setSearchText(query);
    EXPECT_TRUE(admin.area->listedArticles().isEmpty());
    EXPECT_TRUE(admin.find<QLabel>("kbListEmpty")->text().startsWith(QStringLiteral("Nothing found for")));
    // Enter sends the search to the server's log at once.
    QTest::keyClick(admin.find<QLineEdit>("kbSearch"), Qt::Key_Return);

    auto *reports = admin.area->findChild<KbReportsView *>();
    ASSERT_NE(reports, nullptr);
    QSignalSpy loaded(reports, &KbReportsView::loaded);
    bool found = false;
    for (int attempt = 0; attempt < 5 && !found; ++attempt) {
        loaded.clear();
        admin.find<QPushButton>("kbReportsButton")->click();
        ASSERT_TRUE(loaded.wait(20'000));
        auto *gaps = admin.area->findChild<QTableWidget *>(QStringLiteral("kbContentGapsTable"));
        for (int r = 0; r < gaps->rowCount(); ++r) {
            found = found || gaps->item(r, 0)->text() == query;
        }
    }
    EXPECT_TRUE(found);
}

TEST(KbAreaAgainstServer, TicketCitesAnArticleAndTheArticleListsTheTicket)
{
    LiveKb agent(QStringLiteral("agent@example.com"));
    ASSERT_TRUE(agent.error.isEmpty()) << agent.error.toStdString();
    QSignalSpy openTicket(agent.area.get(), &KbArea::openTicketRequested);

    // An article and a ticket to cite it on.
    const QString word = QStringLiteral("quokkaprint%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(6));
    agent.area->newArticle(QStringLiteral("The %1 printer").arg(word));
    agent.area->editor().findChild<QPlainTextEdit *>(QStringLiteral("kbBodyEdit"))
        ->setPlainText(QStringLiteral("Press **reset** twice, then wait a minute."));
    ASSERT_TRUE(agent.area->editor().publish());
    const QUuid article = agent.area->currentArticle();
    ASSERT_TRUE(agent.noPendingWrites());
    auto tickets = agent.connection->rest().from(QStringLiteral("tickets"));
    tickets.select(QStringLiteral("id,number")).order(QStringLiteral("created_at")).limit(1);
    auto ticketRows = rest(*agent.connection, tickets);
    ASSERT_TRUE(ticketRows.ok() && ticketRows.value().data.size() == 1);
    const QUuid ticket = QUuid::fromString(
        QString::fromStdString(ticketRows.value().data.front().at("id").get<std::string>()));

    // From the ticket: search, insert a link and an excerpt; the citation is recorded once.
    KbLinkPicker picker(*agent.workspace, agent.icons);
    picker.show();
    picker.setTicket(ticket);
    QSignalSpy inserted(&picker, &KbLinkPicker::insertRequested);
    QSignalSpy recorded(&picker, &KbLinkPicker::citationRecorded);
    picker.setSearchText(word);
    ASSERT_EQ(picker.resultCount(), 1);
    ASSERT_TRUE(picker.insertLink(0));
    ASSERT_TRUE(picker.insertExcerpt(0));
    ASSERT_EQ(inserted.count(), 2);
    const QString slug = QStringLiteral("the-%1-printer").arg(word);
    EXPECT_EQ(inserted.at(0).at(0).toString(), QStringLiteral("[The %1 printer](kb:%2)").arg(word, slug));
    EXPECT_TRUE(inserted.at(1).at(0).toString().startsWith(QStringLiteral("> Press reset twice, then wait a minute.")))
        << inserted.at(1).at(0).toString().toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return recorded.count() == 2; }, 20'000));
    EXPECT_EQ(recorded.at(0).at(1).toString(), QString());
    picker.setSearchText(QStringLiteral("nothing-of-this-kind-%1").arg(word));
    EXPECT_EQ(picker.resultCount(), 0);
    EXPECT_FALSE(picker.findChild<QPushButton *>(QStringLiteral("kbInsertLinkButton"))->isEnabled());

    // From the article: the ticket that cited it, which opens the ticket.
    agent.area->showArticle(article);
    auto *citing = agent.find<QListWidget>("kbCitingTickets");
    ASSERT_NE(citing, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return citing->count() == 1; }, 20'000));
    EXPECT_EQ(agent.find<QLabel>("kbCitationsLabel")->text(), QStringLiteral("Cited in one ticket (double-click to open):"));
    emit citing->itemActivated(citing->item(0));
    ASSERT_EQ(openTicket.count(), 1);
    EXPECT_EQ(openTicket.at(0).at(0).toUuid(), ticket);
}

TEST(KbAreaAgainstServer, PicturesAreUploadedToStorageAndShownInTheArticle)
{
    LiveKb agent(QStringLiteral("agent@example.com"));
    ASSERT_TRUE(agent.error.isEmpty()) << agent.error.toStdString();
    QTemporaryDir dir;
    QImage picture(32, 20, QImage::Format_RGB32);
    picture.fill(Qt::darkGreen);
    const QString file = dir.filePath(QStringLiteral("Tray Two.png"));
    ASSERT_TRUE(picture.save(file));

    agent.area->newArticle(unique("Where tray two is"));
    KbEditor &editor = agent.area->editor();
    auto *insertImage = editor.findChild<QPushButton *>(QStringLiteral("kbInsertImageButton"));
    ASSERT_NE(insertImage, nullptr);
    EXPECT_TRUE(insertImage->isVisible());
    auto *body = editor.findChild<QPlainTextEdit *>(QStringLiteral("kbBodyEdit"));
    body->setPlainText(QStringLiteral("Tray two is at the front:\n\n"));
    body->moveCursor(QTextCursor::End);
    editor.insertImage(file);
    ASSERT_TRUE(QTest::qWaitFor([&] { return body->toPlainText().contains(QStringLiteral("](storage:kb-images/")); },
                                20'000))
        << editor.findChild<QLabel *>(QStringLiteral("kbEditorError"))->text().toStdString();
    EXPECT_TRUE(body->toPlainText().contains(QStringLiteral("![Tray Two](storage:kb-images/")));
    ASSERT_TRUE(editor.publish());
    ASSERT_TRUE(agent.noPendingWrites());

    // The article shows the picture, downloaded from storage.
    KbMarkdownBrowser &view = agent.area->articleView().body();
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.loadedImageCount() == 1; }, 20'000));
}

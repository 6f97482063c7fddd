// The knowledge base against the local stack: real PostgreSQL (RLS, the version trigger), HTTP and realtime.
// Each test makes its own agents and articles.

#include "integration/sync/SyncLocalStack.h"
#include "integration/sync/SyncTestClient.h"
#include "kb/ArticleChanges.h"
#include "kb/ArticleMerge.h"
#include "kb/KbArticleWriter.h"
#include "kb/KbServer.h"
#include "store/KbArticleStore.h"
#include "store/MirrorSchema.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace helpdesk;
using namespace helpdesk::test;
using namespace std::chrono_literals;

namespace {

QString idText(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

SyncEngine::Options quickOptions()
{
    SyncEngine::Options options;
    options.retry = RetryPolicy(100ms, 1000ms);
    return options;
}

template <typename T> std::optional<Result<T>> waitFor(std::optional<Result<T>>& answer)
{
    (void)QTest::qWaitFor([&] { return answer.has_value(); }, 30'000);
    return std::move(answer);
}

class KbIntegration : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_FALSE(LocalStackEnv::get().anonKey.isEmpty()) << "the local stack is not running";
        ASSERT_TRUE(m_dir.isValid());
        auto agent = m_service.createUser(QStringLiteral("agent"));
        ASSERT_TRUE(agent.ok()) << agent.error().toString().toStdString();
        m_agent = agent.value();
    }

    std::unique_ptr<SyncTestClient> client(const QString& cacheName, const ServiceRole::User& user)
    {
        SyncTestClient::Options o;
        o.realtime = true;
        o.engine = quickOptions();
        auto c = std::make_unique<SyncTestClient>(LocalStackEnv::get().url, LocalStackEnv::get().anonKey,
                                                  m_dir.filePath(cacheName), o);
        EXPECT_TRUE(c->cache()) << c->openError().toStdString();
        EXPECT_TRUE(c->signIn(user.email, user.password));
        return c;
    }

    // An article as another client (the service role) writes it.
    QUuid createArticle(const QString& title, const QString& body)
    {
        const QUuid id = QUuid::createUuid();
        QueryBuilder insert(QStringLiteral("kb_articles"));
        insert.insert(Json{{"id", idText(id).toStdString()},
                           {"slug", ArticleChanges::slugFor(title + QLatin1Char(' ') + idText(id)).toStdString()},
                           {"title", title.toStdString()},
                           {"body", body.toStdString()},
                           {"status", "published"}});
        auto done = m_service.run(insert);
        EXPECT_TRUE(done.ok()) << done.error().toString().toStdString();
        return id;
    }

    Json serverArticle(const QUuid& id)
    {
        QueryBuilder select(QStringLiteral("kb_articles"));
        select.select(QStringLiteral("id,title,body,version,status")).eq(QStringLiteral("id"), id);
        auto rows = m_service.run(select);
        EXPECT_TRUE(rows.ok() && rows->data.size() == 1);
        return rows.ok() && rows->data.size() == 1 ? rows->data.front() : Json::object();
    }

    Json serverVersions(const QUuid& id)
    {
        QueryBuilder select(QStringLiteral("kb_article_versions"));
        select.select(QStringLiteral("version,title,body"))
            .eq(QStringLiteral("article_id"), id)
            .order(QStringLiteral("version"));
        auto rows = m_service.run(select);
        EXPECT_TRUE(rows.ok());
        return rows.ok() ? rows->data : Json::array();
    }

    static bool waitForArticle(SyncTestClient& c, const QUuid& id, int version)
    {
        return QTest::qWaitFor(
            [&] {
                KbArticleStore store(*c.cache());
                auto article = store.article(id);
                return article.ok() && article.value() && article.value()->version >= version;
            },
            60'000);
    }

    static KbArticle cachedArticle(SyncTestClient& c, const QUuid& id)
    {
        KbArticleStore store(*c.cache());
        auto article = store.article(id);
        EXPECT_TRUE(article.ok() && article.value());
        return article.ok() && article.value() ? *article.value() : KbArticle();
    }

    QTemporaryDir m_dir;
    SystemClock m_clock;
    ServiceRole m_service;
    ServiceRole::User m_agent;
};

std::string text(const Json& row, const char* key)
{
    return row.contains(key) && row.at(key).is_string() ? row.at(key).get<std::string>() : std::string();
}

} // namespace

TEST_F(KbIntegration, OfflineEditSurvivesARestartAndIsSentAgainstItsBaseVersion)
{
    const QUuid id = createArticle(QStringLiteral("Reset the VPN token"), QStringLiteral("Open the portal."));
    {
        auto first = client(QStringLiteral("offline.sqlite"), m_agent);
        ASSERT_TRUE(first->startAndWaitLive(120'000));
        ASSERT_TRUE(waitForArticle(*first, id, 1));
        first->engine().stop(); // no connection from here on

        KbArticleWriter writer(*first->cache(), first->engine(), m_clock);
        KbArticle edited = cachedArticle(*first, id);
        edited.title = QStringLiteral("Reset the VPN token (offline)");
        edited.body = QStringLiteral("Open the portal.\n\nThen choose Reset token.");
        auto saved = writer.save(edited);
        ASSERT_TRUE(saved.ok()) << saved.error().toString().toStdString();
        EXPECT_TRUE(saved.value());

        // Saved locally at once: the cache shows it, the outbox holds it against version 1.
        EXPECT_EQ(cachedArticle(*first, id).title, edited.title);
        auto pending = first->engine().outbox().pendingForRow(QStringLiteral("kb_articles"), idText(id));
        ASSERT_TRUE(pending.ok());
        ASSERT_EQ(pending.value().size(), 1u);
        EXPECT_EQ(pending.value().front().baseVersion, 1);
        EXPECT_EQ(text(serverArticle(id), "title"), "Reset the VPN token");
    } // the process ends with the edit unsent

    auto second = client(QStringLiteral("offline.sqlite"), m_agent);
    EXPECT_EQ(cachedArticle(*second, id).title, QStringLiteral("Reset the VPN token (offline)"));
    EXPECT_EQ(second->engine().pendingWrites(), 1);
    second->engine().start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return second->engine().pendingWrites() == 0; }, 60'000));
    const Json row = serverArticle(id);
    EXPECT_EQ(text(row, "title"), "Reset the VPN token (offline)");
    EXPECT_EQ(text(row, "body"), "Open the portal.\n\nThen choose Reset token.");
    EXPECT_EQ(row.value("version", 0), 2);
    const Json versions = serverVersions(id);
    ASSERT_EQ(versions.size(), 2u);
    EXPECT_EQ(text(versions[1], "body"), "Open the portal.\n\nThen choose Reset token.");
    EXPECT_EQ(second->engine().openConflicts(), 0);
}

TEST_F(KbIntegration, ConcurrentEditsConflictAndAreMergedIntoOneNewVersionWithBothChanges)
{
    auto secondAgent = m_service.createUser(QStringLiteral("agent"));
    ASSERT_TRUE(secondAgent.ok());
    const QString body = QStringLiteral("# Printer jams\n\nOpen tray two and remove the paper.\n\n"
                                        "Close the tray and print a test page.\n");
    const QUuid id = createArticle(QStringLiteral("Printer jams"), body);

    auto alice = client(QStringLiteral("alice.sqlite"), m_agent);
    auto bob = client(QStringLiteral("bob.sqlite"), secondAgent.value());
    ASSERT_TRUE(alice->startAndWaitLive(120'000));
    ASSERT_TRUE(bob->startAndWaitLive(120'000));
    ASSERT_TRUE(waitForArticle(*alice, id, 1));
    ASSERT_TRUE(waitForArticle(*bob, id, 1));

    // Alice is offline and rewrites the first step; Bob, online, changes the last one and the tags.
    alice->engine().stop();
    KbArticleWriter aliceWriter(*alice->cache(), alice->engine(), m_clock);
    KbArticle mine = cachedArticle(*alice, id);
    mine.body = QStringLiteral("# Printer jams\n\nOpen tray two, pull the green lever and remove the paper.\n\n"
                               "Close the tray and print a test page.\n");
    ASSERT_TRUE(aliceWriter.save(mine).ok());

    KbArticleWriter bobWriter(*bob->cache(), bob->engine(), m_clock);
    KbArticle theirs = cachedArticle(*bob, id);
    theirs.body = QStringLiteral("# Printer jams\n\nOpen tray two and remove the paper.\n\n"
                                 "Close the tray and print a configuration page.\n");
    theirs.tags = {QStringLiteral("printer")};
    ASSERT_TRUE(bobWriter.save(theirs).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return bob->engine().pendingWrites() == 0; }, 30'000));
    EXPECT_EQ(serverArticle(id).value("version", 0), 2);

    // Alice reconnects: her edit was based on version 1, so the server refuses it and nothing is overwritten.
    SyncTestClient& a = *alice;
    a.createEngine();
    QSignalSpy conflicts(&a.engine(), &SyncEngine::conflictRecorded);
    a.engine().start();
    ASSERT_TRUE(conflicts.wait(60'000) || !conflicts.isEmpty());
    EXPECT_EQ(text(serverArticle(id), "body"), theirs.body.toStdString());

    // The writer of the engine before the restart is gone with it: one for the new engine.
    KbArticleWriter writer(*a.cache(), a.engine(), m_clock);
    auto conflict = writer.conflict(id);
    ASSERT_TRUE(conflict.ok()) << conflict.error().toString().toStdString();
    ASSERT_TRUE(conflict.value().has_value());
    const KbArticleWriter::Conflict& c = *conflict.value();
    EXPECT_FALSE(c.waiting);
    EXPECT_EQ(c.base.version, 1);
    EXPECT_EQ(c.base.body, body);
    EXPECT_EQ(c.mine.body, mine.body);
    EXPECT_EQ(c.theirs.version, 2);
    EXPECT_EQ(c.theirs.body, theirs.body);

    // Without the kept base (e.g. an edit made on top of an answered one) the version history gives the base text.
    {
        KbArticleStore store(*a.cache());
        ASSERT_TRUE(store.forgetBases(id).ok());
        auto guessed = writer.conflict(id);
        ASSERT_TRUE(guessed.ok() && guessed.value());
        EXPECT_EQ(guessed.value()->base.body, body);
        EXPECT_EQ(guessed.value()->mine.body, mine.body);
        EXPECT_EQ(guessed.value()->base.tags, theirs.tags); // untouched by me: nothing of mine to merge
        EXPECT_FALSE(
            ArticleMerge(guessed.value()->base, guessed.value()->mine, guessed.value()->theirs).hasConflicts());
    }

    ArticleMerge merge(c.base, c.mine, c.theirs);
    EXPECT_FALSE(merge.hasConflicts());
    auto merged = merge.merged();
    ASSERT_TRUE(merged.ok());
    ASSERT_TRUE(writer.resolve(c, merged.value()).ok());
    EXPECT_EQ(writer.conflictedArticles().value().size(), 0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return a.engine().pendingWrites() == 0; }, 30'000));

    const std::string both = "# Printer jams\n\nOpen tray two, pull the green lever and remove the paper.\n\n"
                             "Close the tray and print a configuration page.\n";
    const Json row = serverArticle(id);
    EXPECT_EQ(text(row, "body"), both);
    EXPECT_EQ(row.value("version", 0), 3);
    const Json versions = serverVersions(id);
    ASSERT_EQ(versions.size(), 3u); // 1: created, 2: Bob, 3: the merge — one new version with both changes
    EXPECT_EQ(text(versions[2], "body"), both);
    EXPECT_EQ(a.engine().openConflicts(), 0);
    ASSERT_TRUE(waitForArticle(a, id, 3));
    EXPECT_EQ(cachedArticle(a, id).tags, QStringList{QStringLiteral("printer")});
}

TEST_F(KbIntegration, EachReaderHasOneVoteThatTheyCanChange)
{
    const QUuid id = createArticle(QStringLiteral("Change your password"), QStringLiteral("Use the portal."));
    auto c = client(QStringLiteral("votes.sqlite"), m_agent);
    KbServer server(c->rest());
    QObject context;

    std::optional<Result<void>> first;
    server.vote(id, m_agent.id, KbServer::Vote{true, QString()}, &context, [&](Result<void> r) { first = r; });
    auto firstAnswer = waitFor(first);
    ASSERT_TRUE(firstAnswer && firstAnswer->ok()) << (firstAnswer ? firstAnswer->error().toString().toStdString() : "");

    std::optional<Result<void>> second;
    server.vote(id, m_agent.id, KbServer::Vote{false, QStringLiteral("Step 3 is missing")}, &context,
                [&](Result<void> r) { second = r; });
    auto secondAnswer = waitFor(second);
    ASSERT_TRUE(secondAnswer && secondAnswer->ok());

    QueryBuilder votes(QStringLiteral("kb_feedback"));
    votes.select(QStringLiteral("helpful,comment")).eq(QStringLiteral("article_id"), id);
    auto rows = m_service.run(votes);
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->data.size(), 1u);
    EXPECT_FALSE(rows->data.front().value("helpful", true));
    EXPECT_EQ(text(rows->data.front(), "comment"), "Step 3 is missing");

    // A second row for the same reader is refused by the database, whatever a client sends.
    QueryBuilder duplicate(QStringLiteral("kb_feedback"));
    duplicate.insert(Json{
        {"article_id", idText(id).toStdString()}, {"user_id", idText(m_agent.id).toStdString()}, {"helpful", true}});
    auto refused = m_service.run(duplicate);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, QStringLiteral("23505"));

    std::optional<Result<std::optional<KbServer::Vote>>> mine;
    server.myVote(id, m_agent.id, &context, [&](Result<std::optional<KbServer::Vote>> r) { mine = r; });
    auto myVote = waitFor(mine);
    ASSERT_TRUE(myVote && myVote->ok() && myVote->value().has_value());
    EXPECT_FALSE(myVote->value()->helpful);

    std::optional<Result<KbServer::Score>> score;
    server.score(id, &context, [&](Result<KbServer::Score> r) { score = r; });
    auto scoreAnswer = waitFor(score);
    ASSERT_TRUE(scoreAnswer && scoreAnswer->ok());
    EXPECT_EQ(scoreAnswer->value().helpful, 0);
    EXPECT_EQ(scoreAnswer->value().unhelpful, 1);
}

TEST_F(KbIntegration, SearchesThatFindNothingBecomeContentGapsForAdmins)
{
    auto admin = m_service.createUser(QStringLiteral("admin"));
    ASSERT_TRUE(admin.ok());
    auto c = client(QStringLiteral("gaps.sqlite"), admin.value());
    KbServer server(c->rest());
    QObject context;
    const QString query = QStringLiteral("quuxfrob %1").arg(QUuid::createUuid().toString(QUuid::Id128).left(10));

    std::optional<Result<int>> logged;
    server.logSearch(query, &context, [&](Result<int> r) { logged = r; });
    auto answer = waitFor(logged);
    ASSERT_TRUE(answer && answer->ok()) << (answer ? answer->error().toString().toStdString() : "");
    EXPECT_EQ(answer->value(), 0);

    std::optional<Result<QList<KbServer::ContentGap>>> gaps;
    server.contentGaps(&context, [&](Result<QList<KbServer::ContentGap>> r) { gaps = r; });
    auto gapAnswer = waitFor(gaps);
    ASSERT_TRUE(gapAnswer && gapAnswer->ok()) << (gapAnswer ? gapAnswer->error().toString().toStdString() : "");
    bool found = false;
    for (const auto& gap : gapAnswer->value()) {
        found = found || gap.query == query;
    }
    EXPECT_TRUE(found) << "the empty search is not among the content gaps";
}

TEST_F(KbIntegration, RestoringAVersionMakesANewVersionWithTheOldText)
{
    const QUuid id = createArticle(QStringLiteral("Wi-Fi setup"), QStringLiteral("Join the guest network."));
    QueryBuilder edit(QStringLiteral("kb_articles"));
    edit.update(Json{{"body", "Join the staff network."}}).eq(QStringLiteral("id"), id);
    ASSERT_TRUE(m_service.run(edit).ok());

    auto c = client(QStringLiteral("restore.sqlite"), m_agent);
    KbServer server(c->rest());
    QObject context;
    std::optional<Result<Json>> restored;
    server.restoreVersion(id, 1, &context, [&](Result<Json> r) { restored = r; });
    auto answer = waitFor(restored);
    ASSERT_TRUE(answer && answer->ok()) << (answer ? answer->error().toString().toStdString() : "");
    EXPECT_EQ(answer->value().value("version", 0), 3);
    EXPECT_EQ(text(answer->value(), "body"), "Join the guest network.");
    EXPECT_EQ(serverVersions(id).size(), 3u);
}

TEST_F(KbIntegration, CitingAnArticleOnATicketTwiceListsTheTicketOnce)
{
    auto customer = m_service.createUser(QStringLiteral("customer"));
    ASSERT_TRUE(customer.ok());
    const QUuid ticket = QUuid::createUuid();
    QueryBuilder insert(QStringLiteral("tickets"));
    insert.insert(Json{{"id", idText(ticket).toStdString()},
                       {"title", "Printer on floor 2 jams"},
                       {"description", "Every morning"},
                       {"requester_id", idText(customer.value().id).toStdString()}});
    ASSERT_TRUE(m_service.run(insert).ok());
    const QUuid id = createArticle(QStringLiteral("Printer jams on floor 2"), QStringLiteral("Tray two."));

    auto c = client(QStringLiteral("links.sqlite"), m_agent);
    KbServer server(c->rest());
    QObject context;
    for (int i = 0; i < 2; ++i) {
        std::optional<Result<void>> linked;
        server.linkToTicket(ticket, id, &context, [&](Result<void> r) { linked = r; });
        auto answer = waitFor(linked);
        ASSERT_TRUE(answer && answer->ok()) << (answer ? answer->error().toString().toStdString() : "");
    }
    std::optional<Result<QList<KbServer::CitingTicket>>> citing;
    server.citingTickets(id, &context, [&](Result<QList<KbServer::CitingTicket>> r) { citing = r; });
    auto answer = waitFor(citing);
    ASSERT_TRUE(answer && answer->ok());
    ASSERT_EQ(answer->value().size(), 1);
    EXPECT_EQ(answer->value().front().ticketId, ticket);
    EXPECT_EQ(answer->value().front().title, QStringLiteral("Printer on floor 2 jams"));
    EXPECT_EQ(answer->value().front().citations, 1);
}

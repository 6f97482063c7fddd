#include "store/LocalSearch.h"

#include "CacheFixture.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace helpdesk;
using namespace helpdesk::test;

class LocalSearchTest : public CacheFixture
{
protected:
    static QUuid uuid(int n) { return QUuid::fromString(QString::fromStdString(ticketId(n))); }
    static QList<QUuid> ids(const QList<LocalSearch::Hit>& hits)
    {
        QList<QUuid> out;
        for (const auto& h : hits)
            out.append(h.id);
        return out;
    }
};

TEST_F(LocalSearchTest, RanksTitleMatchesAboveDescriptionMatches)
{
    Json a = ticketRow(ticketId(1), 1, "Laptop battery");
    a["description"] = "The screen flickers";
    Json b = ticketRow(ticketId(2), 2, "Screen flickers after update");
    b["description"] = "Since the last update";
    applyTickets(array({a, b}));
    LocalSearch search(*m_cache);
    auto hits = search.tickets(QStringLiteral("screen"));
    ASSERT_TRUE(hits.ok()) << hits.error().toString().toStdString();
    EXPECT_EQ(ids(hits.value()), (QList<QUuid>{uuid(2), uuid(1)}));
}

TEST_F(LocalSearchTest, FindsATicketThroughItsMessagesOnceEvenWithManyHits)
{
    applyTickets(array({ticketRow(ticketId(1), 1, "Question")}));
    Json rows = Json::array();
    for (int i = 0; i < 3; ++i)
        rows.push_back(Json{{"id", "00000000-0000-4000-8000-00000000e00" + std::to_string(i)},
                            {"ticket_id", ticketId(1)},
                            {"body", "Error code 0x80070005 again"},
                            {"is_internal", false},
                            {"source", "customer"},
                            {"version", 1},
                            {"created_at", "2026-11-20T10:00:00Z"},
                            {"updated_at", "2026-11-20T10:00:00Z"},
                            {"deleted_at", nullptr}});
    ASSERT_TRUE(m_mirror->applyServerRows(messages(), rows).ok());
    LocalSearch search(*m_cache);
    auto hits = search.tickets(QStringLiteral("0x8007"));
    ASSERT_TRUE(hits.ok());
    EXPECT_EQ(ids(hits.value()), (QList<QUuid>{uuid(1)}));
}

TEST_F(LocalSearchTest, ForgetsOldTextAfterAnUpdateAndRowsAfterADelete)
{
    applyTickets(array({ticketRow(ticketId(1), 1, "Mailbox full")}));
    applyTickets(array({ticketRow(ticketId(1), 1, "Calendar sync", "open", 2)}));
    LocalSearch search(*m_cache);
    EXPECT_TRUE(search.tickets(QStringLiteral("mailbox"))->isEmpty());
    EXPECT_EQ(search.tickets(QStringLiteral("calendar"))->size(), 1);
    ASSERT_TRUE(m_mirror->removeRow(tickets(), QString::fromStdString(ticketId(1))).ok());
    EXPECT_TRUE(search.tickets(QStringLiteral("calendar"))->isEmpty());
    // The external-content index is consistent with its table.
    QSqlQuery check(m_cache->connection());
    EXPECT_TRUE(check.exec(QStringLiteral("INSERT INTO tickets_fts(tickets_fts) VALUES ('integrity-check')")))
        << check.lastError().text().toStdString();
}

TEST_F(LocalSearchTest, FindsKnowledgeBaseArticlesByTitleBodyAndTags)
{
    const MirrorTable& kb = *MirrorSchema::table(QStringLiteral("kb_articles"));
    auto article = [](int n, const std::string& title, const std::string& body, Json tags) {
        return Json{{"id", ticketId(n)},  {"slug", "a" + std::to_string(n)}, {"title", title}, {"body", body},
                    {"visibility", "public"}, {"status", "published"},      {"tags", std::move(tags)},
                    {"author_id", nullptr}, {"version", 1},                  {"published_at", nullptr},
                    {"created_at", "2026-11-20T10:00:00Z"}, {"updated_at", "2026-11-20T10:00:00Z"},
                    {"deleted_at", nullptr}};
    };
    ASSERT_TRUE(m_mirror
                    ->applyServerRows(kb, array({article(1, "Reset your password", "Open settings", Json::array()),
                                                 article(2, "Billing FAQ", "Invoices and refunds",
                                                         Json::array({"password"}))}))
                    .ok());
    LocalSearch search(*m_cache);
    auto hits = search.kbArticles(QStringLiteral("passw"));
    ASSERT_TRUE(hits.ok()) << hits.error().toString().toStdString();
    EXPECT_EQ(ids(hits.value()), (QList<QUuid>{uuid(1), uuid(2)}));
    EXPECT_EQ(ids(search.kbArticles(QStringLiteral("refunds")).value()), (QList<QUuid>{uuid(2)}));
}

#include "store/TicketStore.h"

#include "CacheFixture.h"
#include "store/DirectoryStore.h"

using namespace helpdesk;
using namespace helpdesk::test;

class TicketStoreTest : public CacheFixture
{
protected:
    static QUuid uuid(int n) { return QUuid::fromString(QString::fromStdString(ticketId(n))); }
};

TEST_F(TicketStoreTest, ReadsTicketsInTheOrderAsked)
{
    applyTickets(array({ticketRow(ticketId(1), 11, "One"), ticketRow(ticketId(2), 12, "Two"),
                        ticketRow(ticketId(3), 13, "Three")}));
    TicketStore store(*m_cache);
    auto tickets = store.ticketsByIds({uuid(3), uuid(9), uuid(1)});
    ASSERT_TRUE(tickets.ok()) << tickets.error().toString().toStdString();
    ASSERT_EQ(tickets->size(), 2u);
    EXPECT_EQ((*tickets)[0].title, QStringLiteral("Three"));
    EXPECT_EQ((*tickets)[1].title, QStringLiteral("One"));
    EXPECT_EQ((*tickets)[1].number, 11);
    EXPECT_EQ((*tickets)[1].status, TicketStatus::Open);
    EXPECT_EQ((*tickets)[1].updatedAt.toIso(), QStringLiteral("2026-11-20T10:00:00.000001Z"));
}

TEST_F(TicketStoreTest, FindsATicketByItsNumber)
{
    applyTickets(array({ticketRow(ticketId(1), 41, "Forty-one")}));
    TicketStore store(*m_cache);
    auto found = store.ticketByNumber(41);
    ASSERT_TRUE(found.ok());
    ASSERT_TRUE(found->has_value());
    EXPECT_EQ((*found)->id, uuid(1));
    EXPECT_FALSE(store.ticketByNumber(42)->has_value());
}

TEST_F(TicketStoreTest, ShowsATicketMadeOfflineBeforeTheServerNumbersIt)
{
    auto entry = m_journal->insert(QStringLiteral("tickets"),
                                   Json{{"title", "Made offline"}, {"requester_id", "00000000-0000-4000-8000-00000000c001"}},
                                   Json{{"created_at", "2026-11-21T09:00:00Z"}, {"updated_at", "2026-11-21T09:00:00Z"}});
    ASSERT_TRUE(entry.ok());
    EXPECT_FALSE(entry->payload.contains("created_at")); // not sent
    TicketStore store(*m_cache);
    auto ticket = store.ticket(QUuid::fromString(entry->rowKey));
    ASSERT_TRUE(ticket.ok()) << ticket.error().toString().toStdString();
    ASSERT_TRUE(ticket->has_value());
    EXPECT_EQ((*ticket)->title, QStringLiteral("Made offline"));
    EXPECT_EQ((*ticket)->number, 0);
    EXPECT_EQ((*ticket)->status, TicketStatus::New);
    EXPECT_EQ((*ticket)->createdAt.toIso(), QStringLiteral("2026-11-21T09:00:00.000000Z"));
}

TEST_F(TicketStoreTest, ListsAConversationOldestFirst)
{
    auto message = [](int n, const std::string& at) {
        return Json{{"id", "00000000-0000-4000-8000-00000000e00" + std::to_string(n)},
                    {"ticket_id", ticketId(1)},
                    {"author_id", nullptr},
                    {"body", "Message " + std::to_string(n)},
                    {"is_internal", n == 2},
                    {"source", "agent"},
                    {"version", 1},
                    {"created_at", at},
                    {"updated_at", at},
                    {"deleted_at", nullptr}};
    };
    ASSERT_TRUE(m_mirror
                    ->applyServerRows(messages(), array({message(1, "2026-11-20T10:05:00Z"),
                                                         message(2, "2026-11-20T10:01:00Z"),
                                                         message(3, "2026-11-20T10:03:00Z")}))
                    .ok());
    TicketStore store(*m_cache);
    auto conversation = store.messages(uuid(1));
    ASSERT_TRUE(conversation.ok()) << conversation.error().toString().toStdString();
    ASSERT_EQ(conversation->size(), 3u);
    EXPECT_EQ((*conversation)[0].body, QStringLiteral("Message 2"));
    EXPECT_TRUE((*conversation)[0].isInternal);
    EXPECT_EQ((*conversation)[2].body, QStringLiteral("Message 1"));
}

TEST_F(TicketStoreTest, ReadsTeamsAndMembership)
{
    const MirrorTable& teams = *MirrorSchema::table(QStringLiteral("teams"));
    const MirrorTable& members = *MirrorSchema::table(QStringLiteral("team_members"));
    auto team = [](const char* id, const char* name) {
        return Json{{"id", id}, {"name", name}, {"description", ""},
                    {"created_at", "2026-11-20T09:00:00Z"}, {"updated_at", "2026-11-20T09:00:00Z"}};
    };
    ASSERT_TRUE(m_mirror->applyServerRows(teams, array({team("00000000-0000-4000-8000-0000000000a2", "billing"),
                                                        team("00000000-0000-4000-8000-0000000000a1", "Access")}))
                    .ok());
    ASSERT_TRUE(m_mirror
                    ->applyServerRows(members, array({Json{{"team_id", "00000000-0000-4000-8000-0000000000a2"},
                                                           {"user_id", "00000000-0000-4000-8000-0000000000b1"},
                                                           {"created_at", "2026-11-20T09:00:00Z"},
                                                           {"updated_at", "2026-11-20T09:00:00Z"}}}))
                    .ok());
    DirectoryStore directory(*m_cache);
    auto all = directory.teams();
    ASSERT_TRUE(all.ok()) << all.error().toString().toStdString();
    ASSERT_EQ(all->size(), 2u);
    EXPECT_EQ((*all)[0].name, QStringLiteral("Access"));
    auto mine = directory.teamIdsOf(QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-0000000000b1")));
    ASSERT_TRUE(mine.ok());
    EXPECT_EQ(mine.value(), (QList<QUuid>{QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-0000000000a2"))}));
}

#include "store/QueueQuery.h"

#include "CacheFixture.h"

using namespace helpdesk;
using namespace helpdesk::test;

namespace {

const char* const kMe = "00000000-0000-4000-8000-00000000a001";
const char* const kOther = "00000000-0000-4000-8000-00000000a002";
const char* const kTeam = "00000000-0000-4000-8000-00000000f001";

std::string at(int minute)
{
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "2026-11-20T10:%02d:00.000000Z", minute);
    return buffer;
}

} // namespace

class QueueQueryTest : public CacheFixture
{
protected:
    void SetUp() override
    {
        CacheFixture::SetUp();
        // 1: open, mine, urgent, team, tag billing     updated :01
        // 2: open, unassigned, low                     updated :05
        // 3: pending, other, high, team                updated :03
        // 4: solved, mine, normal, tag billing         updated :04
        // 5: new, unassigned, high, due soonest        updated :02
        Json t1 = ticketRow(ticketId(1), 1, "Refund for invoice", "open", 1, at(1));
        t1["assignee_id"] = kMe;
        t1["priority"] = "urgent";
        t1["team_id"] = kTeam;
        t1["tags"] = Json::array({"billing", "vip"});
        Json t2 = ticketRow(ticketId(2), 2, "Password reset", "open", 1, at(5));
        t2["priority"] = "low";
        Json t3 = ticketRow(ticketId(3), 3, "Printer jams", "pending", 1, at(3));
        t3["assignee_id"] = kOther;
        t3["priority"] = "high";
        t3["team_id"] = kTeam;
        t3["resolution_due_at"] = "2026-11-22T00:00:00Z";
        Json t4 = ticketRow(ticketId(4), 4, "Invoice copy", "solved", 1, at(4));
        t4["assignee_id"] = kMe;
        t4["tags"] = Json::array({"billing"});
        Json t5 = ticketRow(ticketId(5), 5, "VPN down", "new", 1, at(2));
        t5["priority"] = "high";
        t5["resolution_due_at"] = "2026-11-21T00:00:00Z";
        applyTickets(array({t1, t2, t3, t4, t5}));
        const Json message{{"id", "00000000-0000-4000-8000-00000000e001"},
                           {"ticket_id", ticketId(2)},
                           {"author_id", kMe},
                           {"body", "The customer mentions a kerberos ticket expiry"},
                           {"is_internal", true},
                           {"source", "agent"},
                           {"version", 1},
                           {"created_at", at(6)},
                           {"updated_at", at(6)},
                           {"deleted_at", nullptr}};
        ASSERT_TRUE(m_mirror->applyServerRows(messages(), array({message})).ok());
    }

    static QList<int> numbers(const QList<QUuid>& ids)
    {
        QList<int> out;
        for (const QUuid& id : ids)
            out.append(static_cast<int>(id.toString(QUuid::WithoutBraces).right(12).toInt()));
        return out;
    }

    QList<int> query(const QueueFilter& filter, QueueSort sort = QueueSort::UpdatedNewest)
    {
        QueueQuery queue(*m_cache);
        auto page = queue.ids(filter, sort);
        EXPECT_TRUE(page.ok()) << (page.ok() ? std::string() : page.error().toString().toStdString());
        return page.ok() ? numbers(page->ids) : QList<int>();
    }
};

TEST_F(QueueQueryTest, FiltersByStatusSet)
{
    QueueFilter filter;
    filter.statuses = {TicketStatus::New, TicketStatus::Open};
    EXPECT_EQ(query(filter), (QList<int>{2, 5, 1}));
}

TEST_F(QueueQueryTest, FiltersByAssigneeMeUnassignedOrAnyone)
{
    QueueFilter filter;
    filter.me = QUuid::fromString(QLatin1String(kMe));
    filter.assignee = QueueFilter::Assignee::Me;
    EXPECT_EQ(query(filter), (QList<int>{4, 1}));
    filter.assignee = QueueFilter::Assignee::Unassigned;
    EXPECT_EQ(query(filter), (QList<int>{2, 5}));
    filter.assignee = QueueFilter::Assignee::Person;
    filter.assigneeId = QUuid::fromString(QLatin1String(kOther));
    EXPECT_EQ(query(filter), (QList<int>{3}));
    filter.assignee = QueueFilter::Assignee::Anyone;
    EXPECT_EQ(query(filter).size(), 5);
}

TEST_F(QueueQueryTest, FiltersByTeamPriorityAndTag)
{
    QueueFilter filter;
    filter.teamId = QUuid::fromString(QLatin1String(kTeam));
    EXPECT_EQ(query(filter), (QList<int>{3, 1}));
    filter = {};
    filter.teamId = QUuid();
    EXPECT_EQ(query(filter), (QList<int>{2, 4, 5}));
    filter = {};
    filter.priorities = {TicketPriority::High, TicketPriority::Urgent};
    EXPECT_EQ(query(filter), (QList<int>{3, 5, 1}));
    filter = {};
    filter.tag = QStringLiteral("billing");
    EXPECT_EQ(query(filter), (QList<int>{4, 1}));
    filter.tag = QStringLiteral("vip");
    EXPECT_EQ(query(filter), (QList<int>{1}));
}

TEST_F(QueueQueryTest, FindsTextInTitlesDescriptionsAndMessages)
{
    QueueFilter filter;
    filter.text = QStringLiteral("invoice");
    EXPECT_EQ(query(filter), (QList<int>{4, 1}));
    filter.text = QStringLiteral("kerb"); // prefix, in a message
    EXPECT_EQ(query(filter), (QList<int>{2}));
    filter.text = QStringLiteral("invoice refund");
    EXPECT_EQ(query(filter), (QList<int>{1}));
    filter.text = QStringLiteral("\"*()");
    EXPECT_TRUE(query(filter).isEmpty());
}

TEST_F(QueueQueryTest, FollowsTagAndTextChanges)
{
    Json t2 = ticketRow(ticketId(2), 2, "Password reset for billing portal", "open", 2, at(7));
    t2["tags"] = Json::array({"billing"});
    applyTickets(array({t2}));
    QueueFilter filter;
    filter.tag = QStringLiteral("billing");
    EXPECT_EQ(query(filter), (QList<int>{2, 4, 1}));
    filter = {};
    filter.text = QStringLiteral("portal");
    EXPECT_EQ(query(filter), (QList<int>{2}));
}

TEST_F(QueueQueryTest, SortsByEachKey)
{
    const QueueFilter all;
    EXPECT_EQ(query(all, QueueSort::UpdatedNewest), (QList<int>{2, 4, 3, 5, 1}));
    EXPECT_EQ(query(all, QueueSort::UpdatedOldest), (QList<int>{1, 5, 3, 4, 2}));
    EXPECT_EQ(query(all, QueueSort::PriorityHighest), (QList<int>{1, 3, 5, 4, 2}));
    EXPECT_EQ(query(all, QueueSort::DueSoonest), (QList<int>{5, 3, 1, 2, 4}));
    EXPECT_EQ(query(all, QueueSort::NumberHighest), (QList<int>{5, 4, 3, 2, 1}));
}

TEST_F(QueueQueryTest, WindowsWithOffsetAndReportsTheTotal)
{
    QueueQuery queue(*m_cache);
    auto page = queue.ids({}, QueueSort::UpdatedNewest, 1, 2);
    ASSERT_TRUE(page.ok());
    EXPECT_EQ(numbers(page->ids), (QList<int>{4, 3}));
    EXPECT_EQ(page->total, 5);
}

TEST_F(QueueQueryTest, ContinuesAfterAnAnchorTicket)
{
    QueueQuery queue(*m_cache);
    auto next = queue.idsAfter({}, QueueSort::PriorityHighest, QUuid::fromString(QString::fromStdString(ticketId(3))), 2);
    ASSERT_TRUE(next.ok()) << next.error().toString().toStdString();
    EXPECT_EQ(numbers(next.value()), (QList<int>{5, 4}));
    next = queue.idsAfter({}, QueueSort::DueSoonest, QUuid::fromString(QString::fromStdString(ticketId(1))), 10);
    ASSERT_TRUE(next.ok());
    EXPECT_EQ(numbers(next.value()), (QList<int>{2, 4}));
}

TEST_F(QueueQueryTest, FindsWhereATicketStandsAndReadsAWindowWithoutCounting)
{
    QueueQuery queue(*m_cache);
    for (QueueSort sort : {QueueSort::UpdatedNewest, QueueSort::UpdatedOldest, QueueSort::CreatedNewest,
                           QueueSort::CreatedOldest, QueueSort::PriorityHighest, QueueSort::DueSoonest,
                           QueueSort::NumberHighest}) {
        auto all = queue.ids({}, sort);
        ASSERT_TRUE(all.ok());
        ASSERT_GE(all->ids.size(), 4);
        for (int i = 0; i < all->ids.size(); ++i) {
            auto at = queue.position({}, sort, all->ids.at(i));
            ASSERT_TRUE(at.ok()) << at.error().toString().toStdString();
            EXPECT_EQ(at.value(), i) << "sort " << static_cast<int>(sort);
        }
        auto window = queue.idWindow({}, sort, 1, 2);
        ASSERT_TRUE(window.ok());
        EXPECT_EQ(window.value(), all->ids.mid(1, 2));
    }
    QueueFilter open;
    open.statuses = {TicketStatus::Open};
    auto openIds = queue.ids(open, QueueSort::UpdatedNewest);
    auto all = queue.ids({}, QueueSort::UpdatedNewest);
    ASSERT_TRUE(openIds.ok() && all.ok());
    for (const QUuid& id : all->ids) {
        auto at = queue.position(open, QueueSort::UpdatedNewest, id);
        ASSERT_TRUE(at.ok());
        EXPECT_EQ(at.value(), openIds->ids.indexOf(id)); // -1 for tickets the filter leaves out
    }
    EXPECT_EQ(queue.position({}, QueueSort::UpdatedNewest, QUuid::createUuid()).value(), -1);
}

TEST_F(QueueQueryTest, CountsEverySavedView)
{
    QueueQuery queue(*m_cache);
    SavedView mine{QStringLiteral("Mine"), {}};
    mine.filter.assignee = QueueFilter::Assignee::Me;
    mine.filter.me = QUuid::fromString(QLatin1String(kMe));
    SavedView unassignedOpen{QStringLiteral("Unassigned open"), {}};
    unassignedOpen.filter.assignee = QueueFilter::Assignee::Unassigned;
    unassignedOpen.filter.statuses = {TicketStatus::New, TicketStatus::Open};
    auto counts = queue.countsPerView({mine, unassignedOpen});
    ASSERT_TRUE(counts.ok());
    EXPECT_EQ(counts->value(QStringLiteral("Mine")), 2);
    EXPECT_EQ(counts->value(QStringLiteral("Unassigned open")), 2);
}

TEST_F(QueueQueryTest, NarrowsToADrillDownsChannelAndWindows)
{
    // 6: chat, created the 21st, solved the 22nd; 7: chat, created the 23rd. 1-5 are email, created the 20th.
    Json t6 = ticketRow(ticketId(6), 6, "Chat about refunds", "solved", 1, at(7));
    t6["channel"] = "chat";
    t6["created_at"] = "2026-11-21T08:00:00.000000Z";
    t6["solved_at"] = "2026-11-22T08:00:00.000000Z";
    Json t7 = ticketRow(ticketId(7), 7, "Chat about invoices", "open", 1, at(8));
    t7["channel"] = "chat";
    t7["created_at"] = "2026-11-23T08:00:00.000000Z";
    applyTickets(array({t6, t7}));
    const auto day = [](const char *iso) { return Timestamp::parse(QString::fromLatin1(iso)).value(); };

    QueueFilter chat;
    chat.channel = QStringLiteral("chat");
    EXPECT_EQ(query(chat), (QList<int>{7, 6}));

    QueueFilter created = chat;
    created.createdFrom = day("2026-11-21T00:00:00Z");
    created.createdTo = day("2026-11-23T00:00:00Z"); // exclusive: 7 (the 23rd, 08:00) stays out
    EXPECT_EQ(query(created), (QList<int>{6}));

    QueueFilter solved;
    solved.solvedFrom = day("2026-11-22T00:00:00Z");
    solved.solvedTo = day("2026-11-23T00:00:00Z");
    EXPECT_EQ(query(solved), (QList<int>{6})) << "tickets never solved are outside every solved window";

    QueueFilter email;
    email.channel = QStringLiteral("email");
    email.createdTo = day("2026-11-21T00:00:00Z");
    EXPECT_EQ(query(email), (QList<int>{2, 4, 3, 5, 1}));
}

TEST_F(QueueQueryTest, HidesTicketsDeletedLocally)
{
    ASSERT_TRUE(m_journal->remove(QStringLiteral("tickets"), QString::fromStdString(ticketId(2))).ok());
    EXPECT_EQ(query({}), (QList<int>{4, 3, 5, 1}));
}

TEST(QueueQueryText, QuotesEachWordAsAPrefix)
{
    EXPECT_EQ(QueueQuery::ftsQuery(QStringLiteral("  VPN \"down\" OR*")), QStringLiteral("\"VPN\"* \"down\"* \"OR\"*"));
    EXPECT_EQ(QueueQuery::ftsQuery(QStringLiteral("café")), QStringLiteral("\"café\"*"));
    EXPECT_TRUE(QueueQuery::ftsQuery(QStringLiteral("-- ()")).isEmpty());
}

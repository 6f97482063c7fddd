#include "ui/TrayNotifier.h"

#include "CacheFixture.h"
#include "QtPrinters.h"

#include "core/ManualClock.h"
#include "core/TicketMessage.h"

#include <gtest/gtest.h>

using namespace helpdesk;
using helpdesk::testing::CacheFixture;

namespace {
struct TrayNotifierTest : ::testing::Test
{
    CacheFixture cache;
    ManualClock clock{Timestamp::fromSecs(1'800'000'000)};
    Profile agent = cache.addProfile(QStringLiteral("Arno Agent"), UserRole::Agent);
    Profile other = cache.addProfile(QStringLiteral("Olga Other"), UserRole::Agent);
    Profile customer = cache.addProfile(QStringLiteral("Carla Customer"), UserRole::Customer);
    TrayNotifier notifier{cache.database(), clock, agent.id, QIcon()};

    Ticket ticket(qint64 number, std::optional<QUuid> assignee, std::int64_t assignedSecsAgo)
    {
        Ticket t = CacheFixture::makeTicket(number, QStringLiteral("Printer on fire"), customer.id, clock.now());
        t.assigneeId = assignee;
        t.assignedAt = clock.now().addSecs(-assignedSecsAgo);
        return t;
    }
    static QStringList keys(const std::vector<Ticket> &tickets)
    {
        QStringList out;
        for (const Ticket &t : tickets) {
            out.append(t.id.toString(QUuid::WithoutBraces));
        }
        return out;
    }
};
} // namespace

TEST_F(TrayNotifierTest, TellsANewAssignmentToMeOnce)
{
    const std::vector<Ticket> tickets{ticket(1, agent.id, 30), ticket(2, other.id, 30), ticket(3, agent.id, 3 * 3600)};
    cache.putTickets(tickets);
    auto notices = notifier.noticesFor(QStringLiteral("tickets"), keys(tickets));
    ASSERT_EQ(notices.size(), 1u);
    EXPECT_EQ(notices[0].title, QStringLiteral("Assigned to you"));
    EXPECT_EQ(notices[0].body, QStringLiteral("#1 Printer on fire"));
    EXPECT_EQ(notices[0].ticketId, tickets[0].id);
    EXPECT_TRUE(notifier.noticesFor(QStringLiteral("tickets"), keys(tickets)).empty());
}

TEST_F(TrayNotifierTest, TellsACustomerReplyOnMyTicketButNotNotes)
{
    const Ticket mine = ticket(7, agent.id, 3600);
    cache.putTickets({mine});
    Json rows = Json::array();
    QStringList messageKeys;
    for (const bool internal : {false, true}) {
        TicketMessage m;
        m.id = QUuid::createUuid();
        m.ticketId = mine.id;
        m.authorId = internal ? agent.id : customer.id;
        m.source = internal ? MessageSource::Agent : MessageSource::Customer;
        m.isInternal = internal;
        m.body = QStringLiteral("Still broken");
        m.createdAt = clock.now().addSecs(-5);
        m.updatedAt = m.createdAt;
        Json row;
        to_json(row, m);
        rows.push_back(row);
        messageKeys.append(m.id.toString(QUuid::WithoutBraces));
    }
    cache.apply(QStringLiteral("ticket_messages"), rows);
    auto notices = notifier.noticesFor(QStringLiteral("ticket_messages"), messageKeys);
    ASSERT_EQ(notices.size(), 1u);
    EXPECT_EQ(notices[0].title, QStringLiteral("New reply from Carla Customer"));
    EXPECT_EQ(notices[0].body, QStringLiteral("#7 Printer on fire"));
}

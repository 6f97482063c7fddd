// Small pieces of the ticket view that need no server: transfer error sentences, bulk outcome summaries,
// the queue's sort menu names.
#include "ui/TicketQueueView.h"
#include "ui/ticket/AttachmentList.h"
#include "ui/ticket/BulkActionBar.h"
#include "ui/ticket/MacroPicker.h"
#include "ui/ticket/TicketHistoryView.h"

#include <gtest/gtest.h>

using namespace helpdesk;

TEST(AttachmentList, ExplainsTooBigDeniedAndUnreachableInWords)
{
    const QString tooBig = AttachmentList::describe(Error::api(413, QStringLiteral("EntityTooLarge"),
                                                               QStringLiteral("The object exceeded the maximum")),
                                                    true);
    EXPECT_TRUE(tooBig.contains(QStringLiteral("larger than the server accepts"))) << tooBig.toStdString();
    const QString denied = AttachmentList::describe(
        Error::api(403, QStringLiteral("AccessDenied"), QStringLiteral("new row violates row-level security")), true);
    EXPECT_EQ(denied, QStringLiteral("You are not allowed to attach files to this ticket."));
    const QString offline = AttachmentList::describe(Error::network(QStringLiteral("Connection refused")), false);
    EXPECT_TRUE(offline.contains(QStringLiteral("cannot be reached"))) << offline.toStdString();
    EXPECT_EQ(AttachmentList::kMaxBytes, 26214400) << "the bucket's file_size_limit";
}

TEST(BulkOutcome, CountsWhatChangedWhatAlreadyHadItAndWhatFailed)
{
    BulkOutcome outcome;
    outcome.selected = 5;
    outcome.changed = 3;
    outcome.unchanged = 1;
    outcome.failed = 1;
    EXPECT_EQ(outcome.summary(), QStringLiteral("Changed 3 ticket(s); 1 already had it; 1 could not be changed."));
    outcome.cancelled = true;
    EXPECT_EQ(outcome.summary(), QStringLiteral("Nothing changed."));
}

TEST(TicketQueueView, OffersEverySortOrderTheCacheServesWithAName)
{
    const QList<QueueSort> orders = TicketQueueView::sortOrders();
    EXPECT_EQ(orders.size(), 7);
    QStringList names;
    for (QueueSort sort : orders) {
        EXPECT_FALSE(TicketQueueView::sortName(sort).isEmpty());
        names.append(TicketQueueView::sortName(sort));
    }
    names.removeDuplicates();
    EXPECT_EQ(names.size(), orders.size());
}

TEST(MacroPicker, DescribesTheActionsOfAMacro)
{
    Macro macro;
    macro.actions = Json::parse(R"([{"field": "status", "value": "pending"}, {"field": "tags", "add": ["bug"]}])");
    EXPECT_EQ(MacroPicker::describeActions(macro), QStringLiteral("Status: pending · Tags: +bug"));
    macro.actions = Json::array();
    EXPECT_EQ(MacroPicker::describeActions(macro), QStringLiteral("No actions: inserts the text only."));
}

TEST(TicketHistoryView, DescribesEachAuditEntryInWordsWithNames)
{
    const QUuid avery = QUuid::createUuid();
    const QUuid sam = QUuid::createUuid();
    auto nameOf = [&](const QUuid &id) {
        return id == avery ? QStringLiteral("Avery Agent") : id == sam ? QStringLiteral("Sam Support") : QString();
    };
    TicketEvent created;
    created.eventType = QStringLiteral("created");
    created.actorId = avery;
    EXPECT_EQ(TicketHistoryView::describe(created, nameOf), QStringLiteral("Avery Agent created the ticket"));

    TicketEvent status;
    status.eventType = QStringLiteral("updated");
    status.actorId = avery;
    status.field = QStringLiteral("status");
    status.oldValue = "open";
    status.newValue = "on_hold";
    EXPECT_EQ(TicketHistoryView::describe(status, nameOf),
              QStringLiteral("Avery Agent changed status from Open to On hold"));

    TicketEvent assignee;
    assignee.eventType = QStringLiteral("updated");
    assignee.field = QStringLiteral("assignee_id");
    assignee.oldValue = nullptr;
    assignee.newValue = sam.toString(QUuid::WithoutBraces).toStdString();
    EXPECT_EQ(TicketHistoryView::describe(assignee, nameOf),
              QStringLiteral("The system changed assignee from none to Sam Support"));

    TicketEvent tags;
    tags.eventType = QStringLiteral("updated");
    tags.actorId = QUuid::createUuid(); // someone no longer in the cache
    tags.field = QStringLiteral("tags");
    tags.oldValue = Json::array();
    tags.newValue = Json::parse(R"(["vip", "billing"])");
    EXPECT_EQ(TicketHistoryView::describe(tags, nameOf), QStringLiteral("Someone changed tags from none to vip, billing"));
}

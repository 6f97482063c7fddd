#include "ui/TicketQueueModel.h"

#include "CacheFixture.h"
#include "QtPrinters.h"

#include "core/ManualClock.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace helpdesk;
using helpdesk::testing::CacheFixture;

namespace {

struct TicketQueueModelTest : ::testing::Test
{
    CacheFixture cache;
    ManualClock clock{Timestamp::fromSecs(1'800'000'000)};
    Profile customer = cache.addProfile(QStringLiteral("Carla Customer"), UserRole::Customer);
    Profile agent = cache.addProfile(QStringLiteral("Arno Agent"), UserRole::Agent);

    // Runs the model's query and waits for its answer.
    static void query(TicketQueueModel &model, const QueueFilter &filter, QueueSort sort)
    {
        QSignalSpy finished(&model, &TicketQueueModel::queryFinished);
        QSignalSpy failed(&model, &TicketQueueModel::queryFailed);
        model.setQuery(filter, sort);
        ASSERT_TRUE(finished.wait(5000)) << (failed.isEmpty() ? QString() : failed.at(0).at(0).toString()).toStdString();
    }
};

} // namespace

TEST_F(TicketQueueModelTest, ShowsTheFilteredTicketsInTheChosenOrder)
{
    std::vector<Ticket> tickets;
    for (int i = 1; i <= 5; ++i) {
        Ticket t = CacheFixture::makeTicket(i, QStringLiteral("Printer problem %1").arg(i), customer.id,
                                            clock.now().addSecs(-i * 60));
        t.status = i % 2 ? TicketStatus::Open : TicketStatus::Solved;
        if (i == 3) {
            t.assigneeId = agent.id;
        }
        tickets.push_back(t);
    }
    cache.putTickets(tickets);

    TicketQueueModel model(cache.database(), clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QueueFilter open;
    open.statuses = {TicketStatus::Open};
    query(model, open, QueueSort::NumberHighest);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.index(0, TicketQueueModel::NumberColumn).data().toString(), QStringLiteral("#5"));
    EXPECT_EQ(model.index(2, TicketQueueModel::NumberColumn).data().toString(), QStringLiteral("#1"));
    EXPECT_EQ(model.index(0, TicketQueueModel::RequesterColumn).data().toString(), QStringLiteral("Carla Customer"));
    EXPECT_EQ(model.index(1, TicketQueueModel::AssigneeColumn).data().toString(), QStringLiteral("Arno Agent"));
    EXPECT_EQ(model.index(0, TicketQueueModel::AssigneeColumn).data().toString(), QStringLiteral("Unassigned"));
    EXPECT_EQ(model.index(0, TicketQueueModel::StatusColumn).data().toString(), QStringLiteral("Open"));
    EXPECT_EQ(model.index(0, 0).data(TicketQueueModel::TicketIdRole).toUuid(),
              tickets[4].id);

    QueueFilter unassigned = open;
    unassigned.assignee = QueueFilter::Assignee::Unassigned;
    query(model, unassigned, QueueSort::UpdatedNewest);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.idAt(0), tickets[0].id); // updated most recently
}

TEST_F(TicketQueueModelTest, SearchesTheCacheByWords)
{
    cache.putTickets({CacheFixture::makeTicket(1, QStringLiteral("Invoice is wrong"), customer.id, clock.now()),
                      CacheFixture::makeTicket(2, QStringLiteral("Cannot log in"), customer.id, clock.now()),
                      CacheFixture::makeTicket(3, QStringLiteral("Second invoice missing"), customer.id, clock.now())});
    TicketQueueModel model(cache.database(), clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QueueFilter filter;
    filter.text = QStringLiteral("invo");
    query(model, filter, QueueSort::NumberHighest);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, TicketQueueModel::SubjectColumn).data().toString(),
              QStringLiteral("Second invoice missing"));
}

TEST_F(TicketQueueModelTest, ColoursTheSlaByHowCloseTheBreachIs)
{
    Ticket onTrack = CacheFixture::makeTicket(1, QStringLiteral("a"), customer.id, clock.now());
    onTrack.firstResponseDueAt = clock.now().addSecs(5 * 3600);
    Ticket nearing = CacheFixture::makeTicket(2, QStringLiteral("b"), customer.id, clock.now());
    nearing.firstResponseDueAt = clock.now().addSecs(20 * 60);
    Ticket breached = CacheFixture::makeTicket(3, QStringLiteral("c"), customer.id, clock.now());
    breached.firstResponseDueAt = clock.now().addSecs(-90 * 60);
    cache.putTickets({onTrack, nearing, breached});

    TicketQueueModel model(cache.database(), clock);
    query(model, {}, QueueSort::NumberHighest);
    ASSERT_EQ(model.rowCount(), 3);
    auto state = [&](int row) {
        return static_cast<SlaState>(model.index(row, TicketQueueModel::SlaDueColumn)
                                         .data(TicketQueueModel::SlaStateRole)
                                         .toInt());
    };
    EXPECT_EQ(state(0), SlaState::Breached);
    EXPECT_EQ(state(1), SlaState::NearingBreach);
    EXPECT_EQ(state(2), SlaState::OnTrack);
    EXPECT_EQ(model.index(0, TicketQueueModel::SlaDueColumn).data().toString(), QStringLiteral("1 h 30 min overdue"));
    EXPECT_EQ(model.index(1, TicketQueueModel::SlaDueColumn).data().toString(), QStringLiteral("in 20 min"));

    clock.advanceSecs(4 * 3600 + 30 * 60); // the first one now has 30 minutes left
    EXPECT_EQ(state(2), SlaState::NearingBreach);
}

TEST_F(TicketQueueModelTest, RepaintsAndHighlightsOnlyTheRowsSomeoneChanged)
{
    Ticket first = CacheFixture::makeTicket(1, QStringLiteral("Old title"), customer.id, clock.now());
    Ticket second = CacheFixture::makeTicket(2, QStringLiteral("Other"), customer.id, clock.now());
    cache.putTickets({first, second});
    TicketQueueModel model(cache.database(), clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    query(model, {}, QueueSort::NumberHighest);
    ASSERT_EQ(model.index(1, TicketQueueModel::SubjectColumn).data().toString(), QStringLiteral("Old title"));

    first.title = QStringLiteral("New title");
    first.version = 2;
    cache.putTickets({first});
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy finished(&model, &TicketQueueModel::queryFinished);
    model.ticketsChanged({first.id}, true);
    ASSERT_TRUE(finished.wait(5000));
    EXPECT_EQ(resets.count(), 0);
    ASSERT_GE(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).toModelIndex().row(), 1);
    EXPECT_EQ(model.index(1, TicketQueueModel::SubjectColumn).data().toString(), QStringLiteral("New title"));
    EXPECT_TRUE(model.index(1, 0).data(TicketQueueModel::HighlightRole).toBool());
    EXPECT_FALSE(model.index(0, 0).data(TicketQueueModel::HighlightRole).toBool());
}

TEST_F(TicketQueueModelTest, KeepsOnlyAWindowOfRowsInMemory)
{
    std::vector<Ticket> tickets;
    for (int i = 1; i <= 3000; ++i) {
        tickets.push_back(CacheFixture::makeTicket(i, QStringLiteral("Ticket %1").arg(i), customer.id,
                                                   clock.now().addSecs(-i)));
    }
    cache.putTickets(tickets);
    TicketQueueModel model(cache.database(), clock);
    query(model, {}, QueueSort::NumberHighest);
    ASSERT_EQ(model.rowCount(), 3000);
    EXPECT_EQ(model.cachedRows(), 0);
    for (int row = 0; row < model.rowCount(); row += 7) {
        ASSERT_EQ(model.index(row, TicketQueueModel::NumberColumn).data().toString(),
                  QStringLiteral("#%1").arg(3000 - row));
    }
    EXPECT_LE(model.cachedRows(), 1000);
}

TEST_F(TicketQueueModelTest, SortsOnlyByOrdersTheCacheCanServe)
{
    bool supported = false;
    EXPECT_EQ(TicketQueueModel::sortFor(TicketQueueModel::UpdatedColumn, Qt::AscendingOrder, &supported),
              QueueSort::UpdatedOldest);
    EXPECT_TRUE(supported);
    TicketQueueModel::sortFor(TicketQueueModel::SubjectColumn, Qt::AscendingOrder, &supported);
    EXPECT_FALSE(supported);
    EXPECT_EQ(TicketQueueModel::headerSortFor(QueueSort::DueSoonest).first, TicketQueueModel::SlaDueColumn);
}

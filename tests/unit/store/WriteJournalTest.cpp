#include "store/WriteJournal.h"

#include "CacheFixture.h"

using namespace helpdesk;
using namespace helpdesk::test;

class WriteJournalTest : public CacheFixture
{
protected:
    Json cached(int n)
    {
        auto read = m_mirror->row(tickets(), QString::fromStdString(ticketId(n)));
        EXPECT_TRUE(read.ok());
        return read.ok() && read.value() ? *read.value() : Json(nullptr);
    }
    static QString key(int n) { return QString::fromStdString(ticketId(n)); }
};

TEST_F(WriteJournalTest, ShowsAnUpdateAtOnceAndQueuesItWithItsBaseVersion)
{
    applyTickets(array({ticketRow(ticketId(1), 1, "Old title", "open", 5)}));
    auto entry = m_journal->update(QStringLiteral("tickets"), key(1), Json{{"title", "New title"}, {"status", "pending"}});
    ASSERT_TRUE(entry.ok()) << entry.error().toString().toStdString();
    EXPECT_EQ(cached(1)["title"], "New title");
    EXPECT_EQ(cached(1)["status"], "pending");
    EXPECT_EQ(cached(1)["version"], 5);

    auto pending = m_outbox->pending();
    ASSERT_TRUE(pending.ok());
    ASSERT_EQ(pending->size(), 1u);
    const OutboxEntry& queued = pending->front();
    EXPECT_EQ(queued.operation, OutboxEntry::Operation::Update);
    EXPECT_EQ(queued.baseVersion, 5);
    EXPECT_EQ(queued.payload, (Json{{"title", "New title"}, {"status", "pending"}}));
    EXPECT_EQ((*queued.beforeRow)["title"], "Old title");
    EXPECT_FALSE(queued.idempotencyKey.isEmpty());
}

TEST_F(WriteJournalTest, ChangesNothingWhenTheRowIsNotCached)
{
    auto entry = m_journal->update(QStringLiteral("tickets"), key(9), Json{{"title", "x"}});
    EXPECT_FALSE(entry.ok());
    EXPECT_EQ(m_outbox->count().value(), 0);
}

TEST_F(WriteJournalTest, GivesANewRowAnIdAndShowsItAtOnce)
{
    auto entry = m_journal->insert(QStringLiteral("ticket_messages"),
                                   Json{{"ticket_id", ticketId(1)}, {"body", "Hello"}, {"is_internal", false}});
    ASSERT_TRUE(entry.ok()) << entry.error().toString().toStdString();
    EXPECT_FALSE(QUuid::fromString(entry->rowKey).isNull());
    EXPECT_EQ(entry->payload["id"].get<std::string>(), entry->rowKey.toStdString());
    auto row = m_mirror->row(messages(), entry->rowKey);
    ASSERT_TRUE(row.ok() && row.value());
    EXPECT_EQ((*row.value())["body"], "Hello");
    EXPECT_EQ(m_outbox->count().value(), 1);
}

TEST_F(WriteJournalTest, AcknowledgementAppliesTheServerRowAndRebasesLaterWrites)
{
    applyTickets(array({ticketRow(ticketId(1), 1, "Title", "open", 5)}));
    auto first = m_journal->update(QStringLiteral("tickets"), key(1), Json{{"status", "pending"}});
    auto second = m_journal->update(QStringLiteral("tickets"), key(1), Json{{"title", "Second edit"}});
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_EQ(second->baseVersion, 5);

    Json server = ticketRow(ticketId(1), 1, "Title", "pending", 6, "2026-11-21T10:00:00Z");
    ASSERT_TRUE(m_journal->acknowledge(*first, server).ok());

    auto pending = m_outbox->pending();
    ASSERT_TRUE(pending.ok());
    ASSERT_EQ(pending->size(), 1u);
    EXPECT_EQ(pending->front().baseVersion, 6);
    EXPECT_EQ(cached(1)["version"], 6);
    EXPECT_EQ(cached(1)["status"], "pending");
    EXPECT_EQ(cached(1)["title"], "Second edit"); // the later pending write stays visible
}

TEST_F(WriteJournalTest, KeepsShowingAPendingEditWhenTheServerSendsTheRowAgain)
{
    applyTickets(array({ticketRow(ticketId(1), 1, "Title", "open", 5)}));
    ASSERT_TRUE(m_journal->update(QStringLiteral("tickets"), key(1), Json{{"status", "solved"}}).ok());
    Json other = ticketRow(ticketId(1), 1, "Title edited elsewhere", "open", 6, "2026-11-21T10:00:00Z");
    applyTickets(array({other}));
    EXPECT_EQ(cached(1)["title"], "Title edited elsewhere");
    EXPECT_EQ(cached(1)["status"], "solved");
    EXPECT_EQ(cached(1)["version"], 6);
}

TEST_F(WriteJournalTest, KeepsAConflictWithBothSidesAndAppliesTheServerRow)
{
    applyTickets(array({ticketRow(ticketId(1), 1, "Title", "open", 5)}));
    auto entry = m_journal->update(QStringLiteral("tickets"), key(1), Json{{"title", "Mine"}});
    ASSERT_TRUE(entry.ok());
    Json server = ticketRow(ticketId(1), 1, "Theirs", "open", 7, "2026-11-21T10:00:00Z");
    auto conflict = m_journal->recordConflict(*entry, server, QStringLiteral("Someone else changed this ticket"));
    ASSERT_TRUE(conflict.ok()) << conflict.error().toString().toStdString();

    EXPECT_EQ(cached(1)["title"], "Theirs");
    EXPECT_EQ(m_outbox->count().value(), 0);
    auto open = m_conflicts->open();
    ASSERT_TRUE(open.ok());
    ASSERT_EQ(open->size(), 1u);
    const ConflictRecord& record = open->front();
    EXPECT_EQ(record.kind, ConflictRecord::Kind::Conflict);
    EXPECT_EQ(record.localChange, (Json{{"title", "Mine"}}));
    EXPECT_EQ((*record.localRow)["title"], "Mine");
    EXPECT_EQ((*record.serverRow)["title"], "Theirs");
    EXPECT_EQ(record.rowKey, key(1));
    EXPECT_EQ(record.idempotencyKey, entry->idempotencyKey);
}

TEST_F(WriteJournalTest, RevertsARejectedUpdateWithItsReason)
{
    applyTickets(array({ticketRow(ticketId(1), 1, "Title", "open", 5)}));
    auto entry = m_journal->update(QStringLiteral("tickets"), key(1), Json{{"status", "closed"}});
    ASSERT_TRUE(entry.ok());
    EXPECT_EQ(cached(1)["status"], "closed");
    auto rejected = m_journal->reject(*entry, std::nullopt, QStringLiteral("You may not close this ticket."));
    ASSERT_TRUE(rejected.ok());
    EXPECT_EQ(cached(1)["status"], "open");
    EXPECT_EQ(m_outbox->count().value(), 0);
    auto open = m_conflicts->open();
    ASSERT_EQ(open->size(), 1u);
    EXPECT_EQ(open->front().kind, ConflictRecord::Kind::Rejected);
    EXPECT_EQ(open->front().reason, QStringLiteral("You may not close this ticket."));
}

TEST_F(WriteJournalTest, RevertingOneWriteKeepsTheLaterOnesOnTheSameRow)
{
    applyTickets(array({ticketRow(ticketId(1), 1, "Title", "open", 5)}));
    auto first = m_journal->update(QStringLiteral("tickets"), key(1), Json{{"status", "closed"}});
    auto second = m_journal->update(QStringLiteral("tickets"), key(1), Json{{"title", "Better title"}});
    ASSERT_TRUE(first.ok() && second.ok());
    ASSERT_TRUE(m_journal->reject(*first, std::nullopt, QStringLiteral("no")).ok());
    EXPECT_EQ(cached(1)["status"], "open");
    EXPECT_EQ(cached(1)["title"], "Better title");
    EXPECT_EQ(m_outbox->count().value(), 1);
}

TEST_F(WriteJournalTest, RemovesARejectedNewRow)
{
    auto entry = m_journal->insert(QStringLiteral("ticket_messages"),
                                   Json{{"ticket_id", ticketId(1)}, {"body", "Internal?"}, {"is_internal", true}});
    ASSERT_TRUE(entry.ok());
    ASSERT_TRUE(m_journal->reject(*entry, std::nullopt, QStringLiteral("Customers cannot write internal notes.")).ok());
    EXPECT_FALSE(m_mirror->row(messages(), entry->rowKey).value().has_value());
    EXPECT_EQ(m_conflicts->openCount().value(), 1);
}

TEST_F(WriteJournalTest, SoftDeletesARowLocallyUntilTheServerConfirms)
{
    applyTickets(array({ticketRow(ticketId(1), 1, "Title", "open", 5)}));
    auto entry = m_journal->remove(QStringLiteral("tickets"), key(1));
    ASSERT_TRUE(entry.ok());
    EXPECT_EQ(entry->operation, OutboxEntry::Operation::Update);
    EXPECT_TRUE(entry->payload.contains("deleted_at"));
    EXPECT_FALSE(cached(1)["deleted_at"].is_null());

    Json server = ticketRow(ticketId(1), 1, "Title", "open", 6);
    server["deleted_at"] = entry->payload["deleted_at"];
    ASSERT_TRUE(m_journal->acknowledge(*entry, server).ok());
    EXPECT_FALSE(m_mirror->row(tickets(), key(1)).value().has_value());
}

TEST_F(WriteJournalTest, DeletesRowsOfTablesWithoutSoftDelete)
{
    const MirrorTable& teams = *MirrorSchema::table(QStringLiteral("teams"));
    ASSERT_TRUE(m_mirror
                    ->applyServerRows(teams, array({Json{{"id", "00000000-0000-4000-8000-0000000000a1"},
                                                         {"name", "Billing"},
                                                         {"description", ""},
                                                         {"created_at", "2026-11-20T09:00:00Z"},
                                                         {"updated_at", "2026-11-20T09:00:00Z"}}}))
                    .ok());
    auto entry = m_journal->remove(QStringLiteral("teams"), QStringLiteral("00000000-0000-4000-8000-0000000000a1"));
    ASSERT_TRUE(entry.ok());
    EXPECT_EQ(entry->operation, OutboxEntry::Operation::Delete);
    EXPECT_EQ(m_mirror->count(teams).value(), 0);
    ASSERT_TRUE(m_journal->reject(*entry, std::nullopt, QStringLiteral("Only admins manage teams.")).ok());
    EXPECT_EQ(m_mirror->count(teams).value(), 1);
}

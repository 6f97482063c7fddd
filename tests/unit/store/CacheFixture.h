#pragma once

#include "core/Json.h"
#include "core/ManualClock.h"
#include "store/CacheDatabase.h"
#include "store/ConflictStore.h"
#include "store/MirrorSchema.h"
#include "store/MirrorStore.h"
#include "store/OutboxStore.h"
#include "store/WriteJournal.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace helpdesk::test {

// A fresh cache file in a temporary folder, with the stores over it.
class CacheFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        reopen();
    }

    void reopen()
    {
        m_journal.reset();
        m_conflicts.reset();
        m_outbox.reset();
        m_mirror.reset();
        m_cache.reset();
        auto opened = CacheDatabase::open(cachePath());
        ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
        m_cache = std::move(opened.value());
        m_mirror = std::make_unique<MirrorStore>(*m_cache);
        m_outbox = std::make_unique<OutboxStore>(*m_cache);
        m_conflicts = std::make_unique<ConflictStore>(*m_cache);
        m_journal = std::make_unique<WriteJournal>(*m_cache, *m_mirror, *m_outbox, *m_conflicts, m_clock);
    }

    QString cachePath() const { return m_dir.filePath(QStringLiteral("cache.sqlite")); }
    static const MirrorTable& tickets() { return *MirrorSchema::table(QStringLiteral("tickets")); }
    static const MirrorTable& messages() { return *MirrorSchema::table(QStringLiteral("ticket_messages")); }

    void applyTickets(const Json& rows)
    {
        auto applied = m_mirror->applyServerRows(tickets(), rows);
        ASSERT_TRUE(applied.ok()) << applied.error().toString().toStdString();
    }

    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<CacheDatabase> m_cache;
    std::unique_ptr<MirrorStore> m_mirror;
    std::unique_ptr<OutboxStore> m_outbox;
    std::unique_ptr<ConflictStore> m_conflicts;
    std::unique_ptr<WriteJournal> m_journal;
};

// A tickets row as PostgREST returns it (the columns the cache keeps).
inline Json ticketRow(const std::string& id, std::int64_t number, const std::string& title,
                      const std::string& status = "open", int version = 1,
                      const std::string& updatedAt = "2026-11-20T10:00:00.000001Z")
{
    return Json{{"id", id},
                {"number", number},
                {"title", title},
                {"description", "Description of " + title},
                {"status", status},
                {"priority", "normal"},
                {"channel", "email"},
                {"tags", Json::array()},
                {"custom_fields", Json::object()},
                {"requester_id", "00000000-0000-4000-8000-00000000c001"},
                {"assignee_id", nullptr},
                {"team_id", nullptr},
                {"sla_policy_id", nullptr},
                {"first_response_due_at", nullptr},
                {"resolution_due_at", nullptr},
                {"first_responded_at", nullptr},
                {"solved_at", nullptr},
                {"closed_at", nullptr},
                {"sla_paused_at", nullptr},
                {"sla_paused_minutes", 0},
                {"assigned_at", nullptr},
                {"csat_score", nullptr},
                {"version", version},
                {"created_at", "2026-11-20T09:00:00.000001Z"},
                {"updated_at", updatedAt},
                {"deleted_at", nullptr}};
}

// Ticket ids that read well in failures: 00000000-0000-4000-8000-0000000000NN.
inline std::string ticketId(int n)
{
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "00000000-0000-4000-8000-%012d", n);
    return buffer;
}

inline Json array(std::initializer_list<Json> rows)
{
    Json out = Json::array();
    for (const Json& r : rows)
        out.push_back(r);
    return out;
}

} // namespace helpdesk::test

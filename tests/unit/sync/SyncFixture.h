#pragma once

#include "FakeTransport.h"
#include "store/SyncCursorStore.h"
#include "supabase/RestClient.h"
#include "sync/SyncContext.h"
#include "unit/store/CacheFixture.h"

#include <QtTest/QTest>

namespace helpdesk::test {

// A cache plus a RestClient over a FakeTransport.
class SyncFixture : public CacheFixture
{
protected:
    void SetUp() override
    {
        CacheFixture::SetUp();
        m_cursors = std::make_unique<SyncCursorStore>(*m_cache);
        SupabaseConfig config;
        config.url = QUrl(QStringLiteral("http://127.0.0.1:54321"));
        config.anonKey = QStringLiteral("anon");
        m_rest = std::make_unique<RestClient>(config, m_transport);
    }

    SyncContext context()
    {
        return SyncContext{*m_cache, *m_mirror, *m_outbox, *m_conflicts, *m_cursors, *m_journal, *m_rest, m_clock};
    }

    Json cachedTicket(int n)
    {
        auto read = m_mirror->row(tickets(), QString::fromStdString(ticketId(n)));
        return read.ok() && read.value() ? *read.value() : Json(nullptr);
    }

    FakeTransport m_transport;
    std::unique_ptr<SyncCursorStore> m_cursors;
    std::unique_ptr<RestClient> m_rest;
};

} // namespace helpdesk::test

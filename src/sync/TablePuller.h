#pragma once

#include "core/Result.h"
#include "store/MirrorSchema.h"
#include "store/SyncCursorStore.h"
#include "supabase/QueryBuilder.h"
#include "supabase/RequestHandle.h"
#include "supabase/RestClient.h"
#include "sync/SyncContext.h"

#include <QObject>

#include <functional>

namespace helpdesk {

// Pulls one table from its cursor to the end in keyset pages ordered by (cursor column, key): each page is
// applied to the cache together with the new cursor in one SQLite transaction, so a killed process resumes
// at the last page it committed. The next page is requested before the current one is applied. Tables
// without a single key are small: they are pulled whole and rows gone from the server are dropped.
class TablePuller : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int pageSize = 1000;
        // Delta pulls start this far before the cursor: a transaction that committed late with an older
        // updated_at is still seen. Rows are applied idempotently (never older than the cache).
        std::int64_t overlapMicros = 0;
    };

    using Done = std::function<void(Result<qint64>)>; // rows received

    TablePuller(SyncContext context, const MirrorTable& table, Options options, QObject* parent = nullptr);
    ~TablePuller() override;

    // Called after each applied page with the number of rows in it and their keys.
    void setPageCallback(std::function<void(int rows, const QStringList& keys)> callback)
    {
        m_onPage = std::move(callback);
    }
    void start(Done done);
    void cancel();

    // The query for the page after `cursor` (exposed for tests).
    static QueryBuilder pageQuery(const MirrorTable& table, const SyncCursor& cursor, int pageSize,
                                        std::int64_t overlapMicros);

private:
    void requestPage(const SyncCursor& from);
    void onPage(const SyncCursor& from, Result<RestResponse> response);
    void finish(Result<qint64> result);
    void pullWhole();

    SyncContext m_context;
    const MirrorTable& m_table;
    Options m_options;
    Done m_done;
    std::function<void(int, const QStringList&)> m_onPage;
    RequestHandle m_request;
    SyncCursor m_cursor;
    qint64 m_received = 0;
    bool m_requested = false;
    bool m_finished = false;
};

} // namespace helpdesk

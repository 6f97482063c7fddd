#include "sync/TablePuller.h"

#include "core/Clock.h"
#include "store/CacheDatabase.h"
#include "store/MirrorStore.h"
#include "store/OutboxStore.h"
#include "supabase/RestClient.h"

namespace helpdesk {

namespace {

FilterValue keyValue(const MirrorTable& table, const QString& key)
{
    const MirrorColumn* column = table.column(table.keyColumns.first());
    if (column && column->type == ColumnType::Integer)
        return FilterValue(key.toLongLong());
    return FilterValue(key);
}

// (at, key) ordering as the server sorts: timestamps, then uuids as lower-case hex or integers.
bool after(const MirrorTable& table, const SyncCursor& a, const SyncCursor& b)
{
    if (!b.at)
        return a.at.has_value();
    if (!a.at)
        return false;
    if (*a.at != *b.at)
        return *a.at > *b.at;
    const MirrorColumn* column = table.column(table.keyColumns.first());
    if (column && column->type == ColumnType::Integer)
        return a.key.toLongLong() > b.key.toLongLong();
    return a.key > b.key;
}

} // namespace

TablePuller::TablePuller(SyncContext context, const MirrorTable& table, Options options, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_table(table)
    , m_options(options)
{
}

QueryBuilder TablePuller::pageQuery(const MirrorTable& table, const SyncCursor& cursor, int pageSize,
                                    std::int64_t overlapMicros)
{
    QueryBuilder query(table.name);
    query.select(table.selectList());
    const QString& at = table.cursorColumn;
    const QString& key = table.keyColumns.first();
    if (cursor.at) {
        if (overlapMicros > 0 || cursor.key.isEmpty()) {
            query.gte(at, cursor.at->addMicros(-overlapMicros));
        } else {
            // The `gte` bound is what lets PostgreSQL start the index scan at the cursor: the `or` alone is
            // only a filter, so every page scanned the table from its start (quadratic bootstrap).
            query.gte(at, *cursor.at);
            query.orFilter({QueryBuilder::condition(at, QStringLiteral("gt"), *cursor.at),
                            QStringLiteral("and(%1,%2)")
                                .arg(QueryBuilder::condition(at, QStringLiteral("eq"), *cursor.at),
                                     QueryBuilder::condition(key, QStringLiteral("gt"), keyValue(table, cursor.key)))});
        }
    }
    query.order(at).order(key).limit(pageSize);
    return query;
}

TablePuller::~TablePuller()
{
    // A request aborted now still calls back (with Cancelled): nothing may be reported from here.
    m_finished = true;
    m_done = nullptr;
    m_onPage = nullptr;
    m_request.cancel();
}

void TablePuller::start(Done done)
{
    m_done = std::move(done);
    auto cursor = m_context.cursors.cursor(m_table.name);
    if (!cursor.ok()) {
        finish(cursor.error());
        return;
    }
    m_cursor = cursor.value();
    if (!m_table.keyset || !m_table.singleKey()) {
        pullWhole();
        return;
    }
    // Only the first page of a delta pull overlaps; the following ones continue strictly after it.
    requestPage(m_cursor);
}

void TablePuller::cancel()
{
    m_request.cancel();
}

void TablePuller::requestPage(const SyncCursor& from)
{
    const std::int64_t overlap = m_requested ? 0 : m_options.overlapMicros;
    m_requested = true;
    m_request = m_context.rest.execute(pageQuery(m_table, from, m_options.pageSize, overlap), this,
                                       [this, from](Result<RestResponse> response) { onPage(from, std::move(response)); });
}

void TablePuller::onPage(const SyncCursor& from, Result<RestResponse> response)
{
    if (!response.ok()) {
        finish(response.error());
        return;
    }
    const Json& rows = response->data;
    if (!rows.is_array()) {
        finish(Error::parse(QStringLiteral("%1: expected an array of rows").arg(m_table.name)));
        return;
    }
    const int count = static_cast<int>(rows.size());
    SyncCursor next = m_cursor;
    SyncCursor pageEnd = from;
    QStringList keys;
    keys.reserve(count);
    for (const Json& row : rows)
        keys.append(MirrorStore::rowKey(m_table, row));
    if (count > 0) {
        const Json& last = rows.back();
        const auto at = last.find(m_table.cursorColumn.toStdString());
        if (at == last.end() || !at->is_string()) {
            finish(Error::parse(QStringLiteral("%1: a row has no %2").arg(m_table.name, m_table.cursorColumn)));
            return;
        }
        auto parsed = Timestamp::parse(std::string_view(at->get_ref<const std::string&>()));
        if (!parsed.ok()) {
            finish(parsed.error());
            return;
        }
        pageEnd.at = parsed.value();
        pageEnd.key = keys.back();
    }
    const bool lastPage = count < m_options.pageSize;
    // Ask for the next page while this one is written.
    if (!lastPage)
        requestPage(pageEnd);
    if (after(m_table, pageEnd, next)) {
        next.at = pageEnd.at;
        next.key = pageEnd.key;
    }
    next.rowsPulled += count;
    next.bootstrapped = next.bootstrapped || lastPage;
    Result<void> applied = m_context.cache.transaction([&]() -> Result<void> {
        auto stats = m_context.mirror.applyServerRows(m_table, rows);
        if (!stats.ok())
            return stats.error();
        return m_context.cursors.save(m_table.name, next, m_context.clock.now());
    });
    if (!applied.ok()) {
        m_request.cancel();
        finish(applied.error());
        return;
    }
    m_cursor = next;
    m_received += count;
    if (m_onPage)
        m_onPage(count, keys);
    if (lastPage)
        finish(m_received);
}

void TablePuller::pullWhole()
{
    QueryBuilder query(m_table.name);
    query.select(m_table.selectList());
    for (const QString& key : m_table.keyColumns)
        query.order(key);
    query.limit(100'000);
    m_request = m_context.rest.execute(query, this, [this](Result<RestResponse> response) {
        if (!response.ok()) {
            finish(response.error());
            return;
        }
        const Json& rows = response->data;
        if (!rows.is_array()) {
            finish(Error::parse(QStringLiteral("%1: expected an array of rows").arg(m_table.name)));
            return;
        }
        QSet<QString> visible;
        QStringList keys;
        for (const Json& row : rows) {
            keys.append(MirrorStore::rowKey(m_table, row));
            visible.insert(keys.back());
        }
        Result<void> applied = m_context.cache.transaction([&]() -> Result<void> {
            auto stats = m_context.mirror.applyServerRows(m_table, rows);
            if (!stats.ok())
                return stats.error();
            auto pending = m_context.outbox.pending();
            if (!pending.ok())
                return pending.error();
            QSet<QString> keep;
            for (const OutboxEntry& e : pending.value())
                if (e.table == m_table.name)
                    keep.insert(e.rowKey);
            auto removed = m_context.mirror.removeRowsNotIn(m_table, visible, keep);
            if (!removed.ok())
                return removed.error();
            SyncCursor cursor = m_cursor;
            cursor.bootstrapped = true;
            cursor.rowsPulled = static_cast<qint64>(rows.size());
            return m_context.cursors.save(m_table.name, cursor, m_context.clock.now());
        });
        if (!applied.ok()) {
            finish(applied.error());
            return;
        }
        m_received = static_cast<qint64>(rows.size());
        if (m_onPage)
            m_onPage(static_cast<int>(m_received), keys);
        finish(m_received);
    });
}

void TablePuller::finish(Result<qint64> result)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_done)
        m_done(std::move(result));
}

} // namespace helpdesk

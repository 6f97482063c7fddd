#include "sync/Reconciler.h"

#include "core/Clock.h"
#include "store/CacheDatabase.h"
#include "store/MirrorSchema.h"
#include "store/MirrorStore.h"
#include "store/OutboxStore.h"
#include "supabase/RestClient.h"

namespace helpdesk {

Reconciler::Reconciler(SyncContext context, int pageSize, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_pageSize(pageSize)
{
}

Reconciler::~Reconciler()
{
    m_cancelled = true;
    m_finished = nullptr;
    m_request.cancel();
}

void Reconciler::start(std::function<void(Result<int>)> done)
{
    m_finished = std::move(done);
    m_removed = 0;
    reconcileTable(0);
}

void Reconciler::cancel()
{
    m_cancelled = true;
    m_request.cancel();
}

void Reconciler::reconcileTable(std::size_t index)
{
    const auto& tables = MirrorSchema::tables();
    while (index < tables.size() && !(tables[index].keyset && tables[index].singleKey()))
        ++index; // whole-table pulls already drop what is gone
    if (index >= tables.size()) {
        finish(m_removed);
        return;
    }
    m_visible.clear();
    listPage(index, QString());
}

void Reconciler::listPage(std::size_t index, const QString& after)
{
    const MirrorTable& table = MirrorSchema::tables()[index];
    const QString key = table.keyColumns.first();
    const bool integerKey = table.column(key) && table.column(key)->type == ColumnType::Integer;
    QueryBuilder query(table.name);
    query.select(key).order(key).limit(m_pageSize);
    if (!after.isEmpty()) {
        if (integerKey)
            query.gt(key, after.toLongLong());
        else
            query.gt(key, after);
    }
    m_request = m_context.rest.execute(query, this, [this, index](Result<RestResponse> response) {
        if (m_cancelled)
            return;
        if (!response.ok()) {
            finish(response.error());
            return;
        }
        const Json& rows = response->data;
        if (!rows.is_array()) {
            finish(Error::parse(QStringLiteral("expected an array of keys")));
            return;
        }
        QString last;
        const MirrorTable& listed = MirrorSchema::tables()[index];
        for (const Json& row : rows) {
            last = MirrorStore::rowKey(listed, row);
            m_visible.insert(last);
        }
        if (static_cast<int>(rows.size()) < m_pageSize)
            finishTable(index);
        else
            listPage(index, last);
    });
}

void Reconciler::finishTable(std::size_t index)
{
    const MirrorTable& table = MirrorSchema::tables()[index];
    auto pending = m_context.outbox.pending();
    if (!pending.ok()) {
        finish(pending.error());
        return;
    }
    QSet<QString> keep;
    for (const OutboxEntry& e : pending.value())
        if (e.table == table.name)
            keep.insert(e.rowKey);
    auto cached = m_context.mirror.rowKeys(table);
    if (!cached.ok()) {
        finish(cached.error());
        return;
    }
    QStringList candidates;
    for (const QString& k : std::as_const(cached.value()))
        if (!m_visible.contains(k) && !keep.contains(k))
            candidates.append(k);
    verifyCandidates(index, candidates, {});
}

void Reconciler::verifyCandidates(std::size_t index, QStringList candidates, QStringList gone)
{
    if (candidates.isEmpty()) {
        removeGone(index, gone);
        return;
    }
    const MirrorTable& table = MirrorSchema::tables()[index];
    const QString key = table.keyColumns.first();
    const bool integerKey = table.column(key) && table.column(key)->type == ColumnType::Integer;
    const QStringList batch = candidates.mid(0, 100);
    candidates = candidates.mid(batch.size());
    QList<FilterValue> values;
    for (const QString& k : batch)
        values.append(integerKey ? FilterValue(k.toLongLong()) : FilterValue(k));
    QueryBuilder query(table.name);
    query.select(key).in(key, values);
    m_request = m_context.rest.execute(
        query, this, [this, index, batch, candidates, gone](Result<RestResponse> response) mutable {
            if (m_cancelled)
                return;
            if (!response.ok()) {
                finish(response.error());
                return;
            }
            QSet<QString> stillVisible;
            if (response->data.is_array())
                for (const Json& row : response->data)
                    stillVisible.insert(MirrorStore::rowKey(MirrorSchema::tables()[index], row));
            for (const QString& k : batch)
                if (!stillVisible.contains(k))
                    gone.append(k);
            verifyCandidates(index, std::move(candidates), std::move(gone));
        });
}

void Reconciler::removeGone(std::size_t index, const QStringList& gone)
{
    const MirrorTable& table = MirrorSchema::tables()[index];
    int removed = 0;
    Result<void> done = m_context.cache.transaction([&]() -> Result<void> {
        for (const QString& k : gone) {
            // A write made while we were asking keeps its row.
            auto pending = m_context.outbox.pendingForRow(table.name, k);
            if (!pending.ok())
                return pending.error();
            if (!pending->empty())
                continue;
            auto r = m_context.mirror.removeRow(table, k);
            if (!r.ok())
                return r.error();
            removed += r.value() ? 1 : 0;
        }
        return {};
    });
    if (!done.ok()) {
        finish(done.error());
        return;
    }
    m_removed += removed;
    if (!gone.isEmpty())
        emit rowsRemoved(table.name, gone);
    reconcileTable(index + 1);
}

void Reconciler::finish(Result<int> result)
{
    if (!m_finished)
        return;
    auto done = std::move(m_finished);
    m_finished = nullptr;
    done(std::move(result));
}

} // namespace helpdesk

#include "sync/BootstrapJob.h"

#include "store/SyncCursorStore.h"
#include "supabase/RestClient.h"

namespace helpdesk {

BootstrapJob::BootstrapJob(SyncContext context, TablePuller::Options options, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_options(options)
{
}

BootstrapJob::~BootstrapJob()
{
    m_cancelled = true;
    m_finished = nullptr;
    m_countRequest.cancel();
}

Result<std::vector<const MirrorTable*>> BootstrapJob::remainingTables(SyncCursorStore& cursors)
{
    std::vector<const MirrorTable*> tables;
    for (const MirrorTable& table : MirrorSchema::tables()) {
        auto cursor = cursors.cursor(table.name);
        if (!cursor.ok())
            return cursor.error();
        if (!cursor->bootstrapped)
            tables.push_back(&table);
    }
    return tables;
}

void BootstrapJob::start(std::function<void(Result<void>)> done)
{
    m_finished = std::move(done);
    auto tables = remainingTables(m_context.cursors);
    if (!tables.ok()) {
        finish(tables.error());
        return;
    }
    m_tables = std::move(tables.value());
    if (m_tables.empty()) {
        finish({});
        return;
    }
    countNext(0);
}

void BootstrapJob::cancel()
{
    m_cancelled = true;
    m_countRequest.cancel();
    if (m_puller)
        m_puller->cancel();
}

void BootstrapJob::countNext(std::size_t index)
{
    if (m_cancelled)
        return;
    if (index >= m_tables.size()) {
        emit progress(m_done, m_total);
        pullNext(0);
        return;
    }
    const MirrorTable& table = *m_tables[index];
    auto cursor = m_context.cursors.cursor(table.name);
    if (!cursor.ok()) {
        finish(cursor.error());
        return;
    }
    // What is left after the cursor (a resumed bootstrap counts only the rest), plus what is already in.
    QueryBuilder query = table.keyset && table.singleKey() ? TablePuller::pageQuery(table, cursor.value(), 1, 0)
                                                           : QueryBuilder(table.name).select(table.keyColumns.first()).limit(1);
    query.count(CountMethod::Exact);
    const qint64 alreadyPulled = cursor->rowsPulled;
    m_countRequest = m_context.rest.execute(query, this, [this, index, alreadyPulled](Result<RestResponse> response) {
        if (m_cancelled)
            return;
        if (!response.ok()) {
            finish(response.error());
            return;
        }
        m_total += response->count().value_or(0) + alreadyPulled;
        m_done += alreadyPulled;
        countNext(index + 1);
    });
}

void BootstrapJob::pullNext(std::size_t index)
{
    if (m_cancelled)
        return;
    if (index >= m_tables.size()) {
        finish({});
        return;
    }
    const MirrorTable& table = *m_tables[index];
    auto* puller = new TablePuller(m_context, table, m_options, this);
    m_puller = puller;
    puller->setPageCallback([this, &table](int rows, const QStringList& keys) {
        m_done += rows;
        // Rows may have arrived since counting: never report more done than total.
        m_total = std::max(m_total, m_done);
        emit progress(m_done, m_total);
        emit rowsPulled(table.name, keys);
    });
    puller->start([this, puller, index](Result<qint64> result) {
        puller->deleteLater();
        if (!result.ok()) {
            finish(result.error());
            return;
        }
        pullNext(index + 1);
    });
}

void BootstrapJob::finish(Result<void> result)
{
    if (!m_finished)
        return;
    auto done = std::move(m_finished);
    m_finished = nullptr;
    done(std::move(result));
}

} // namespace helpdesk

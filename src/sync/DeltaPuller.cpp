#include "sync/DeltaPuller.h"

namespace helpdesk {

DeltaPuller::DeltaPuller(SyncContext context, TablePuller::Options options, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_options(options)
{
}

DeltaPuller::~DeltaPuller()
{
    m_cancelled = true;
    m_finished = nullptr;
}

void DeltaPuller::start(std::function<void(Result<qint64>)> done)
{
    m_finished = std::move(done);
    pullNext(0);
}

void DeltaPuller::cancel()
{
    m_cancelled = true;
    if (m_puller)
        m_puller->cancel();
}

void DeltaPuller::pullNext(std::size_t index)
{
    if (m_cancelled)
        return;
    const auto& tables = MirrorSchema::tables();
    if (index >= tables.size()) {
        finish(m_rows);
        return;
    }
    const MirrorTable& table = tables[index];
    auto* puller = new TablePuller(m_context, table, m_options, this);
    m_puller = puller;
    puller->setPageCallback([this, &table](int, const QStringList& keys) { emit rowsPulled(table.name, keys); });
    puller->start([this, puller, index](Result<qint64> result) {
        puller->deleteLater();
        if (!result.ok()) {
            finish(result.error());
            return;
        }
        m_rows += result.value();
        pullNext(index + 1);
    });
}

void DeltaPuller::finish(Result<qint64> result)
{
    if (!m_finished)
        return;
    auto done = std::move(m_finished);
    m_finished = nullptr;
    done(std::move(result));
}

} // namespace helpdesk

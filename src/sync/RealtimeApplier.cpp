#include "sync/RealtimeApplier.h"

#include "core/Clock.h"
#include "store/CacheDatabase.h"
#include "store/MirrorSchema.h"
#include "store/MirrorStore.h"
#include "supabase/RealtimeChannel.h"
#include "supabase/RealtimeClient.h"

#include <QHash>
#include <QLoggingCategory>

namespace helpdesk {

Q_LOGGING_CATEGORY(lcRealtimeApply, "helpdesk.sync.realtime")

RealtimeApplier::RealtimeApplier(SyncContext context, RealtimeClient& realtime, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_realtime(realtime)
{
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(0);
    connect(&m_batchTimer, &QTimer::timeout, this, &RealtimeApplier::applyQueued);
}

QStringList RealtimeApplier::realtimeTables()
{
    return {QStringLiteral("tickets"), QStringLiteral("ticket_messages"), QStringLiteral("kb_articles"),
            QStringLiteral("attachments")};
}

void RealtimeApplier::subscribe()
{
    if (!m_channel) {
        m_channel = m_realtime.channel(QStringLiteral("helpdesk-sync"));
        if (m_channel->bindings().isEmpty()) {
            for (const QString& table : realtimeTables()) {
                PostgresChangeFilter filter;
                filter.event = ChangeEvent::All;
                filter.table = table;
                m_channel->onPostgresChanges(filter);
            }
        }
        connect(m_channel, &RealtimeChannel::postgresChange, this, &RealtimeApplier::enqueue);
        connect(m_channel, &RealtimeChannel::subscribed, this, &RealtimeApplier::subscribed);
        connect(m_channel, &RealtimeChannel::channelError, this, &RealtimeApplier::channelFailed);
    }
    m_channel->subscribe();
}

void RealtimeApplier::unsubscribe()
{
    if (m_channel)
        m_channel->unsubscribe();
}

bool RealtimeApplier::isSubscribed() const
{
    return m_channel && m_channel->state() == RealtimeChannel::State::Joined;
}

void RealtimeApplier::enqueue(const PostgresChange& change)
{
    m_queue.push_back(change);
    if (!m_batchTimer.isActive())
        m_batchTimer.start();
}

void RealtimeApplier::applyQueued()
{
    std::vector<PostgresChange> batch;
    batch.swap(m_queue);
    if (batch.empty())
        return;
    QHash<QString, QStringList> changed;
    Result<void> done = m_context.cache.transaction([&]() -> Result<void> {
        for (const PostgresChange& change : batch) {
            const MirrorTable* table = MirrorSchema::table(change.table);
            if (!table || change.schema != QLatin1String("public"))
                continue;
            if (change.errors.is_array() && !change.errors.empty()) {
                // The record was cut (too large) or not readable: the next delta pull brings the whole row.
                qCWarning(lcRealtimeApply).noquote()
                    << QStringLiteral("realtime: %1 change with errors %2; left to the next delta pull")
                           .arg(change.table, QString::fromStdString(change.errors.dump()));
                continue;
            }
            if (change.eventType == ChangeEvent::Delete) {
                const QString key = MirrorStore::rowKey(*table, change.oldRecord);
                if (key.isEmpty())
                    continue;
                auto removed = m_context.mirror.removeRow(*table, key);
                if (!removed.ok())
                    return removed.error();
                changed[table->name].append(key);
                continue;
            }
            Json rows = Json::array();
            rows.push_back(change.newRecord);
            auto applied = m_context.mirror.applyServerRows(*table, rows);
            if (!applied.ok())
                return applied.error();
            changed[table->name].append(MirrorStore::rowKey(*table, change.newRecord));
        }
        return {};
    });
    if (!done.ok()) {
        qCWarning(lcRealtimeApply).noquote() << QStringLiteral("realtime: could not apply %1 changes: %2")
                                                    .arg(batch.size())
                                                    .arg(done.error().toString());
        return;
    }
    const Timestamp now = m_context.clock.now();
    for (const PostgresChange& change : batch)
        emit changeApplied(change.table, change.commitTimestamp.microsTo(now));
    for (auto it = changed.constBegin(); it != changed.constEnd(); ++it)
        emit rowsChanged(it.key(), it.value());
}

void RealtimeApplier::apply(const PostgresChange& change)
{
    enqueue(change);
    m_batchTimer.stop();
    applyQueued();
}

} // namespace helpdesk

#pragma once

#include "core/Timestamp.h"
#include "supabase/PostgresChange.h"
#include "sync/SyncContext.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <vector>

namespace helpdesk {

class RealtimeChannel;
class RealtimeClient;

// Applies postgres_changes as they arrive: INSERT/UPDATE rows go through MirrorStore (never older than the
// cache; pending local writes stay on top), DELETE removes the row by its key. Changes that arrive
// together are written in one transaction on the next turn of the event loop.
class RealtimeApplier : public QObject
{
    Q_OBJECT

public:
    RealtimeApplier(SyncContext context, RealtimeClient& realtime, QObject* parent = nullptr);

    // The tables carried by realtime (those in the supabase_realtime publication and mirrored here).
    static QStringList realtimeTables();

    // Joins the channel with one binding per table (again after every reconnect, by RealtimeChannel).
    void subscribe();
    void unsubscribe();
    bool isSubscribed() const;

    // Applies one change now (also used by tests).
    void apply(const PostgresChange& change);

signals:
    // The channel joined (first time or after a reconnect): the engine runs a delta pull to close the gap.
    void subscribed();
    void channelFailed(const helpdesk::Error& error);
    // Rows written or removed, per table, after each batch.
    void rowsChanged(const QString& table, const QStringList& keys);
    // Commit-to-cache latency of each applied change, in microseconds (for benchmarks and diagnostics).
    void changeApplied(const QString& table, std::int64_t latencyMicros);

private:
    void enqueue(const PostgresChange& change);
    void applyQueued();

    SyncContext m_context;
    RealtimeClient& m_realtime;
    QPointer<RealtimeChannel> m_channel;
    std::vector<PostgresChange> m_queue;
    QTimer m_batchTimer;
};

} // namespace helpdesk

#pragma once

#include "core/Clock.h"
#include "core/Error.h"
#include "core/Json.h"
#include "core/Result.h"
#include "store/ConflictRecord.h"
#include "store/ConflictStore.h"
#include "store/MirrorStore.h"
#include "store/OutboxEntry.h"
#include "store/OutboxStore.h"
#include "store/SyncCursorStore.h"
#include "store/WriteJournal.h"
#include "sync/ConnectivityMonitor.h"
#include "sync/RetryPolicy.h"
#include "sync/SyncContext.h"
#include "sync/TablePuller.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <memory>

namespace helpdesk {

class AuthClient;
class BootstrapJob;
class CacheDatabase;
class DeltaPuller;
class OutboxFlusher;
class RealtimeApplier;
class RealtimeClient;
class Reconciler;
class RestClient;

// Keeps the cache of one signed-in user in step with the server and sends the user's writes:
// bootstrap (keyset pages, resumable, with progress) → delta pulls by (updated_at, id) → realtime
// postgres_changes applied as they arrive, with a delta pull after every (re)subscription to close the gap;
// writes go through write*() (cache + outbox in one transaction) and are flushed in order by OutboxFlusher;
// a periodic reconciliation drops rows the user can no longer see. Lives on the thread of the clients.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Offline,    // the server cannot be reached; writes queue up
        Connecting, // starting, or the server is back and the live channel is not joined yet
        Syncing,    // pulling (see progress)
        Live,       // caught up and receiving realtime changes
    };
    Q_ENUM(State)

    struct Options
    {
        TablePuller::Options pull{1000, 0};
        std::int64_t deltaOverlapMicros = 10'000'000; // a delta pull starts 10 s before its cursor
        std::chrono::milliseconds deltaInterval{std::chrono::minutes(5)};
        std::chrono::milliseconds reconcileInterval{std::chrono::minutes(30)};
        RetryPolicy retry;
    };

    // realtime and auth may be null (command-line use: no live updates; tokens from the RestClient's source).
    SyncEngine(CacheDatabase& cache, RestClient& rest, RealtimeClient* realtime, AuthClient* auth, const Clock& clock,
               Options options, QObject* parent = nullptr);
    SyncEngine(CacheDatabase& cache, RestClient& rest, RealtimeClient* realtime, AuthClient* auth, const Clock& clock,
               QObject* parent = nullptr);
    ~SyncEngine() override;

    void start();
    void stop();
    // Pull changes now (also done after reconnects and every deltaInterval).
    void syncNow();
    // Drop rows the user can no longer see (also done every reconcileInterval).
    void reconcileNow();
    // Send queued writes now, ignoring their backoff.
    void flushNow();

    // User writes: applied to the cache and queued in one transaction, then sent.
    Result<OutboxEntry> insertRow(const QString& table, Json row, const Json& localOnly = Json::object());
    Result<OutboxEntry> updateRow(const QString& table, const QString& rowKey, Json changes);
    Result<OutboxEntry> removeRow(const QString& table, const QString& rowKey);

    State state() const { return m_state; }
    qint64 progressDone() const { return m_progressDone; }
    qint64 progressTotal() const { return m_progressTotal; }
    int pendingWrites();
    int openConflicts();
    bool isBootstrapped();

    MirrorStore& mirror() { return m_mirror; }
    OutboxStore& outbox() { return m_outbox; }
    ConflictStore& conflicts() { return m_conflicts; }
    SyncCursorStore& cursors() { return m_cursors; }
    RealtimeApplier* realtimeApplier() const { return m_applier; }

    static QString stateName(State state);

signals:
    void stateChanged(helpdesk::SyncEngine::State state);
    void progressChanged(qint64 rowsDone, qint64 rowsTotal);
    void bootstrapFinished();
    void deltaFinished(qint64 rows);
    void reconcileFinished(int removed);
    void pendingWritesChanged(int count);
    void conflictsChanged(int count);
    void conflictRecorded(const helpdesk::ConflictRecord& record);
    void writeRejected(const helpdesk::ConflictRecord& record); // record.reason is the sentence to show
    void writeAcknowledged(const QString& table, const QString& rowKey);
    void rowsChanged(const QString& table, const QStringList& keys);
    void syncFailed(const helpdesk::Error& error);

private:
    void setState(State state);
    void updateState();
    void runPull();
    void pullFinished(const Result<void>& result);
    void onOnline();
    void onOffline();
    void onSessionChanged();
    void writeQueued();
    SyncContext context();

    CacheDatabase& m_cache;
    RestClient& m_rest;
    QPointer<RealtimeClient> m_realtime;
    QPointer<AuthClient> m_auth;
    const Clock& m_clock;
    Options m_options;

    MirrorStore m_mirror;
    OutboxStore m_outbox;
    ConflictStore m_conflicts;
    SyncCursorStore m_cursors;
    WriteJournal m_journal;

    ConnectivityMonitor m_connectivity;
    OutboxFlusher* m_flusher = nullptr;
    RealtimeApplier* m_applier = nullptr;
    QPointer<BootstrapJob> m_bootstrap;
    QPointer<DeltaPuller> m_delta;
    QPointer<Reconciler> m_reconciler;
    QTimer m_deltaTimer;
    QTimer m_reconcileTimer;
    QTimer m_retryPullTimer;
    int m_pullAttempts = 0;

    State m_state = State::Offline;
    bool m_started = false;
    bool m_pullRequested = false;
    bool m_bootstrapped = false;
    qint64 m_progressDone = 0;
    qint64 m_progressTotal = 0;
};

} // namespace helpdesk

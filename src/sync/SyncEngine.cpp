#include "sync/SyncEngine.h"

#include "store/CacheDatabase.h"
#include "store/MirrorSchema.h"
#include "supabase/AuthClient.h"
#include "supabase/RealtimeClient.h"
#include "supabase/RestClient.h"
#include "sync/BootstrapJob.h"
#include "sync/DeltaPuller.h"
#include "sync/OutboxFlusher.h"
#include "sync/RealtimeApplier.h"
#include "sync/Reconciler.h"

#include <QLoggingCategory>

namespace helpdesk {

Q_LOGGING_CATEGORY(lcSync, "helpdesk.sync")

SyncEngine::SyncEngine(CacheDatabase& cache, RestClient& rest, RealtimeClient* realtime, AuthClient* auth,
                       const Clock& clock, QObject* parent)
    : SyncEngine(cache, rest, realtime, auth, clock, Options(), parent)
{
}

SyncEngine::SyncEngine(CacheDatabase& cache, RestClient& rest, RealtimeClient* realtime, AuthClient* auth,
                       const Clock& clock, Options options, QObject* parent)
    : QObject(parent)
    , m_cache(cache)
    , m_rest(rest)
    , m_realtime(realtime)
    , m_auth(auth)
    , m_clock(clock)
    , m_options(options)
    , m_mirror(cache)
    , m_outbox(cache)
    , m_conflicts(cache)
    , m_cursors(cache)
    , m_journal(cache, m_mirror, m_outbox, m_conflicts, clock)
    , m_connectivity(rest, options.retry)
{
    m_flusher = new OutboxFlusher(context(), m_options.retry, this);
    connect(m_flusher, &OutboxFlusher::acknowledged, this, [this](const QString& table, const QString& key) {
        m_connectivity.reportSuccess();
        emit writeAcknowledged(table, key);
        emit rowsChanged(table, {key});
    });
    connect(m_flusher, &OutboxFlusher::conflictRecorded, this, [this](const ConflictRecord& record) {
        m_connectivity.reportSuccess();
        emit conflictRecorded(record);
        emit conflictsChanged(openConflicts());
        emit rowsChanged(record.table, {record.rowKey});
    });
    connect(m_flusher, &OutboxFlusher::writeRejected, this, [this](const ConflictRecord& record) {
        m_connectivity.reportSuccess();
        emit writeRejected(record);
        emit conflictsChanged(openConflicts());
        emit rowsChanged(record.table, {record.rowKey});
    });
    connect(m_flusher, &OutboxFlusher::pendingCountChanged, this, &SyncEngine::pendingWritesChanged);
    connect(m_flusher, &OutboxFlusher::deliveryFailed, this,
            [this](const Error& error) { m_connectivity.reportFailure(error); });

    connect(&m_connectivity, &ConnectivityMonitor::wentOnline, this, &SyncEngine::onOnline);
    connect(&m_connectivity, &ConnectivityMonitor::wentOffline, this, &SyncEngine::onOffline);

    if (m_realtime) {
        m_applier = new RealtimeApplier(context(), *m_realtime, this);
        connect(m_applier, &RealtimeApplier::subscribed, this, [this] {
            // Joined (again): changes made while the channel was down are only visible to a pull.
            m_connectivity.reportSuccess();
            syncNow();
            updateState();
        });
        connect(m_applier, &RealtimeApplier::rowsChanged, this, &SyncEngine::rowsChanged);
        connect(m_applier, &RealtimeApplier::channelFailed, this, [this](const Error& error) {
            qCWarning(lcSync).noquote() << QStringLiteral("sync: realtime channel: %1").arg(error.toString());
            updateState();
        });
        connect(m_realtime, &RealtimeClient::stateChanged, this, [this](RealtimeClient::State s) {
            if (s == RealtimeClient::State::Connected)
                m_connectivity.reportSuccess();
            updateState();
        });
    }
    if (m_auth)
        connect(m_auth, &AuthClient::sessionChanged, this, &SyncEngine::onSessionChanged);

    m_deltaTimer.setInterval(m_options.deltaInterval);
    connect(&m_deltaTimer, &QTimer::timeout, this, &SyncEngine::syncNow);
    m_reconcileTimer.setInterval(m_options.reconcileInterval);
    connect(&m_reconcileTimer, &QTimer::timeout, this, &SyncEngine::reconcileNow);
    m_retryPullTimer.setSingleShot(true);
    connect(&m_retryPullTimer, &QTimer::timeout, this, &SyncEngine::runPull);
}

SyncEngine::~SyncEngine()
{
    m_started = false; // jobs being torn down report nothing
    m_connectivity.stop();
    m_flusher->stop();
    delete m_bootstrap.data();
    delete m_delta.data();
    delete m_reconciler.data();
}

SyncContext SyncEngine::context()
{
    return SyncContext{m_cache, m_mirror, m_outbox, m_conflicts, m_cursors, m_journal, m_rest, m_clock};
}

QString SyncEngine::stateName(State state)
{
    switch (state) {
    case State::Offline:
        return QStringLiteral("offline");
    case State::Connecting:
        return QStringLiteral("connecting");
    case State::Syncing:
        return QStringLiteral("syncing");
    case State::Live:
        return QStringLiteral("live");
    }
    return {};
}

void SyncEngine::start()
{
    if (m_started)
        return;
    m_started = true;
    setState(State::Connecting);
    auto bootstrapped = isBootstrapped();
    m_bootstrapped = bootstrapped;
    if (m_realtime && m_applier) {
        if (m_auth)
            m_realtime->setAccessToken(m_auth->accessToken());
        m_realtime->connectToServer();
        m_applier->subscribe();
    }
    runPull();
    m_flusher->flush(true);
    emit pendingWritesChanged(pendingWrites());
    emit conflictsChanged(openConflicts());
    m_deltaTimer.start();
    m_reconcileTimer.start();
}

void SyncEngine::stop()
{
    m_started = false;
    m_deltaTimer.stop();
    m_reconcileTimer.stop();
    m_retryPullTimer.stop();
    if (m_bootstrap)
        m_bootstrap->cancel();
    if (m_delta)
        m_delta->cancel();
    if (m_reconciler)
        m_reconciler->cancel();
    m_flusher->stop();
    if (m_applier)
        m_applier->unsubscribe();
    m_connectivity.stop();
    setState(State::Offline);
}

bool SyncEngine::isBootstrapped()
{
    QStringList tables;
    for (const MirrorTable& table : MirrorSchema::tables())
        tables.append(table.name);
    auto all = m_cursors.allBootstrapped(tables);
    return all.ok() && all.value();
}

int SyncEngine::pendingWrites()
{
    auto count = m_outbox.count();
    return count.ok() ? count.value() : 0;
}

int SyncEngine::openConflicts()
{
    auto count = m_conflicts.openCount();
    return count.ok() ? count.value() : 0;
}

void SyncEngine::syncNow()
{
    if (!m_started)
        return;
    runPull();
}

void SyncEngine::flushNow()
{
    m_flusher->flush(true);
}

void SyncEngine::runPull()
{
    if (!m_started)
        return;
    if (m_bootstrap || m_delta) {
        m_pullRequested = true;
        return;
    }
    m_pullRequested = false;
    m_bootstrapped = isBootstrapped();
    if (!m_bootstrapped) {
        auto* job = new BootstrapJob(context(), m_options.pull, this);
        m_bootstrap = job;
        connect(job, &BootstrapJob::progress, this, [this](qint64 done, qint64 total) {
            m_progressDone = done;
            m_progressTotal = total;
            emit progressChanged(done, total);
        });
        connect(job, &BootstrapJob::rowsPulled, this, &SyncEngine::rowsChanged);
        setState(State::Syncing);
        job->start([this, job](Result<void> result) {
            job->deleteLater();
            m_bootstrap = nullptr;
            if (result.ok()) {
                m_bootstrapped = true;
                qCInfo(lcSync).noquote() << QStringLiteral("sync: bootstrap finished (%1 rows)").arg(m_progressDone);
                emit bootstrapFinished();
                // Tables pulled early may have changed while later ones were pulled.
                m_pullRequested = true;
            }
            pullFinished(result);
        });
        return;
    }
    TablePuller::Options options = m_options.pull;
    options.overlapMicros = m_options.deltaOverlapMicros;
    auto* job = new DeltaPuller(context(), options, this);
    m_delta = job;
    connect(job, &DeltaPuller::rowsPulled, this, &SyncEngine::rowsChanged);
    setState(State::Syncing);
    job->start([this, job](Result<qint64> result) {
        job->deleteLater();
        m_delta = nullptr;
        if (result.ok())
            emit deltaFinished(result.value());
        pullFinished(result.ok() ? Result<void>() : Result<void>(result.error()));
    });
}

void SyncEngine::pullFinished(const Result<void>& result)
{
    if (!m_started)
        return;
    if (result.ok()) {
        m_pullAttempts = 0;
        m_connectivity.reportSuccess();
        if (m_pullRequested) {
            runPull();
            return;
        }
        updateState();
        return;
    }
    const Error& error = result.error();
    if (error.kind == Error::Kind::Cancelled)
        return;
    qCWarning(lcSync).noquote() << QStringLiteral("sync: pull failed: %1").arg(error.toString());
    m_pullRequested = true; // run again once the server answers
    if (ConnectivityMonitor::isConnectivityFailure(error)) {
        m_connectivity.reportFailure(error);
    } else {
        emit syncFailed(error);
        m_retryPullTimer.start(m_options.retry.delay(m_pullAttempts++));
    }
    updateState();
}

void SyncEngine::reconcileNow()
{
    if (!m_started || m_reconciler || !m_bootstrapped)
        return;
    auto* job = new Reconciler(context(), m_options.pull.pageSize, this);
    m_reconciler = job;
    connect(job, &Reconciler::rowsRemoved, this, &SyncEngine::rowsChanged);
    job->start([this, job](Result<int> result) {
        job->deleteLater();
        m_reconciler = nullptr;
        if (!result.ok()) {
            if (ConnectivityMonitor::isConnectivityFailure(result.error()))
                m_connectivity.reportFailure(result.error());
            qCWarning(lcSync).noquote() << QStringLiteral("sync: reconciliation failed: %1")
                                               .arg(result.error().toString());
            return;
        }
        if (result.value() > 0)
            qCInfo(lcSync).noquote() << QStringLiteral("sync: reconciliation dropped %1 rows no longer visible")
                                            .arg(result.value());
        emit reconcileFinished(result.value());
    });
}

void SyncEngine::onOnline()
{
    if (!m_started)
        return;
    qCInfo(lcSync) << "sync: the server is reachable";
    m_flusher->flush(true);
    if (m_pullRequested || !m_bootstrapped)
        runPull();
    updateState();
}

void SyncEngine::onOffline()
{
    if (!m_started)
        return;
    qCInfo(lcSync) << "sync: the server cannot be reached; writes are kept until it is back";
    updateState();
}

void SyncEngine::onSessionChanged()
{
    if (!m_auth)
        return;
    if (m_realtime)
        m_realtime->setAccessToken(m_auth->accessToken());
    if (m_started && m_auth->isSignedIn())
        m_flusher->flush(true);
}

void SyncEngine::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void SyncEngine::updateState()
{
    if (!m_started) {
        setState(State::Offline);
        return;
    }
    if (m_connectivity.status() == ConnectivityMonitor::Status::Offline) {
        setState(State::Offline);
        return;
    }
    if (m_bootstrap || m_delta) {
        setState(State::Syncing);
        return;
    }
    if (!m_bootstrapped || (m_applier && !m_applier->isSubscribed())) {
        setState(State::Connecting);
        return;
    }
    setState(State::Live);
}

void SyncEngine::writeQueued()
{
    emit pendingWritesChanged(pendingWrites());
    if (m_started)
        m_flusher->flush(false);
}

Result<OutboxEntry> SyncEngine::insertRow(const QString& table, Json row, const Json& localOnly)
{
    auto entry = m_journal.insert(table, std::move(row), localOnly);
    if (entry.ok()) {
        emit rowsChanged(table, {entry->rowKey});
        writeQueued();
    }
    return entry;
}

Result<OutboxEntry> SyncEngine::updateRow(const QString& table, const QString& rowKey, Json changes)
{
    auto entry = m_journal.update(table, rowKey, std::move(changes));
    if (entry.ok()) {
        emit rowsChanged(table, {rowKey});
        writeQueued();
    }
    return entry;
}

Result<OutboxEntry> SyncEngine::removeRow(const QString& table, const QString& rowKey)
{
    auto entry = m_journal.remove(table, rowKey);
    if (entry.ok()) {
        emit rowsChanged(table, {rowKey});
        writeQueued();
    }
    return entry;
}

} // namespace helpdesk

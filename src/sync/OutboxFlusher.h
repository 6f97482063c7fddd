#pragma once

#include "core/Error.h"
#include "store/ConflictRecord.h"
#include "store/OutboxEntry.h"
#include "supabase/RequestHandle.h"
#include "supabase/RestClient.h"
#include "sync/RetryPolicy.h"
#include "sync/SyncContext.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace helpdesk {

// Sends the outbox to the server one write at a time, oldest first, and records each answer in the cache
// (WriteJournal) before moving on; an entry leaves the outbox only once the server has answered it.
//
//  - insert: POST with the client-made id; a duplicate-key answer for that id means an earlier attempt
//    landed (the process died before recording it): the server's row acknowledges it.
//  - update: PATCH filtered on the key and version=eq.<base>; one row back acknowledges it. Zero rows: the
//    current server row decides — gone or invisible: conflict (row dropped); same version: refused by a
//    policy (reverted); base+1 already holding our values: an earlier attempt landed (acknowledged);
//    anything else: a conflict, kept with both sides, the server row applied.
//  - delete: DELETE by key; zero rows with the row still there: refused (reverted).
//  - network errors, timeouts, 408/429/5xx: retried with backoff, the same entry first (order is kept);
//    other 4xx: reverted with a readable reason; 401 after a failed token refresh: kept, flushing pauses
//    until the session comes back.
class OutboxFlusher : public QObject
{
    Q_OBJECT

public:
    OutboxFlusher(SyncContext context, RetryPolicy retry = {}, QObject* parent = nullptr);
    ~OutboxFlusher() override;

    // Starts sending if idle. retryNow: ignore the backoff of the head entry (the server is back).
    void flush(bool retryNow = false);
    void stop();
    bool isBusy() const { return m_busy; }
    bool isWaitingForSignIn() const { return m_waitingForSignIn; }

signals:
    void acknowledged(const QString& table, const QString& rowKey);
    void conflictRecorded(const helpdesk::ConflictRecord& record);
    void writeRejected(const helpdesk::ConflictRecord& record);
    void pendingCountChanged(int count);
    // A retryable failure (connectivity): the entry waits for its backoff or for flush(true).
    void deliveryFailed(const helpdesk::Error& error);
    void signInRequired();
    void drained();

private:
    void sendNext();
    void send(const OutboxEntry& entry);
    void onInsertAnswer(const OutboxEntry& entry, Result<RestResponse> response);
    void onWriteAnswer(const OutboxEntry& entry, Result<RestResponse> response);
    void inspectServerRow(const OutboxEntry& entry, const Error* failure);
    void onServerRow(const OutboxEntry& entry, std::optional<Json> serverRow, const Error* failure);
    void acknowledge(const OutboxEntry& entry, const std::optional<Json>& serverRow);
    void conflict(const OutboxEntry& entry, const std::optional<Json>& serverRow, const QString& reason);
    void reject(const OutboxEntry& entry, const std::optional<Json>& serverRow, const QString& reason);
    void failed(const OutboxEntry& entry, const Error& error);
    void retryLater(const OutboxEntry& entry, const Error& error);
    void storeFailed(const Error& error);
    void continueLater();
    void emitCount();
    QueryBuilder keyed(QueryBuilder query, const OutboxEntry& entry) const;

    SyncContext m_context;
    RetryPolicy m_retry;
    RequestHandle m_request;
    QTimer m_retryTimer;
    bool m_busy = false;
    bool m_stopped = false;
    bool m_ignoreBackoff = false;
    bool m_waitingForSignIn = false;
    bool m_destroying = false;
};

// A sentence for the user about a refused write.
QString rejectionReason(const Error& error);

} // namespace helpdesk

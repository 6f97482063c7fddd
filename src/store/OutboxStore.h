#pragma once

#include "core/Result.h"
#include "store/OutboxEntry.h"

#include <vector>

namespace helpdesk {

class CacheDatabase;

// The durable journal of user writes (Akonadi's ChangeRecorder): appended in the same SQLite transaction
// as the optimistic change to the cache, read back in order, removed only once the server has answered.
// A process killed at any point finds every unanswered write here on the next start.
class OutboxStore
{
public:
    explicit OutboxStore(CacheDatabase& database);

    // Appends a write; fills seq. Call inside the transaction that changes the cache.
    Result<void> append(OutboxEntry& entry);
    // The oldest entry, if any.
    Result<std::optional<OutboxEntry>> head();
    // Every entry in order.
    Result<std::vector<OutboxEntry>> pending();
    // Entries for one row, in order.
    Result<std::vector<OutboxEntry>> pendingForRow(const QString& table, const QString& rowKey);
    Result<std::optional<OutboxEntry>> entry(qint64 seq);
    Result<int> count();
    // The server answered: the entry leaves the journal.
    Result<void> remove(qint64 seq);
    // A delivery attempt failed with a retryable error: count it and wait until `nextAttemptAt`.
    Result<void> recordAttempt(qint64 seq, const QString& error, Timestamp nextAttemptAt);

private:
    Result<std::vector<OutboxEntry>> select(const QString& where, const QVariantList& binds);

    CacheDatabase& m_database;
};

} // namespace helpdesk

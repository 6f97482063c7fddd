#pragma once

#include "core/Clock.h"
#include "core/Json.h"
#include "core/Result.h"
#include "store/ConflictRecord.h"
#include "store/OutboxEntry.h"

#include <optional>

namespace helpdesk {

class CacheDatabase;
class ConflictStore;
class MirrorStore;
class OutboxStore;

// The life of a user write in the cache. A write is applied to the cached row and appended to the outbox
// in one SQLite transaction (the UI shows it at once; a crash loses nothing). When the server answers, the
// write is acknowledged (the server's row replaces the optimistic one), or kept as a conflict with both
// sides (the server's row applied), or, when refused, reverted with a reason. Later pending writes on the
// same row are laid on top again in every case.
class WriteJournal
{
public:
    WriteJournal(CacheDatabase& database, MirrorStore& mirror, OutboxStore& outbox, ConflictStore& conflicts,
                 const Clock& clock);

    // A new row. A table keyed by a uuid `id` gets one made here when the row has none. `row` holds exactly
    // what is sent to the server (columns the user may insert); `localOnly` is shown in the cache until the
    // server's row replaces it, never sent (e.g. created_at, or a default the server would fill).
    Result<OutboxEntry> insert(const QString& table, Json row, const Json& localOnly = Json::object());
    // Changed columns of a cached row; the entry carries the row's current `version`.
    Result<OutboxEntry> update(const QString& table, const QString& rowKey, Json changes);
    // Removal: sets deleted_at on tables with soft deletes, otherwise deletes the row.
    Result<OutboxEntry> remove(const QString& table, const QString& rowKey);

    // The server took the write; `serverRow` (when returned) replaces the cached row. Later writes on the
    // same row are rebased on the version the server produced.
    Result<void> acknowledge(const OutboxEntry& entry, const std::optional<Json>& serverRow);
    // The row changed on the server since the write was based on it: both sides are kept, the server row is
    // applied, the write leaves the outbox.
    Result<ConflictRecord> recordConflict(const OutboxEntry& entry, const std::optional<Json>& serverRow,
                                          const QString& reason);
    // The server refused the write: the cached row goes back to what it was (or the server's row when
    // given), the write leaves the outbox, the reason is kept for the user.
    Result<ConflictRecord> reject(const OutboxEntry& entry, const std::optional<Json>& serverRow,
                                  const QString& reason);

private:
    Result<OutboxEntry> append(const QString& table, OutboxEntry::Operation operation, const QString& rowKey,
                               Json payload, const Json& localOnly = Json::object());
    Result<ConflictRecord> close(const OutboxEntry& entry, const std::optional<Json>& serverRow,
                                 const QString& reason, ConflictRecord::Kind kind);

    CacheDatabase& m_database;
    MirrorStore& m_mirror;
    OutboxStore& m_outbox;
    ConflictStore& m_conflicts;
    const Clock& m_clock;
};

} // namespace helpdesk

#include "store/WriteJournal.h"

#include "store/CacheDatabase.h"
#include "store/ConflictStore.h"
#include "store/MirrorStore.h"
#include "store/OutboxStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace helpdesk {

WriteJournal::WriteJournal(CacheDatabase& database, MirrorStore& mirror, OutboxStore& outbox,
                           ConflictStore& conflicts, const Clock& clock)
    : m_database(database)
    , m_mirror(mirror)
    , m_outbox(outbox)
    , m_conflicts(conflicts)
    , m_clock(clock)
{
}

Result<OutboxEntry> WriteJournal::append(const QString& table, OutboxEntry::Operation operation,
                                         const QString& rowKey, Json payload, const Json& localOnly)
{
    const MirrorTable* spec = MirrorSchema::table(table);
    if (!spec)
        return Error::validation(QStringLiteral("local cache: unknown table %1").arg(table));
    OutboxEntry entry;
    entry.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.table = table;
    entry.operation = operation;
    entry.rowKey = rowKey;
    entry.payload = std::move(payload);
    entry.createdAt = m_clock.now();
    Result<void> done = m_database.transaction([&]() -> Result<void> {
        auto before = m_mirror.row(*spec, rowKey);
        if (!before.ok())
            return before.error();
        if (operation == OutboxEntry::Operation::Insert) {
            if (before.value())
                return Error::validation(QStringLiteral("%1 %2 already exists").arg(table, rowKey));
            Json shown = entry.payload;
            if (localOnly.is_object())
                for (auto it = localOnly.begin(); it != localOnly.end(); ++it)
                    if (!shown.contains(it.key()))
                        shown[it.key()] = it.value();
            if (auto written = m_mirror.writeFields(*spec, rowKey, shown, true); !written.ok())
                return written;
        } else {
            if (!before.value())
                return Error::validation(QStringLiteral("%1 %2 is not in the local cache").arg(table, rowKey));
            entry.beforeRow = *before.value();
            if (spec->hasVersion) {
                const auto version = before.value()->find("version");
                if (version != before.value()->end() && version->is_number_integer())
                    entry.baseVersion = version->get<std::int64_t>();
            }
            if (operation == OutboxEntry::Operation::Update) {
                if (auto written = m_mirror.writeFields(*spec, rowKey, entry.payload, false); !written.ok())
                    return written;
            } else if (auto removed = m_mirror.removeRow(*spec, rowKey); !removed.ok()) {
                return removed.error();
            }
        }
        return m_outbox.append(entry);
    });
    if (!done.ok())
        return done.error();
    return entry;
}

Result<OutboxEntry> WriteJournal::insert(const QString& table, Json row, const Json& localOnly)
{
    const MirrorTable* spec = MirrorSchema::table(table);
    if (!spec)
        return Error::validation(QStringLiteral("local cache: unknown table %1").arg(table));
    if (!row.is_object())
        return Error::validation(QStringLiteral("%1: a new row must be an object").arg(table));
    if (spec->singleKey() && spec->keyColumns.first() == QLatin1String("id")) {
        const MirrorColumn* idColumn = spec->column(QStringLiteral("id"));
        if (idColumn && idColumn->type == ColumnType::Uuid && (!row.contains("id") || row["id"].is_null()))
            row["id"] = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    }
    const QString key = MirrorStore::rowKey(*spec, row);
    if (key.isEmpty())
        return Error::validation(QStringLiteral("%1: a new row needs its key").arg(table));
    return append(table, OutboxEntry::Operation::Insert, key, std::move(row), localOnly);
}

Result<OutboxEntry> WriteJournal::update(const QString& table, const QString& rowKey, Json changes)
{
    if (!changes.is_object() || changes.empty())
        return Error::validation(QStringLiteral("%1: nothing to change").arg(table));
    changes.erase("version");
    return append(table, OutboxEntry::Operation::Update, rowKey, std::move(changes));
}

Result<OutboxEntry> WriteJournal::remove(const QString& table, const QString& rowKey)
{
    const MirrorTable* spec = MirrorSchema::table(table);
    if (!spec)
        return Error::validation(QStringLiteral("local cache: unknown table %1").arg(table));
    if (spec->hasSoftDelete) {
        Json changes = Json::object();
        changes["deleted_at"] = m_clock.now().toIsoString();
        return append(table, OutboxEntry::Operation::Update, rowKey, std::move(changes));
    }
    return append(table, OutboxEntry::Operation::Delete, rowKey, Json::object());
}

Result<void> WriteJournal::acknowledge(const OutboxEntry& entry, const std::optional<Json>& serverRow)
{
    const MirrorTable* spec = MirrorSchema::table(entry.table);
    if (!spec)
        return Error::validation(QStringLiteral("local cache: unknown table %1").arg(entry.table));
    return m_database.transaction([&]() -> Result<void> {
        if (auto removed = m_outbox.remove(entry.seq); !removed.ok())
            return removed;
        if (!serverRow)
            return {};
        if (spec->hasVersion && serverRow->contains("version") && serverRow->at("version").is_number_integer()) {
            // Later writes on this row were made on top of this one: they are based on the version it produced.
            QSqlQuery rebase(m_database.connection());
            rebase.prepare(QStringLiteral(
                "UPDATE outbox SET base_version = ? WHERE table_name = ? AND row_key = ? AND seq > ?"));
            rebase.addBindValue(static_cast<qlonglong>(serverRow->at("version").get<std::int64_t>()));
            rebase.addBindValue(entry.table);
            rebase.addBindValue(entry.rowKey);
            rebase.addBindValue(static_cast<qlonglong>(entry.seq));
            if (!rebase.exec())
                return storeError(QStringLiteral("rebase pending writes"), rebase.lastError());
        }
        Json rows = Json::array();
        rows.push_back(*serverRow);
        auto applied = m_mirror.applyServerRows(*spec, rows);
        if (!applied.ok())
            return applied.error();
        return {};
    });
}

Result<ConflictRecord> WriteJournal::close(const OutboxEntry& entry, const std::optional<Json>& serverRow,
                                           const QString& reason, ConflictRecord::Kind kind)
{
    const MirrorTable* spec = MirrorSchema::table(entry.table);
    if (!spec)
        return Error::validation(QStringLiteral("local cache: unknown table %1").arg(entry.table));
    ConflictRecord record;
    record.kind = kind;
    record.table = entry.table;
    record.rowKey = entry.rowKey;
    record.idempotencyKey = entry.idempotencyKey;
    record.localChange = entry.payload;
    record.serverRow = serverRow;
    record.reason = reason;
    record.createdAt = m_clock.now();
    Result<void> done = m_database.transaction([&]() -> Result<void> {
        auto local = m_mirror.row(*spec, entry.rowKey);
        if (!local.ok())
            return local.error();
        record.localRow = local.value();
        if (auto recorded = m_conflicts.record(record); !recorded.ok())
            return recorded;
        if (auto removed = m_outbox.remove(entry.seq); !removed.ok())
            return removed;
        if (serverRow) {
            // The server's row wins in the cache, whatever version the cached copy claims.
            if (auto gone = m_mirror.removeRow(*spec, entry.rowKey); !gone.ok())
                return gone.error();
            Json rows = Json::array();
            rows.push_back(*serverRow);
            auto applied = m_mirror.applyServerRows(*spec, rows); // lays later pending writes on top
            if (!applied.ok())
                return applied.error();
            return {};
        }
        // No server row: put back what the row was before this write.
        if (entry.operation == OutboxEntry::Operation::Insert || !entry.beforeRow) {
            if (auto gone = m_mirror.removeRow(*spec, entry.rowKey); !gone.ok())
                return gone.error();
        } else if (kind == ConflictRecord::Kind::Rejected) {
            if (auto restored = m_mirror.writeFields(*spec, entry.rowKey, *entry.beforeRow, true); !restored.ok())
                return restored;
        } else {
            // A conflict without a server row: the row is gone on the server (or no longer visible).
            if (auto gone = m_mirror.removeRow(*spec, entry.rowKey); !gone.ok())
                return gone.error();
        }
        return m_mirror.reapplyPending(*spec, entry.rowKey);
    });
    if (!done.ok())
        return done.error();
    return record;
}

Result<ConflictRecord> WriteJournal::recordConflict(const OutboxEntry& entry, const std::optional<Json>& serverRow,
                                                    const QString& reason)
{
    return close(entry, serverRow, reason, ConflictRecord::Kind::Conflict);
}

Result<ConflictRecord> WriteJournal::reject(const OutboxEntry& entry, const std::optional<Json>& serverRow,
                                            const QString& reason)
{
    return close(entry, serverRow, reason, ConflictRecord::Kind::Rejected);
}

} // namespace helpdesk

#pragma once

#include "core/Json.h"
#include "core/Result.h"
#include "core/Timestamp.h"
#include "store/MirrorSchema.h"

#include <QSet>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace helpdesk {

class CacheDatabase;

// The mirror tables as rows of JSON in the server's shape: applies rows pulled from the server (bootstrap,
// delta pulls, realtime) and reads rows back. Server rows never regress a newer local copy (by `version`,
// else by the cursor column); a row whose `deleted_at` is set is removed; rows with pending local writes
// are stored as the server sent them and the pending changes are laid on top again, so the UI keeps
// showing what the user did until the outbox has been answered.
class MirrorStore
{
public:
    explicit MirrorStore(CacheDatabase& database);

    struct ApplyStats
    {
        int written = 0;      // inserted or updated
        int removed = 0;      // soft-deleted on the server
        int skippedStale = 0; // older than the cached copy
    };

    // Applies a JSON array of server rows in one transaction (or the caller's).
    Result<ApplyStats> applyServerRows(const MirrorTable& table, const Json& rows);
    // Removes one row (realtime DELETE, reconciliation). `key` holds the key columns.
    Result<bool> removeRow(const MirrorTable& table, const QString& rowKey);
    // Writes some columns of a row as a local edit (no staleness check); inserts when `insertIfMissing`.
    Result<void> writeFields(const MirrorTable& table, const QString& rowKey, const Json& fields,
                             bool insertIfMissing);
    // Drops the local rows whose key is not in `visibleKeys`, except `keep` (rows with pending writes).
    Result<int> removeRowsNotIn(const MirrorTable& table, const QSet<QString>& visibleKeys, const QSet<QString>& keep);

    // Lays the outbox's pending writes for one row on top of the cached row again.
    Result<void> reapplyPending(const MirrorTable& table, const QString& rowKey);

    Result<std::optional<Json>> row(const MirrorTable& table, const QString& rowKey);
    Result<Json> rows(const MirrorTable& table, const QStringList& rowKeys);
    Result<qint64> count(const MirrorTable& table);
    Result<QStringList> rowKeys(const MirrorTable& table);

    // "id" value as text, or the key columns joined by '|'.
    static QString rowKey(const MirrorTable& table, const Json& row);
    // The key columns of a row key, as a JSON object (for filters such as id=eq.X).
    static Json keyObject(const MirrorTable& table, const QString& rowKey);

    // JSON value ↔ SQLite value of one column.
    static Result<QVariant> toSql(const MirrorColumn& column, const Json& value);
    static Json fromSql(const MirrorColumn& column, const QVariant& value);

private:
    Result<Json> readRows(const MirrorTable& table, const QString& where, const QVariantList& binds);
    QString keyWhere(const MirrorTable& table) const;
    QVariantList keyBinds(const MirrorTable& table, const QString& rowKey) const;
    Result<QSet<QString>> keysWithPendingWrites(const MirrorTable& table);

    CacheDatabase& m_database;
};

} // namespace helpdesk

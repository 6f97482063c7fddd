#include "store/SyncCursorStore.h"

#include "store/CacheDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace helpdesk {

SyncCursorStore::SyncCursorStore(CacheDatabase& database)
    : m_database(database)
{
}

Result<SyncCursor> SyncCursorStore::cursor(const QString& table)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT cursor_at, cursor_key, bootstrapped, rows_pulled FROM sync_cursors WHERE table_name = ?"));
    query.addBindValue(table);
    if (!query.exec())
        return storeError(QStringLiteral("read the sync cursor of %1").arg(table), query.lastError());
    SyncCursor cursor;
    if (query.next()) {
        if (!query.value(0).isNull())
            cursor.at = Timestamp::fromMicros(query.value(0).toLongLong());
        cursor.key = query.value(1).toString();
        cursor.bootstrapped = query.value(2).toInt() != 0;
        cursor.rowsPulled = query.value(3).toLongLong();
    }
    return cursor;
}

Result<void> SyncCursorStore::save(const QString& table, const SyncCursor& cursor, Timestamp now)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO sync_cursors (table_name, cursor_at, cursor_key, bootstrapped, rows_pulled, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (table_name) DO UPDATE SET cursor_at = excluded.cursor_at, "
        "cursor_key = excluded.cursor_key, bootstrapped = excluded.bootstrapped, rows_pulled = excluded.rows_pulled, "
        "updated_at = excluded.updated_at"));
    query.addBindValue(table);
    query.addBindValue(cursor.at ? QVariant(static_cast<qlonglong>(cursor.at->micros())) : QVariant());
    query.addBindValue(cursor.key);
    query.addBindValue(cursor.bootstrapped ? 1 : 0);
    query.addBindValue(static_cast<qlonglong>(cursor.rowsPulled));
    query.addBindValue(static_cast<qlonglong>(now.micros()));
    if (!query.exec())
        return storeError(QStringLiteral("save the sync cursor of %1").arg(table), query.lastError());
    return {};
}

Result<bool> SyncCursorStore::allBootstrapped(const QStringList& tables)
{
    for (const QString& table : tables) {
        auto c = cursor(table);
        if (!c.ok())
            return c.error();
        if (!c->bootstrapped)
            return false;
    }
    return true;
}

Result<void> SyncCursorStore::clear()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("DELETE FROM sync_cursors")))
        return storeError(QStringLiteral("clear sync cursors"), query.lastError());
    return {};
}

} // namespace helpdesk

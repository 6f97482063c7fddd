#include "store/MirrorStore.h"

#include "core/Timestamp.h"
#include "store/CacheDatabase.h"

#include <QSqlError>

namespace helpdesk {

namespace {

QString quoted(const QString& name)
{
    return QLatin1Char('"') + name + QLatin1Char('"');
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    marks.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QLatin1Char(','));
}

QString jsonText(const Json& value)
{
    return QString::fromStdString(value.dump());
}

} // namespace

MirrorStore::MirrorStore(CacheDatabase& database)
    : m_database(database)
{
}

Result<QVariant> MirrorStore::toSql(const MirrorColumn& column, const Json& value)
{
    if (value.is_null())
        return QVariant();
    switch (column.type) {
    case ColumnType::Text:
        if (value.is_string())
            return QVariant(QString::fromStdString(value.get<std::string>()));
        return QVariant(jsonText(value));
    case ColumnType::Uuid:
        if (!value.is_string())
            return Error::parse(QStringLiteral("column %1: expected a uuid string").arg(column.name));
        return QVariant(QString::fromStdString(value.get<std::string>()).toLower());
    case ColumnType::Integer:
        if (value.is_number_integer())
            return QVariant(static_cast<qlonglong>(value.get<std::int64_t>()));
        if (value.is_number())
            return QVariant(static_cast<qlonglong>(value.get<double>()));
        if (value.is_string()) {
            bool ok = false;
            const qlonglong n = QString::fromStdString(value.get<std::string>()).toLongLong(&ok);
            if (ok)
                return QVariant(n);
        }
        return Error::parse(QStringLiteral("column %1: expected an integer").arg(column.name));
    case ColumnType::Boolean:
        if (value.is_boolean())
            return QVariant(value.get<bool>() ? 1 : 0);
        if (value.is_number_integer())
            return QVariant(value.get<std::int64_t>() != 0 ? 1 : 0);
        return Error::parse(QStringLiteral("column %1: expected a boolean").arg(column.name));
    case ColumnType::Timestamp: {
        if (!value.is_string())
            return Error::parse(QStringLiteral("column %1: expected a timestamp string").arg(column.name));
        auto parsed = Timestamp::parse(std::string_view(value.get_ref<const std::string&>()));
        if (!parsed.ok())
            return Error::parse(QStringLiteral("column %1: %2").arg(column.name, parsed.error().message));
        return QVariant(static_cast<qlonglong>(parsed->micros()));
    }
    case ColumnType::JsonValue:
        return QVariant(jsonText(value));
    }
    return QVariant();
}

Json MirrorStore::fromSql(const MirrorColumn& column, const QVariant& value)
{
    if (value.isNull())
        return nullptr;
    switch (column.type) {
    case ColumnType::Text:
    case ColumnType::Uuid:
        return value.toString().toStdString();
    case ColumnType::Integer:
        return static_cast<std::int64_t>(value.toLongLong());
    case ColumnType::Boolean:
        return value.toLongLong() != 0;
    case ColumnType::Timestamp:
        return Timestamp::fromMicros(value.toLongLong()).toIsoString();
    case ColumnType::JsonValue: {
        const QByteArray text = value.toString().toUtf8();
        Json parsed = Json::parse(text.constBegin(), text.constEnd(), nullptr, false);
        return parsed.is_discarded() ? Json(nullptr) : parsed;
    }
    }
    return nullptr;
}

QString MirrorStore::rowKey(const MirrorTable& table, const Json& row)
{
    QStringList parts;
    for (const QString& key : table.keyColumns) {
        const auto it = row.find(key.toStdString());
        if (it == row.end() || it->is_null())
            return {};
        if (it->is_string())
            parts.append(QString::fromStdString(it->get<std::string>()).toLower());
        else
            parts.append(QString::fromStdString(it->dump()));
    }
    return parts.join(QLatin1Char('|'));
}

Json MirrorStore::keyObject(const MirrorTable& table, const QString& rowKey)
{
    Json key = Json::object();
    const QStringList parts = rowKey.split(QLatin1Char('|'));
    for (qsizetype i = 0; i < table.keyColumns.size() && i < parts.size(); ++i) {
        const MirrorColumn* column = table.column(table.keyColumns[i]);
        if (column && column->type == ColumnType::Integer)
            key[table.keyColumns[i].toStdString()] = parts[i].toLongLong();
        else
            key[table.keyColumns[i].toStdString()] = parts[i].toStdString();
    }
    return key;
}

QString MirrorStore::keyWhere(const MirrorTable& table) const
{
    QStringList terms;
    for (const QString& key : table.keyColumns)
        terms.append(quoted(key) + QStringLiteral(" = ?"));
    return terms.join(QStringLiteral(" AND "));
}

QVariantList MirrorStore::keyBinds(const MirrorTable& table, const QString& rowKey) const
{
    QVariantList binds;
    const QStringList parts = rowKey.split(QLatin1Char('|'));
    for (qsizetype i = 0; i < table.keyColumns.size(); ++i) {
        const MirrorColumn* column = table.column(table.keyColumns[i]);
        const QString part = i < parts.size() ? parts[i] : QString();
        if (column && column->type == ColumnType::Integer)
            binds.append(part.toLongLong());
        else
            binds.append(part);
    }
    return binds;
}

Result<QSet<QString>> MirrorStore::keysWithPendingWrites(const MirrorTable& table)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT DISTINCT row_key FROM outbox WHERE table_name = ?"));
    query.addBindValue(table.name);
    if (!query.exec())
        return storeError(QStringLiteral("read pending writes"), query.lastError());
    QSet<QString> keys;
    while (query.next())
        keys.insert(query.value(0).toString());
    return keys;
}

Result<void> MirrorStore::reapplyPending(const MirrorTable& table, const QString& rowKey)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT operation, payload FROM outbox WHERE table_name = ? AND row_key = ? "
                                 "ORDER BY seq"));
    query.addBindValue(table.name);
    query.addBindValue(rowKey);
    if (!query.exec())
        return storeError(QStringLiteral("read pending writes"), query.lastError());
    while (query.next()) {
        const QString operation = query.value(0).toString();
        const QByteArray text = query.value(1).toString().toUtf8();
        const Json payload = Json::parse(text.constBegin(), text.constEnd(), nullptr, false);
        if (payload.is_discarded())
            continue;
        if (operation == QLatin1String("delete") && !table.hasSoftDelete) {
            if (auto removed = removeRow(table, rowKey); !removed.ok())
                return removed.error();
            continue;
        }
        if (auto written = writeFields(table, rowKey, payload, operation == QLatin1String("insert")); !written.ok())
            return written;
    }
    return {};
}

Result<MirrorStore::ApplyStats> MirrorStore::applyServerRows(const MirrorTable& table, const Json& rows)
{
    ApplyStats stats;
    if (!rows.is_array())
        return Error::parse(QStringLiteral("%1: expected an array of rows").arg(table.name));
    if (rows.empty())
        return stats;
    Result<void> done = m_database.transaction([&]() -> Result<void> {
        auto pending = keysWithPendingWrites(table);
        if (!pending.ok())
            return pending.error();
        QSqlDatabase db = m_database.connection();

        // The upsert for one set of present columns; rebuilt when a row carries a different set.
        QStringList presentColumns;
        std::vector<const MirrorColumn*> presentSpecs;
        QSqlQuery upsert(db);
        QSqlQuery remove(db);
        remove.prepare(QStringLiteral("DELETE FROM %1 WHERE %2").arg(quoted(table.name), keyWhere(table)));

        for (const Json& row : rows) {
            if (!row.is_object())
                return Error::parse(QStringLiteral("%1: a row is not an object").arg(table.name));
            const QString key = rowKey(table, row);
            if (key.isEmpty())
                return Error::parse(QStringLiteral("%1: a row has no key").arg(table.name));
            if (table.hasSoftDelete) {
                const auto deleted = row.find("deleted_at");
                if (deleted != row.end() && !deleted->is_null()) {
                    for (const QVariant& bind : keyBinds(table, key))
                        remove.addBindValue(bind);
                    if (!remove.exec())
                        return storeError(QStringLiteral("remove %1 row").arg(table.name), remove.lastError());
                    stats.removed += remove.numRowsAffected() > 0 ? 1 : 0;
                    continue;
                }
            }
            QStringList columns;
            std::vector<const MirrorColumn*> specs;
            for (const MirrorColumn& column : table.columns) {
                if (row.contains(column.name.toStdString())) {
                    columns.append(column.name);
                    specs.push_back(&column);
                }
            }
            if (columns != presentColumns) {
                presentColumns = columns;
                presentSpecs = specs;
                QStringList quotedColumns;
                QStringList updates;
                for (const QString& c : columns) {
                    quotedColumns.append(quoted(c));
                    if (!table.keyColumns.contains(c))
                        updates.append(QStringLiteral("%1 = excluded.%1").arg(quoted(c)));
                }
                // Never regress: only a newer version (or a newer cursor value) replaces the cached row.
                QString guard;
                if (table.hasVersion && columns.contains(QStringLiteral("version")))
                    guard = QStringLiteral(" WHERE excluded.\"version\" >= %1.\"version\"").arg(quoted(table.name));
                else if (columns.contains(table.cursorColumn))
                    guard = QStringLiteral(" WHERE %1.%2 IS NULL OR excluded.%2 >= %1.%2")
                                .arg(quoted(table.name), quoted(table.cursorColumn));
                const QString conflictAction = updates.isEmpty()
                    ? QStringLiteral("DO NOTHING")
                    : QStringLiteral("DO UPDATE SET %1%2").arg(updates.join(QStringLiteral(", ")), guard);
                QStringList keyColumns;
                for (const QString& k : table.keyColumns)
                    keyColumns.append(quoted(k));
                const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) %5")
                                        .arg(quoted(table.name), quotedColumns.join(QLatin1Char(',')),
                                             placeholders(columns.size()), keyColumns.join(QLatin1Char(',')),
                                             conflictAction);
                upsert = QSqlQuery(db);
                if (!upsert.prepare(sql))
                    return storeError(QStringLiteral("prepare upsert into %1").arg(table.name), upsert.lastError());
            }
            for (const MirrorColumn* column : presentSpecs) {
                auto value = toSql(*column, row.at(column->name.toStdString()));
                if (!value.ok())
                    return Error::parse(QStringLiteral("%1 row %2: %3").arg(table.name, key, value.error().message));
                upsert.addBindValue(value.value());
            }
            if (!upsert.exec())
                return storeError(QStringLiteral("upsert into %1").arg(table.name), upsert.lastError());
            if (upsert.numRowsAffected() > 0)
                ++stats.written;
            else
                ++stats.skippedStale;
            if (pending->contains(key)) {
                if (auto rebased = reapplyPending(table, key); !rebased.ok())
                    return rebased;
            }
        }
        return {};
    });
    if (!done.ok())
        return done.error();
    return stats;
}

Result<bool> MirrorStore::removeRow(const MirrorTable& table, const QString& rowKey)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM %1 WHERE %2").arg(quoted(table.name), keyWhere(table)));
    for (const QVariant& bind : keyBinds(table, rowKey))
        query.addBindValue(bind);
    if (!query.exec())
        return storeError(QStringLiteral("remove %1 row").arg(table.name), query.lastError());
    return query.numRowsAffected() > 0;
}

Result<void> MirrorStore::writeFields(const MirrorTable& table, const QString& rowKey, const Json& fields,
                                      bool insertIfMissing)
{
    if (!fields.is_object())
        return Error::validation(QStringLiteral("%1: a change must be an object").arg(table.name));
    QStringList assignments;
    QVariantList binds;
    QStringList columns;
    for (const MirrorColumn& column : table.columns) {
        const auto it = fields.find(column.name.toStdString());
        if (it == fields.end() || table.keyColumns.contains(column.name))
            continue;
        auto value = toSql(column, *it);
        if (!value.ok())
            return value.error();
        assignments.append(quoted(column.name) + QStringLiteral(" = ?"));
        columns.append(quoted(column.name));
        binds.append(value.value());
    }
    QSqlDatabase db = m_database.connection();
    if (insertIfMissing) {
        QStringList insertColumns;
        QVariantList insertBinds = keyBinds(table, rowKey);
        for (const QString& k : table.keyColumns)
            insertColumns.append(quoted(k));
        insertColumns += columns;
        insertBinds += binds;
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT DO NOTHING")
                           .arg(quoted(table.name), insertColumns.join(QLatin1Char(',')),
                                placeholders(insertColumns.size())));
        for (const QVariant& bind : insertBinds)
            insert.addBindValue(bind);
        if (!insert.exec())
            return storeError(QStringLiteral("insert into %1").arg(table.name), insert.lastError());
        if (insert.numRowsAffected() > 0)
            return {};
    }
    if (assignments.isEmpty())
        return {};
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                       .arg(quoted(table.name), assignments.join(QStringLiteral(", ")), keyWhere(table)));
    for (const QVariant& bind : binds)
        update.addBindValue(bind);
    for (const QVariant& bind : keyBinds(table, rowKey))
        update.addBindValue(bind);
    if (!update.exec())
        return storeError(QStringLiteral("update %1").arg(table.name), update.lastError());
    return {};
}

Result<int> MirrorStore::removeRowsNotIn(const MirrorTable& table, const QSet<QString>& visibleKeys,
                                         const QSet<QString>& keep)
{
    auto keys = rowKeys(table);
    if (!keys.ok())
        return keys.error();
    int removed = 0;
    Result<void> done = m_database.transaction([&]() -> Result<void> {
        for (const QString& key : std::as_const(keys.value())) {
            if (visibleKeys.contains(key) || keep.contains(key))
                continue;
            auto gone = removeRow(table, key);
            if (!gone.ok())
                return gone.error();
            removed += gone.value() ? 1 : 0;
        }
        return {};
    });
    if (!done.ok())
        return done.error();
    return removed;
}

Result<Json> MirrorStore::readRows(const MirrorTable& table, const QString& where, const QVariantList& binds)
{
    QStringList columns;
    for (const MirrorColumn& column : table.columns)
        columns.append(quoted(column.name));
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                           .arg(columns.join(QLatin1Char(',')), quoted(table.name), where)))
        return storeError(QStringLiteral("prepare read %1").arg(table.name), query.lastError());
    for (const QVariant& bind : binds)
        query.addBindValue(bind);
    if (!query.exec())
        return storeError(QStringLiteral("read %1").arg(table.name), query.lastError());
    Json out = Json::array();
    while (query.next()) {
        Json row = Json::object();
        for (int i = 0; i < static_cast<int>(table.columns.size()); ++i)
            row[table.columns[static_cast<std::size_t>(i)].name.toStdString()] =
                fromSql(table.columns[static_cast<std::size_t>(i)], query.value(i));
        out.push_back(std::move(row));
    }
    return out;
}

Result<std::optional<Json>> MirrorStore::row(const MirrorTable& table, const QString& rowKey)
{
    auto found = readRows(table, keyWhere(table), keyBinds(table, rowKey));
    if (!found.ok())
        return found.error();
    if (found->empty())
        return std::optional<Json>();
    return std::optional<Json>(found->at(0));
}

Result<Json> MirrorStore::rows(const MirrorTable& table, const QStringList& rowKeys)
{
    if (rowKeys.isEmpty())
        return Json::array();
    if (!table.singleKey()) {
        Json out = Json::array();
        for (const QString& key : rowKeys) {
            auto one = row(table, key);
            if (!one.ok())
                return one.error();
            if (one.value())
                out.push_back(*one.value());
        }
        return out;
    }
    const MirrorColumn* keyColumn = table.column(table.keyColumns.first());
    QVariantList binds;
    for (const QString& key : rowKeys)
        binds.append(keyColumn && keyColumn->type == ColumnType::Integer ? QVariant(key.toLongLong())
                                                                          : QVariant(key.toLower()));
    return readRows(table, QStringLiteral("%1 IN (%2)").arg(quoted(table.keyColumns.first()), placeholders(binds.size())),
                    binds);
}

Result<qint64> MirrorStore::count(const MirrorTable& table)
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(quoted(table.name))) || !query.next())
        return storeError(QStringLiteral("count %1").arg(table.name), query.lastError());
    return query.value(0).toLongLong();
}

Result<QStringList> MirrorStore::rowKeys(const MirrorTable& table)
{
    QStringList keyColumns;
    for (const QString& k : table.keyColumns)
        keyColumns.append(quoted(k));
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM %2").arg(keyColumns.join(QLatin1Char(',')), quoted(table.name))))
        return storeError(QStringLiteral("read %1 keys").arg(table.name), query.lastError());
    QStringList keys;
    while (query.next()) {
        QStringList parts;
        for (int i = 0; i < keyColumns.size(); ++i)
            parts.append(query.value(i).toString());
        keys.append(parts.join(QLatin1Char('|')));
    }
    return keys;
}

} // namespace helpdesk

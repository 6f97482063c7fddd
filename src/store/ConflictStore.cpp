#include "store/ConflictStore.h"

#include "store/CacheDatabase.h"

#include <QSqlError>
#include <QSqlQuery>

namespace helpdesk {

QString ConflictRecord::kindName(Kind kind)
{
    return kind == Kind::Conflict ? QStringLiteral("conflict") : QStringLiteral("rejected");
}

namespace {

std::optional<Json> parseOptional(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    const QByteArray utf8 = value.toString().toUtf8();
    Json parsed = Json::parse(utf8.constBegin(), utf8.constEnd(), nullptr, false);
    if (parsed.is_discarded())
        return std::nullopt;
    return parsed;
}

QVariant optionalText(const std::optional<Json>& value)
{
    return value ? QVariant(QString::fromStdString(value->dump())) : QVariant();
}

} // namespace

ConflictStore::ConflictStore(CacheDatabase& database)
    : m_database(database)
{
}

Result<void> ConflictStore::record(ConflictRecord& record)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO conflicts (kind, table_name, row_key, idempotency_key, local_change, local_row, server_row, "
        "reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(ConflictRecord::kindName(record.kind));
    query.addBindValue(record.table);
    query.addBindValue(record.rowKey);
    query.addBindValue(record.idempotencyKey);
    query.addBindValue(QString::fromStdString(record.localChange.dump()));
    query.addBindValue(optionalText(record.localRow));
    query.addBindValue(optionalText(record.serverRow));
    query.addBindValue(record.reason);
    query.addBindValue(static_cast<qlonglong>(record.createdAt.micros()));
    if (!query.exec())
        return storeError(QStringLiteral("record a conflict"), query.lastError());
    record.id = query.lastInsertId().toLongLong();
    return {};
}

Result<std::vector<ConflictRecord>> ConflictStore::select(const QString& where)
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, kind, table_name, row_key, idempotency_key, local_change, local_row, "
                                   "server_row, reason, created_at, resolved_at FROM conflicts %1 ORDER BY id")
                        .arg(where)))
        return storeError(QStringLiteral("read conflicts"), query.lastError());
    std::vector<ConflictRecord> records;
    while (query.next()) {
        ConflictRecord r;
        r.id = query.value(0).toLongLong();
        r.kind = query.value(1).toString() == QLatin1String("rejected") ? ConflictRecord::Kind::Rejected
                                                                        : ConflictRecord::Kind::Conflict;
        r.table = query.value(2).toString();
        r.rowKey = query.value(3).toString();
        r.idempotencyKey = query.value(4).toString();
        r.localChange = parseOptional(query.value(5)).value_or(Json::object());
        r.localRow = parseOptional(query.value(6));
        r.serverRow = parseOptional(query.value(7));
        r.reason = query.value(8).toString();
        r.createdAt = Timestamp::fromMicros(query.value(9).toLongLong());
        if (!query.value(10).isNull())
            r.resolvedAt = Timestamp::fromMicros(query.value(10).toLongLong());
        records.push_back(std::move(r));
    }
    return records;
}

Result<std::vector<ConflictRecord>> ConflictStore::open()
{
    return select(QStringLiteral("WHERE resolved_at IS NULL"));
}

Result<std::vector<ConflictRecord>> ConflictStore::all()
{
    return select(QString());
}

Result<int> ConflictStore::openCount()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM conflicts WHERE resolved_at IS NULL")) || !query.next())
        return storeError(QStringLiteral("count conflicts"), query.lastError());
    return query.value(0).toInt();
}

Result<void> ConflictStore::resolve(qint64 id, Timestamp at)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE conflicts SET resolved_at = ? WHERE id = ?"));
    query.addBindValue(static_cast<qlonglong>(at.micros()));
    query.addBindValue(static_cast<qlonglong>(id));
    if (!query.exec())
        return storeError(QStringLiteral("resolve a conflict"), query.lastError());
    return {};
}

} // namespace helpdesk

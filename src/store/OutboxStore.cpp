#include "store/OutboxStore.h"

#include "store/CacheDatabase.h"

#include <QSqlError>
#include <QSqlQuery>

namespace helpdesk {

QString OutboxEntry::operationName(Operation operation)
{
    switch (operation) {
    case Operation::Insert:
        return QStringLiteral("insert");
    case Operation::Update:
        return QStringLiteral("update");
    case Operation::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

std::optional<OutboxEntry::Operation> OutboxEntry::operationFromName(const QString& name)
{
    if (name == QLatin1String("insert"))
        return Operation::Insert;
    if (name == QLatin1String("update"))
        return Operation::Update;
    if (name == QLatin1String("delete"))
        return Operation::Delete;
    return std::nullopt;
}

namespace {

Json parseText(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    Json parsed = Json::parse(utf8.constBegin(), utf8.constEnd(), nullptr, false);
    return parsed.is_discarded() ? Json(nullptr) : parsed;
}

const char* const kColumns = "seq, idempotency_key, table_name, operation, row_key, payload, base_version, before_row, "
                             "created_at, attempts, next_attempt_at, last_error";

} // namespace

OutboxStore::OutboxStore(CacheDatabase& database)
    : m_database(database)
{
}

Result<void> OutboxStore::append(OutboxEntry& entry)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO outbox (idempotency_key, table_name, operation, row_key, payload, base_version, before_row, "
        "created_at, attempts, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0)"));
    query.addBindValue(entry.idempotencyKey);
    query.addBindValue(entry.table);
    query.addBindValue(OutboxEntry::operationName(entry.operation));
    query.addBindValue(entry.rowKey);
    query.addBindValue(QString::fromStdString(entry.payload.dump()));
    query.addBindValue(entry.baseVersion ? QVariant(static_cast<qlonglong>(*entry.baseVersion)) : QVariant());
    query.addBindValue(entry.beforeRow ? QVariant(QString::fromStdString(entry.beforeRow->dump())) : QVariant());
    query.addBindValue(static_cast<qlonglong>(entry.createdAt.micros()));
    if (!query.exec())
        return storeError(QStringLiteral("append to the outbox"), query.lastError());
    entry.seq = query.lastInsertId().toLongLong();
    entry.attempts = 0;
    return {};
}

Result<std::vector<OutboxEntry>> OutboxStore::select(const QString& where, const QVariantList& binds)
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM outbox %2 ORDER BY seq").arg(QLatin1String(kColumns), where));
    for (const QVariant& bind : binds)
        query.addBindValue(bind);
    if (!query.exec())
        return storeError(QStringLiteral("read the outbox"), query.lastError());
    std::vector<OutboxEntry> entries;
    while (query.next()) {
        OutboxEntry e;
        e.seq = query.value(0).toLongLong();
        e.idempotencyKey = query.value(1).toString();
        e.table = query.value(2).toString();
        e.operation = OutboxEntry::operationFromName(query.value(3).toString()).value_or(OutboxEntry::Operation::Update);
        e.rowKey = query.value(4).toString();
        e.payload = parseText(query.value(5).toString());
        if (!query.value(6).isNull())
            e.baseVersion = query.value(6).toLongLong();
        if (!query.value(7).isNull())
            e.beforeRow = parseText(query.value(7).toString());
        e.createdAt = Timestamp::fromMicros(query.value(8).toLongLong());
        e.attempts = query.value(9).toInt();
        e.nextAttemptAt = Timestamp::fromMicros(query.value(10).toLongLong());
        e.lastError = query.value(11).toString();
        entries.push_back(std::move(e));
    }
    return entries;
}

Result<std::optional<OutboxEntry>> OutboxStore::head()
{
    auto entries = select(QStringLiteral("WHERE seq = (SELECT min(seq) FROM outbox)"), {});
    if (!entries.ok())
        return entries.error();
    if (entries->empty())
        return std::optional<OutboxEntry>();
    return std::optional<OutboxEntry>(std::move(entries->front()));
}

Result<std::vector<OutboxEntry>> OutboxStore::pending()
{
    return select(QString(), {});
}

Result<std::vector<OutboxEntry>> OutboxStore::pendingForRow(const QString& table, const QString& rowKey)
{
    return select(QStringLiteral("WHERE table_name = ? AND row_key = ?"), {table, rowKey});
}

Result<std::optional<OutboxEntry>> OutboxStore::entry(qint64 seq)
{
    auto entries = select(QStringLiteral("WHERE seq = ?"), {static_cast<qlonglong>(seq)});
    if (!entries.ok())
        return entries.error();
    if (entries->empty())
        return std::optional<OutboxEntry>();
    return std::optional<OutboxEntry>(std::move(entries->front()));
}

Result<int> OutboxStore::count()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM outbox")) || !query.next())
        return storeError(QStringLiteral("count the outbox"), query.lastError());
    return query.value(0).toInt();
}

Result<void> OutboxStore::remove(qint64 seq)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM outbox WHERE seq = ?"));
    query.addBindValue(static_cast<qlonglong>(seq));
    if (!query.exec())
        return storeError(QStringLiteral("remove an outbox entry"), query.lastError());
    return {};
}

Result<void> OutboxStore::recordAttempt(qint64 seq, const QString& error, Timestamp nextAttemptAt)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE seq = ?"));
    query.addBindValue(error);
    query.addBindValue(static_cast<qlonglong>(nextAttemptAt.micros()));
    query.addBindValue(static_cast<qlonglong>(seq));
    if (!query.exec())
        return storeError(QStringLiteral("record an outbox attempt"), query.lastError());
    return {};
}

} // namespace helpdesk

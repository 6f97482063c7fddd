#include "store/TicketStore.h"

#include "store/CacheDatabase.h"
#include "store/TypedRows.h"

#include <QSqlError>
#include <QSqlQuery>

namespace helpdesk {

namespace {

Result<QList<QUuid>> idsWhere(CacheDatabase& database, const QString& sql, const QVariantList& binds)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant& bind : binds)
        query.addBindValue(bind);
    if (!query.exec())
        return storeError(QStringLiteral("read ids"), query.lastError());
    QList<QUuid> ids;
    while (query.next())
        ids.append(QUuid::fromString(query.value(0).toString()));
    return ids;
}

} // namespace

TicketStore::TicketStore(CacheDatabase& database)
    : m_database(database)
{
}

Result<std::vector<Ticket>> TicketStore::ticketsByIds(const QList<QUuid>& ids)
{
    MirrorStore mirror(m_database);
    return detail::readTyped<Ticket>(mirror, QStringLiteral("tickets"), ids);
}

Result<std::optional<Ticket>> TicketStore::ticket(const QUuid& id)
{
    auto found = ticketsByIds({id});
    if (!found.ok())
        return found.error();
    if (found->empty())
        return std::optional<Ticket>();
    return std::optional<Ticket>(std::move(found->front()));
}

Result<std::optional<Ticket>> TicketStore::ticketByNumber(qint64 number)
{
    auto ids = idsWhere(m_database, QStringLiteral("SELECT id FROM tickets WHERE number = ? AND deleted_at IS NULL"),
                        {static_cast<qlonglong>(number)});
    if (!ids.ok())
        return ids.error();
    if (ids->isEmpty())
        return std::optional<Ticket>();
    return ticket(ids->first());
}

Result<std::vector<TicketMessage>> TicketStore::messages(const QUuid& ticketId)
{
    auto ids = idsWhere(m_database,
                        QStringLiteral("SELECT id FROM ticket_messages WHERE ticket_id = ? AND deleted_at IS NULL "
                                       "ORDER BY coalesce(created_at, 9223372036854775807), rid"),
                        {ticketId.toString(QUuid::WithoutBraces)});
    if (!ids.ok())
        return ids.error();
    MirrorStore mirror(m_database);
    return detail::readTyped<TicketMessage>(mirror, QStringLiteral("ticket_messages"), ids.value());
}

} // namespace helpdesk

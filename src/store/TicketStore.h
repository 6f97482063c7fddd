#pragma once

#include "core/Result.h"
#include "core/Ticket.h"
#include "core/TicketMessage.h"

#include <QList>
#include <QUuid>

#include <optional>
#include <vector>

namespace helpdesk {

class CacheDatabase;

// Tickets and their conversations from the cache, as core row types: what an item model asks for the rows
// it shows (ids from QueueQuery) and what a ticket view shows. Synchronous; any thread.
class TicketStore
{
public:
    explicit TicketStore(CacheDatabase& database);

    // In the order of `ids`; ids not in the cache are left out.
    Result<std::vector<Ticket>> ticketsByIds(const QList<QUuid>& ids);
    Result<std::optional<Ticket>> ticket(const QUuid& id);
    Result<std::optional<Ticket>> ticketByNumber(qint64 number);
    // The messages of a ticket, oldest first (internal notes included when the user may see them).
    Result<std::vector<TicketMessage>> messages(const QUuid& ticketId);

private:
    CacheDatabase& m_database;
};

} // namespace helpdesk

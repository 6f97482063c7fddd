#pragma once

#include "core/Json.h"

#include <QString>
#include <QStringList>
#include <QUuid>
#include <cstdint>
#include <optional>

namespace helpdesk {

// One message in a ticket's conversation; internal notes (is_internal) are never visible to customers. Row of
// public.ticket_messages; JSON keys are the column names as PostgREST returns them.
struct TicketMessage
{
    QUuid id;
    QUuid ticketId;
    std::optional<QUuid> authorId;
    QString body;
    bool isInternal = false;
    MessageSource source = MessageSource::Agent;
    int version = 1;
    Timestamp createdAt;
    Timestamp updatedAt;
    std::optional<Timestamp> deletedAt;

    bool operator==(const TicketMessage&) const = default;
};

void to_json(Json& j, const TicketMessage& value);
void from_json(const Json& j, TicketMessage& value);

} // namespace helpdesk

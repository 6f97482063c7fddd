#pragma once

#include "core/Enums.h"
#include "core/Timestamp.h"

#include <QString>
#include <QUuid>

#include <optional>

namespace helpdesk {

struct Ticket;

// Where a ticket stands against its SLA at a given moment.
enum class SlaState { None, OnTrack, NearingBreach, Breached, Paused };

// What one queue row shows: a ticket reduced to its columns, names resolved.
struct QueueRow
{
    QUuid id;
    qint64 number = 0;
    QString subject;
    QUuid requesterId;
    QString requester;
    TicketStatus status = TicketStatus::New;
    TicketPriority priority = TicketPriority::Normal;
    std::optional<QUuid> assigneeId;
    QString assignee;
    std::optional<Timestamp> slaDue; // the next SLA target: first response, else resolution
    bool slaPaused = false;
    Timestamp updatedAt;

    static QueueRow fromTicket(const Ticket &ticket);
    SlaState slaState(Timestamp now) const;
};

// Seconds before a due time from which a ticket counts as nearing breach.
constexpr qint64 kSlaNearingSecs = 60 * 60;

} // namespace helpdesk

#include "QueueRow.h"

#include "core/Ticket.h"

namespace helpdesk {

QueueRow QueueRow::fromTicket(const Ticket &ticket)
{
    QueueRow row;
    row.id = ticket.id;
    row.number = ticket.number;
    row.subject = ticket.title;
    row.requesterId = ticket.requesterId;
    row.status = ticket.status;
    row.priority = ticket.priority;
    row.assigneeId = ticket.assigneeId;
    row.updatedAt = ticket.updatedAt;
    row.slaPaused = ticket.slaPausedAt.has_value();
    const bool closed = ticket.status == TicketStatus::Solved || ticket.status == TicketStatus::Closed;
    if (!closed) {
        if (ticket.firstResponseDueAt && !ticket.firstRespondedAt) {
            row.slaDue = ticket.firstResponseDueAt;
        } else if (ticket.resolutionDueAt) {
            row.slaDue = ticket.resolutionDueAt;
        }
    }
    return row;
}

SlaState QueueRow::slaState(Timestamp now) const
{
    if (!slaDue) {
        return SlaState::None;
    }
    if (slaPaused) {
        return SlaState::Paused;
    }
    const qint64 remaining = now.microsTo(*slaDue) / 1'000'000;
    if (remaining < 0) {
        return SlaState::Breached;
    }
    return remaining <= kSlaNearingSecs ? SlaState::NearingBreach : SlaState::OnTrack;
}

} // namespace helpdesk

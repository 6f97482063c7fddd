#pragma once

#include "core/Json.h"

#include <QString>
#include <QStringList>
#include <QUuid>
#include <cstdint>
#include <optional>

namespace helpdesk {

// A support request. version is bumped by the database on every update (optimistic concurrency); the SLA stamps
// are set by triggers. The generated full-text column "search" is not mapped. Row of public.tickets; JSON keys are
// the column names as PostgREST returns them.
struct Ticket
{
    QUuid id;
    std::int64_t number = 0; // generated identity, shown as #number
    QString title;
    QString description;
    TicketStatus status = TicketStatus::New;
    TicketPriority priority = TicketPriority::Normal;
    TicketChannel channel = TicketChannel::Desktop;
    QStringList tags;
    Json customFields = Json::object();
    QUuid requesterId;
    std::optional<QUuid> assigneeId;
    std::optional<QUuid> teamId;
    std::optional<QUuid> slaPolicyId;
    std::optional<Timestamp> firstResponseDueAt;
    std::optional<Timestamp> resolutionDueAt;
    std::optional<Timestamp> firstRespondedAt;
    std::optional<Timestamp> solvedAt;
    std::optional<Timestamp> closedAt;
    std::optional<Timestamp> slaPausedAt;
    int slaPausedMinutes = 0;
    std::optional<Timestamp> assignedAt;
    std::optional<int> csatScore; // 1-5
    int version = 1;
    Timestamp createdAt;
    Timestamp updatedAt;
    std::optional<Timestamp> deletedAt;

    bool operator==(const Ticket&) const = default;
};

void to_json(Json& j, const Ticket& value);
void from_json(const Json& j, Ticket& value);

} // namespace helpdesk

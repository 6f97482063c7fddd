#include "core/Ticket.h"

namespace helpdesk {

void to_json(Json& j, const Ticket& value)
{
    j = Json::object();
    writeField(j, "id", value.id);
    writeField(j, "number", value.number);
    writeField(j, "title", value.title);
    writeField(j, "description", value.description);
    writeField(j, "status", value.status);
    writeField(j, "priority", value.priority);
    writeField(j, "channel", value.channel);
    writeField(j, "tags", value.tags);
    writeField(j, "custom_fields", value.customFields);
    writeField(j, "requester_id", value.requesterId);
    writeField(j, "assignee_id", value.assigneeId);
    writeField(j, "team_id", value.teamId);
    writeField(j, "sla_policy_id", value.slaPolicyId);
    writeField(j, "first_response_due_at", value.firstResponseDueAt);
    writeField(j, "resolution_due_at", value.resolutionDueAt);
    writeField(j, "first_responded_at", value.firstRespondedAt);
    writeField(j, "solved_at", value.solvedAt);
    writeField(j, "closed_at", value.closedAt);
    writeField(j, "sla_paused_at", value.slaPausedAt);
    writeField(j, "sla_paused_minutes", value.slaPausedMinutes);
    writeField(j, "assigned_at", value.assignedAt);
    writeField(j, "csat_score", value.csatScore);
    writeField(j, "version", value.version);
    writeField(j, "created_at", value.createdAt);
    writeField(j, "updated_at", value.updatedAt);
    writeField(j, "deleted_at", value.deletedAt);
}

void from_json(const Json& j, Ticket& value)
{
    if (!j.is_object())
        throw JsonError(std::string("tickets: expected an object, got ") + j.type_name());
    readField(j, "id", value.id);
    readField(j, "number", value.number);
    readField(j, "title", value.title);
    readField(j, "description", value.description);
    readField(j, "status", value.status);
    readField(j, "priority", value.priority);
    readField(j, "channel", value.channel);
    readField(j, "tags", value.tags);
    readField(j, "custom_fields", value.customFields);
    readField(j, "requester_id", value.requesterId);
    readField(j, "assignee_id", value.assigneeId);
    readField(j, "team_id", value.teamId);
    readField(j, "sla_policy_id", value.slaPolicyId);
    readField(j, "first_response_due_at", value.firstResponseDueAt);
    readField(j, "resolution_due_at", value.resolutionDueAt);
    readField(j, "first_responded_at", value.firstRespondedAt);
    readField(j, "solved_at", value.solvedAt);
    readField(j, "closed_at", value.closedAt);
    readField(j, "sla_paused_at", value.slaPausedAt);
    readField(j, "sla_paused_minutes", value.slaPausedMinutes);
    readField(j, "assigned_at", value.assignedAt);
    readField(j, "csat_score", value.csatScore);
    readField(j, "version", value.version);
    readField(j, "created_at", value.createdAt);
    readField(j, "updated_at", value.updatedAt);
    readField(j, "deleted_at", value.deletedAt);
}

} // namespace helpdesk

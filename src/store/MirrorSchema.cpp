#include "store/MirrorSchema.h"

namespace helpdesk {

const MirrorColumn* MirrorTable::column(const QString& columnName) const
{
    for (const MirrorColumn& c : columns)
        if (c.name == columnName)
            return &c;
    return nullptr;
}

QStringList MirrorTable::columnNames() const
{
    QStringList names;
    names.reserve(static_cast<qsizetype>(columns.size()));
    for (const MirrorColumn& c : columns)
        names.append(c.name);
    return names;
}

namespace {

using T = ColumnType;

MirrorColumn col(const char* name, ColumnType type)
{
    return MirrorColumn{QString::fromLatin1(name), type};
}

std::vector<MirrorTable> buildTables()
{
    std::vector<MirrorTable> tables;
    const QStringList id{QStringLiteral("id")};
    const QString updatedAt = QStringLiteral("updated_at");

    tables.push_back({QStringLiteral("profiles"),
                      {col("id", T::Uuid), col("email", T::Text), col("full_name", T::Text), col("role", T::Text),
                       col("avatar_url", T::Text), col("timezone", T::Text), col("is_active", T::Boolean),
                       col("created_at", T::Timestamp), col("updated_at", T::Timestamp)},
                      id, updatedAt, true, false, false});
    tables.push_back({QStringLiteral("teams"),
                      {col("id", T::Uuid), col("name", T::Text), col("description", T::Text),
                       col("created_at", T::Timestamp), col("updated_at", T::Timestamp)},
                      id, updatedAt, true, false, false});
    tables.push_back({QStringLiteral("team_members"),
                      {col("team_id", T::Uuid), col("user_id", T::Uuid), col("created_at", T::Timestamp),
                       col("updated_at", T::Timestamp)},
                      {QStringLiteral("team_id"), QStringLiteral("user_id")}, updatedAt, false, false, false});
    tables.push_back({QStringLiteral("sla_policies"),
                      {col("id", T::Uuid), col("name", T::Text), col("priority", T::Text),
                       col("first_response_minutes", T::Integer), col("resolution_minutes", T::Integer),
                       col("business_hours", T::JsonValue), col("time_zone", T::Text), col("is_active", T::Boolean),
                       col("created_at", T::Timestamp), col("updated_at", T::Timestamp)},
                      id, updatedAt, true, false, false});
    tables.push_back({QStringLiteral("macros"),
                      {col("id", T::Uuid), col("title", T::Text), col("body", T::Text), col("actions", T::JsonValue),
                       col("team_id", T::Uuid), col("is_active", T::Boolean), col("created_by", T::Uuid),
                       col("created_at", T::Timestamp), col("updated_at", T::Timestamp),
                       col("deleted_at", T::Timestamp)},
                      id, updatedAt, true, false, true});
    tables.push_back({QStringLiteral("ticket_field_definitions"),
                      {col("id", T::Uuid), col("key", T::Text), col("label", T::Text), col("field_type", T::Text),
                       col("options", T::JsonValue), col("required", T::Boolean), col("position", T::Integer),
                       col("is_active", T::Boolean), col("visible_to_customers", T::Boolean),
                       col("created_at", T::Timestamp), col("updated_at", T::Timestamp)},
                      id, updatedAt, true, false, false});
    tables.push_back(
        {QStringLiteral("tickets"),
         {col("id", T::Uuid),
          col("number", T::Integer),
          col("title", T::Text),
          col("description", T::Text),
          col("status", T::Text),
          col("priority", T::Text),
          col("channel", T::Text),
          col("tags", T::JsonValue),
          col("custom_fields", T::JsonValue),
          col("requester_id", T::Uuid),
          col("assignee_id", T::Uuid),
          col("team_id", T::Uuid),
          col("sla_policy_id", T::Uuid),
          col("first_response_due_at", T::Timestamp),
          col("resolution_due_at", T::Timestamp),
          col("first_responded_at", T::Timestamp),
          col("solved_at", T::Timestamp),
          col("closed_at", T::Timestamp),
          col("sla_paused_at", T::Timestamp),
          col("sla_paused_minutes", T::Integer),
          col("assigned_at", T::Timestamp),
          col("csat_score", T::Integer),
          col("version", T::Integer),
          col("created_at", T::Timestamp),
          col("updated_at", T::Timestamp),
          col("deleted_at", T::Timestamp)},
         id, updatedAt, true, true, true});
    tables.push_back({QStringLiteral("ticket_messages"),
                      {col("id", T::Uuid), col("ticket_id", T::Uuid), col("author_id", T::Uuid), col("body", T::Text),
                       col("is_internal", T::Boolean), col("source", T::Text), col("version", T::Integer),
                       col("created_at", T::Timestamp), col("updated_at", T::Timestamp),
                       col("deleted_at", T::Timestamp)},
                      id, updatedAt, true, true, true});
    tables.push_back({QStringLiteral("attachments"),
                      {col("id", T::Uuid), col("ticket_id", T::Uuid), col("message_id", T::Uuid),
                       col("bucket_id", T::Text), col("storage_path", T::Text), col("file_name", T::Text),
                       col("size_bytes", T::Integer), col("content_type", T::Text), col("uploader_id", T::Uuid),
                       col("created_at", T::Timestamp), col("updated_at", T::Timestamp),
                       col("deleted_at", T::Timestamp)},
                      id, updatedAt, true, false, true});
    tables.push_back({QStringLiteral("kb_articles"),
                      {col("id", T::Uuid), col("slug", T::Text), col("title", T::Text), col("body", T::Text),
                       col("visibility", T::Text), col("status", T::Text), col("tags", T::JsonValue),
                       col("author_id", T::Uuid), col("version", T::Integer), col("published_at", T::Timestamp),
                       col("created_at", T::Timestamp), col("updated_at", T::Timestamp),
                       col("deleted_at", T::Timestamp)},
                      id, updatedAt, true, true, true});
    // Append-only history: no updated_at, the keyset runs on created_at.
    tables.push_back({QStringLiteral("kb_article_versions"),
                      {col("id", T::Integer), col("article_id", T::Uuid), col("version", T::Integer),
                       col("title", T::Text), col("body", T::Text), col("edited_by", T::Uuid),
                       col("created_at", T::Timestamp)},
                      id, QStringLiteral("created_at"), true, false, false});
    return tables;
}

} // namespace

const std::vector<MirrorTable>& MirrorSchema::tables()
{
    static const std::vector<MirrorTable> tables = buildTables();
    return tables;
}

const MirrorTable* MirrorSchema::table(const QString& name)
{
    for (const MirrorTable& t : tables())
        if (t.name == name)
            return &t;
    return nullptr;
}

} // namespace helpdesk

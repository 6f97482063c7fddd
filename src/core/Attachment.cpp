#include "core/Attachment.h"

namespace helpdesk {

void to_json(Json& j, const Attachment& value)
{
    j = Json::object();
    writeField(j, "id", value.id);
    writeField(j, "ticket_id", value.ticketId);
    writeField(j, "message_id", value.messageId);
    writeField(j, "bucket_id", value.bucketId);
    writeField(j, "storage_path", value.storagePath);
    writeField(j, "file_name", value.fileName);
    writeField(j, "size_bytes", value.sizeBytes);
    writeField(j, "content_type", value.contentType);
    writeField(j, "uploader_id", value.uploaderId);
    writeField(j, "created_at", value.createdAt);
    writeField(j, "updated_at", value.updatedAt);
    writeField(j, "deleted_at", value.deletedAt);
}

void from_json(const Json& j, Attachment& value)
{
    if (!j.is_object())
        throw JsonError(std::string("attachments: expected an object, got ") + j.type_name());
    readField(j, "id", value.id);
    readField(j, "ticket_id", value.ticketId);
    readField(j, "message_id", value.messageId);
    readField(j, "bucket_id", value.bucketId);
    readField(j, "storage_path", value.storagePath);
    readField(j, "file_name", value.fileName);
    readField(j, "size_bytes", value.sizeBytes);
    readField(j, "content_type", value.contentType);
    readField(j, "uploader_id", value.uploaderId);
    readField(j, "created_at", value.createdAt);
    readField(j, "updated_at", value.updatedAt);
    readField(j, "deleted_at", value.deletedAt);
}

} // namespace helpdesk

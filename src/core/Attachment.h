#pragma once

#include "core/Json.h"

#include <QString>
#include <QStringList>
#include <QUuid>
#include <cstdint>
#include <optional>

namespace helpdesk {

// Metadata of a file stored in Storage at bucket_id/storage_path ("<ticket id>/..."). Row of public.attachments;
// JSON keys are the column names as PostgREST returns them.
struct Attachment
{
    QUuid id;
    QUuid ticketId;
    std::optional<QUuid> messageId;
    QString bucketId = QStringLiteral("attachments");
    QString storagePath;
    QString fileName;
    std::int64_t sizeBytes = 0;
    QString contentType = QStringLiteral("application/octet-stream");
    std::optional<QUuid> uploaderId;
    Timestamp createdAt;
    Timestamp updatedAt;
    std::optional<Timestamp> deletedAt;

    bool operator==(const Attachment&) const = default;
};

void to_json(Json& j, const Attachment& value);
void from_json(const Json& j, Attachment& value);

} // namespace helpdesk

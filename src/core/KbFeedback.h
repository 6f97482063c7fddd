#pragma once

#include "core/Json.h"

#include <QString>
#include <QStringList>
#include <QUuid>
#include <cstdint>
#include <optional>

namespace helpdesk {

// One reader's "was this helpful" vote on an article (unique per article and user). Row of public.kb_feedback;
// JSON keys are the column names as PostgREST returns them.
struct KbFeedback
{
    QUuid id;
    QUuid articleId;
    QUuid userId;
    bool helpful = false;
    std::optional<QString> comment;
    Timestamp createdAt;
    Timestamp updatedAt;

    bool operator==(const KbFeedback&) const = default;
};

void to_json(Json& j, const KbFeedback& value);
void from_json(const Json& j, KbFeedback& value);

} // namespace helpdesk

#include "core/KbFeedback.h"

namespace helpdesk {

void to_json(Json& j, const KbFeedback& value)
{
    j = Json::object();
    writeField(j, "id", value.id);
    writeField(j, "article_id", value.articleId);
    writeField(j, "user_id", value.userId);
    writeField(j, "helpful", value.helpful);
    writeField(j, "comment", value.comment);
    writeField(j, "created_at", value.createdAt);
    writeField(j, "updated_at", value.updatedAt);
}

void from_json(const Json& j, KbFeedback& value)
{
    if (!j.is_object())
        throw JsonError(std::string("kb_feedback: expected an object, got ") + j.type_name());
    readField(j, "id", value.id);
    readField(j, "article_id", value.articleId);
    readField(j, "user_id", value.userId);
    readField(j, "helpful", value.helpful);
    readField(j, "comment", value.comment);
    readField(j, "created_at", value.createdAt);
    readField(j, "updated_at", value.updatedAt);
}

} // namespace helpdesk

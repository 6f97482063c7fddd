#include "core/KbArticleVersion.h"

namespace helpdesk {

void to_json(Json& j, const KbArticleVersion& value)
{
    j = Json::object();
    writeField(j, "id", value.id);
    writeField(j, "article_id", value.articleId);
    writeField(j, "version", value.version);
    writeField(j, "title", value.title);
    writeField(j, "body", value.body);
    writeField(j, "edited_by", value.editedBy);
    writeField(j, "created_at", value.createdAt);
}

void from_json(const Json& j, KbArticleVersion& value)
{
    if (!j.is_object())
        throw JsonError(std::string("kb_article_versions: expected an object, got ") + j.type_name());
    readField(j, "id", value.id);
    readField(j, "article_id", value.articleId);
    readField(j, "version", value.version);
    readField(j, "title", value.title);
    readField(j, "body", value.body);
    readField(j, "edited_by", value.editedBy);
    readField(j, "created_at", value.createdAt);
}

} // namespace helpdesk

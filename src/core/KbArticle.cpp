#include "core/KbArticle.h"

namespace helpdesk {

void to_json(Json& j, const KbArticle& value)
{
    j = Json::object();
    writeField(j, "id", value.id);
    writeField(j, "slug", value.slug);
    writeField(j, "title", value.title);
    writeField(j, "body", value.body);
    writeField(j, "visibility", value.visibility);
    writeField(j, "status", value.status);
    writeField(j, "tags", value.tags);
    writeField(j, "author_id", value.authorId);
    writeField(j, "version", value.version);
    writeField(j, "published_at", value.publishedAt);
    writeField(j, "created_at", value.createdAt);
    writeField(j, "updated_at", value.updatedAt);
    writeField(j, "deleted_at", value.deletedAt);
}

void from_json(const Json& j, KbArticle& value)
{
    if (!j.is_object())
        throw JsonError(std::string("kb_articles: expected an object, got ") + j.type_name());
    readField(j, "id", value.id);
    readField(j, "slug", value.slug);
    readField(j, "title", value.title);
    readField(j, "body", value.body);
    readField(j, "visibility", value.visibility);
    readField(j, "status", value.status);
    readField(j, "tags", value.tags);
    readField(j, "author_id", value.authorId);
    readField(j, "version", value.version);
    readField(j, "published_at", value.publishedAt);
    readField(j, "created_at", value.createdAt);
    readField(j, "updated_at", value.updatedAt);
    readField(j, "deleted_at", value.deletedAt);
}

} // namespace helpdesk

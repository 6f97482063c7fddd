#pragma once

#include "core/Json.h"

#include <QString>
#include <QStringList>
#include <QUuid>
#include <cstdint>
#include <optional>

namespace helpdesk {

// A past (or current) revision of an article, written by the database. Row of public.kb_article_versions; JSON
// keys are the column names as PostgREST returns them.
struct KbArticleVersion
{
    std::int64_t id = 0;
    QUuid articleId;
    int version = 0;
    QString title;
    QString body;
    std::optional<QUuid> editedBy;
    Timestamp createdAt;

    bool operator==(const KbArticleVersion&) const = default;
};

void to_json(Json& j, const KbArticleVersion& value);
void from_json(const Json& j, KbArticleVersion& value);

} // namespace helpdesk

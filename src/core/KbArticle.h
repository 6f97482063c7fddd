#pragma once

#include "core/Json.h"

#include <QString>
#include <QStringList>
#include <QUuid>
#include <cstdint>
#include <optional>

namespace helpdesk {

// A knowledge-base article; version is bumped and a KbArticleVersion kept by the database on every edit. The
// generated "search" column is not mapped. Row of public.kb_articles; JSON keys are the column names as PostgREST
// returns them.
struct KbArticle
{
    QUuid id;
    QString slug;
    QString title;
    QString body;
    KbVisibility visibility = KbVisibility::Public;
    KbStatus status = KbStatus::Draft;
    QStringList tags;
    std::optional<QUuid> authorId;
    int version = 1;
    std::optional<Timestamp> publishedAt;
    Timestamp createdAt;
    Timestamp updatedAt;
    std::optional<Timestamp> deletedAt;

    bool operator==(const KbArticle&) const = default;
};

void to_json(Json& j, const KbArticle& value);
void from_json(const Json& j, KbArticle& value);

} // namespace helpdesk

#pragma once

#include "core/Json.h"
#include "core/KbArticle.h"

#include <QString>

namespace helpdesk {

// What an edit of an article changes, in the shape the server takes it.
class ArticleChanges
{
public:
    // The editable fields (title, slug, body, tags, visibility, status) of `after` that differ from `before`, as a
    // PATCH body for kb_articles; an empty object when nothing changed.
    static Json between(const KbArticle& before, const KbArticle& after);
    // Lays the editable fields present in a PATCH body on top of `article`.
    static void apply(KbArticle& article, const Json& patch);
    // A slug for a title: lower-case ASCII letters and digits, words joined by single dashes (accents dropped),
    // at most 80 characters, as kb_articles.slug requires.
    static QString slugFor(const QString& title);
};

} // namespace helpdesk

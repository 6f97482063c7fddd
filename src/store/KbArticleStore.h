#pragma once

#include "core/Enums.h"
#include "core/KbArticle.h"
#include "core/KbArticleVersion.h"
#include "core/Result.h"
#include "core/Timestamp.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <optional>
#include <vector>

namespace helpdesk {

class CacheDatabase;

// The knowledge base as the desktop app reads it from the cache: filtered lists (status, visibility, tag)
// and instant full-text search with highlighted title and snippet (FTS5), the tags in use, one article, its
// versions; and the edit bases: the article as it was when the user first edited it offline, kept until the
// server has answered, so that a conflict can be merged three ways (base, theirs, mine).
class KbArticleStore
{
public:
    explicit KbArticleStore(CacheDatabase& database);

    struct Filter
    {
        QString text; // words, prefix-matched, all required; empty: every article, newest first
        std::optional<KbStatus> status;
        std::optional<KbVisibility> visibility;
        QString tag;
        int limit = 200;
    };

    // One row of the list. The highlighted parts of title and snippet are between kMarkStart and kMarkEnd.
    struct Item
    {
        QUuid id;
        QString title;
        QString slug;
        KbStatus status = KbStatus::Draft;
        KbVisibility visibility = KbVisibility::Public;
        QStringList tags;
        Timestamp updatedAt;
        QString snippet;
    };
    static constexpr QChar kMarkStart = QChar(0x01);
    static constexpr QChar kMarkEnd = QChar(0x02);

    Result<QList<Item>> list(const Filter& filter);
    // The tags used by cached articles, sorted, each once.
    Result<QStringList> tags();
    Result<std::optional<KbArticle>> article(const QUuid& id);
    // Versions of one article, newest first.
    Result<std::vector<KbArticleVersion>> versions(const QUuid& articleId);
    // Whether another cached article already uses `slug`.
    Result<bool> slugTaken(const QString& slug, const QUuid& except);

    // Keeps `article` as the base of the user's edits at its version (the first one kept wins).
    Result<void> rememberBase(const KbArticle& article);
    Result<std::optional<KbArticle>> base(const QUuid& articleId, int version);
    // Drops the bases of one article (its edits were answered or merged).
    Result<void> forgetBases(const QUuid& articleId);

    // An excerpt of Markdown as plain text (markup characters dropped, whitespace folded), at most `length`.
    static QString plainExcerpt(const QString& markdown, int length);

private:
    Result<void> ensureBaseTable();

    CacheDatabase& m_database;
};

} // namespace helpdesk

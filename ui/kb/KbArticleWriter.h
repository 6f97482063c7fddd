#pragma once

#include "core/Clock.h"
#include "core/KbArticle.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>

#include <optional>

namespace helpdesk {

class CacheDatabase;
class SyncEngine;

// Writes of knowledge-base articles through the sync engine (cache and outbox first, so they work offline and
// survive a restart), and the three-way view of an edit the server did not take because someone else changed the
// article meanwhile. Before the first pending edit of an article at a version, that version is kept as the edit's
// base (KbArticleStore::rememberBase); a conflict then has base, theirs (the server's row, now in the cache) and
// mine (the base with every refused edit laid on top). A resolution is one update based on theirs.
class KbArticleWriter
{
    Q_DECLARE_TR_FUNCTIONS(helpdesk::KbArticleWriter)
public:
    KbArticleWriter(CacheDatabase& cache, SyncEngine& sync, const Clock& clock);

    // A new article; id, author and timestamps are made here. Returns the new id.
    Result<QUuid> create(const KbArticle& draft, const QUuid& author);
    // The editable fields (title, slug, body, tags, visibility, status) of `edited` that differ from the cached
    // article, sent against the cached version. Nothing changed: no write.
    Result<bool> save(const KbArticle& edited);

    struct Conflict
    {
        KbArticle base;
        KbArticle mine;
        KbArticle theirs;
        QList<qint64> recordIds; // the conflict records this resolves
        bool waiting = false;     // more edits of this article are still being sent (they will conflict too)
    };

    // Articles with open conflicts (in the order they were recorded).
    Result<QList<QUuid>> conflictedArticles();
    Result<std::optional<Conflict>> conflict(const QUuid& articleId);
    // Saves the merged article as one update on top of theirs and closes the conflict records.
    Result<void> resolve(const Conflict& conflict, const KbArticle& merged);
    // Keeps the server's article: closes the records (the edits stay readable in the conflict log).
    Result<void> keepTheirs(const Conflict& conflict);

private:
    CacheDatabase& m_cache;
    SyncEngine& m_sync;
    const Clock& m_clock;
};

} // namespace helpdesk

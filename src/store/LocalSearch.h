#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace helpdesk {

class CacheDatabase;

// Instant search in the cache (FTS5, bm25 ranking): tickets by title, description and messages; KB
// articles by title, body and tags. Words are prefix-matched and all required (QueueQuery::ftsQuery).
class LocalSearch
{
public:
    explicit LocalSearch(CacheDatabase& database);

    struct Hit
    {
        QUuid id;
        double score = 0; // bm25: lower is better
    };

    Result<QList<Hit>> tickets(const QString& text, int limit = 50);
    Result<QList<Hit>> kbArticles(const QString& text, int limit = 50);

private:
    CacheDatabase& m_database;
};

} // namespace helpdesk

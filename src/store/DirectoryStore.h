#pragma once

#include "core/KbArticle.h"
#include "core/Profile.h"
#include "core/Result.h"
#include "core/Team.h"

#include <QList>
#include <QUuid>

#include <optional>
#include <vector>

namespace helpdesk {

class CacheDatabase;

// The reference rows a view shows next to tickets: people (names for ids), teams and their members, and
// knowledge-base articles, from the cache as core row types.
class DirectoryStore
{
public:
    explicit DirectoryStore(CacheDatabase& database);

    Result<std::vector<Profile>> profilesByIds(const QList<QUuid>& ids);
    Result<std::vector<Team>> teams(); // by name
    Result<QList<QUuid>> teamIdsOf(const QUuid& userId);
    Result<std::vector<KbArticle>> kbArticlesByIds(const QList<QUuid>& ids);

private:
    CacheDatabase& m_database;
};

} // namespace helpdesk

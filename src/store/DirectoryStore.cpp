#include "store/DirectoryStore.h"

#include "store/CacheDatabase.h"
#include "store/TypedRows.h"

#include <QSqlError>
#include <QSqlQuery>

namespace helpdesk {

DirectoryStore::DirectoryStore(CacheDatabase& database)
    : m_database(database)
{
}

Result<std::vector<Profile>> DirectoryStore::profilesByIds(const QList<QUuid>& ids)
{
    MirrorStore mirror(m_database);
    return detail::readTyped<Profile>(mirror, QStringLiteral("profiles"), ids);
}

Result<std::vector<Team>> DirectoryStore::teams()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT id FROM teams ORDER BY name COLLATE NOCASE")))
        return storeError(QStringLiteral("read teams"), query.lastError());
    QList<QUuid> ids;
    while (query.next())
        ids.append(QUuid::fromString(query.value(0).toString()));
    MirrorStore mirror(m_database);
    return detail::readTyped<Team>(mirror, QStringLiteral("teams"), ids);
}

Result<QList<QUuid>> DirectoryStore::teamIdsOf(const QUuid& userId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT team_id FROM team_members WHERE user_id = ? ORDER BY team_id"));
    query.addBindValue(userId.toString(QUuid::WithoutBraces));
    if (!query.exec())
        return storeError(QStringLiteral("read team members"), query.lastError());
    QList<QUuid> ids;
    while (query.next())
        ids.append(QUuid::fromString(query.value(0).toString()));
    return ids;
}

Result<std::vector<KbArticle>> DirectoryStore::kbArticlesByIds(const QList<QUuid>& ids)
{
    MirrorStore mirror(m_database);
    return detail::readTyped<KbArticle>(mirror, QStringLiteral("kb_articles"), ids);
}

} // namespace helpdesk

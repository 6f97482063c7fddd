#include "store/LocalSearch.h"

#include "store/CacheDatabase.h"
#include "store/QueueQuery.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace helpdesk {

LocalSearch::LocalSearch(CacheDatabase& database)
    : m_database(database)
{
}

Result<QList<LocalSearch::Hit>> LocalSearch::tickets(const QString& text, int limit)
{
    const QString fts = QueueQuery::ftsQuery(text);
    if (fts.isEmpty())
        return QList<Hit>();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // Title hits weigh more than description hits; a message hit counts for its ticket.
    // Each index gives its best matches first (FTS5 ranks without joining every hit), then they are merged
    // per ticket: common words in 500k messages stay cheap.
    query.prepare(QStringLiteral(
        "SELECT t.id, min(s.score) AS score FROM ("
        "  SELECT * FROM (SELECT rowid AS rid, bm25(tickets_fts, 4.0, 1.0) AS score FROM tickets_fts"
        "    WHERE tickets_fts MATCH ? ORDER BY score LIMIT ?)"
        "  UNION ALL"
        "  SELECT tm.rid, f.score FROM (SELECT rowid AS mrid, bm25(ticket_messages_fts) AS score FROM ticket_messages_fts"
        "    WHERE ticket_messages_fts MATCH ? ORDER BY score LIMIT ?) f"
        "  JOIN ticket_messages m ON m.rid = f.mrid JOIN tickets tm ON tm.id = m.ticket_id WHERE m.deleted_at IS NULL"
        ") s JOIN tickets t ON t.rid = s.rid WHERE t.deleted_at IS NULL GROUP BY t.rid ORDER BY score LIMIT ?"));
    const int perIndex = limit < 0 ? -1 : std::max(limit * 4, 200);
    query.addBindValue(fts);
    query.addBindValue(perIndex);
    query.addBindValue(fts);
    query.addBindValue(perIndex);
    query.addBindValue(limit < 0 ? -1 : limit);
    if (!query.exec())
        return storeError(QStringLiteral("search tickets"), query.lastError());
    QList<Hit> hits;
    while (query.next())
        hits.append(Hit{QUuid::fromString(query.value(0).toString()), query.value(1).toDouble()});
    return hits;
}

Result<QList<LocalSearch::Hit>> LocalSearch::kbArticles(const QString& text, int limit)
{
    const QString fts = QueueQuery::ftsQuery(text);
    if (fts.isEmpty())
        return QList<Hit>();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT a.id, bm25(kb_articles_fts, 4.0, 1.0, 2.0) AS score FROM kb_articles_fts "
        "JOIN kb_articles a ON a.rid = kb_articles_fts.rowid WHERE kb_articles_fts MATCH ? AND a.deleted_at IS NULL "
        "ORDER BY score LIMIT ?"));
    query.addBindValue(fts);
    query.addBindValue(limit < 0 ? -1 : limit);
    if (!query.exec())
        return storeError(QStringLiteral("search the knowledge base"), query.lastError());
    QList<Hit> hits;
    while (query.next())
        hits.append(Hit{QUuid::fromString(query.value(0).toString()), query.value(1).toDouble()});
    return hits;
}

} // namespace helpdesk
